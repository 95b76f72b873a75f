// conformance: require github.com/samber/lo v1.53.0
package main

import (
	"fmt"

	"github.com/samber/lo"
)

func main() {
	xs := []int{1, 2, 3, 4}
	sum := lo.Reduce(xs, func(acc int, x int, _ int) int { return acc + x }, 0)
	fmt.Println(sum, lo.Sum(xs), lo.Sum([]float64{0.5, 0.25}))
	fmt.Println(lo.Contains(xs, 3), lo.Contains(xs, 7), lo.IndexOf(xs, 4))
	fmt.Println(lo.Reverse([]string{"a", "b", "c"}))
	fmt.Println(lo.Chunk(xs, 3))
}
