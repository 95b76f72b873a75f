//go:build !amd64 || purego

package vec

import "unsafe"

// adam4 is adam_amd64.s's function in Go: adamGo on n values, with
// c = {alpha, b1, b2, eps, 1−b1, 1−b2}.
func adam4(w, grad, m, v *float64, n int, c *[6]float64) {
	adamGo(unsafe.Slice(w, n), unsafe.Slice(grad, n), unsafe.Slice(m, n), unsafe.Slice(v, n), c[0], c[1], c[2], c[3])
}
