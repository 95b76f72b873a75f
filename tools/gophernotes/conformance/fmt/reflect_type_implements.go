package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Ages []int

func (a Ages) Len() int           { return len(a) }
func (a Ages) Less(i, j int) bool { return a[i] < a[j] }
func (a *Ages) Swap(i, j int)     { (*a)[i], (*a)[j] = (*a)[j], (*a)[i] }

type Plain struct{ A int }

func main() {
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errType := reflect.TypeOf((*error)(nil)).Elem()
	sorter := reflect.TypeOf((*sort.Interface)(nil)).Elem()
	p := reflect.TypeOf(Point{})
	fmt.Println(p.Implements(stringer), p.Implements(errType), p.AssignableTo(stringer), p.ConvertibleTo(stringer))
	fmt.Println(reflect.TypeOf(&Point{}).Implements(stringer))
	fmt.Println(reflect.TypeOf(Ages{}).Implements(sorter), reflect.TypeOf(&Ages{}).Implements(sorter))
	fmt.Println(reflect.TypeOf(Plain{}).Implements(stringer))
}
