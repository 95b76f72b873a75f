package main

import (
	"fmt"
	"reflect"
)

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

type Job struct {
	Name string
	Meta any
}

func main() {
	xs := []any{1, State(1), "a"}
	v := reflect.ValueOf(xs)
	for i := 0; i < v.Len(); i++ {
		fmt.Println(v.Index(i).Kind(), v.Index(i).Interface(), v.Index(i))
	}
	m := map[string]any{"n": 2, "s": State(0)}
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("s")).Interface())
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("n")).Interface())
	j := Job{"j", State(1)}
	fmt.Println(reflect.ValueOf(j).Field(1).Interface(), reflect.ValueOf(j).Field(0).Interface())
}
