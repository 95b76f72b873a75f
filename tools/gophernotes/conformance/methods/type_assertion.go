package main

import (
	"fmt"
)

type Named interface{ Name() string }
type P struct{ n string }

func (p P) Name() string { return p.n }

func main() {
	var x any = P{"ann"}
	if n, ok := x.(Named); ok {
		fmt.Println("named", n.Name())
	}
	_, ok := x.(fmt.Stringer)
	fmt.Println("stringer?", ok)
}
