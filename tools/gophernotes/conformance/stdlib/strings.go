package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Go World  "
	t := strings.TrimSpace(s)
	fmt.Println(strings.ToLower(t), strings.Fields(t), strings.Split("a,b,c", ","))
	fmt.Println(strings.Contains(t, "Go"), strings.Index(t, "Go"), strings.Repeat("ab", 3))
	fmt.Println(strings.ReplaceAll(t, "o", "0"), strings.Join([]string{"x", "y"}, "-"))
	var b strings.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "%d;", i)
	}
	fmt.Println(b.String())
}
