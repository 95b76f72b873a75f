// conformance: require github.com/samber/lo v1.53.0
package main

import (
	"fmt"
	"slices"

	"github.com/samber/lo"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := lo.Keys(m)
	slices.Sort(keys)
	fmt.Println(keys)
	groups := lo.GroupBy([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(groups[true], groups[false])
	fmt.Println(lo.Ternary(len(keys) > 2, "many", "few"))
}
