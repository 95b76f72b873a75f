//go:build amd64 && !purego

package vec

import "unsafe"

// dot4Asm is Dot4 with the first k&^7 products in assembly.
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
