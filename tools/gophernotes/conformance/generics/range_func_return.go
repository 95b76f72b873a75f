package main

import (
	"fmt"
	"slices"
)

func find(xs []string, want string) int {
	for i, x := range slices.All(xs) {
		if x == want {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(find([]string{"a", "b"}, "b"), find(nil, "z"))
}
