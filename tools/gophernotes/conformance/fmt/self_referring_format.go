package main

import "fmt"

type N struct {
	Next *N
	V    int
}

func (n *N) Format(f fmt.State, verb rune) {
	if n == nil {
		fmt.Fprint(f, "end")
		return
	}
	if verb == 'd' {
		fmt.Fprintf(f, "%d", n.V)
		return
	}
	fmt.Fprintf(f, "N(%d)->%v", n.V, n.Next)
}

func main() {
	l := &N{V: 3, Next: &N{V: 4}}
	fmt.Printf("%v\n", l)
	fmt.Println(l.Next)
	fmt.Printf("%d|%s\n", l, l.Next)
	fmt.Println([]*N{l, nil})
}
