package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type Path struct {
	Name   string
	Points []Point
	hidden Point
}

func main() {
	var x any = Line{Point{1, 2}, Point{3, 4}}
	fmt.Println(x)
	fmt.Printf("%v|%+v|%s|%10v|\n", x, x, x, x)
	fmt.Printf("%#v\n", x)
	fmt.Printf("%T\n", x)
	var p any = Path{Name: "p", Points: []Point{{5, 6}}, hidden: Point{9, 9}}
	fmt.Printf("%v %+v\n", p, p)
	s := fmt.Sprint(x)
	fmt.Println(s, len(s))
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("Stringer", v)
	case Line:
		fmt.Println("Line", v.A.X, v.B)
	}
	l, ok := x.(Line)
	fmt.Println(l.B.Y, ok, x == any(Line{Point{1, 2}, Point{3, 4}}), x == any(Line{}))
}
