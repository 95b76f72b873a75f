package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Fahrenheit float64

func main() {
	units := map[reflect.Type]string{
		reflect.TypeOf(Celsius(0)):    "C",
		reflect.TypeOf(Fahrenheit(0)): "F",
	}
	fmt.Println(len(units))
	fmt.Println(units[reflect.TypeOf(Celsius(20))], units[reflect.TypeOf(Fahrenheit(68))])
}
