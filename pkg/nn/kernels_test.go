package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestMatmulMatchesGonum checks the three products against gonum/mat.
func TestMatmulMatchesGonum(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for _, d := range [][3]int{{1, 1, 1}, {3, 5, 2}, {7, 1, 9}, {17, 13, 11}} {
		m, k, n := d[0], d[1], d[2]
		a := randDense(rng, m, k)
		b := randDense(rng, k, n)
		a.Set(0, 0, 0) // exercise the zero-skipping path
		var want mat.Dense
		want.Mul(a, b)
		c := make([]float64, m*n)
		mulAB(c, a.RawMatrix().Data, b.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulAB %v differs from gonum", d)
		}
		at := mat.DenseCopyOf(a.T())
		mulATB(c, at.RawMatrix().Data, b.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulATB %v differs from gonum", d)
		}
		bt := mat.DenseCopyOf(b.T())
		mulABT(c, a.RawMatrix().Data, bt.RawMatrix().Data, m, k, n)
		if !mat.EqualApprox(&want, mat.NewDense(m, n, c), 1e-12) {
			t.Errorf("mulABT %v differs from gonum", d)
		}
	}
}

// TestReLUKernels checks ReLU's forward pass and the branch-free
// reluBackward against the plain definitions: A = max(Z, 0) (+0 for −0), and
// ∂L/∂Z = ∂L/∂A where Z > 0, else 0.
func TestReLUKernels(t *testing.T) {
	z := []float64{-2, -1e-300, math.Copysign(0, -1), 0, 1e-300, 3, math.Inf(1), math.Inf(-1), math.MaxFloat64}
	a := make([]float64, len(z))
	ReLU.apply(a, z, 1, len(z))
	d := make([]float64, len(z))
	for i := range d {
		d[i] = float64(i + 1)
	}
	reluBackward(d, a)
	for i, v := range z {
		want := 0.0
		if v > 0 {
			want = v
		}
		if a[i] != want || math.Signbit(a[i]) {
			t.Errorf("reluAll(%v) = %v, want %v", v, a[i], want)
		}
		wantD := 0.0
		if v > 0 {
			wantD = float64(i + 1)
		}
		if d[i] != wantD || math.Signbit(d[i]) {
			t.Errorf("reluBackward at z = %v: %v, want %v", v, d[i], wantD)
		}
	}
}

// TestFirstNonFinite checks the four-sum scan against its definition,
// including finite values whose sum overflows.
func TestFirstNonFinite(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	finite := []float64{0, math.Copysign(0, -1), 1, -1, math.MaxFloat64, -math.MaxFloat64,
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 1e308, 0x1p-1022}
	for _, c := range []struct {
		v    []float64
		want int
	}{
		{nil, -1},
		{finite, -1},
		{[]float64{nan}, 0},
		{[]float64{1, 2, inf, nan}, 2},
		{[]float64{1, -inf}, 1},
		{append(append([]float64{}, finite...), nan), len(finite)},
		{[]float64{math.MaxFloat64, overflow(math.MaxFloat64)}, 1},
		{[]float64{math.MaxFloat64, math.MaxFloat64, math.MaxFloat64, math.MaxFloat64, 1}, -1}, // the sum overflows
		{[]float64{1, 2, 3, 4, 5, nan}, 5},
		{[]float64{1, -inf, 3, 4, 5, inf}, 1},
		{[]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, -inf}, 9},
	} {
		if got := firstNonFinite(c.v); got != c.want {
			t.Errorf("firstNonFinite(%v) = %d, want %d", c.v, got, c.want)
		}
	}
}

// overflow doubles x at run time (a constant expression would not compile).
func overflow(x float64) float64 { return x * 2 }

// reluBits, reluBranch and reluBackwardBranch are the loops BenchmarkReLU
// compares with ReLU's forward pass (Go's max) and reluBackward.
func reluBits(a, z []float64) {
	for i, v := range z {
		b := math.Float64bits(v)
		a[i] = math.Float64frombits(b &^ uint64(int64(b)>>63))
	}
}

func reluBranch(a, z []float64) {
	for i, v := range z {
		if v > 0 {
			a[i] = v
		} else {
			a[i] = 0
		}
	}
}

func reluBackwardBranch(d, a []float64) {
	for i, v := range a {
		if !(v > 0) {
			d[i] = 0
		}
	}
}

// BenchmarkReLU compares ways to write ReLU's passes on the hidden layer of
// the best digits recipe (64 rows of 256 weighted sums, about half of them
// negative): forward with Go's max (what activation.go uses), a branch, and
// a bit trick that clears negative values; backward with reluBackward's bit
// trick and a branch. Each op takes the next of 64 different batches, as
// training does: on one batch repeated, the CPU learns the branches'
// pattern and the branches look faster than they are.
func BenchmarkReLU(b *testing.B) {
	rng := rand.New(rand.NewPCG(2, 2))
	const batches, size = 64, 64 * 256
	zs, as := make([][]float64, batches), make([][]float64, batches)
	for k := range zs {
		zs[k], as[k] = make([]float64, size), make([]float64, size)
		for i := range zs[k] {
			zs[k][i] = rng.NormFloat64()
		}
		ReLU.apply(as[k], zs[k], 1, size)
	}
	a, d := make([]float64, size), make([]float64, size)
	k := 0
	next := func() int { k = (k + 1) % batches; return k }
	for _, bc := range []struct {
		name string
		f    func()
	}{
		{"forward/bits", func() { reluBits(a, zs[next()]) }},
		{"forward/branch", func() { reluBranch(a, zs[next()]) }},
		{"forward/max", func() {
			for i, v := range zs[next()] {
				a[i] = max(v, 0)
			}
		}},
		{"backward/bits", func() { i := next(); copy(d, zs[i]); reluBackward(d, as[i]) }},
		{"backward/branch", func() { i := next(); copy(d, zs[i]); reluBackwardBranch(d, as[i]) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				bc.f()
			}
		})
	}
}

// BenchmarkFirstNonFinite compares the four-sum scan that Train runs over X
// with plain loops, on an MNIST-sized X (60000×784) without a NaN.
func BenchmarkFirstNonFinite(b *testing.B) {
	X, _ := syntheticMNIST()
	x := X.RawMatrix().Data
	var sink int
	for _, bc := range []struct {
		name string
		f    func([]float64) int
	}{
		{"fourSums", firstNonFinite},
		{"subtract", func(v []float64) int {
			for i, x := range v {
				if x-x != 0 {
					return i
				}
			}
			return -1
		}},
		{"isNaNIsInf", func(v []float64) int {
			for i, x := range v {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					return i
				}
			}
			return -1
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(8 * len(x)))
			for b.Loop() {
				sink = bc.f(x)
			}
		})
	}
	_ = sink
}

// TestMatrixKernel checks that MatrixKernel names one of package gemm's
// kernels (package simd's tests check which one each build selects).
func TestMatrixKernel(t *testing.T) {
	switch k := MatrixKernel(); k {
	case "avx512", "avx2+fma", "go":
	default:
		t.Errorf("MatrixKernel() = %q, want avx512, avx2+fma or go", k)
	}
}

func ExampleMatrixKernel() {
	fmt.Println("products run on the", MatrixKernel(), "kernel")
}
