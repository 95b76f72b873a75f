package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k != "a" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("b")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(find("a"), ErrNotFound))
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
}
