package main

import (
	"errors"
	"fmt"
	"sort"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t Tree) IsLeaf() bool { return t.Left == nil && t.Right == nil }

func (t *Tree) Min() (int, error) {
	if t == nil {
		return 0, errors.New("empty tree")
	}
	if t.Left == nil {
		return t.Val, nil
	}
	return t.Left.Min()
}

type ErrNode struct {
	Cause *ErrNode
	Msg   string
}

func (e *ErrNode) Error() string {
	if e.Cause == nil {
		return e.Msg
	}
	return e.Msg + ": " + e.Cause.Error()
}

func find(depth int) error {
	var e *ErrNode
	for i := 0; i < depth; i++ {
		e = &ErrNode{Cause: e, Msg: fmt.Sprint("level", i)}
	}
	return e
}

type byVal []*Tree

func (b byVal) Len() int           { return len(b) }
func (b byVal) Less(i, j int) bool { return b[i].Val > b[j].Val }
func (b byVal) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Graph struct {
	Name  string
	Edges map[string]*Graph
}

func (g *Graph) Link(o *Graph) { g.Edges[o.Name] = o }
func (g *Graph) Degree() int   { return len(g.Edges) }

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = root.Insert(v)
	}
	var leaves []int
	var all []*Tree
	root.InOrder(func(t *Tree) {
		if t.IsLeaf() {
			leaves = append(leaves, t.Val)
		}
		all = append(all, t)
	})
	fmt.Println(leaves, len(all))
	sort.Sort(byVal(all))
	fmt.Println(all[0].Val, all[len(all)-1].Val)
	m, err := root.Min()
	fmt.Println(m, err)
	var empty *Tree
	_, err = empty.Min()
	fmt.Println(err)
	err = find(3)
	fmt.Println(err)
	var en *ErrNode
	fmt.Println(errors.As(err, &en), en.Msg)
	fmt.Printf("%v|%s\n", err, err)
	a := &Graph{Name: "a", Edges: map[string]*Graph{}}
	b := &Graph{Name: "b", Edges: map[string]*Graph{}}
	a.Link(b)
	b.Link(a)
	a.Link(a)
	fmt.Println(a.Degree(), b.Degree(), a.Edges["b"].Edges["a"].Name)
	leaf := func(t *Tree) bool { return t.IsLeaf() }
	fmt.Println(leaf(root), leaf(root.Left.Left))
	ins := root.Insert
	ins(65)
	fmt.Println(root.Right.Left.Right.Val)
	fmt.Println(Tree{Val: 1}, *root.Left.Left)
}
