//go:build !amd64 || purego

package vec

import "unsafe"

// axpy4 is axpy_amd64.s's function in Go: axpyGo on n values.
func axpy4(y, x *float64, n int, alpha float64) {
	axpyGo(unsafe.Slice(y, n), alpha, unsafe.Slice(x, n))
}
