package main

import (
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type Path struct {
	Name   string
	Points []Point
	Marks  map[string]Point
	Next   *Line
	hidden Point
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}}
	fmt.Println(l)
	fmt.Printf("%v|%+v\n", l, l)
	s := fmt.Sprint(l)
	fmt.Println(s, len(s))
	p := Path{Name: "p", Points: []Point{{5, 6}}, Marks: map[string]Point{"a": {7, 8}}, hidden: Point{9, 9}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Println([]Line{l, l})
	fmt.Println(&l)
}
