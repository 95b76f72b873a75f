//go:build !amd64 || purego

package gemm

import "math"

func hasAsm() bool { return false }

func init() { setKind(kindGo) }

func availableKinds() []int { return []int{kindGo} }

// tile512 is never called without the assembly kernels.
func tile512(rows, w, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int, add bool, next int) {
	panic("gemm: tile512 without AVX-512")
}

// dot4Asm is never called without the assembly kernels; it is the Go loop.
func dot4Asm(out, x, b []float64, k int) {
	var s0, s1, s2, s3 float64
	for p, v := range x[:k] {
		s0 += v * b[p]
		s1 += v * b[k+p]
		s2 += v * b[2*k+p]
		s3 += v * b[3*k+p]
	}
	out[0], out[1], out[2], out[3] = s0, s1, s2, s3
}

// tileAsm is never called without the assembly kernels; it is tileGo.
func tileAsm(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	tileGo(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
}

// sigmoidAsm is never called without the assembly kernels.
func sigmoidAsm(dst, src []float64) {
	for i, v := range src {
		dst[i] = 1 / (1 + math.Exp(-v))
	}
}

// sigmoidBackAsm is never called without the assembly kernels.
func sigmoidBackAsm(d, a []float64) {
	for i, s := range a {
		d[i] *= s * (1 - s)
	}
}
