package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	return strconv.Atoi(s)
}

func main() {
	if n, err := parse("42"); err == nil {
		fmt.Println(n + 1)
	}
	_, err := parse("x")
	fmt.Println(err)
}
