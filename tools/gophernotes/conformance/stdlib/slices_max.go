package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]float64{1.5, 3.5, 2}))
}
