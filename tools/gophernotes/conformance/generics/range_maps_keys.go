package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	total := 0
	for _, v := range maps.All(m) {
		total += v
	}
	fmt.Println(total)
	var keys []string
	for k := range maps.Keys(m) {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)
}
