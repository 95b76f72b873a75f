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

type Named struct {
	Point
	Name string
}

type Data struct {
	A   Point
	S   State
	N   Named
	Pts []Point
}

func sum(p Point) int { return p.X + p.Y }

func mk(x int) Point { return Point{x, x} }

func main() {
	d := Data{A: Point{1, 2}, S: 1, N: Named{Point{3, 4}, "n"}, Pts: []Point{{5, 6}}}
	h := template.Must(template.New("h").Funcs(template.FuncMap{"sum": sum, "mk": mk}).Parse(
		`<p title="{{printf "%T" .A}}">{{printf "%T" .S}} {{printf "%T" .Pts}} {{.A}}</p>
<p>{{sum .A}} {{mk 7}} {{.N}} {{.N.X}} {{.N.Name}}</p>
`))
	if err := h.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
}
