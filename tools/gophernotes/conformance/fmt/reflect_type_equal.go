package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Fahrenheit float64

func main() {
	c, f := Celsius(20), Fahrenheit(68)
	fmt.Println(reflect.TypeOf(c) == reflect.TypeOf(f), reflect.TypeOf(c) != reflect.TypeOf(f))
	fmt.Println(reflect.TypeOf(c) == reflect.TypeOf(Celsius(0)))
}
