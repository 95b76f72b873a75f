package main

import "fmt"

func letters(s string) func(func(int, rune) bool) {
	return func(yield func(int, rune) bool) {
		for i, r := range s {
			if !yield(i, r) {
				return
			}
		}
	}
}

func main() {
	var fs []func() string
	for i, r := range letters("go") {
		fs = append(fs, func() string { return fmt.Sprintf("%d:%c", i, r) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}
