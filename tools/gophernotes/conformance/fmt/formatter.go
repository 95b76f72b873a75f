package main

import (
	"fmt"
)

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100)
}

func main() {
	fmt.Println(Money(1234))
	fmt.Printf("%v\n", Money(5))
}
