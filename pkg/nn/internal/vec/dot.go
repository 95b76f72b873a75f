package vec

// Dot4 sets out[0:4] to the dot products of x with the four consecutive
// rows of length k that start at b[0] (package gemm's MulABT of few rows
// is made of them). With the assembly kernels it takes the first k&^7
// products eight at a time with AVX2 and FMA, in two chains of multiply-adds per
// row, so its sums may differ from the scalar loop's in the last bits.
func Dot4(out, x, b []float64, k int) {
	if hasAsm() && k >= 4 {
		dot4Asm(out, x, b, k)
		return
	}
	dot4Go(out, x, b, k)
}

// dot4Go is Dot4's scalar loop.
func dot4Go(out, x, b []float64, k int) {
	b0, b1, b2, b3 := b[0:k], b[k:2*k], b[2*k:3*k], b[3*k:4*k]
	var s0, s1, s2, s3 float64
	for p, v := range x[:k] {
		s0 += v * b0[p]
		s1 += v * b1[p]
		s2 += v * b2[p]
		s3 += v * b3[p]
	}
	out[0], out[1], out[2], out[3] = s0, s1, s2, s3
}

// Dot returns the dot product of x and y, which have the same length:
// two running sums, of the even and the odd terms, added at the end.
func Dot(x, y []float64) float64 {
	y = y[:len(x)]
	var s0, s1 float64
	p := 0
	for ; p+2 <= len(x); p += 2 {
		s0 += x[p] * y[p]
		s1 += x[p+1] * y[p+1]
	}
	if p < len(x) {
		s0 += x[p] * y[p]
	}
	return s0 + s1
}
