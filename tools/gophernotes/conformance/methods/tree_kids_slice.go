package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name string
	Kids []Node
}

func (n Node) Count() int {
	c := 1
	for _, k := range n.Kids {
		c += k.Count()
	}
	return c
}

func (n *Node) Add(name string) *Node {
	n.Kids = append(n.Kids, Node{Name: name})
	return &n.Kids[len(n.Kids)-1]
}

func (n Node) Depth() int {
	d := 0
	for i := range n.Kids {
		if k := n.Kids[i].Depth(); k > d {
			d = k
		}
	}
	return d + 1
}

func (n Node) Print(b *strings.Builder, indent int) {
	fmt.Fprintf(b, "%s%s\n", strings.Repeat("  ", indent), n.Name)
	for _, k := range n.Kids {
		k.Print(b, indent+1)
	}
}

func main() {
	root := Node{Name: "root"}
	a := root.Add("a")
	a.Add("a1")
	a.Add("a2").Add("a2x")
	root.Add("b")
	var b strings.Builder
	root.Print(&b, 0)
	fmt.Print(b.String())
	fmt.Println(root.Count(), root.Depth(), len(root.Kids), root.Kids[0].Kids[1].Count())
	fmt.Println(root.Kids[1])
}
