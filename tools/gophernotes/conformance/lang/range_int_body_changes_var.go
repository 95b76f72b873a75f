package main

import (
	"fmt"
)

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
		i += 10
	}
	fmt.Println()
}
