package main

import "fmt"

type Point struct{ X, Y int }

type Tag string

type Node struct {
	Name     string
	Children []*Node
	Attrs    map[string]int
}

func main() {
	m := map[string][]Point{"b": {{1, 2}}, "a": {{3, 4}, {5, 6}}}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)
	nested := map[Tag]map[string]int{"t2": {"z": 1, "a": 2}, "t1": {}}
	fmt.Println(nested)
	grid := [][]Point{{{0, 0}}, nil, {}}
	fmt.Println(grid, len(grid[1]), grid[1] == nil)
	fmt.Printf("%+v\n", grid)
	n := Node{Name: "root", Children: []*Node{{Name: "leaf"}}, Attrs: map[string]int{"d": 1}}
	fmt.Printf("%v %+v\n", n.Attrs, *n.Children[0])
	var pp *Point
	fmt.Println(pp, []*Point{nil})
	fmt.Printf("%d %x %q\n", []int{10, 11}, []int{255, 16}, []string{"a", "b"})
	fmt.Printf("%v %v\n", [2]Point{}, struct {
		A Point
		B []Tag
	}{Point{1, 1}, []Tag{"x"}})
	fmt.Printf("%6.2f|%-5d|%05d|%x|%X|%o|%b\n", 3.14159, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%t %c %U %e %g\n", true, 'A', 'é', 123456.789, 1e21)
}
