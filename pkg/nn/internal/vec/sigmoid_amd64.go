//go:build amd64 && !purego

package vec

import "github.com/neurons-in-go/course/pkg/nn/internal/simd"

// sigmoidAsm runs the assembly sigmoid on len(src) values, a multiple of 4:
// eight at a time with AVX-512, then four.
func sigmoidAsm(dst, src []float64) {
	_ = dst[len(src)-1]
	n8 := 0
	if simd.Current() == simd.AVX512 {
		n8 = len(src) &^ 7
		if n8 > 0 {
			sigmoid8(&dst[0], &src[0], n8, &sigTable)
		}
	}
	if n8 < len(src) {
		sigmoid4(&dst[n8], &src[n8], len(src)-n8, &sigTable)
	}
}

// sigmoidBackAsm runs the assembly of SigmoidBackward on len(a) values, a
// multiple of 4: eight at a time with AVX-512, then four.
func sigmoidBackAsm(d, a []float64) {
	_ = d[len(a)-1]
	n8 := 0
	if simd.Current() == simd.AVX512 {
		n8 = len(a) &^ 7
		if n8 > 0 {
			sigmoidBack8(&d[0], &a[0], n8)
		}
	}
	if n8 < len(a) {
		sigmoidBack4(&d[n8], &a[n8], len(a)-n8)
	}
}
