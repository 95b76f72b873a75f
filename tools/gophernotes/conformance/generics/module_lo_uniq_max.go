// conformance: require github.com/samber/lo v1.53.0
package main

import (
	"fmt"

	"github.com/samber/lo"
)

func main() {
	xs := []int{3, 1, 3, 2, 1}
	fmt.Println(lo.Uniq(xs), lo.Max(xs), lo.Min(xs))
	fmt.Println(lo.Uniq([]string{"b", "a", "b"}), lo.Max([]string{"pear", "apple", "plum"}))
	fmt.Println(lo.Max([]float64{}), lo.Max([]float64{0.5, 2.25, -1}))
}
