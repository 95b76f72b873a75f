package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c))
	c["c"] = 3
	fmt.Println(maps.Equal(m, c), len(m), len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 1 })
	fmt.Println(c)
}
