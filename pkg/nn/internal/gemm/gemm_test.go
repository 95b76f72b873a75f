package gemm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// naive computes c = op(a)·op(b) by the definition; ta and tb say whether
// a and b are stored transposed.
func naive(a, b []float64, m, k, n int, ta, tb bool) []float64 {
	c := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for p := 0; p < k; p++ {
				x := a[i*k+p]
				if ta {
					x = a[p*m+i]
				}
				y := b[p*n+j]
				if tb {
					y = b[j*k+p]
				}
				s += x * y
			}
			c[i*n+j] = s
		}
	}
	return c
}

func randSlice(rng *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = rng.Float64()*2 - 1
	}
	return s
}

type product struct {
	name   string
	f      func(c, a, b []float64, m, k, n int) error
	ta, tb bool
}

var products = []product{
	{"MulAB", MulAB, false, false},
	{"MulATB", MulATB, true, false},
	{"MulABT", MulABT, false, true},
}

// kernels runs f once per available kernel, restoring the default after.
func kernels(t *testing.T, f func(t *testing.T)) {
	saved, work := simd.Current(), parallelWork
	defer func() { setKind(saved); parallelWork = work }()
	for _, k := range simd.Available() {
		// Keep the caller's parallelWork (tests of the split lower it).
		t.Run(k.String(), func(t *testing.T) { setKind(k); parallelWork = work; f(t) })
	}
}

// checkShape compares every product on one shape with the reference; the
// output slice is filled with NaN first so unwritten elements show up.
func checkShape(t *testing.T, rng *rand.Rand, m, k, n int) {
	t.Helper()
	for _, pr := range products {
		a, b := randSlice(rng, m*k), randSlice(rng, k*n)
		c := make([]float64, m*n)
		for i := range c {
			c[i] = math.NaN()
		}
		if err := pr.f(c, a, b, m, k, n); err != nil {
			t.Fatalf("%s %dx%dx%d: %v", pr.name, m, k, n, err)
		}
		want := naive(a, b, m, k, n, pr.ta, pr.tb)
		for i := range want {
			if d := math.Abs(c[i] - want[i]); !(d <= 1e-12*(1+float64(k))) {
				t.Fatalf("%s m=%d k=%d n=%d: c[%d] = %v, want %v", pr.name, m, k, n, i, c[i], want[i])
			}
		}
	}
}

func TestShapes(t *testing.T) {
	shapes := [][3]int{
		{1, 1, 1}, {1, 7, 1}, {1, 100, 100}, {100, 1, 1}, {1, 1, 100},
		{7, 1, 9}, {6, 8, 8}, {5, 3, 7}, {13, 17, 19}, {12, 16, 16},
		{64, 1078, 30}, {1078, 64, 30}, {1078, 30, 10}, {1078, 10, 30},
		{0, 5, 5}, {5, 0, 5}, {5, 5, 0}, {2, 9, 31}, {37, 41, 3}, {100, 50, 10},
	}
	kernels(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		for _, s := range shapes {
			checkShape(t, rng, s[0], s[1], s[2])
		}
	})
}

func TestParallelSplit(t *testing.T) {
	saved, savedW := parallelWork, workers
	defer func() { parallelWork, workers = saved, savedW }()
	parallelWork = 1
	rng := rand.New(rand.NewPCG(3, 4))
	for _, w := range []int{2, 3, 7} {
		workers = w
		kernels(t, func(t *testing.T) {
			for _, s := range [][3]int{{1, 3, 3}, {7, 5, 9}, {13, 4, 17}, {64, 33, 30}, {101, 20, 10}} {
				checkShape(t, rng, s[0], s[1], s[2])
			}
		})
	}
}

func TestErrors(t *testing.T) {
	s := make([]float64, 6)
	tests := []struct {
		m, k, n int
		a, b, c []float64
		want    string
	}{
		{-1, 2, 3, s, s, s, "negative dimension"},
		{2, 4, 1, s, s, s, "a has 6 elements"},
		{1, 2, 4, s, s, s, "b has 6 elements"},
		{3, 1, 3, s, s, s, "c has 6 elements"},
	}
	for _, pr := range products {
		for _, tt := range tests {
			err := pr.f(tt.c, tt.a, tt.b, tt.m, tt.k, tt.n)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), pr.name) {
				t.Errorf("%s(%d,%d,%d) error = %v, want one naming %s and %q", pr.name, tt.m, tt.k, tt.n, err, pr.name, tt.want)
			}
		}
	}
}

