package main

import "fmt"

type Node struct {
	Next *Node
	V    int
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) Push(v int) *Node { return &Node{Next: n, V: v} }

func (n Node) Head() int { return n.V }

func (n *Node) Values() []int {
	var out []int
	for p := n; p != nil; p = p.Next {
		out = append(out, p.V)
	}
	return out
}

func (n *Node) Reverse() *Node {
	var prev *Node
	for n != nil {
		next := n.Next
		n.Next = prev
		prev = n
		n = next
	}
	return prev
}

func main() {
	var l *Node
	for i := 1; i <= 4; i++ {
		l = l.Push(i * 10)
	}
	fmt.Println(l.Len(), l.Head(), l.Values())
	l = l.Reverse()
	fmt.Println(l.Values(), l.Next.Head(), (*l.Next).Head())
	f := l.Len
	g := (*Node).Len
	h := Node.Head
	fmt.Println(f(), g(l.Next), h(*l))
	var empty *Node
	fmt.Println(empty.Len(), empty.Values() == nil)
	n := Node{V: 7}
	fmt.Println(n.Len(), n.Head(), n)
	fmt.Printf("%v %+v\n", *l.Next.Next.Next, *l.Next.Next.Next)
}
