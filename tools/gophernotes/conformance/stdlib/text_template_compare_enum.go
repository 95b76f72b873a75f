package main

import (
	"fmt"
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

type Job struct {
	Name  string
	S     State
	Tries int
}

const page = `{{range .}}{{.Name}}: {{.S}}{{if eq .S 1}} (running){{end}}{{if ne .S 0}} started{{end}}{{if ge .S 2}} finished{{end}}{{if not .S}} waiting{{end}}{{if lt .Tries 3}} ok{{else}} retried{{end}}
{{end}}`

func main() {
	t := template.Must(template.New("jobs").Parse(page))
	jobs := []Job{{"build", Busy, 1}, {"test", Idle, 0}, {"ship", Done, 4}}
	if err := t.Execute(os.Stdout, jobs); err != nil {
		fmt.Println("error:", err)
	}
}
