package main

import (
	"fmt"
	"strconv"
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

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return "(" + t.Left.String() + " " + strconv.Itoa(t.Val) + " " + t.Right.String() + ")"
}

type Walker interface{ Walk(func(int)) }

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root.String())
	fmt.Println(root)
	fmt.Printf("%v|%s\n", root, root.Left)
	var s fmt.Stringer = root
	fmt.Println(s.String())
	var w Walker = root
	sum := 0
	w.Walk(func(v int) { sum += v })
	fmt.Println(sum)
}
