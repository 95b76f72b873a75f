package nn

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// NumericalGradient estimates the gradient of f at x by central differences,
//
//	∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h,
//
// which is accurate to order h². It changes x while it works and restores it
// before returning. A step h of about 1e-5 suits most float64 functions. It
// returns an error for a nil f or a step h that is not positive and finite.
func NumericalGradient(f func(x []float64) float64, x []float64, h float64) ([]float64, error) {
	if f == nil {
		return nil, errors.New("nn: NumericalGradient: f is nil")
	}
	if !(h > 0) || math.IsInf(h, 0) {
		return nil, fmt.Errorf("nn: NumericalGradient: step h is %v, want a small positive number such as 1e-5", h)
	}
	return numericalGradient(f, x, h), nil
}

func numericalGradient(f func(x []float64) float64, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		plus := f(x)
		x[i] = old - h
		minus := f(x)
		x[i] = old
		g[i] = (plus - minus) / (2 * h)
	}
	return g
}

// gradCheckStep is the h of the central differences in GradCheck, and
// gradCheckFloor the size below which gradients are compared absolutely.
const (
	gradCheckStep  = 1e-5
	gradCheckFloor = 1e-4
)

// GradCheck compares the gradients that Backprop computes for every weight and
// bias of net with central-difference estimates of the same loss on (X, Y).
// It returns the largest relative error |analytic − numeric| / max(|analytic|,
// |numeric|, 1e-4) over all parameters (the 1e-4 floor stops tiny gradients,
// dominated by rounding, from inflating the ratio). A correct backpropagation
// gives errors around 1e-9; anything above 1e-6 deserves a look. The weights
// are left unchanged and the layers' gradients hold the analytic values.
func GradCheck(net *Network, X, Y *mat.Dense, loss Loss) (float64, error) {
	if _, err := net.backpropChecked("GradCheck", X, Y, loss); err != nil {
		return 0, err
	}
	rows, _ := X.Dims()
	x, y := X.RawMatrix().Data, Y.RawMatrix().Data
	f := func([]float64) float64 {
		net.forward(x, rows)
		return net.dataLoss(y, loss)
	}
	var worst float64
	for li, l := range net.Layers {
		params := [][]float64{l.W.RawMatrix().Data, l.B.RawVector().Data}
		grads := [][]float64{l.GradW.RawMatrix().Data, l.GradB.RawVector().Data}
		for k, p := range params {
			numeric := numericalGradient(f, p, gradCheckStep)
			for i, g := range grads[k] {
				e := relErr(g, numeric[i])
				if math.IsNaN(e) {
					return 0, fmt.Errorf("nn: GradCheck: layer %d parameter %d: gradient is NaN", li, i)
				}
				worst = math.Max(worst, e)
			}
		}
	}
	// Leave the layers' Z, A and gradients as Backprop computed them.
	net.backprop(x, y, rows, loss, 0, 0, rows)
	return worst, nil
}

func relErr(a, b float64) float64 {
	return math.Abs(a-b) / math.Max(math.Max(math.Abs(a), math.Abs(b)), gradCheckFloor)
}
