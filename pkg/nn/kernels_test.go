package nn

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestMatmulMatchesGonum checks the three products against gonum/mat.
func TestMatmulMatchesGonum(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for _, d := range [][3]int{{1, 1, 1}, {3, 5, 2}, {7, 1, 9}, {17, 13, 11}} {
		m, k, n := d[0], d[1], d[2]
		a := randDense(rng, m, k)
		b := randDense(rng, k, n)
		a.Set(0, 0, 0) // exercise the zero-skipping path
		var want mat.Dense
		want.Mul(a, b)
		c := make([]float64, m*n)
		mulAB(c, a.RawMatrix().Data, b.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulAB %v differs from gonum", d)
		}
		at := mat.DenseCopyOf(a.T())
		mulATB(c, at.RawMatrix().Data, b.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulATB %v differs from gonum", d)
		}
		bt := mat.DenseCopyOf(b.T())
		mulABT(c, a.RawMatrix().Data, bt.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulABT %v differs from gonum", d)
		}
	}
}
