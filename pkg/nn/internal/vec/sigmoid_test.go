package vec

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

func refSigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// closeSigmoid reports whether got matches the reference for z: equal
// NaN-ness, 1e-14 relative, and for z < −708 anything below 3.4e-308.
func closeSigmoid(z, got float64) bool {
	want := refSigmoid(z)
	switch {
	case math.IsNaN(z):
		return math.IsNaN(got)
	case z < -708:
		return got >= 0 && got < 3.4e-308
	}
	return math.Abs(got-want) <= 1e-14*math.Abs(want)
}

func TestSigmoid(t *testing.T) {
	saved := simd.Current()
	defer simd.Set(saved)
	for _, k := range simd.Available() {
		t.Run(k.String(), func(t *testing.T) { simd.Set(k); testSigmoid(t) })
	}
}

func testSigmoid(t *testing.T) {
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-300, -1e-300, 36, 37, 40, 700, 708, 709, 710, 1000,
		-36, -700, -707.9, -708, -708.5, -709, -745, -746, -1000,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Ln2 / 2, -math.Ln2 / 2, 0.34657359, 3}
	rng := rand.New(rand.NewPCG(9, 9))
	z := append([]float64(nil), special...)
	for range 5000 {
		z = append(z, (rng.Float64()*2-1)*40)
	}
	for range 1000 {
		z = append(z, (rng.Float64()*2-1)*800)
	}
	for _, n := range []int{0, 1, 3, 4, 5, 7, 8, 9, 12, 13, 16, 17, len(z)} {
		src := z[:n]
		dst := make([]float64, n)
		if err := Sigmoid(dst, src); err != nil {
			t.Fatal(err)
		}
		for i, v := range src {
			if !closeSigmoid(v, dst[i]) {
				t.Fatalf("Sigmoid(%v) = %v, want %v", v, dst[i], refSigmoid(v))
			}
		}
	}
	// In place.
	in := append([]float64(nil), z...)
	if err := Sigmoid(in, in); err != nil {
		t.Fatal(err)
	}
	for i, v := range z {
		if !closeSigmoid(v, in[i]) {
			t.Fatalf("in place: Sigmoid(%v) = %v", v, in[i])
		}
	}
	if err := Sigmoid(make([]float64, 2), make([]float64, 3)); err == nil {
		t.Error("Sigmoid accepted slices of different lengths")
	}
}

func FuzzSigmoid(f *testing.F) {
	f.Add(0.0, 1.0, -1.0, 700.0)
	f.Add(-708.2, 36.5, 1e-10, -40.0)
	f.Fuzz(func(t *testing.T, a, b, c, d float64) {
		src := []float64{a, b, c, d, a, d, c, b, a, b, c, d, a}
		dst := make([]float64, len(src))
		if err := Sigmoid(dst, src); err != nil {
			t.Fatal(err)
		}
		for i, v := range src {
			if !closeSigmoid(v, dst[i]) {
				t.Fatalf("Sigmoid(%v) = %v, want %v", v, dst[i], refSigmoid(v))
			}
		}
	})
}

func BenchmarkSigmoid(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	src := make([]float64, 1078*30)
	for i := range src {
		src[i] = (rng.Float64()*2 - 1) * 10
	}
	dst := make([]float64, len(src))
	b.Run("vec", func(b *testing.B) {
		for b.Loop() {
			_ = Sigmoid(dst, src)
		}
	})
	b.Run("mathExp", func(b *testing.B) {
		for b.Loop() {
			for i, v := range src {
				dst[i] = refSigmoid(v)
			}
		}
	})
}

func TestSigmoidBackward(t *testing.T) {
	saved := simd.Current()
	defer simd.Set(saved)
	rng := rand.New(rand.NewPCG(4, 4))
	for _, k := range simd.Available() {
		simd.Set(k)
		for _, n := range []int{0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 100} {
			a, d := make([]float64, n), make([]float64, n)
			for i := range a {
				a[i], d[i] = rng.Float64(), rng.Float64()*2-1
			}
			if n > 2 {
				a[1], d[2] = math.NaN(), math.Inf(1)
			}
			got := append([]float64(nil), d...)
			if err := SigmoidBackward(got, a); err != nil {
				t.Fatal(err)
			}
			for i := range a {
				want := d[i] * (a[i] * (1 - a[i]))
				if got[i] != want && !(math.IsNaN(got[i]) && math.IsNaN(want)) {
					t.Fatalf("%s n=%d: element %d = %v, want %v", k.String(), n, i, got[i], want)
				}
			}
		}
	}
	if err := SigmoidBackward(make([]float64, 2), make([]float64, 3)); err == nil {
		t.Error("SigmoidBackward accepted slices of different lengths")
	}
}
