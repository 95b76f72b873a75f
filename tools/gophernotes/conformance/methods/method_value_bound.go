package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(s string) string { return c.name + ":" + s }

func apply(fs []func()) {
	for _, f := range fs {
		f()
	}
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // bound to &c
	get := c.Get // copies c now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	apply([]func(){c.Inc, c.Inc, c.Inc})
	fmt.Println(c.n)

	label := Counter.Label
	fmt.Println(label(c, "x"))
	incE := (*Counter).Inc
	incE(&c)
	fmt.Println(c.Get())

	cs := []*Counter{{name: "a"}, {name: "b"}}
	var fs []func()
	for _, p := range cs {
		fs = append(fs, p.Inc)
	}
	apply(fs)
	apply(fs)
	fmt.Println(cs[0].n, cs[1].n)
	getter := fmt.Sprint
	fmt.Println(getter(c.Get()))
}
