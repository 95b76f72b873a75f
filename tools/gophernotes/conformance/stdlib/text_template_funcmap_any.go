package main

import (
	"fmt"
	"os"
	"text/template"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

func mk(x int) Point { return Point{x, x} }

func main() {
	// The functions reach the FuncMap through a map[string]any, not a FuncMap literal.
	m := map[string]any{"mk": mk}
	t := template.Must(template.New("t").Funcs(template.FuncMap(m)).Parse("{{mk 2}}\n"))
	if err := t.Execute(os.Stdout, nil); err != nil {
		fmt.Println("error:", err)
	}
}
