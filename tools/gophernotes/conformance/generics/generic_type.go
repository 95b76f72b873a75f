package main

import (
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(len(s.items))
}
