package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Plain struct{ A int }

type Celsius float64

func main() {
	p := Point{1, 2}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Name(), t.String(), t.Kind(), t.NumField())
	fmt.Printf("%v %s\n", t, reflect.TypeOf([]Point{}))
	fmt.Println(reflect.TypeOf(3), reflect.TypeOf("s").Name(), reflect.TypeOf(true))
	fmt.Println(reflect.ValueOf(Plain{1}).Type(), reflect.TypeOf(&p), reflect.TypeOf(&p).Elem().Name())
	fmt.Println(reflect.TypeOf(Celsius(2)).Name(), reflect.TypeOf(map[string]Plain{}))
	for i := 0; i < t.NumField(); i++ {
		fmt.Println(t.Field(i).Name, t.Field(i).Type)
	}
}
