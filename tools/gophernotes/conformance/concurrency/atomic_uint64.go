package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var c atomic.Uint64
	c.Store(40)
	c.Add(2)
	fmt.Println(c.Load())
}
