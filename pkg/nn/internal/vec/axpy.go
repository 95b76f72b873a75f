package vec

import "fmt"

// Axpy adds alpha·x to y: y[i] += alpha·x[i] for every i, x and y of the
// same length (the plain gradient-descent step, W −= rate·∂L/∂W). With the
// assembly kernels it updates sixteen values per loop, four per AVX2
// instruction, with exactly the scalar loop's result: a product rounded,
// then a sum rounded, without fused multiply-adds.
func Axpy(y []float64, alpha float64, x []float64) error {
	if len(x) != len(y) {
		return fmt.Errorf("vec: Axpy: x has %d elements and y %d, want equal lengths", len(x), len(y))
	}
	n4 := 0
	if hasAsm() {
		n4 = len(y) &^ 3
		if n4 > 0 {
			axpy4(&y[0], &x[0], n4, alpha)
		}
	}
	axpyGo(y[n4:], alpha, x[n4:])
	return nil
}

// axpyGo is Axpy's scalar loop; the conversion keeps the product rounded
// on its own even where the compiler may fuse (GOAMD64=v3).
func axpyGo(y []float64, alpha float64, x []float64) {
	x = x[:len(y)]
	for i, v := range x {
		y[i] += float64(alpha * v)
	}
}
