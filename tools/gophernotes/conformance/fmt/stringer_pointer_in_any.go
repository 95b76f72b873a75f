package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func main() {
	line := Line{A: Point{1, 2}}
	var x any = &line
	fmt.Println(x)
	line.B.Y = 5 // the interface holds the pointer
	fmt.Printf("%v %+v %s\n", x, x, x)
	var p any = &Point{3, 4}
	fmt.Println(p, []any{p})
	var nilp *Point
	var np any = nilp
	fmt.Println(np, np == nil)
	var nl *Line
	var nx any = nl
	fmt.Println(nx)
	x.(*Line).A.X = 10
	fmt.Println(line.A)
	var e error = &NotFound{"k"}
	fmt.Println(e, errors.Unwrap(e) == nil)
	var target NotFound
	fmt.Println(errors.As(e, &target))
	var ps any = &[]Point{{6, 7}}
	fmt.Println(ps)
}
