//go:build !amd64 || purego

package gemm

import "testing"

// TestKernelOther checks that a build without the assembly kernels (another
// architecture, or the purego tag) reports and uses the plain-Go kernel.
func TestKernelOther(t *testing.T) {
	if got := Kernel(); got != "go" {
		t.Errorf("Kernel() = %q, want \"go\"", got)
	}
}

// TestTile512Other checks the Go tile512 against the sum of products, with
// and without add, on a tile narrower than its row strides.
func TestTile512Other(t *testing.T) {
	const rows, w, k, lda, ldb, ldc = 3, 5, 7, 9, 6, 8
	a, b := make([]float64, rows*lda), make([]float64, k*ldb)
	for i := range a {
		a[i] = float64(i%5) - 2
	}
	for i := range b {
		b[i] = float64(i%7)*0.5 - 1
	}
	for _, add := range []bool{false, true} {
		c := make([]float64, rows*ldc)
		for i := range c {
			c[i] = float64(i)
		}
		want := append([]float64(nil), c...)
		for i := 0; i < rows; i++ {
			for j := 0; j < w; j++ {
				s := 0.0
				if add {
					s = want[i*ldc+j]
				}
				for p := 0; p < k; p++ {
					s += a[i*lda+p] * b[p*ldb+j]
				}
				want[i*ldc+j] = s
			}
		}
		tile512(rows, w, k, a, 0, lda, 1, b, 0, ldb, c, 0, ldc, add, -1)
		for i := range c {
			if c[i] != want[i] {
				t.Fatalf("add=%v: c[%d] = %v, want %v", add, i, c[i], want[i])
			}
		}
	}
}
