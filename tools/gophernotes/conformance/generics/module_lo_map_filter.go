// conformance: require github.com/samber/lo v1.53.0
package main

import (
	"fmt"
	"strconv"

	"github.com/samber/lo"
)

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	odd := lo.Filter(xs, func(x int, _ int) bool { return x%2 == 1 })
	fmt.Println(odd)
	words := lo.Map(odd, func(x int, i int) string { return strconv.Itoa(i) + ":" + strconv.Itoa(x*x) })
	fmt.Println(words, len(words))
	fmt.Println(lo.Map([]string{"go", "lo"}, func(s string, _ int) int { return len(s) }))
}
