package main

import (
	"fmt"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func main() {
	f := Greeter{"hello"}.Greet
	fmt.Println(f("go"))
	g := Greeter.Greet
	fmt.Println(g(Greeter{"hi"}, "you"))
}
