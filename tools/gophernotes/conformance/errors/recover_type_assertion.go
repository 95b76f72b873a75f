package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v (error: %t)\n", name, r, isErr)
	}()
	f()
}

func main() {
	var a any = "x"
	var s Shape = Sq{1}
	var e error = errors.New("e")
	var n any
	try("int", func() { _ = a.(int) })
	try("pointer", func() { _ = s.(*Sq) })
	try("nil", func() { _ = n.(string) })
	try("stringer", func() { _ = a.(fmt.Stringer) })
	try("error", func() { _ = e.(fmt.Stringer) })
	try("ok", func() { fmt.Println(s.(Sq).Area()) })
}
