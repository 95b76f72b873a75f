package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Named struct {
	Point
	Name string
}

type base struct{ code int }

func (b base) Error() string { return fmt.Sprintf("code %d", b.code) }

type NotFound struct {
	base
	Key string
}

func main() {
	n := Named{Point{9, 9}, "nn"}
	fmt.Println(n, n.String())
	var x any = n
	fmt.Println(x, []Named{n})
	fmt.Printf("%v %+v %s\n", n, n, n)
	var err error = NotFound{base{404}, "k"}
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, nf)
}
