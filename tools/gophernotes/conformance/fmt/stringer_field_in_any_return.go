package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type LineError struct{ L Line }

func (e LineError) Error() string { return fmt.Sprint("bad line ", e.L) }

func find(ok bool) (any, error) {
	if ok {
		return Line{Point{1, 2}, Point{3, 4}}, nil
	}
	return nil, LineError{Line{Point{5, 6}, Point{7, 8}}}
}

func show(x any) string { return fmt.Sprintf("<%v>", x) }

func main() {
	v, err := find(true)
	fmt.Println(v, err)
	v, err = find(false)
	fmt.Println(v, err)
	var le LineError
	fmt.Println(errors.As(err, &le), le.L)
	var e any = le
	fmt.Println(e)
	fmt.Println(show(Line{Point{0, 1}, Point{2, 3}}))
	fmt.Println(fmt.Errorf("wrapped: %w", err))
}
