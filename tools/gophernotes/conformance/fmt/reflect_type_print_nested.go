package main

import (
	"fmt"
	"log"
	"os"
	"reflect"
)

type Celsius float64

type Point struct{ X, Y int }

type Column struct {
	Name string
	Type reflect.Type
}

func main() {
	ts := []reflect.Type{reflect.TypeOf(Celsius(1)), reflect.TypeOf(Point{})}
	fmt.Println(ts)
	fmt.Println(Column{"temp", reflect.TypeOf(Celsius(0))})
	var t any = reflect.TypeOf(Point{})
	fmt.Println(t)
	fmt.Printf("%v %s\n", t, ts[0])
	fmt.Println([]any{"type", reflect.TypeOf(&Point{})})
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("column type:", reflect.TypeOf(Celsius(2)))
}
