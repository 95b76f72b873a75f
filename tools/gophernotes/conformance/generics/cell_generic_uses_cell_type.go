package main

import "fmt"

type Point struct{ X, Y int }

func Xs[T any](ps []Point, f func(Point) T) []T {
	var out []T
	for _, p := range ps {
		out = append(out, f(p))
	}
	return out
}

func main() {
	fmt.Println(Xs([]Point{{1, 2}}, func(p Point) int { return p.X }))
}
