package vec

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAxpy checks that Axpy (assembly where the CPU has it) gives exactly
// the plain loop y[i] += alpha·x[i], for lengths that exercise the
// sixteen-wide and four-wide bodies and the scalar tail, and values whose
// product and sum would round differently if they were fused.
func TestAxpy(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	for _, n := range []int{0, 1, 3, 4, 5, 15, 16, 17, 20, 35, 1000} {
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i], y[i] = rng.NormFloat64(), rng.NormFloat64()
		}
		want := append([]float64(nil), y...)
		alpha := -0.05 * (1 + 1e-9*rng.Float64())
		for i, v := range x {
			want[i] += float64(alpha * v)
		}
		if err := Axpy(y, alpha, x); err != nil {
			t.Fatal(err)
		}
		for i := range y {
			if math.Float64bits(y[i]) != math.Float64bits(want[i]) {
				t.Fatalf("n=%d: y[%d] = %v, want %v (the product rounded, then the sum)", n, i, y[i], want[i])
			}
		}
	}
}

func TestAxpyLengths(t *testing.T) {
	err := Axpy(make([]float64, 4), 1, make([]float64, 3))
	if err == nil || !strings.Contains(err.Error(), "x has 3 elements and y 4") {
		t.Errorf("Axpy with a short x: error %v, want one naming the lengths", err)
	}
}

func BenchmarkAxpy(b *testing.B) {
	const n = 784*100 + 100
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = float64(i%7) - 3
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Axpy(y, -1e-9, x)
	}
}
