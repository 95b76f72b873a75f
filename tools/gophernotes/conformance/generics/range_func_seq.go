package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range countTo(3) {
		fmt.Println("x =", x)
	}
}
