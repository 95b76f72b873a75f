//go:build !amd64 || purego

package vec

import (
	"slices"
	"testing"
)

// TestRowsOther checks the Go versions of rows_amd64.s's and
// bias_sigmoid_amd64.s's functions against the scalar loops, on the first
// w = 3 of n = 5 columns of 4 rows (the other columns stay as they were).
func TestRowsOther(t *testing.T) {
	const rows, n, w = 4, 5, 3
	c := make([]float64, rows*n)
	for i := range c {
		c[i] = float64(i) * 0.25
	}
	b := []float64{1, -2, 3}

	got := slices.Clone(c)
	addRows512(&got[0], &b[0], rows, n, 1<<w-1)
	want := slices.Clone(c)
	for r := 0; r < rows; r++ {
		addRowGo(want[r*n:r*n+w], b, 1, w)
	}
	if !slices.Equal(got, want) {
		t.Errorf("addRows512: %v, want %v", got, want)
	}

	s := []float64{9, 9, 9, 9}
	colSums512(&s[0], &c[0], rows, n, 1<<w-1)
	for j := 0; j < w; j++ {
		var sum float64
		for r := 0; r < rows; r++ {
			sum += c[r*n+j]
		}
		if s[j] != sum {
			t.Errorf("colSums512: s[%d] = %v, want %v", j, s[j], sum)
		}
	}
	if s[w] != 9 {
		t.Errorf("colSums512 wrote s[%d] = %v past its %d columns", w, s[w], w)
	}

	// A pattern of period 2 (16 values) over 3 chunks of 8.
	pat := make([]float64, 16)
	for i := range pat {
		pat[i] = float64(i)
	}
	x := make([]float64, 24)
	addPattern512(&x[0], &pat[0], 3, 2)
	for i, v := range x {
		if want := pat[i%16]; v != want {
			t.Fatalf("addPattern512: x[%d] = %v, want %v", i, v, want)
		}
	}
	z, a := make([]float64, 24), make([]float64, 24)
	biasSigmoid8(&a[0], &z[0], 24, &sigTable, &pat[0], 2)
	wantA := make([]float64, 24)
	sigmoidGo(wantA, x)
	if !slices.Equal(z, x) || !slices.Equal(a, wantA) {
		t.Errorf("biasSigmoid8: z %v, a %v; want %v, %v", z, a, x, wantA)
	}
}
