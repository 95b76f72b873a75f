package main

import (
	"fmt"
	"slices"
)

func main() {
	for i, s := range slices.All([]string{"zero", "one", "two"}) {
		fmt.Println(i, s)
	}
	for i, s := range slices.Backward([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
}
