package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]Celsius{20.5, 1}))
}
