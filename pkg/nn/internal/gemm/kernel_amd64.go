//go:build amd64 && !purego

package gemm

// tileAsm calls the assembly kernel for rows rows. When k is 0 the A and B
// slices may be empty, so a valid pointer to c stands in for them (the
// kernel reads nothing and stores zeros).
func tileAsm(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	pc := &c[ci]
	pa, pb := pc, pc
	if k > 0 {
		// Touch the last element each kernel reads so that a caller's
		// mistake panics here, in Go, rather than reading out of bounds.
		_ = a[ai+(rows-1)*rsA+(k-1)*csA]
		_ = b[bi+(k-1)*ldb+7]
		pa, pb = &a[ai], &b[bi]
	}
	_ = c[ci+(rows-1)*ldc+7]
	kern8(rows, k, pa, rsA, csA, pb, ldb, pc, ldc)
}

// tile512 calls the AVX-512 kernel for rows rows (1 to 12) and the first
// w (1 to 16) columns; like tileAsm it checks the extreme indexes in Go
// first. The kernel's masked loads and stores touch no other column. With
// add, the tile adds its products to C (continuing each element's chain of
// multiply-adds) instead of overwriting it; only tiles of 4 rows or more
// may add, since smaller ones split their sums (see ../asmgen). When next
// is not −1, the kernels of 8 rows and more prefetch the 12 rows of 16
// values of C from c[next] on, the tile the caller computes next (a
// prefetch never faults, so rows past the end of C cost nothing).
func tile512(rows, w, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int, add bool, next int) {
	pc := &c[ci]
	pn := pc
	if next >= 0 {
		pn = &c[next]
	}
	pa, pb := pc, pc
	if k > 0 {
		_ = a[ai+(rows-1)*rsA+(k-1)*csA]
		_ = b[bi+(k-1)*ldb+w-1]
		pa, pb = &a[ai], &b[bi]
	}
	_ = c[ci+(rows-1)*ldc+w-1]
	mask := 1<<w - 1
	acc := 0
	if add {
		acc = 1
	}
	// kern8z and kern16 (asm_amd64.go) switch on rows.
	if w <= 8 && narrowPanels {
		kern8z(rows, k, pa, rsA, csA, pb, ldb, pc, ldc, mask, acc, pn)
		return
	}
	kern16(rows, k, pa, rsA, csA, pb, ldb, pc, ldc, mask, acc, pn)
}

// narrowPanels turns the kernels of 8 columns on; the tests turn them off
// to compare.
var narrowPanels = true
