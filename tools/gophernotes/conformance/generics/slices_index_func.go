package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 4, 9, 16}
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 5 }))
	fmt.Println(slices.ContainsFunc(xs, func(x int) bool { return x%2 == 0 }))
}
