package main

import (
	"fmt"
)

func main() {
	fmt.Printf("[%5s][%-5s][%.2s]\n", "ab", "ab", "abcdef")
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
}
