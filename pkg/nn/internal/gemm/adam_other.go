//go:build !amd64 || purego

package gemm

// adam4 is never called without the assembly kernels (hasAsm is false).
func adam4(w, grad, m, v *float64, n int, c *[6]float64) {
	panic("gemm: adam4 without assembly kernels")
}
