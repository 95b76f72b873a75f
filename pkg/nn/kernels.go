package nn

import "github.com/neurons-in-go/course/pkg/nn/internal/gemm"

// The three matrix products below carry all the arithmetic of batch training.
// Every matrix is a row-major slice: element (i, j) of an r×c matrix x is
// x[i*c+j]. They overwrite c and never allocate, so a training step can reuse
// its buffers. Keeping every hot product behind these three functions lets a
// faster kernel replace their bodies without touching the lesson code.
//
// The bodies call package gemm: AVX2/FMA assembly kernels when the CPU has
// them, a register-tiled Go kernel otherwise, with large products split over
// the cores. gemm returns an error only for slices shorter than their shapes
// (a bug in this package, since every caller sizes its buffers) or for a
// panic in one of its worker goroutines; either is re-raised here, in the
// caller's goroutine, where a notebook can recover it.

// mulAB sets c (m×n) to a·b, where a is m×k and b is k×n.
func mulAB(c, a, b []float64, m, k, n int) {
	if err := gemm.MulAB(c, a, b, m, k, n); err != nil {
		panic(err)
	}
}

// mulATB sets c (m×n) to aᵀ·b, where a is k×m and b is k×n.
func mulATB(c, a, b []float64, m, k, n int) {
	if err := gemm.MulATB(c, a, b, m, k, n); err != nil {
		panic(err)
	}
}

// mulABT sets c (m×n) to a·bᵀ, where a is m×k and b is n×k.
func mulABT(c, a, b []float64, m, k, n int) {
	if err := gemm.MulABT(c, a, b, m, k, n); err != nil {
		panic(err)
	}
}

// addRow adds b to every row of the rows×n matrix c (the bias of a layer),
// one addition per element as in floatsAdd.
func addRow(c, b []float64, rows, n int) {
	if err := gemm.AddRow(c, b, rows, n); err != nil {
		panic(err)
	}
}

// colSums sets s to the column sums of the rows×n matrix c, adding the rows
// in order to +0 (the bias gradient of a layer).
func colSums(s, c []float64, rows, n int) {
	if err := gemm.ColSums(s, c, rows, n); err != nil {
		panic(err)
	}
}

// addRowSigmoid adds b to every row of the rows×n matrix z and sets a to
// the sigmoid of the result, with the same bits as addRow followed by
// Sigmoid.applyRows.
func addRowSigmoid(a, z, b []float64, rows, n int) {
	if err := gemm.AddRowSigmoid(a, z, b, rows, n); err != nil {
		panic(err)
	}
}
