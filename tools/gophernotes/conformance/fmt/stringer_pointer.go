package main

import (
	"fmt"
)

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("counter at %d", c.n) }

func main() {
	c := &Counter{3}
	fmt.Println(c)
	fmt.Printf("%v\n", c)
}
