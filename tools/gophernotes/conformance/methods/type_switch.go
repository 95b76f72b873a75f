package main

import (
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	for _, s := range []Shape{Rect{2, 3}, Circle{1}} {
		switch v := s.(type) {
		case Rect:
			fmt.Println("rect", v.W, v.Area())
		case Circle:
			fmt.Println("circle", v.R, v.Area())
		}
	}
}
