package vec

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// TestRowsMatchScalar checks AddRow and ColSums bit for bit against the
// scalar loops on every kernel, for widths around the 8- and 32-column
// blocks, and that the columns and rows outside the shape are untouched.
func TestRowsMatchScalar(t *testing.T) {
	saved := simd.Current()
	defer simd.Set(saved)
	rng := rand.New(rand.NewPCG(7, 7))
	for _, k := range simd.Available() {
		simd.Set(k)
		for _, n := range []int{1, 3, 8, 10, 16, 30, 31, 32, 33, 40, 64, 70} {
			for _, rows := range []int{0, 1, 2, 5, 13} {
				c := make([]float64, rows*n+3) // 3 guard elements
				b := make([]float64, n+2)
				for i := range c {
					c[i] = rng.NormFloat64() * math.Exp2(float64(rng.IntN(40)-20))
				}
				for i := range b {
					b[i] = rng.NormFloat64()
				}
				if rows > 0 {
					c[0] = math.Copysign(0, -1) // −0 sums to +0 in both
				}
				want := append([]float64(nil), c...)
				for r := 0; r < rows; r++ {
					for j := 0; j < n; j++ {
						want[r*n+j] += b[j]
					}
				}
				sums := make([]float64, n+2)
				sums[n], sums[n+1] = 5, 6
				wantSums := make([]float64, n)
				for r := 0; r < rows; r++ {
					for j := 0; j < n; j++ {
						wantSums[j] += c[r*n+j]
					}
				}
				if err := ColSums(sums, c, rows, n); err != nil {
					t.Fatal(err)
				}
				for j := range wantSums {
					if math.Float64bits(sums[j]) != math.Float64bits(wantSums[j]) {
						t.Fatalf("%s: ColSums %d×%d: s[%d] = %v, want %v", k.String(), rows, n, j, sums[j], wantSums[j])
					}
				}
				if sums[n] != 5 || sums[n+1] != 6 {
					t.Fatalf("%s: ColSums %d×%d wrote past n", k.String(), rows, n)
				}
				if err := AddRow(c, b, rows, n); err != nil {
					t.Fatal(err)
				}
				for i := range want {
					if math.Float64bits(c[i]) != math.Float64bits(want[i]) {
						t.Fatalf("%s: AddRow %d×%d: c[%d] = %v, want %v", k.String(), rows, n, i, c[i], want[i])
					}
				}
			}
		}
	}
}

// TestRowsErrors checks that short slices are errors, not panics.
func TestRowsErrors(t *testing.T) {
	if err := AddRow(make([]float64, 5), make([]float64, 3), 2, 3); err == nil {
		t.Error("AddRow with a 5-element c for 2×3: no error")
	}
	if err := AddRow(make([]float64, 6), make([]float64, 2), 2, 3); err == nil {
		t.Error("AddRow with a 2-element b for n=3: no error")
	}
	if err := ColSums(make([]float64, 3), make([]float64, 5), 2, 3); err == nil {
		t.Error("ColSums with a 5-element c for 2×3: no error")
	}
	if err := ColSums(make([]float64, 2), make([]float64, 6), 2, 3); err == nil {
		t.Error("ColSums with a 2-element s for n=3: no error")
	}
}

// TestAddRowSigmoidMatches checks AddRowSigmoid bit for bit against AddRow
// followed by Sigmoid on every kernel.
func TestAddRowSigmoidMatches(t *testing.T) {
	saved := simd.Current()
	defer simd.Set(saved)
	rng := rand.New(rand.NewPCG(8, 8))
	for _, k := range simd.Available() {
		simd.Set(k)
		for _, n := range []int{1, 3, 8, 10, 30, 32, 33, 40} {
			for _, rows := range []int{0, 1, 2, 5, 13, 100} {
				z := make([]float64, rows*n)
				b := make([]float64, n)
				for i := range z {
					z[i] = rng.NormFloat64() * 10
					switch {
					case i%17 == 5: // exp(−z) overflows: σ is 0, in every chunk of a loop
						z[i] = -800
					case i%19 == 7:
						z[i] = 800
					}
				}
				for i := range b {
					b[i] = rng.NormFloat64()
				}
				z2 := append([]float64(nil), z...)
				a, a2 := make([]float64, rows*n), make([]float64, rows*n)
				if err := AddRowSigmoid(a, z, b, rows, n); err != nil {
					t.Fatal(err)
				}
				if err := AddRow(z2, b, rows, n); err != nil {
					t.Fatal(err)
				}
				if err := Sigmoid(a2, z2); err != nil {
					t.Fatal(err)
				}
				for i := range z {
					if math.Float64bits(z[i]) != math.Float64bits(z2[i]) || math.Float64bits(a[i]) != math.Float64bits(a2[i]) {
						t.Fatalf("%s: %d×%d: element %d: z %v a %v, want z %v a %v", k.String(), rows, n, i, z[i], a[i], z2[i], a2[i])
					}
				}
			}
		}
	}
	if err := AddRowSigmoid(make([]float64, 5), make([]float64, 6), make([]float64, 3), 2, 3); err == nil {
		t.Error("AddRowSigmoid with a 5-element a for 2×3: no error")
	}
}

// BenchmarkAddRowSigmoid times the bias and sigmoid pass of the digits
// network's two layers over the 1078 training samples.
func BenchmarkAddRowSigmoid(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, n := range []int{30, 10} {
		rows := 1078
		z0 := randSlice(rng, rows*n)
		z, a, bias := make([]float64, rows*n), make([]float64, rows*n), randSlice(rng, n)
		b.Run(fmt.Sprintf("1078x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				copy(z, z0)
				if err := AddRowSigmoid(a, z, bias, rows, n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func randSlice(rng *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = rng.Float64()*2 - 1
	}
	return s
}
