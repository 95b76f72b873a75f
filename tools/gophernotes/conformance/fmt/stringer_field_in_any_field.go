package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type Box struct {
	Label string
	V     any
}

func main() {
	b := Box{"b", Line{Point{1, 2}, Point{3, 4}}}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	fmt.Println(b.V)
	var bs any = b
	fmt.Println(bs)
}
