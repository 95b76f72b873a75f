package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Set[T comparable] struct{ Items map[T]struct{} }

func (s *Set[T]) Add(v T)      { s.Items[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.Items[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.Items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]int64{4, 5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	s := &Set[string]{Items: map[string]struct{}{}}
	for _, w := range []string{"a", "b", "a"} {
		s.Add(w)
	}
	fmt.Println(s.Len(), s.Has("a"), s.Has("z"))
	ps := &Set[[2]int]{Items: map[[2]int]struct{}{}}
	ps.Add([2]int{1, 2})
	ps.Add([2]int{1, 2})
	ps.Add([2]int{2, 1})
	fmt.Println(ps.Len())
	p := Pair[string, []int]{"k", []int{1}}
	fmt.Printf("%v %+v\n", p, p)
}
