package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	for x := range countTo(10) {
		if x%2 == 0 {
			continue
		}
		if x > 5 {
			break
		}
		fmt.Println(x)
	}
}
