package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

type Size uint8

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const Pi = 3.14159265358979323846
const Big = 1 << 100
const typedF float32 = 0.1

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+Tuesday, Weekday(5)-Tuesday)
	fmt.Printf("%T %T %T\n", Monday, KB, Pi)
	fmt.Println(KB, MB, GB, Big>>98, Big/(1<<99))
	var s Size = 200
	s += 100
	fmt.Println(s)
	var f float64 = Pi
	var f32 float32 = Pi
	fmt.Println(f, f32, typedF, float64(typedF))
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagB != 0, fl&FlagC != 0, fl&^FlagA)
	const c = 'x' + 1
	fmt.Println(c, string(rune(c)))
	x := 5 / 2
	y := 5 / 2.0
	const z = 5 / 2
	fmt.Println(x, y, z, 7.0/2)
	d := Monday
	d++
	fmt.Println(d == Tuesday, d)
	const h = "hello"
	fmt.Println(len(h), h[1], h+" world")
}
