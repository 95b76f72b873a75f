package main

import (
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string   { return "woof" }
func (c Cat) Sound() string { return c.name + " meows" }

func main() {
	for _, a := range []Animal{Dog{}, Cat{"tom"}} {
		fmt.Println(a.Sound())
	}
}
