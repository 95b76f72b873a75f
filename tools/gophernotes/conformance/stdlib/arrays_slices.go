package main

import (
	"fmt"
)

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:4]
	s = append(s, 99)
	fmt.Println(a, s, len(s), cap(s))
	m := make([][]int, 2)
	for i := range m {
		m[i] = make([]int, 3)
		m[i][i] = 1
	}
	fmt.Println(m)
}
