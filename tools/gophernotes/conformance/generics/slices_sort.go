package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs)
	words := []string{"pear", "apple", "fig"}
	slices.Sort(words)
	fmt.Println(words, slices.IsSorted(words))
}
