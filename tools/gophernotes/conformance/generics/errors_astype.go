package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("/no/such/file")
	wrapped := fmt.Errorf("loading: %w", err)
	if pe, ok := errors.AsType[*fs.PathError](wrapped); ok {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	_, ok := errors.AsType[*fs.PathError](errors.New("plain"))
	fmt.Println(ok)
}
