package main

import (
	"fmt"
	"slices"
)

func main() {
outer:
	for _, row := range slices.All([][]int{{1, 2}, {3, 4}, {5, 6}}) {
		for _, x := range row {
			if x == 4 {
				break outer
			}
			fmt.Println(x)
		}
	}
	fmt.Println("after")
}
