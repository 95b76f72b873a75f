package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 2, 3}
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(xs, ys, slices.Equal(xs, ys))
	slices.Reverse(ys)
	fmt.Println(slices.Equal(xs, ys))
}
