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

type Cell struct{ V float64 }

func (c *Cell) String() string { return fmt.Sprintf("<%.1f>", c.V) }

type Data struct {
	A    Point
	P    *Point
	Pts  []Point
	M    map[string]Point
	S    State
	C    Cell
	Cs   []Cell
	Name string
}

func main() {
	d := Data{A: Point{1, 2}, P: &Point{3, 4}, Pts: []Point{{5, 6}, {7, 8}},
		M: map[string]Point{"o": {0, 0}}, S: 1, C: Cell{1.5}, Cs: []Cell{{2.5}}, Name: "n"}
	t := template.Must(template.New("t").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`A={{.A}} X={{.A.X}} P={{.P}} PY={{.P.Y}} name={{up .Name}}
{{range $i, $p := .Pts}}{{$i}}:{{$p}} {{$p.X}} {{end}}
M={{.M}} Mo={{.M.o}} S={{.S}} C={{.C}} Cs0={{index .Cs 0}}
printf={{printf "%v|%s|%d" .A .S .A.X}} len={{len .Pts}} {{if .P}}set{{end}}
all={{.}}
`))
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	if err := t.Execute(os.Stdout, &d); err != nil {
		fmt.Println("error:", err)
	}
	var x any = d
	template.Must(template.New("t2").Parse("{{.A}} {{.C}} {{.S}}\n")).Execute(os.Stdout, x)
	t3 := template.Must(template.New("t3").Parse("{{.}} {{.X}} {{.String}}\n"))
	t3.Execute(os.Stdout, Point{1, 1})
	t3.Execute(os.Stdout, &Point{2, 2})
	t4 := template.Must(template.New("t4").Parse("{{.}}\n"))
	t4.Execute(os.Stdout, State(0))
	t4.Execute(os.Stdout, []Point{{1, 0}})
	t4.Execute(os.Stdout, map[string]any{"p": Point{2, 0}})
	t4.Execute(os.Stdout, &Cell{3})
	var sb strings.Builder
	t.ExecuteTemplate(&sb, "t3", Point{6, 6})
	fmt.Fprint(&sb, Point{7, 7})
	fmt.Println(sb.String())
}
