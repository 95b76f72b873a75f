package main

import (
	"fmt"
)

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

func main() {
	for _, n := range []int{95, 85, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
	}
}
