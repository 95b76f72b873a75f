package main

import (
	"fmt"
)

func main() {
	memo := map[int]int{}
	var f func(int) int
	f = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = f(n-1) + f(n-2)
		return memo[n]
	}
	fmt.Println(f(60))
}
