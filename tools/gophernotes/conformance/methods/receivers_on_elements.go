package main

import "fmt"

type C struct{ N int }

func (c *C) Inc()        { c.N++ }
func (c C) Get() int     { return c.N }
func (c C) With(n int) C { c.N = n; return c }

type Wrapper struct {
	C
	Items []C
	Ptrs  map[string]*C
}

func main() {
	items := []C{{1}, {2}}
	for _, it := range items {
		it.Inc()
	}
	fmt.Println(items)
	for i := range items {
		items[i].Inc()
	}
	fmt.Println(items)
	arr := [2]C{{5}, {6}}
	arr[1].Inc()
	b := arr
	b[0].Inc()
	fmt.Println(arr, b)
	w := Wrapper{C: C{10}, Items: items, Ptrs: map[string]*C{"x": {20}}}
	w.Inc()
	w.Items[0].Inc()
	w.Ptrs["x"].Inc()
	fmt.Println(w.N, w.Get(), items[0], w.Ptrs["x"].N)
	w2 := w
	w2.Inc()
	w2.Items[1].Inc()
	fmt.Println(w.N, w2.N, items)
	c := C{1}
	d := c.With(7)
	fmt.Println(c, d, C{3}.With(4).Get())
	f := (*C).Inc
	f(&c)
	g := C.Get
	fmt.Println(g(c))
	fs := map[string]func() int{"get": c.Get}
	c.N = 100
	fmt.Println(fs["get"](), c.Get())
	type T struct{ F func(int) int }
	t := T{F: func(x int) int { return x * 2 }}
	t2 := t
	t2.F = func(x int) int { return x * 3 }
	fmt.Println(t.F(2), t2.F(2))
}
