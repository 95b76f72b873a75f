//go:build amd64 && !purego

package vec

// axpy4 sets y[i] += alpha·x[i] for i < n, n a multiple of 4, with AVX2.
//
//go:noescape
func axpy4(y, x *float64, n int, alpha float64)
