package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Name string
	Next *Node
	Kids map[string]*Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	return "<" + n.Name + ">"
}

type Chain struct {
	Prev *Chain
	Err  error
}

func (c *Chain) Error() string { return "chain: " + c.Err.Error() }
func (c *Chain) Unwrap() error {
	if c.Prev == nil {
		return c.Err
	}
	return c.Prev
}

var ErrBase = errors.New("base")

func main() {
	var nn *Node
	fmt.Println(nn)
	fmt.Printf("%v %s|%+v\n", nn, nn, nn)
	a := &Node{Name: "a", Kids: map[string]*Node{}}
	a.Kids["b"] = &Node{Name: "b"}
	a.Next = a.Kids["b"]
	fmt.Println(a, a.Kids, *a)
	fmt.Printf("%+v\n", *a.Next)
	c := &Chain{Prev: &Chain{Err: ErrBase}, Err: errors.New("top")}
	var err error = c
	fmt.Println(err, errors.Is(err, ErrBase))
	var target *Chain
	fmt.Println(errors.As(err, &target), target.Err)
	ns := []*Node{a, nil, a.Next}
	fmt.Println(ns, len(ns))
	m := map[*Node]int{a: 1}
	fmt.Println(m[a])
}
