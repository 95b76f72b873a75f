package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var u uint8 = 0
	u--
	fmt.Println(u)
	var x int32 = math.MaxInt32
	x += 1
	fmt.Println(x)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, 7>>1)
	big := 300
	fmt.Println(uint8(big), int8(big), int8(big-429))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint32(1<<32-1))
	var mi int64 = math.MinInt64
	fmt.Println(mi, -mi, mi/-1 == mi)
	fmt.Println(1<<10, uint64(1)<<63, 0x7f&^0x0f, 6^3, ^0)
	var s uint = 70
	fmt.Println(1<<s == 0, int64(1)<<62)
	m32 := uint32(math.MaxUint32)
	fmt.Println(math.MaxUint32, m32+1)
	var b byte = 'a'
	fmt.Println(b+1, string(rune(b+1)), b*3)
	c := 10
	c /= 3
	d := 10.0 / 3
	fmt.Println(c, d, 10/3.0, float32(d))
}
