//go:build amd64 && !purego

package gemm

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// detect returns the best kernel this CPU runs; x/sys/cpu reports AVX2 and
// AVX-512 only when the operating system saves the wider registers too.
func detect() int {
	switch {
	case cpu.X86.HasAVX512F && cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		return kindAVX512
	case cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		return kindAVX2
	}
	return kindGo
}

var best = detect()

func init() { setKind(best) }

// availableKinds lists the kernels this CPU runs, for tests and benchmarks.
func availableKinds() []int {
	return []int{kindGo, kindAVX2, kindAVX512}[:best+1]
}

// hasAsm reports whether the AVX2 assembly (dot products, sigmoid) runs.
func hasAsm() bool { return kind != kindGo }

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

// dot4Asm is dot4 with the first k&^7 products in assembly.
func dot4Asm(out, x, b []float64, k int) {
	k8 := k &^ 7
	_ = out[3]
	_ = b[3*k+k-1]
	_ = x[k-1]
	var s [4]float64
	if k8 > 0 {
		dot4k(k8, unsafe.SliceData(x), unsafe.SliceData(b), k, &s[0])
	}
	for p := k8; p < k; p++ {
		v := x[p]
		s[0] += v * b[p]
		s[1] += v * b[k+p]
		s[2] += v * b[2*k+p]
		s[3] += v * b[3*k+p]
	}
	copy(out[:4], s[:])
}

// sigmoidAsm runs the assembly sigmoid on len(src) values, a multiple of 4:
// eight at a time with AVX-512, then four.
func sigmoidAsm(dst, src []float64) {
	_ = dst[len(src)-1]
	n8 := 0
	if kind == kindAVX512 {
		n8 = len(src) &^ 7
		if n8 > 0 {
			sigmoid8(&dst[0], &src[0], n8, &sigTable)
		}
	}
	if n8 < len(src) {
		sigmoid4(&dst[n8], &src[n8], len(src)-n8, &sigTable)
	}
}

// tile512 calls the AVX-512 kernel for rows rows (1 to 12) and the first
// w (1 to 16) columns; like tileAsm it checks the extreme indexes in Go
// first. The kernel's masked loads and stores touch no other column. With
// add, the tile adds its products to C (continuing each element's chain of
// multiply-adds) instead of overwriting it; only tiles of 4 rows or more
// may add, since smaller ones split their sums (see asmgen.go). When next
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

// sigmoidBackAsm runs the assembly of SigmoidBackward on len(a) values, a
// multiple of 4: eight at a time with AVX-512, then four.
func sigmoidBackAsm(d, a []float64) {
	_ = d[len(a)-1]
	n8 := 0
	if kind == kindAVX512 {
		n8 = len(a) &^ 7
		if n8 > 0 {
			sigmoidBack8(&d[0], &a[0], n8)
		}
	}
	if n8 < len(a) {
		sigmoidBack4(&d[n8], &a[n8], len(a)-n8)
	}
}

// narrowPanels turns the kernels of 8 columns on; the tests turn them off
// to compare.
var narrowPanels = true
