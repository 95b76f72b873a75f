package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func main() {
	var t any = Celsius(21.5)
	var err error = &NotFound{"cfg"}
	fmt.Printf("%T %v %#v\n", t, t, t)
	fmt.Printf("%T %v\n", err, err)
	var plain any = []string{"a"}
	fmt.Printf("%T %#v\n", plain, plain)
	fmt.Printf("%T\n", errors.New("x"))
}
