package main

import (
	"fmt"
)

type Point struct{ X, Y int }

func main() {
	fmt.Printf("%T %T\n", Point{}, &Point{})
}
