package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	var ints Stack[int]
	for i := 1; i <= 3; i++ {
		ints.Push(i * i)
	}
	fmt.Println(ints.Len(), ints.items)
	words := &Stack[string]{}
	words.Push("a")
	words.Push("b")
	for words.Len() > 0 {
		w, _ := words.Pop()
		fmt.Print(w, " ")
	}
	_, ok := words.Pop()
	fmt.Println(ok)
	fmt.Printf("%T %T %v\n", ints, words, ints)
}
