package main

import (
	"fmt"
	"os"
	"text/template"
)

type Counter struct{ N int }

func (c Counter) String() string { return fmt.Sprintf("#%d", c.N) }

type Page struct {
	Title string
	Hits  *Counter
}

func main() {
	funcs := template.FuncMap{
		"bump": func(c *Counter) int { c.N++; return c.N },
		"peek": func(c *Counter) int { return c.N },
	}
	t := template.Must(template.New("page").Funcs(funcs).Parse("{{.Title}}: {{peek .Hits}} {{bump .Hits}} {{bump .Hits}}\n"))
	hits := &Counter{N: 10}
	if err := t.Execute(os.Stdout, Page{"home", hits}); err != nil {
		panic(err)
	}
	fmt.Println(hits.N, hits)
}
