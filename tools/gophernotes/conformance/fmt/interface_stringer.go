package main

import (
	"fmt"
)

type Shape interface {
	Area() float64
	String() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("square %g", s.S) }

func main() {
	shapes := []Shape{Sq{1}, Sq{2}}
	for _, s := range shapes {
		fmt.Println(s, s.Area())
	}
}
