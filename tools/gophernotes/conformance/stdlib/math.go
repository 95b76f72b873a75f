package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pi, math.Inf(1), math.MaxInt64)
	fmt.Printf("%.4f %.4f\n", math.Exp(1), math.Tanh(0.5))
	fmt.Println(math.NaN() == math.NaN(), math.IsNaN(math.NaN()))
}
