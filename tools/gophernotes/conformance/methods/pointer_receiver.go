package main

import (
	"fmt"
)

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Total() int { return a.total }

func main() {
	var a Acc
	a.Add(3)
	a.Add(4)
	fmt.Println(a.Total())
}
