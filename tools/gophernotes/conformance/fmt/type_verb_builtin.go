package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, 2.5, "s", []int{1}, map[string]bool{})
}
