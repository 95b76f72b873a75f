//go:build amd64 && !purego

package vec

// addRows512 adds the first w ≤ 32 elements of b to the first w columns of
// each of rows rows of c (row stride ldc elements); bit i of mask is set
// for the columns i < w.
//
//go:noescape
func addRows512(c, b *float64, rows, ldc int, mask int)

// colSums512 sets the first w ≤ 32 elements of s to the column sums of the
// first w columns of rows rows of c (row stride ldc), adding row after row
// to +0; bit i of mask is set for the columns i < w.
//
//go:noescape
func colSums512(s, c *float64, rows, ldc int, mask int)

// addPattern512 adds p[8(i mod period) : 8(i mod period)+8] to
// c[8i : 8i+8] for every i < chunks.
//
//go:noescape
func addPattern512(c, p *float64, chunks, period int)
