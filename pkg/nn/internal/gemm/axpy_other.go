//go:build !amd64 || purego

package gemm

// axpy4 is never called without the assembly kernels (hasAsm is false).
func axpy4(y, x *float64, n int, alpha float64) {
	panic("gemm: axpy4 without assembly kernels")
}
