package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{10, 20, 30}
	fmt.Println(slices.Contains(xs, 20), slices.Contains(xs, 25))
	fmt.Println(slices.Index(xs, 30), slices.Index(xs, 5))
	fs := []float64{1, 2.5, 4}
	fmt.Println(slices.Index(fs, 2.5), slices.Contains(fs, 4))
}
