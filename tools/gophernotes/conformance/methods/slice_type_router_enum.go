package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Handler func(string) string

type Router struct {
	routes map[string]Handler
	hits   map[string]int
}

func (r *Router) Handle(path string, h Handler) {
	if r.routes == nil {
		r.routes = map[string]Handler{}
		r.hits = map[string]int{}
	}
	r.routes[path] = h
}

func (r *Router) Serve(path, arg string) string {
	h, ok := r.routes[path]
	if !ok {
		return "404"
	}
	r.hits[path]++
	return h(arg)
}

type Inventory struct {
	Items map[string][]int
}

type Level int

const (
	Debug Level = iota * 10
	Info
	_
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Peek(), s, len(s))
	ps := &s
	ps.Push(9)
	fmt.Println(s, ps.Peek())

	var r Router
	r.Handle("/up", strings.ToUpper)
	r.Handle("/rev", func(x string) string {
		b := []byte(x)
		sort.Slice(b, func(i, j int) bool { return b[i] > b[j] })
		return string(b)
	})
	fmt.Println(r.Serve("/up", "go"), r.Serve("/rev", "abc"), r.Serve("/x", ""), r.hits)

	inv := Inventory{Items: map[string][]int{}}
	inv.Items["a"] = append(inv.Items["a"], 1, 2)
	c := inv
	c.Items["b"] = []int{3}
	fmt.Println(len(inv.Items), inv.Items)

	fmt.Println(Debug, Info, Error, Level(5), []Level{Info, Error})
	fmt.Printf("%v %d %s %q\n", Error, Error, Info, Debug)
	m := map[Level]string{Error: "e", Debug: "d"}
	fmt.Println(m)
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat the dog the end") {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	rep := strings.NewReplacer("a", "4", "e", "3")
	fmt.Println(rep.Replace("leet speak"), strings.EqualFold("Go", "GO"), strings.Repeat("ab", 3))
}
