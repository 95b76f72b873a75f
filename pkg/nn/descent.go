package nn

import (
	"errors"
	"fmt"
	"math"
)

// Descend1D minimises a function of one variable by gradient descent,
// given its derivative df, and returns every point it visited, starting
// with x0 and ending with the answer.
//
// Each step moves x against the slope:
//
//	x_new = x_old − step · df(x_old)
//
// and the descent stops as soon as a step moves x by no more than
// precision: |x_new − x_old| ≤ precision. This is the algorithm of the
// lesson's article: for f(x) = x⁴ − 3x³ + 2, df(x) = 4x³ − 9x², x0 = 6,
// step 0.01 and precision 0.00001 the last point is 2.249965 (the true
// minimum is 9/4).
//
// When x becomes NaN or ±Inf (the step is too large and the descent
// diverges) Descend1D returns an error naming the step size and the step
// number, with the path of the finite points before it, so that a lesson
// can plot the divergence. When maxSteps steps pass without meeting the
// precision it returns the full path (maxSteps+1 points) and an error
// wrapping ErrNotConverged. It also returns an error for a nil df, a
// non-finite x0, a step or precision that is not positive and finite, or
// maxSteps < 1.
func Descend1D(df func(float64) float64, x0, step, precision float64, maxSteps int) ([]float64, error) {
	if df == nil {
		return nil, errors.New("nn: Descend1D: the derivative df is nil")
	}
	if err := checkDescentSettings("Descend1D", step, precision, maxSteps, x0); err != nil {
		return nil, err
	}
	path := []float64{x0}
	xOld := x0
	for i := 1; i <= maxSteps; i++ {
		xNew := xOld - step*df(xOld)
		if math.IsNaN(xNew) || math.IsInf(xNew, 0) {
			return path, fmt.Errorf("nn: Descend1D: x became %v at step %d (from x = %.4g); step size %g is too large for this function", xNew, i, xOld, step)
		}
		path = append(path, xNew)
		if math.Abs(xNew-xOld) <= precision {
			return path, nil
		}
		xOld = xNew
	}
	return path, fmt.Errorf("nn: Descend1D: %w after %d steps of size %g: the last step moved x by %.3g, more than precision %g",
		ErrNotConverged, maxSteps, step, math.Abs(path[maxSteps]-path[maxSteps-1]), precision)
}

// Descend2D minimises a function of two variables by gradient descent,
// given its gradient, from (x0, y0). Each step moves the point against the
// gradient: (x, y) −= step · grad(x, y). It stops when a step moves the
// point by a distance of at most precision, and returns every point
// visited as a row {x, y}, starting with {x0, y0}: the path that
// plotting.Descent2D draws.
//
// Its errors mirror Descend1D's: on divergence to NaN or ±Inf it returns
// the finite path so far and an error naming the step size and step
// number; after maxSteps without converging it returns the full path and
// an error wrapping ErrNotConverged; and it rejects a nil grad, a
// non-finite start, a step or precision that is not positive and finite,
// and maxSteps < 1.
func Descend2D(grad func(x, y float64) (gx, gy float64), x0, y0, step, precision float64, maxSteps int) ([][]float64, error) {
	if grad == nil {
		return nil, errors.New("nn: Descend2D: the gradient function grad is nil")
	}
	if err := checkDescentSettings("Descend2D", step, precision, maxSteps, x0, y0); err != nil {
		return nil, err
	}
	path := [][]float64{{x0, y0}}
	x, y := x0, y0
	moved := 0.0
	for i := 1; i <= maxSteps; i++ {
		gx, gy := grad(x, y)
		nx, ny := x-step*gx, y-step*gy
		if math.IsNaN(nx) || math.IsInf(nx, 0) || math.IsNaN(ny) || math.IsInf(ny, 0) {
			return path, fmt.Errorf("nn: Descend2D: the point became (%v, %v) at step %d (from (%.4g, %.4g)); step size %g is too large for this function", nx, ny, i, x, y, step)
		}
		path = append(path, []float64{nx, ny})
		moved = math.Hypot(nx-x, ny-y)
		if moved <= precision {
			return path, nil
		}
		x, y = nx, ny
	}
	return path, fmt.Errorf("nn: Descend2D: %w after %d steps of size %g: the last step moved the point by %.3g, more than precision %g",
		ErrNotConverged, maxSteps, step, moved, precision)
}

// checkDescentSettings validates the arguments shared by Descend1D and
// Descend2D; start holds the starting coordinates.
func checkDescentSettings(fn string, step, precision float64, maxSteps int, start ...float64) error {
	if !(step > 0) || math.IsInf(step, 0) {
		return fmt.Errorf("nn: %s: step %v must be positive and finite", fn, step)
	}
	if !(precision > 0) || math.IsInf(precision, 0) {
		return fmt.Errorf("nn: %s: precision %v must be positive and finite", fn, precision)
	}
	if maxSteps < 1 {
		return fmt.Errorf("nn: %s: maxSteps is %d, need at least 1", fn, maxSteps)
	}
	for i, v := range start {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("nn: %s: starting coordinate %d is %v", fn, i+1, v)
		}
	}
	return nil
}
