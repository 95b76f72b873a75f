package main

import (
	"fmt"
)

func main() {
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
	var u uint8 = 2
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}
}
