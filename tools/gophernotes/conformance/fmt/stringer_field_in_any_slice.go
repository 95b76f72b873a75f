package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

func main() {
	xs := []any{Line{Point{1, 2}, Point{3, 4}}, 7, "s"}
	fmt.Println(xs)
	fmt.Println(xs...)
	fmt.Printf("%v\n", xs[0])
	for _, x := range xs {
		if l, ok := x.(Line); ok {
			fmt.Println("line from", l.A)
		}
	}
}
