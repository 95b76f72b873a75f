package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"text/template"
)

type State int

const (
	Idle State = iota
	Busy
	Done
)

func (s State) String() string { return [...]string{"idle", "busy", "done"}[s] }

type Level string

func (l Level) String() string { return "level " + string(l) }

type Job struct {
	Name string
	S    State
	Prio State
	L    Level
}

const page = `{{range .}}{{.Name}}:{{if .S}} active ({{.S}}){{else}} not started{{end}}` +
	`{{with .Prio}} prio {{.}}{{else}} no prio{{end}}` +
	`{{if and .S .Prio}} both{{end}}{{if or .S .Prio}} either{{end}}` +
	` [{{and .S .Prio}}|{{or .S .Prio}}]` +
	`{{if $s := .S}} s={{$s}}{{else}} s={{$s}}{{end}}` +
	`{{with .L}} {{.}}{{else}} no level{{end}}
{{end}}`

func main() {
	jobs := []Job{{"build", Busy, Done, "hi"}, {"test", Idle, Busy, ""}, {"ship", Done, Idle, "lo"}, {"idle", Idle, Idle, ""}}
	t := template.Must(template.New("jobs").Parse(page))
	if err := t.Execute(os.Stdout, jobs); err != nil {
		fmt.Println("error:", err)
	}
	h := htmpl.Must(htmpl.New("h").Parse(`{{range .}}<p>{{if .S}}{{.S}}{{else}}-{{end}}{{with .Prio}} {{.}}{{end}}</p>{{end}}`))
	if err := h.Execute(os.Stdout, jobs); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
}
