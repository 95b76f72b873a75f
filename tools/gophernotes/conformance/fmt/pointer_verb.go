package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

func main() {
	s := []Point{{1, 2}}
	var x any = s
	p := &s[0]
	var y any = p
	a, b, c := fmt.Sprintf("%p", x), fmt.Sprintf("%p", s), fmt.Sprintf("%p", p)
	d := fmt.Sprintf("%p", y)
	fmt.Println(a == b, b == c, c == d, len(a) > 2 && a[:2] == "0x")
}
