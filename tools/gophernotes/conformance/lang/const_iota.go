package main

import (
	"fmt"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB)
}
