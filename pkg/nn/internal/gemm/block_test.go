package gemm

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBlocksSameBits checks that the blocked path (block.go) gives the very
// bits of the unblocked product, for each product, with and without the
// split across goroutines, on shapes with one block of k and several, a
// last partial block, tails of 1 to 11 rows and narrow last panels; and
// that it agrees with the definition.
func TestBlocksSameBits(t *testing.T) {
	kernels(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(5, 6))
		for _, s := range [][3]int{
			{48, 257, 16}, {50, 600, 33}, {61, 513, 100}, {128, 784, 100},
			{130, 300, 7}, {193, 260, 20}, {400, 520, 17}, {51, 1000, 5},
		} {
			m, k, n := s[0], s[1], s[2]
			for _, pr := range products {
				for _, work := range []int{1 << 62, 1} {
					savedWork := parallelWork
					parallelWork = work
					a, b := randSlice(rng, m*k), randSlice(rng, k*n)
					got, want := make([]float64, m*n), make([]float64, m*n)
					if err := pr.f(got, a, b, m, k, n); err != nil {
						t.Fatal(err)
					}
					noBlocks = true
					err := pr.f(want, a, b, m, k, n)
					noBlocks = false
					parallelWork = savedWork
					if err != nil {
						t.Fatal(err)
					}
					ref := naive(a, b, m, k, n, pr.ta, pr.tb)
					for i := range want {
						if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
							t.Fatalf("%s m=%d k=%d n=%d split=%v: c[%d] = %v blocked, %v unblocked",
								pr.name, m, k, n, work == 1, i, got[i], want[i])
						}
						if math.Abs(got[i]-ref[i]) > 1e-9*float64(k) {
							t.Fatalf("%s m=%d k=%d n=%d: c[%d] = %v, want %v", pr.name, m, k, n, i, got[i], ref[i])
						}
					}
				}
			}
		}
	})
}
