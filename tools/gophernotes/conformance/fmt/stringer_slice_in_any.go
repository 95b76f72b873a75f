package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

func points() any { return []Point{{7, 8}} }

func main() {
	s := []Point{{1, 2}, {3, 4}}
	var x any = s
	fmt.Println(x)
	s[0].X = 9 // the interface holds the same elements
	fmt.Println(x)
	fmt.Printf("%v|%s|%+v|%d\n", x, x, x, x)
	fmt.Println(fmt.Sprint(x), fmt.Sprintf("%8v|%-12v|", x, x))
	fmt.Println([]any{[]Point{{5, 6}}}, points())
	var arr any = [2]Point{{1, 1}, {2, 2}}
	fmt.Println(arr)
	var lines any = []Line{{B: Point{3, 3}}}
	fmt.Printf("%v %+v\n", lines, lines)
	var grid any = [][]Point{{{0, 1}}, {{2, 3}}}
	fmt.Println(grid)
	var none []Point
	var n any = none
	fmt.Println(n, n == nil)
	ys := []any{}
	ys = append(ys, s, 1)
	fmt.Println(ys, len(ys[0].([]Point)))
	switch v := x.(type) {
	case []Point:
		fmt.Println("points", len(v), v[1])
	}
	x.([]Point)[1].Y = 40
	fmt.Println(s)
}
