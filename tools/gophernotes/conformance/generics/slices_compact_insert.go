package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{3, 1, 3, 2, 1}
	slices.Sort(xs)
	xs = slices.Compact(xs)
	fmt.Println(xs)
	xs = slices.Insert(xs, 1, 10, 11)
	fmt.Println(xs)
	xs = slices.Delete(xs, 0, 2)
	fmt.Println(xs, len(xs))
}
