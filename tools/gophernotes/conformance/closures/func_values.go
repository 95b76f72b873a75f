package main

import (
	"fmt"
	"strings"
)

func apply(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	fmt.Println(apply([]string{"a", "b"}, strings.ToUpper))
	fmt.Println(apply([]string{"a", "b"}, func(s string) string { return s + s }))
}
