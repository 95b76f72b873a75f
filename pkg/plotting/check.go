package plotting

import (
	"fmt"
	"math"
)

// checkRange reports an error unless min < max and both are finite.
func checkRange(where, name string, min, max float64) error {
	if math.IsNaN(min) || math.IsNaN(max) || math.IsInf(min, 0) || math.IsInf(max, 0) {
		return fmt.Errorf("%s: %s range [%g, %g] must be finite", where, name, min, max)
	}
	if !(min < max) {
		return fmt.Errorf("%s: %s range [%g, %g] is empty: need min < max", where, name, min, max)
	}
	return nil
}

// checkFinite reports the first NaN or Inf in v, naming the slice and index.
func checkFinite(where, name string, v []float64) error {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("%s: %s[%d] is %g: values must be finite", where, name, i, x)
		}
	}
	return nil
}

// isFinite reports whether x is neither NaN nor ±Inf.
func isFinite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// sampleFunc evaluates f at n evenly spaced points over [min, max] and
// reports the first non-finite value, naming the function and x.
func sampleFunc(where, name string, f func(float64) float64, min, max float64, n int) (xs, ys []float64, err error) {
	xs, ys = make([]float64, n), make([]float64, n)
	for i := range n {
		x := min + (max-min)*float64(i)/float64(n-1)
		y := f(x)
		if !isFinite(y) {
			return nil, nil, fmt.Errorf("%s: %s(%g) = %g: values must be finite", where, name, x, y)
		}
		xs[i], ys[i] = x, y
	}
	return xs, ys, nil
}
