package main

import (
	"fmt"
	"html/template"
	"os"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("<%d, %d>", p.X, p.Y) }

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

type Cell struct{ V float64 }

func (c *Cell) String() string { return fmt.Sprintf("[%.1f]", c.V) }

type Data struct {
	A   Point
	Pts []Point
	S   State
	C   Cell
	PC  *Cell
}

func main() {
	d := Data{A: Point{1, 2}, Pts: []Point{{5, 6}, {7, 8}}, S: 1, C: Cell{1.5}, PC: &Cell{2.5}}
	h := template.Must(template.New("h").Parse(
		`<p title="{{.A}}">{{.A}} {{.A.X}} {{.S}} {{range .Pts}}{{.}};{{end}} {{.C}} {{.PC}}</p>
<a href="/x?p={{.A}}">{{printf "%v" .A}}</a>
`))
	if err := h.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	if err := h.Execute(os.Stdout, &d); err != nil {
		fmt.Println("error:", err)
	}
	h2 := template.Must(template.New("h2").Parse("{{.}}\n"))
	h2.Execute(os.Stdout, Point{3, 4})
}
