package vec

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAdam checks that Adam (assembly where the CPU has it) gives exactly
// the scalar loop's parameters and running averages, for lengths that
// exercise both the four-wide body and the scalar tail.
func TestAdam(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for _, n := range []int{0, 1, 3, 4, 5, 8, 17, 1000} {
		w, g, m, v := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
		for i := range w {
			w[i], g[i], m[i], v[i] = rng.NormFloat64(), rng.NormFloat64(), rng.NormFloat64()*0.1, rng.Float64()*0.01
		}
		w2, m2, v2 := append([]float64(nil), w...), append([]float64(nil), m...), append([]float64(nil), v...)
		for step := 0; step < 3; step++ {
			if err := Adam(w, g, m, v, 0.004, 0.9, 0.999, 1e-8); err != nil {
				t.Fatal(err)
			}
			adamGo(w2, g, m2, v2, 0.004, 0.9, 0.999, 1e-8)
		}
		for i := range w {
			if w[i] != w2[i] || m[i] != m2[i] || v[i] != v2[i] {
				t.Fatalf("n=%d, element %d: Adam gives w, m, v = %v, %v, %v; the scalar loop %v, %v, %v",
					n, i, w[i], m[i], v[i], w2[i], m2[i], v2[i])
			}
		}
	}
}

func TestAdamLengths(t *testing.T) {
	a, b := make([]float64, 4), make([]float64, 3)
	err := Adam(a, a, a, b, 0.1, 0.9, 0.999, 1e-8)
	if err == nil || !strings.Contains(err.Error(), "4, 4, 4, 3") {
		t.Errorf("Adam with a short v: error %v, want one naming the lengths", err)
	}
}

func BenchmarkAdam(b *testing.B) {
	const n = 64*256 + 256
	w, g, m, v := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range g {
		g[i] = float64(i%7) - 3
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Adam(w, g, m, v, 0.001, 0.9, 0.999, 1e-8)
	}
}
