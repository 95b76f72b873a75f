package main

import (
	"fmt"
)

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	var x any = Point{1, 2}
	var t any = Celsius(21.5)
	fmt.Printf("%T %T\n", x, t)
	fmt.Printf("%#v\n", x)
	format := "%T %v %#v\n"
	fmt.Printf(format, Point{3, 4}, Point{3, 4}, Point{3, 4})
	fmt.Println(fmt.Sprintf("%T", x) == "main.Point")
}
