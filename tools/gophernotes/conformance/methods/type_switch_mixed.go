package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Named string

func (r Rect) Area() float64    { return r.W * r.H }
func (n Named) String() string  { return "named:" + string(n) }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Rect:
		return fmt.Sprintf("rect %v %.1f", x, x.Area())
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case Named:
		return "named " + string(x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	case []Shape:
		return fmt.Sprint("shapes ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprint("other ", x)
	}
}

func main() {
	vals := []any{nil, Rect{2, 3}, &Circle{1}, Circle{1}, 7, int64(8), Named("n"), "s",
		errors.New("boom"), []Shape{Rect{1, 1}}, func() int { return 4 }, 2.5, [2]int{1, 2}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Rect{1, 2}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
}
