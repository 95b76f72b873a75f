package vec

import (
	"fmt"
	"math"
)

// Adam applies one step of the Adam optimiser to the parameters w with
// gradients g, updating the running averages m (of g) and v (of g²) in
// place. For every i:
//
//	m[i] = b1·m[i] + (1−b1)·g[i]
//	v[i] = b2·v[i] + (1−b2)·g[i]·g[i]
//	w[i] −= alpha·m[i] / (√v[i] + eps)
//
// alpha and eps carry the bias corrections. All four slices must have the
// same length. With the assembly kernels it updates four values at a time
// (AVX2) with exactly the scalar loop's result: the same operations in the
// same order, without fused multiply-adds.
func Adam(w, g, m, v []float64, alpha, b1, b2, eps float64) error {
	if len(g) != len(w) || len(m) != len(w) || len(v) != len(w) {
		return fmt.Errorf("vec: Adam: w, g, m, v have %d, %d, %d, %d elements, want equal lengths", len(w), len(g), len(m), len(v))
	}
	n4 := 0
	if hasAsm() {
		n4 = len(w) &^ 3
		if n4 > 0 {
			c := [6]float64{alpha, b1, b2, eps, 1 - b1, 1 - b2}
			adam4(&w[0], &g[0], &m[0], &v[0], n4, &c)
		}
	}
	adamGo(w[n4:], g[n4:], m[n4:], v[n4:], alpha, b1, b2, eps)
	return nil
}

// adamGo is Adam's scalar loop. The conversions keep every product rounded
// on its own before the sum, as adam4's separate multiplies and adds do,
// even where the compiler may fuse a multiply and an add (GOAMD64=v3).
func adamGo(w, g, m, v []float64, alpha, b1, b2, eps float64) {
	c1, c2 := 1-b1, 1-b2
	g, m, v = g[:len(w)], m[:len(w)], v[:len(w)]
	for i, gi := range g {
		mi := float64(b1*m[i]) + float64(c1*gi)
		vi := float64(b2*v[i]) + float64(float64(c2*gi)*gi)
		m[i], v[i] = mi, vi
		w[i] -= alpha * mi / (math.Sqrt(vi) + eps)
	}
}
