package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) String() string {
	if t == nil {
		return "-"
	}
	return fmt.Sprint("T", t.Val)
}

type Forest struct {
	Trees []*Tree
	Name  string
}

type E struct {
	Kids []E
	N    int
}

func (e E) String() string { return fmt.Sprint("E", e.N, len(e.Kids)) }

type Box struct{ Es []E }

func main() {
	r := &Tree{Val: 1, Left: &Tree{Val: 0}}
	fmt.Printf("%+v\n", *r)
	fmt.Println(*r)
	f := Forest{Trees: []*Tree{r, r.Left}, Name: "f"}
	fmt.Println(f, f.Trees)
	e := E{N: 1, Kids: []E{{N: 2}}}
	fmt.Println(e, e.Kids, Box{e.Kids})
	fmt.Printf("%v %+v\n", Box{e.Kids}, e)
}
