package main

import (
	"fmt"
)

type Animal struct{ Name string }

func (a Animal) Describe() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Name, d.Breed, d.Describe())
}
