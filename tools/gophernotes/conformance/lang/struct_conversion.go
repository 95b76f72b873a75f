package main

import (
	"fmt"
)

type A struct{ X, Y int }
type B struct{ X, Y int }

func main() {
	a := A{1, 2}
	b := B(a)
	fmt.Println(b.X+b.Y, b)
}
