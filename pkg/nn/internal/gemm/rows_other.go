//go:build !amd64 || purego

package gemm

// addRows512 is never called without the AVX-512 kernels.
func addRows512(c, b *float64, rows, ldc int, mask int) {
	panic("gemm: addRows512 without AVX-512")
}

// colSums512 is never called without the AVX-512 kernels.
func colSums512(s, c *float64, rows, ldc int, mask int) {
	panic("gemm: colSums512 without AVX-512")
}

// addPattern512 is never called without the AVX-512 kernels.
func addPattern512(c, p *float64, chunks, period int) {
	panic("gemm: addPattern512 without AVX-512")
}

// biasSigmoid8 is never called without the AVX-512 kernels.
func biasSigmoid8(dst, src *float64, n int, c *[4 * sigConsts]float64, p *float64, period int) {
	panic("gemm: biasSigmoid8 without AVX-512")
}
