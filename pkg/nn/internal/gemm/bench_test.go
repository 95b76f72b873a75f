package gemm

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
	"github.com/neurons-in-go/course/pkg/nn/internal/vec"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// benchShapes are the products of one full-batch step of the seed digits
// recipe (1078 samples, 64-30-10), of a 100-100-50-10 forward pass and of
// one minibatch step of the MNIST-sized network (batch 128, 784-100-10).
var benchShapes = []struct {
	name    string
	f       func(c, a, b []float64, m, k, n int) error
	ta, tb  bool
	m, k, n int
}{
	{"AB/fwd1/1078x64x30", MulAB, false, false, 1078, 64, 30},
	{"AB/fwd2/1078x30x10", MulAB, false, false, 1078, 30, 10},
	{"ATB/dW1/64x1078x30", MulATB, true, false, 64, 1078, 30},
	{"ATB/dW2/30x1078x10", MulATB, true, false, 30, 1078, 10},
	{"ABT/dA1/1078x10x30", MulABT, false, true, 1078, 10, 30},
	{"AB/vec/1x100x100", MulAB, false, false, 1, 100, 100},
	{"ABT/vec/1x100x100", MulABT, false, true, 1, 100, 100},
	{"AB/square/256", MulAB, false, false, 256, 256, 256},
	{"AB/mnist1/128x784x100", MulAB, false, false, 128, 784, 100},
	{"ATB/mnistdW1/784x128x100", MulATB, true, false, 784, 128, 100},
	{"AB/mnist2/128x100x10", MulAB, false, false, 128, 100, 10},
	{"ABT/mnistdA1/128x10x100", MulABT, false, true, 128, 10, 100},
}

func BenchmarkProducts(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, s := range benchShapes {
		x, y, c := randSlice(rng, s.m*s.k), randSlice(rng, s.k*s.n), make([]float64, s.m*s.n)
		flops := 2 * float64(s.m*s.k*s.n)
		run := func(b *testing.B, f func()) {
			b.ReportAllocs()
			for b.Loop() {
				f()
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		}
		b.Run(s.name+"/gemm", func(b *testing.B) {
			run(b, func() {
				if err := s.f(c, x, y, s.m, s.k, s.n); err != nil {
					b.Fatal(err)
				}
			})
		})
		for _, k := range simd.Available() {
			b.Run(s.name+"/1core-"+k.String(), func(b *testing.B) {
				saved, savedWork := simd.Current(), parallelWork
				defer func() { setKind(saved); parallelWork = savedWork }()
				setKind(k)
				parallelWork = 1 << 62
				run(b, func() { _ = s.f(c, x, y, s.m, s.k, s.n) })
			})
		}
		b.Run(s.name+"/blas64", func(b *testing.B) {
			ta, tb := blas.NoTrans, blas.NoTrans
			am := blas64.General{Rows: s.m, Cols: s.k, Stride: s.k, Data: x}
			bm := blas64.General{Rows: s.k, Cols: s.n, Stride: s.n, Data: y}
			if s.ta {
				ta, am = blas.Trans, blas64.General{Rows: s.k, Cols: s.m, Stride: s.m, Data: x}
			}
			if s.tb {
				tb, bm = blas.Trans, blas64.General{Rows: s.n, Cols: s.k, Stride: s.k, Data: y}
			}
			cm := blas64.General{Rows: s.m, Cols: s.n, Stride: s.n, Data: c}
			run(b, func() { blas64.Gemm(ta, tb, 1, am, bm, 0, cm) })
		})
	}
}

// BenchmarkForwardPath is the forward pass of one vector through a
// 100-100-50-10 sigmoid network done with this package: z = x·W + b by
// MulAB with m = 1, then Sigmoid. It shows what nn.Network.Forward costs
// when it takes this path instead of its own axpy loop.
func BenchmarkForwardPath(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	sizes := []int{100, 100, 50, 10}
	var W, B, Z [][]float64
	for l := 0; l+1 < len(sizes); l++ {
		W = append(W, randSlice(rng, sizes[l]*sizes[l+1]))
		B = append(B, randSlice(rng, sizes[l+1]))
		Z = append(Z, make([]float64, sizes[l+1]))
	}
	x := randSlice(rng, 100)
	b.ReportAllocs()
	for b.Loop() {
		a := x
		for l := range W {
			if err := MulAB(Z[l], a, W[l], 1, sizes[l], sizes[l+1]); err != nil {
				b.Fatal(err)
			}
			for i, v := range B[l] {
				Z[l][i] += v
			}
			if err := vec.Sigmoid(Z[l], Z[l]); err != nil {
				b.Fatal(err)
			}
			a = Z[l]
		}
	}
}

// BenchmarkSquare times C = A·B for square n×n matrices, reported in
// GFLOP/s (2n³ floating-point operations per product); cmd/nnbench sets
// it beside numpy's A @ B (OpenBLAS) in its growth table.
func BenchmarkSquare(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{256, 512, 1024, 2048} {
		x, y, c := randSlice(rng, n*n), randSlice(rng, n*n), make([]float64, n*n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := MulAB(c, x, y, n, n, n); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(2*float64(n)*float64(n)*float64(n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
