package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	stars := Map(nums, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(stars)
	even := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(even)
	total := Reduce(stars, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(total)
	fmt.Println(Reduce(Map(even, func(n int) float64 { return float64(n) / 2 }), 0.0,
		func(a, b float64) float64 { return a + b }))
}
