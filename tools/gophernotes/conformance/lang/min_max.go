package main

import (
	"fmt"
)

func main() {
	x, y := 3, 7
	fmt.Println(min(x, y), max(x, y), min(x, y, -1), max(2.5, 1))
	a, b := 1.5, -2.0
	fmt.Println(min(a, b), max(a, b))
	fmt.Println(min("pear", "apple"), max("pear", "apple"))
	const c = max(1, 2, 3)
	fmt.Println(c)
}
