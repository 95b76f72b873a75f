package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func main() {
	fmt.Println(len(NewStack(1, 2, 3).items))
}
