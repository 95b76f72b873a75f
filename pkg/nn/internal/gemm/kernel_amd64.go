//go:build amd64 && !purego

package gemm

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useAsm reports whether this CPU runs the AVX2/FMA kernels (and the
// operating system saves the YMM registers, which HasAVX2 includes).
var useAsm = cpu.X86.HasAVX2 && cpu.X86.HasFMA

func hasAsm() bool { return useAsm }

//go:noescape
func kern1x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func kern2x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func kern3x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func kern4x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func kern5x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func kern6x8(k int, a *float64, rsA, csA int, b *float64, ldb int, c *float64, ldc int)

//go:noescape
func dot4k(k8 int, x *float64, b *float64, ldb int, out *float64)

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
		_ = b[bi+(k-1)*ldb+nr-1]
		pa, pb = &a[ai], &b[bi]
	}
	_ = c[ci+(rows-1)*ldc+nr-1]
	switch rows {
	case 1:
		kern1x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	case 2:
		kern2x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	case 3:
		kern3x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	case 4:
		kern4x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	case 5:
		kern5x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	default:
		kern6x8(k, pa, rsA, csA, pb, ldb, pc, ldc)
	}
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

func useAsmFlag() bool { return useAsm }
func setAsm(on bool)   { useAsm = on }

//go:noescape
func sigmoid4(dst, src *float64, n int, c *[4 * sigConsts]float64)

// sigmoidAsm runs the assembly sigmoid on len(src) values, a multiple of 4.
func sigmoidAsm(dst, src []float64) {
	_ = dst[len(src)-1]
	sigmoid4(&dst[0], &src[0], len(src), &sigTable)
}
