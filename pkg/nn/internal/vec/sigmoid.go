package vec

import (
	"fmt"
	"math"
)

// Sigmoid sets dst[i] = 1/(1+e^(−src[i])) for every i. dst and src must
// have the same length and may be the same slice.
//
// With the assembly kernels it computes eight (AVX-512) or four (AVX2)
// values at a time with its own exponential (a degree-13 polynomial after range reduction) and agrees with
// 1/(1+math.Exp(−z)) to a few units in the last place (tests require 1e-14
// relative). NaN gives NaN. The one departure: for z below −708 it returns
// 0 where the exact value is a subnormal number smaller than 3.4e-308.
func Sigmoid(dst, src []float64) error {
	if len(dst) != len(src) {
		return fmt.Errorf("vec: Sigmoid: dst has %d elements, src %d", len(dst), len(src))
	}
	n4 := 0
	if hasAsm() {
		n4 = len(src) &^ 3
		if n4 > 0 {
			sigmoidAsm(dst[:n4], src[:n4])
		}
	}
	sigmoidGo(dst[n4:], src[n4:])
	return nil
}

// sigmoidGo is Sigmoid's scalar loop.
func sigmoidGo(dst, src []float64) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] = 1 / (1 + math.Exp(-v))
	}
}

// sigConsts is the number of constants of the sigmoid kernel.
const sigConsts = 22

// sigTable holds the sigmoid kernel's constants, each repeated four times
// (see sigmoid_amd64.s for the order).
var sigTable = func() (t [4 * sigConsts]float64) {
	c := []float64{
		math.Log2E, 0x1.8p52, 6.93147180369123816490e-01, 1.90821492927058770002e-10,
		1, 708, -708, math.Float64frombits(1023 << 52),
	}
	fact := 1.0
	inv := make([]float64, 14) // inv[i] = 1/i!
	for i := range inv {
		if i > 0 {
			fact *= float64(i)
		}
		inv[i] = 1 / fact
	}
	for i := 13; i >= 0; i-- {
		c = append(c, inv[i])
	}
	for i, v := range c {
		for j := 0; j < 4; j++ {
			t[4*i+j] = v
		}
	}
	return t
}()

// SigmoidBackward turns ∂L/∂A into ∂L/∂Z for a sigmoid layer, in place:
// d[i] *= a[i]·(1 − a[i]), where a holds the layer's outputs σ(z). d and a
// must have the same length. The result is exactly that of the scalar
// loop (the same two multiplications and one subtraction per element).
func SigmoidBackward(d, a []float64) error {
	if len(d) != len(a) {
		return fmt.Errorf("vec: SigmoidBackward: d has %d elements, a %d", len(d), len(a))
	}
	n4 := 0
	if hasAsm() {
		n4 = len(a) &^ 3
		if n4 > 0 {
			sigmoidBackAsm(d[:n4], a[:n4])
		}
	}
	sigmoidBackGo(d[n4:], a[n4:])
	return nil
}

// sigmoidBackGo is SigmoidBackward's scalar loop.
func sigmoidBackGo(d, a []float64) {
	d = d[:len(a)]
	for i, s := range a {
		d[i] *= s * (1 - s)
	}
}
