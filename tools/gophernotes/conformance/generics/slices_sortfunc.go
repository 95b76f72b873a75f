package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "date"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	byLen := []string{"ccc", "a", "bb"}
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
}
