package main

import (
	"fmt"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	d := Sum([]time.Duration{time.Second, 1500 * time.Millisecond})
	fmt.Println(d)
	fmt.Printf("%T\n", d)
}
