package main

import (
	"fmt"
)

func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}
	n := 2
	for range n {
		fmt.Println("tick")
	}
}
