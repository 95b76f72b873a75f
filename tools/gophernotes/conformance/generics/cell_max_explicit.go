package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(3, 7), Max(-2, -9))
	fmt.Println(Max(2.5, 1.5), Max(float32(0.25), 0.5))
	fmt.Println(Max("go", "c"), Max("", "a"))
	fmt.Println(Max[int64](1<<40, 3), Max[float64](1, 2))
	pick := Max[string]
	fmt.Printf("%q\n", pick("x", "y"))
}
