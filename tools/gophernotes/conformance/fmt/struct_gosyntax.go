package main

import (
	"fmt"
)

type Point struct{ X, Y int }

func main() {
	fmt.Printf("%#v\n", Point{1, 2})
}
