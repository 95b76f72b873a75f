package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Scene struct {
	Sh Shape
	At Point
}

func main() {
	p := Point{1, 2}
	fmt.Println(reflect.ValueOf(p).Interface())
	fmt.Println(reflect.ValueOf(&p).Elem().Interface(), reflect.ValueOf(&p).Interface())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&p)).Interface())
	v := reflect.ValueOf(p)
	fmt.Println(v.NumField(), v.Field(1).Int(), v.Kind(), v)
	fmt.Printf("%v|%+v|%s|%d\n", v, v, v, v)
	n := reflect.New(reflect.TypeOf(p)).Elem()
	n.Field(0).SetInt(7)
	fmt.Println(n.Interface(), n)
	ps := []Point{{1, 2}, {3, 4}}
	fmt.Println(reflect.ValueOf(ps).Index(1).Interface(), reflect.ValueOf(ps).Interface())
	l := Line{Point{1, 2}, Point{3, 4}}
	lv := reflect.ValueOf(l)
	for i := 0; i < lv.NumField(); i++ {
		fmt.Println(lv.Type().Field(i).Name, lv.Field(i).Interface())
	}
	fmt.Println(lv.Interface())
	sc := Scene{Sq{2}, p}
	fmt.Println(reflect.ValueOf(sc).Field(0).Interface(), reflect.ValueOf(sc).Interface())
	var x any = p
	fmt.Println(reflect.ValueOf(x).NumField(), reflect.ValueOf(x).Interface())
	back := reflect.ValueOf(p).Interface().(Point)
	fmt.Println(back.X+back.Y, back)
	m := map[string]any{"p": p}
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("p")).Interface(), m["p"])
	fmt.Println(reflect.DeepEqual(x, Point{1, 2}), reflect.DeepEqual(ps, []Point{{1, 2}, {3, 4}}))
}
