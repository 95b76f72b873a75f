package main

import "fmt"

type Expr struct {
	Op   string
	Args []Expr
	N    int
}

func (e Expr) String() string {
	if e.Op == "" {
		return fmt.Sprint(e.N)
	}
	s := "(" + e.Op
	for _, a := range e.Args {
		s += " " + a.String()
	}
	return s + ")"
}

func (e Expr) Eval() int {
	switch e.Op {
	case "+":
		t := 0
		for _, a := range e.Args {
			t += a.Eval()
		}
		return t
	case "*":
		t := 1
		for _, a := range e.Args {
			t *= a.Eval()
		}
		return t
	}
	return e.N
}

func main() {
	e := Expr{Op: "+", Args: []Expr{{N: 2}, {Op: "*", Args: []Expr{{N: 3}, {N: 4}}}}}
	fmt.Println(e, e.Eval())
	fmt.Printf("%v %s %d\n", e, e.Args[1], e.Args[1].Eval())
	var s fmt.Stringer = e
	fmt.Println(s.String())
	fmt.Println(e.Args)
}
