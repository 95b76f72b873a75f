package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{3, 9, 4}), slices.Min([]int{3, 9, 4}))
	fmt.Println(slices.Max([]float64{0.5, -2, 1.25}))
	fmt.Println(slices.Min([]string{"b", "a", "c"}))
}
