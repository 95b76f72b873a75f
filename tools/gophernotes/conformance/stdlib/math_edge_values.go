package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	fmt.Println(nan, inf, -inf, negz, 0.0)
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.Signbit(negz), negz == 0)
	fmt.Printf("%v %.2f %e %g %08.3f %+v\n", nan, inf, -inf, negz, -inf, nan)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Max(nan, 1), math.Min(negz, 0))
	fmt.Println(strconv.FormatFloat(negz, 'f', -1, 64), strconv.FormatFloat(inf, 'g', -1, 64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), 1e100, 1e-7, 123456789.0)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(math.Round(-2.5), math.Trunc(-2.5), math.Floor(-2.5), math.Ceil(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(max(1.0, nan), min(negz, 0.0), max(negz, 0.0))
}
