package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

type Plain struct{ A int }

type Named struct {
	Point
	Name string
}

type Data struct {
	A    Point
	P    *Point
	S    State
	N    Named
	L    Plain
	Pts  []Point
	Any  any
	Text string
}

func sum(p Point) int { return p.X + p.Y }

func label(s State) string { return "state " + s.String() }

func total(ps ...Point) int {
	t := 0
	for _, p := range ps {
		t += p.X
	}
	return t
}

func count(ps []Point) int { return len(ps) }

func y(p *Point) int { return p.Y }

func mk(x int) Point { return Point{x, x} }

func main() {
	d := Data{A: Point{1, 2}, P: &Point{3, 4}, S: 1, N: Named{Point{5, 6}, "n"}, L: Plain{7},
		Pts: []Point{{8, 9}}, Any: Point{10, 11}, Text: "t"}
	fm := template.FuncMap{"sum": sum, "label": label, "total": total, "count": count,
		"y": y, "mk": mk, "up": strings.ToUpper}
	fm["mk2"] = mk
	t := template.Must(template.New("t").Funcs(fm).Parse(
		`types: {{printf "%T" .A}} {{printf "%T" .P}} {{printf "%T" .S}} {{printf "%T" .N}}
more: {{printf "%T" .L}} {{printf "%T" .Pts}} {{printf "%T" .Any}} {{printf "%T" .Text}} {{printf "%T" .}}
mixed: {{printf "%v is a %T, %d" .A .A 3}} {{printf "%#v" .A}}
funcs: {{sum .A}} {{label .S}} {{total .A .A}} {{count .Pts}} {{y .P}} {{mk 2}} {{printf "%T" (mk 2)}} {{up .Text}} {{mk2 4}}
embedded: {{.N}} {{.N.X}} {{.N.Y}} {{.N.Name}} {{.N.Point}} {{.N.Point.X}}
`))
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("t2").Parse(`{{printf "%T %v" . .A}}` + "\n"))
	if err := t2.Execute(os.Stdout, &d); err != nil {
		fmt.Println("error:", err)
	}
}
