//go:build amd64 && !purego

package gemm

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// TestNarrowPanelsSameBits checks that the kernels of 8 columns, used for a
// last panel of 1 to 8 columns, give the very bits of the 16-column kernels
// they stand in for: for every tile height (1 to 3 rows split their sums),
// in the three products, unblocked and by blocks of k (whose tiles add to
// C), split across goroutines or not.
func TestNarrowPanelsSameBits(t *testing.T) {
	if simd.Current() != simd.AVX512 {
		t.Skip("no AVX-512 here")
	}
	defer func() { narrowPanels = true }()
	rng := rand.New(rand.NewPCG(8, 8))
	shapes := [][3]int{
		{1, 9, 3}, {2, 50, 4}, {3, 7, 8}, {4, 33, 20}, {5, 64, 100}, {11, 12, 23},
		{12, 784, 100}, {13, 100, 24}, {128, 784, 100}, {37, 41, 1}, {100, 30, 10},
		{260, 520, 260}, {301, 513, 263}, // blocked, with a narrow last panel
	}
	for _, s := range shapes {
		m, k, n := s[0], s[1], s[2]
		for _, pr := range products {
			a, b := randSlice(rng, m*k), randSlice(rng, k*n)
			got, want := make([]float64, m*n), make([]float64, m*n)
			narrowPanels = false
			if err := pr.f(want, a, b, m, k, n); err != nil {
				t.Fatal(err)
			}
			narrowPanels = true
			if err := pr.f(got, a, b, m, k, n); err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("%s %d×%d×%d: c[%d] = %v with 8-column kernels, %v without", pr.name, m, k, n, i, got[i], want[i])
				}
			}
		}
	}
}
