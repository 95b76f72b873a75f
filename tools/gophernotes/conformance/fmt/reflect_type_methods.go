package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }
func (p Point) Sum() int       { return p.X + p.Y }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }

type Account struct {
	Owner   string
	balance float64
}

func main() {
	t := reflect.TypeOf(Point{1, 2})
	fmt.Println(t.Name(), t.PkgPath(), t.NumMethod())
	pt := reflect.TypeOf(&Point{})
	fmt.Println(pt.PkgPath() == "", pt.NumMethod(), pt.Elem().PkgPath())
	at := reflect.TypeOf(Account{})
	fmt.Println(at.Name(), at.PkgPath(), at.NumMethod(), at.NumField())
	for i := 0; i < at.NumField(); i++ {
		f := at.Field(i)
		fmt.Println(f.Name, f.PkgPath, f.Type, f.IsExported())
	}
	if f, ok := at.FieldByName("balance"); ok {
		fmt.Println("found", f.Name, f.Index)
	}
	fmt.Println(reflect.TypeOf("s").PkgPath() == "", reflect.TypeOf([]Point{}).PkgPath() == "")
}
