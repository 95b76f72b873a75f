package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%v %+v %T\n", p, []Pair[string, int]{p, {"b", 2}}, p)
	q := Pair[int, []string]{Key: 7, Val: []string{"x"}}
	fmt.Println(q)
	byKey := map[string]Pair[string, float64]{"x": {"x", 1.5}, "y": {"y", 2}}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(byKey[k], " ")
	}
	fmt.Println(p == Pair[string, int]{"a", 1}, p == Pair[string, int]{"a", 2})
}
