package gemm

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// TestBlocksSameBits checks that the blocked path (block.go) gives the very
// bits of the unblocked product, for each product, with and without the
// split across goroutines, on shapes with several blocks of k, a last
// partial block, tails of 0 to 11 rows and narrow last panels; and that it
// agrees with the definition.
func TestBlocksSameBits(t *testing.T) {
	kernels(t, func(t *testing.T) {
		if simd.Current() != simd.AVX512 {
			t.Skip("only the AVX-512 kernels take the blocked path")
		}
		rng := rand.New(rand.NewPCG(5, 6))
		for _, s := range [][3]int{
			{260, 520, 256}, {301, 513, 260}, {302, 600, 270}, {516, 300, 300},
			{255, 1030, 257}, {133, 1000, 272},
		} {
			m, k, n := s[0], s[1], s[2]
			if !useBlocks(m, k, n) {
				t.Errorf("%v does not take the blocked path", s)
			}
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

// TestSplitSameBits checks that splitting a product across goroutines, by
// rows or by columns (splitByCols), gives the very bits of computing it in
// one goroutine.
func TestSplitSameBits(t *testing.T) {
	kernels(t, func(t *testing.T) {
		savedWork, savedWorkers := parallelWork, workers
		defer func() { parallelWork, workers = savedWork, savedWorkers }()
		workers = 2
		rng := rand.New(rand.NewPCG(7, 8))
		for _, s := range [][3]int{{60, 300, 500}, {13, 400, 333}, {128, 784, 300}, {100, 50, 20}, {300, 520, 260}} {
			m, k, n := s[0], s[1], s[2]
			if simd.Current() == simd.AVX512 && s == [3]int{60, 300, 500} && !splitByCols((n+tileN-1)/tileN, k, n, 2) {
				t.Errorf("%v is not split by columns", s)
			}
			for _, pr := range products {
				a, b := randSlice(rng, m*k), randSlice(rng, k*n)
				one, split := make([]float64, m*n), make([]float64, m*n)
				parallelWork = 1 << 62
				if err := pr.f(one, a, b, m, k, n); err != nil {
					t.Fatal(err)
				}
				parallelWork = 1
				if err := pr.f(split, a, b, m, k, n); err != nil {
					t.Fatal(err)
				}
				for i := range one {
					if math.Float64bits(one[i]) != math.Float64bits(split[i]) {
						t.Fatalf("%s %v: c[%d] = %v split, %v in one goroutine", pr.name, s, i, split[i], one[i])
					}
				}
			}
		}
	})
}
