package nn

import (
	"math"

	"github.com/neurons-in-go/course/pkg/nn/internal/gemm"
	"github.com/neurons-in-go/course/pkg/nn/internal/vec"
)

// This file is the kernel boundary: the only code in package nn that calls
// packages gemm (the matrix products) and vec (the element-wise and vector
// kernels), and the only code written for speed rather than to be read
// beside the lessons. The lesson code (forward and backprop in network.go,
// the activations, the losses, the optimisers, Train) names the operations
// below, and only these know about assembly, AVX, fused passes or
// a branch-free bit trick. The plain-Go ones say what they gain over the
// plain loop; the README's speed section and docs/performance.md give the
// measurements. Every matrix is a row-major slice: element (i, j) of an r×c
// matrix x is x[i*c+j]. The operations overwrite their destination and
// never allocate once warm, so a training step can reuse its buffers.
//
// Packages gemm and vec use AVX2/FMA or AVX-512 assembly when the CPU has
// it and plain Go otherwise (or with the purego build tag); gemm splits
// large products over the cores. They return an error only for slices
// shorter than their shapes, which cannot happen here because every caller
// sizes its buffers from a network that check accepted, or for a panic in
// one of gemm's worker goroutines. Either is a bug in this package; it is re-raised as a
// panic in the caller's goroutine, where a notebook can recover it.
// reference_test.go holds plain loops that every operation is checked
// against.

// must panics with err, a bug in package nn (see above).
func must(err error) {
	if err != nil {
		panic("nn: internal error: " + err.Error())
	}
}

// mulAB sets c (m×n) to a·b, where a is m×k and b is k×n.
func mulAB(c, a, b []float64, m, k, n int) { must(gemm.MulAB(c, a, b, m, k, n)) }

// mulATB sets c (m×n) to aᵀ·b, where a is k×m and b is k×n.
func mulATB(c, a, b []float64, m, k, n int) { must(gemm.MulATB(c, a, b, m, k, n)) }

// mulABT sets c (m×n) to a·bᵀ, where a is m×k and b is n×k.
func mulABT(c, a, b []float64, m, k, n int) { must(gemm.MulABT(c, a, b, m, k, n)) }

// colSums sets s to the column sums of the rows×n matrix c, adding the rows
// in order to +0 (the bias gradient of a layer).
func colSums(s, c []float64, rows, n int) { must(vec.ColSums(s, c, rows, n)) }

// addBiasApply finishes a layer's forward pass on rows×n weighted sums z:
// it adds the bias b to every row of z and sets a = f(z). For Sigmoid, the
// activation of the articles, it calls vec.AddRowSigmoid, which gives the
// same bits as the two steps and, on AVX-512 CPUs for layers of at most 32
// neurons and batches of more than one row, does both in one pass over the
// data.
func addBiasApply(a, z, b []float64, f Activation, rows, n int) {
	if f == Sigmoid {
		must(vec.AddRowSigmoid(a, z, b, rows, n))
		return
	}
	must(vec.AddRow(z, b, rows, n))
	f.apply(a, z, rows, n)
}

// mseDelta writes the output layer's delta for the half mean squared error,
// delta = (a − y)/N ⊙ f'(z) over N = rows samples, and returns the loss
// Σ(a − y)²/2N. For Sigmoid, f'(z) = a(1 − a), and it makes one pass over
// the data with the same bits as the general steps below.
func mseDelta(delta, a, z, y []float64, f Activation, rows, cols int) float64 {
	inv := 1 / float64(rows)
	y = y[:rows*cols]
	if f == Sigmoid {
		var sum float64
		for i, yi := range y {
			ai := a[i]
			d := ai - yi
			sum += d * d
			delta[i] = d * inv * (ai * (1 - ai))
		}
		sum /= 2
		return sum / float64(rows)
	}
	for i, yi := range y {
		delta[i] = (a[i] - yi) * inv
	}
	f.backward(delta, z, a, rows, cols)
	return mseLoss(a, y, rows)
}

// sigmoidAll sets a[i] = 1/(1+e^(−z[i])), four or eight values at a time on
// AVX2 or AVX-512 CPUs, agreeing with the scalar formula to 1e-14 relative
// (below z = −708, where that is a subnormal number, it gives 0).
func sigmoidAll(a, z []float64) { must(vec.Sigmoid(a, z)) }

// sigmoidBackward sets d[i] *= a[i]·(1 − a[i]), σ'(z) written with the
// outputs a = σ(z), with the same bits as the scalar loop.
func sigmoidBackward(d, a []float64) { must(vec.SigmoidBackward(d, a)) }

// axpy sets y += alpha·x, x and y of the same length (a plain
// gradient-descent step), four values at a time on AVX2 CPUs with exactly
// the scalar loop's result.
func axpy(y []float64, alpha float64, x []float64) { must(vec.Axpy(y, alpha, x[:len(y)])) }

// adam applies Adam's update to the weights w with gradient g and running
// averages m and v, by the formulas of vec.Adam (four values at a time on
// AVX2 CPUs).
func adam(w, g, m, v []float64, alpha, b1, b2, eps float64) {
	must(vec.Adam(w, g, m, v, alpha, b1, b2, eps))
}

// reluBackward sets d[i] = 0 where a[i], an output of ReLU, is not
// positive, and leaves d[i] where it is: f'(z) = 1 for z > 0, else 0, read
// from A = max(Z, 0). It does so without a branch, since the signs of a
// layer's Z are close to random and a branch is mispredicted about half the
// time: for a ≥ +0 the bits of a, as an integer, are positive exactly when
// a > 0, and then −bits has its sign bit set. BenchmarkReLU measured it
// about six times faster than the branch (docs/performance.md). (The
// forward pass, max(z, 0) in activation.go, needs no trick: Go's max has
// no branch either.)
func reluBackward(d, a []float64) {
	d = d[:len(a)]
	for i, v := range a {
		keep := uint64(-int64(math.Float64bits(v)) >> 63)
		d[i] = math.Float64frombits(math.Float64bits(d[i]) & keep)
	}
}

// firstNonFinite returns the index of the first NaN or infinite element of
// v, or −1. Train runs it over all of X before it trains, so it is built
// for speed: the sum of v is NaN or infinite when an element is, so it adds
// first (four running sums, which the CPU overlaps) and looks for the
// element only when the sum is not finite, which a sum of huge finite
// numbers can also be: v−v is +0 for every finite v and NaN for NaN and
// ±Inf. BenchmarkFirstNonFinite, over an MNIST-sized X, measured it 1.2
// to 1.4 times faster than the loop of v−v tests alone, and three times
// faster than testing math.IsNaN and math.IsInf (docs/performance.md).
func firstNonFinite(v []float64) int {
	var s0, s1, s2, s3 float64
	w := v
	for len(w) >= 4 {
		s0 += w[0]
		s1 += w[1]
		s2 += w[2]
		s3 += w[3]
		w = w[4:]
	}
	for _, x := range w {
		s0 += x
	}
	if s := (s0 + s1) + (s2 + s3); s-s == 0 {
		return -1
	}
	for i, x := range v {
		if x-x != 0 {
			return i
		}
	}
	return -1
}

// MatrixKernel names the matrix kernel this program's products run on:
// "avx512" or "avx2+fma" (assembly, chosen at start-up from what the CPU
// supports) or "go" (the plain-Go kernel, on other CPUs or when built with
// the purego tag). Benchmarks print it beside their timings.
func MatrixKernel() string { return gemm.Kernel() }
