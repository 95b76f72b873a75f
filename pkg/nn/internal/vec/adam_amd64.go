//go:build amd64 && !purego

package vec

// adam4 runs Adam's update on n values, n a multiple of 4, with AVX2; c holds
// alpha, b1, b2, eps, 1−b1, 1−b2.
//
//go:noescape
func adam4(w, grad, m, v *float64, n int, c *[6]float64)
