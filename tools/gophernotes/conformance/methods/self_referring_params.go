package main

import (
	"fmt"
	"sort"
	"strings"
)

func (t *Tree) Count() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Count() + t.Right.Count()
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Filter(keep func(*Tree) bool) []*Tree {
	if t == nil {
		return nil
	}
	out := t.Left.Filter(keep)
	if keep(t) {
		out = append(out, t)
	}
	return append(out, t.Right.Filter(keep)...)
}

func (t *Tree) AddAll(ts ...*Tree) int {
	n := 0
	for _, x := range ts {
		n += x.Val
	}
	return n + t.Val
}

func (t *Tree) Index(m map[string]*Tree, key string) {
	m[key] = t
}

type Dir struct {
	Name  string
	Files []string
	Subs  map[string]*Dir
}

func (d *Dir) Walk(prefix string, out *[]string) {
	for _, f := range d.Files {
		*out = append(*out, prefix+d.Name+"/"+f)
	}
	names := make([]string, 0, len(d.Subs))
	for n := range d.Subs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d.Subs[n].Walk(prefix+d.Name+"/", out)
	}
}

func main() {
	t := &Tree{Val: 2, Left: &Tree{Val: 1}, Right: &Tree{Val: 3}}
	fmt.Println(t.Count())
	odd := t.Filter(func(x *Tree) bool { return x.Val%2 == 1 })
	fmt.Println(len(odd), odd[0].Val, odd[1].Val)
	fmt.Println(t.AddAll(t.Left, t.Right), t.AddAll())
	m := map[string]*Tree{}
	t.Left.Index(m, "l")
	fmt.Println(m["l"].Val)
	root := &Dir{Name: "r", Files: []string{"x"}, Subs: map[string]*Dir{
		"b": {Name: "b", Files: []string{"y"}},
		"a": {Name: "a", Files: []string{"z", "w"}},
	}}
	var out []string
	root.Walk("", &out)
	fmt.Println(strings.Join(out, ","))
}
