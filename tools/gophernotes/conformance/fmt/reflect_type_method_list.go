package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }
func (p Point) Sum() int       { return p.X + p.Y }

func main() {
	t := reflect.TypeOf(Point{1, 2})
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name)
	}
	_, ok := t.MethodByName("Sum")
	fmt.Println(ok)
}
