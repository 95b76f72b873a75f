//go:build !amd64 || purego

package vec

import (
	"slices"
	"testing"
)

// TestAxpy4Other checks the Go axpy4 against axpyGo.
func TestAxpy4Other(t *testing.T) {
	x, y := []float64{1, -2, 3.5, 4}, []float64{0.25, 0, 1, -1}
	y2 := slices.Clone(y)
	axpy4(&y[0], &x[0], 4, -0.3)
	axpyGo(y2, -0.3, x)
	if !slices.Equal(y, y2) {
		t.Errorf("axpy4: %v, axpyGo %v", y, y2)
	}
}
