package main

import (
	"fmt"
)

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 9
	fmt.Println(a, s)
}
