//go:build !amd64 || purego

package vec

import (
	"math/bits"
	"unsafe"
)

// The functions of rows_amd64.s and bias_sigmoid_amd64.s in Go. The mask
// of addRows512 and colSums512 has its low w bits set, for the first w
// columns.

// addRows512 adds the first w elements of b to the first w columns of each
// of rows rows of c (row stride ldc), as addRowGo does.
func addRows512(c, b *float64, rows, ldc int, mask int) {
	w := bits.Len(uint(mask))
	cs, bs := unsafe.Slice(c, (rows-1)*ldc+w), unsafe.Slice(b, w)
	for r := 0; r < rows; r++ {
		row := cs[r*ldc : r*ldc+w]
		for j, v := range bs {
			row[j] += v
		}
	}
}

// colSums512 sets the first w elements of s to the sums of the first w
// columns of rows rows of c (row stride ldc), as colSumsGo does.
func colSums512(s, c *float64, rows, ldc int, mask int) {
	w := bits.Len(uint(mask))
	ss, cs := unsafe.Slice(s, w), unsafe.Slice(c, (rows-1)*ldc+w)
	clear(ss)
	for r := 0; r < rows; r++ {
		for j, v := range cs[r*ldc : r*ldc+w] {
			ss[j] += v
		}
	}
}

// addPattern512 adds p[8(i mod period) : 8(i mod period)+8] to
// c[8i : 8i+8] for every i < chunks.
func addPattern512(c, p *float64, chunks, period int) {
	cs, ps := unsafe.Slice(c, 8*chunks), unsafe.Slice(p, 8*period)
	for i := 0; i < chunks; i++ {
		q := 8 * (i % period)
		for l := 0; l < 8; l++ {
			cs[8*i+l] += ps[q+l]
		}
	}
}

// biasSigmoid8 adds the bias pattern p (period chunks of eight) to
// src[0:n] in place, as addPattern512 does, and sets dst[0:n] to the
// sigmoid of the sums by sigmoidGo (the assembly has its own exponential).
func biasSigmoid8(dst, src *float64, n int, c *[4 * sigConsts]float64, p *float64, period int) {
	addPattern512(src, p, n/8, period)
	sigmoidGo(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}
