package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	err := fmt.Errorf("save: %w", fmt.Errorf("write: %w", base))
	fmt.Println(err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Println("-", e)
	}
}
