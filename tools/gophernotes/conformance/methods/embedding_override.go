package main

import (
	"fmt"
)

type Base struct{}

func (Base) Hello() string { return "base" }

type Derived struct{ Base }

func (Derived) Hello() string { return "derived" }

func main() {
	d := Derived{}
	fmt.Println(d.Hello(), d.Base.Hello())
}
