package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{2, 4, 6, 8}
	i, found := slices.BinarySearch(xs, 6)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
}
