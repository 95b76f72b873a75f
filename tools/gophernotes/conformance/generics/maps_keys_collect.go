package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	ages := map[string]int{"bob": 25, "ann": 40, "cy": 31}
	keys := slices.Collect(maps.Keys(ages))
	slices.Sort(keys)
	fmt.Println(keys)
	fmt.Println(slices.Sorted(maps.Values(ages)))
}
