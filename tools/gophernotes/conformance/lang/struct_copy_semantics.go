package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}, {"c", 3}}
	for _, it := range items {
		it.Count *= 10 // changes a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)

	m := map[string]Item{"x": {"x", 1}}
	it := m["x"]
	it.Count = 42
	fmt.Println(m["x"], it)
	m["x"] = it
	fmt.Println(m)

	pm := map[string]*Item{"y": {"y", 5}}
	pm["y"].Count++
	fmt.Println(*pm["y"])

	a := items[0]
	b := &items[1]
	a.Name = "changed"
	b.Name = "changed"
	fmt.Println(items)

	type Pair struct{ L, R []int }
	p := Pair{L: []int{1, 2}}
	q := p
	q.L[0] = 99
	q.R = append(q.R, 7)
	fmt.Println(p, q)
}
