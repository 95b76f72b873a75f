package vec

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// TestDot checks Dot4 and Dot against the sum of products on every kernel,
// for lengths around the assembly's steps of 8 (Dot4's assembly sums in
// another order, so within rounding), and that Dot4 writes only out[0:4].
func TestDot(t *testing.T) {
	saved := simd.Current()
	defer simd.Set(saved)
	rng := rand.New(rand.NewPCG(9, 9))
	for _, kd := range simd.Available() {
		simd.Set(kd)
		for k := 0; k <= 40; k++ {
			x, b := randSlice(rng, k), randSlice(rng, 4*k)
			out := []float64{9, 9, 9, 9, 9}
			Dot4(out, x, b, k)
			for j := 0; j < 4; j++ {
				var want, mag float64
				for p := 0; p < k; p++ {
					want += x[p] * b[j*k+p]
					mag += math.Abs(x[p] * b[j*k+p])
				}
				if d := math.Abs(out[j] - want); !(d <= 1e-15*(1+mag)) {
					t.Errorf("%s: Dot4 k=%d: out[%d] = %v, want %v", kd, k, j, out[j], want)
				}
				if got := Dot(x, b[j*k:j*k+k]); math.Abs(got-want) > 1e-15*(1+mag) {
					t.Errorf("%s: Dot k=%d, row %d: %v, want %v", kd, k, j, got, want)
				}
			}
			if out[4] != 9 {
				t.Errorf("%s: Dot4 k=%d wrote out[4] = %v", kd, k, out[4])
			}
		}
	}
}