func TestWorkerPanicBecomesError(t *testing.T) {
	saved, savedW := parallelWork, workers
	defer func() { parallelWork, workers = saved, savedW }()
	parallelWork, workers = 1, 2
	// A c too short for the second block of rows makes the second worker
	// index out of range; check is bypassed to reach it.
	m := 2 * tileM
	a, b, c := make([]float64, m*3), make([]float64, 3*8), make([]float64, tileM*8)
	err := run(m, 8, 3, a, 3, 1, b, 8, false, c)
	if want := fmt.Sprintf("rows %d to %d panicked", tileM, m); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("split error = %v, want the worker's panic as an error", err)
	}
}

func TestNoAllocsWhenWarm(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m, k, n := 30, 20, 13
	a, b, c := randSlice(rng, m*k), randSlice(rng, k*n), make([]float64, m*n)
	for _, pr := range products {
		_ = pr.f(c, a, b, m, k, n)
		if got := testing.AllocsPerRun(50, func() { _ = pr.f(c, a, b, m, k, n) }); got != 0 {
			t.Errorf("%s allocates %v times per call once warm, want 0", pr.name, got)
		}
	}
}

func FuzzProducts(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(1), uint64(1))
	f.Add(uint8(7), uint8(13), uint8(9), uint64(2))
	f.Add(uint8(64), uint8(3), uint8(30), uint64(3))
	f.Fuzz(func(t *testing.T, m, k, n uint8, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, 7))
		kernels(t, func(t *testing.T) {
			checkShape(t, rng, int(m%70), int(k%70), int(n%40))
		})
	})
}

// TestConcurrentProducts runs split products from several goroutines at
// once, so tasks, pieces and workers are shared and reused (run with -race).
func TestConcurrentProducts(t *testing.T) {
	saved, savedW := parallelWork, workers
	defer func() { parallelWork, workers = saved, savedW }()
	parallelWork, workers = 1, 3
	errs := make(chan error, 4)
	for g := range 4 {
		go func() {
			rng := rand.New(rand.NewPCG(uint64(g), 11))
			for range 100 {
				m, k, n := 1+rng.IntN(60), 1+rng.IntN(20), 1+rng.IntN(20)
				a, b, c := randSlice(rng, m*k), randSlice(rng, k*n), make([]float64, m*n)
				if err := MulAB(c, a, b, m, k, n); err != nil {
					errs <- err
					return
				}
				want := naive(a, b, m, k, n, false, false)
				for i := range want {
					if math.Abs(c[i]-want[i]) > 1e-12*float64(1+k) {
						errs <- fmt.Errorf("goroutine %d: %dx%dx%d: c[%d] = %v, want %v", g, m, k, n, i, c[i], want[i])
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// TestTransposedATBSameBits checks that MulATB gives the very bits of the
// untransposed product whether or not it computes the transpose, and that
// the transpose is taken on the digits network's weight gradients.
func TestTransposedATBSameBits(t *testing.T) {
	kernels(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 4))
		for _, s := range [][3]int{
			{30, 1078, 10}, {64, 1078, 30}, {256, 64, 10}, {64, 64, 256},
			{30, 7, 64}, {13, 50, 40}, {40, 50, 13}, {10, 3, 100}, {100, 0, 10},
		} {
			m, k, n := s[0], s[1], s[2]
			a, b := randSlice(rng, k*m), randSlice(rng, k*n)
			got, want := make([]float64, m*n), make([]float64, m*n)
			if err := MulATB(got, a, b, m, k, n); err != nil {
				t.Fatal(err)
			}
			if err := run(m, n, k, a, 1, m, b, n, false, want); err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("m=%d k=%d n=%d (transposed: %v): c[%d] = %v, want %v",
						m, k, n, transposeATB(m, k, n), i, got[i], want[i])
				}
			}
		}
		if simd.Current() == simd.AVX512 && (!transposeATB(30, 1078, 10) || !transposeATB(64, 1078, 30)) {
			t.Error("the digits weight gradients 30×10 and 64×30 are not transposed")
		}
	})
}
