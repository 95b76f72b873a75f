package main

import (
	"fmt"
)

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	}
	return "Done"
}

func main() {
	fmt.Println(Idle, Running, Done)
	fmt.Printf("%v|%s|%d\n", Running, Done, Done)
}
