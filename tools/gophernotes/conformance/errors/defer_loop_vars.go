package main

import (
	"fmt"
	"strings"
)

func run() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("closure ", i)) }()
		defer fmt.Println("arg", i)
	}
	for _, s := range []string{"a", "b"} {
		defer func() { out = append(out, "range "+s) }()
	}
	x := 1
	defer fmt.Println("x evaluated at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
	return []string{"start"}
}

func cleanup(name string, log *strings.Builder) func() {
	fmt.Fprintf(log, "open %s;", name)
	return func() { fmt.Fprintf(log, "close %s;", name) }
}

func main() {
	fmt.Println(run())
	var log strings.Builder
	func() {
		for _, n := range []string{"f1", "f2"} {
			defer cleanup(n, &log)()
		}
	}()
	fmt.Println(log.String())
}
