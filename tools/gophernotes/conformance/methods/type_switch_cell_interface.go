package main

import (
	"fmt"
	"time"
)

type Named interface{ Name() string }
type Shower interface{ String() string }

type P struct{ n string }

func (p P) Name() string { return p.n }

type Q struct {
	n string
	k int
}

func (q *Q) Name() string { return "q" + q.n }

type Temp int

func main() {
	var x any = &Q{n: "1"}
	if n, ok := x.(Named); ok {
		fmt.Println("ptr named", n.Name())
	}
	var y any = Q{n: "2"}
	_, ok := y.(Named)
	fmt.Println("Q value named?", ok)
	var d any = time.Second
	if s, ok := d.(Shower); ok {
		fmt.Println("duration", s.String())
	}
	var i any = 3
	_, ok = i.(Named)
	fmt.Println("int named?", ok)
	var t any = Temp(3)
	_, ok = t.(Named)
	fmt.Println("temp named?", ok)
	var p any = P{"ann"}
	fmt.Println(p.(Named).Name())
	vals := []any{P{"a"}, &Q{n: "b"}, 4, "s"}
	for _, v := range vals {
		switch n := v.(type) {
		case Named:
			fmt.Println("named:", n.Name())
		default:
			fmt.Println("other:", v)
		}
	}
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	_ = i.(Named)
}
