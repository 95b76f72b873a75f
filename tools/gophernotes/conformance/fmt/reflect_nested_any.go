package main

import (
	"fmt"
	"reflect"
)

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

func main() {
	xs := []any{State(1), Point{1, 2}, "s"}
	v := reflect.ValueOf(xs)
	for i := 0; i < v.Len(); i++ {
		e := v.Index(i).Elem()
		fmt.Println(i, e.Kind(), e.Type(), e.Type().Name(), e, e.Interface())
	}
	fmt.Println(v.Index(0).Elem().Int(), v.Index(1).Elem().NumField(), v.Index(1).Elem().Field(1).Int())
	m := map[string]any{"p": Point{3, 4}}
	mv := reflect.ValueOf(m).MapIndex(reflect.ValueOf("p")).Elem()
	fmt.Println(mv.Kind(), mv.Type(), mv.Field(0).Int(), mv)
	var x any = Point{5, 6}
	xv := reflect.ValueOf(&x).Elem().Elem()
	fmt.Println(xv.Kind(), xv.NumField(), xv.Field(0).Int())
	if p, ok := xv.Interface().(Point); ok {
		fmt.Println("point", p.X+p.Y, p)
	}
}
