//go:build !amd64 || purego

package vec

import (
	"slices"
	"testing"
)

// TestAdam4Other checks the Go adam4 against adamGo.
func TestAdam4Other(t *testing.T) {
	w, g, m, v := []float64{1, 2, 3, 4}, []float64{0.5, -1, 2, 0}, []float64{0.1, 0, -0.1, 0.2}, []float64{0.01, 0.02, 0, 0.03}
	w2, m2, v2 := slices.Clone(w), slices.Clone(m), slices.Clone(v)
	const alpha, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
	c := [6]float64{alpha, b1, b2, eps, 1 - b1, 1 - b2}
	adam4(&w[0], &g[0], &m[0], &v[0], 4, &c)
	adamGo(w2, g, m2, v2, alpha, b1, b2, eps)
	if !slices.Equal(w, w2) || !slices.Equal(m, m2) || !slices.Equal(v, v2) {
		t.Errorf("adam4: w, m, v = %v, %v, %v; adamGo %v, %v, %v", w, m, v, w2, m2, v2)
	}
}
