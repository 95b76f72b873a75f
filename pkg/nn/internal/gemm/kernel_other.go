//go:build !amd64 || purego

package gemm

// The Go side of kernel_amd64.go: the same functions with the plain loops.

// tileAsm is tileGo.
func tileAsm(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	tileGo(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
}

// tile512 computes C[0:rows, 0:w] = A[0:rows, 0:k]·B[0:k, 0:w] with the
// strides of tile, or with add adds the products to C; each element is one
// sum over p in order, started from C's value with add, as the assembly's
// kernels of 4 rows and more sum it. next, a prefetch hint, is unused.
func tile512(rows, w, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int, add bool, next int) {
	for i := 0; i < rows; i++ {
		for j := 0; j < w; j++ {
			var s float64
			if add {
				s = c[ci+i*ldc+j]
			}
			for p := 0; p < k; p++ {
				s += a[ai+i*rsA+p*csA] * b[bi+p*ldb+j]
			}
			c[ci+i*ldc+j] = s
		}
	}
}
