package nn

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// LinearModel predicts a number as a weighted sum of the features plus a
// bias: ŷ = W·x + B. In the alloy example of the first lesson, x holds the
// shares of the two metals and ŷ is the load at which the beam breaks.
type LinearModel struct {
	// W holds one weight per feature.
	W []float64
	// B is the bias (intercept): the prediction when every feature is 0.
	B float64
	// Rank is the number of independent feature directions FitLeastSquares
	// found after centring. When it is less than len(W) the features are
	// collinear (for example, shares that always sum to 1), many weight
	// vectors fit equally well, and W is the one with the smallest length.
	// FitLinearGD leaves it 0.
	Rank int
}

// Predict returns W·x + B. It returns an error when x does not have one
// value per weight or holds NaN or ±Inf, or when a weight or the bias is
// NaN or ±Inf.
func (m LinearModel) Predict(x []float64) (float64, error) {
	if j := firstNonFinite(m.W); j >= 0 {
		return 0, fmt.Errorf("nn: LinearModel.Predict: weight W[%d] is %v", j, m.W[j])
	}
	if m.B-m.B != 0 {
		return 0, fmt.Errorf("nn: LinearModel.Predict: bias B is %v", m.B)
	}
	if len(x) != len(m.W) {
		return 0, fmt.Errorf("nn: LinearModel.Predict: x has %d features, the model has %d weights", len(x), len(m.W))
	}
	for j, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, fmt.Errorf("nn: LinearModel.Predict: feature %d is %v", j, v)
		}
	}
	return floats.Dot(m.W, x) + m.B, nil
}

// FitLeastSquares fits a LinearModel to the rows of X (one sample per row,
// one feature per column) and the targets y by ordinary least squares, in
// closed form: it minimises Σ(W·xᵢ + B − yᵢ)².
//
// It centres the features and the targets (so the bias is not shrunk),
// solves for W with a singular value decomposition, and sets
// B = mean(y) − mean(x)·W. When the features are collinear the problem has
// many exact solutions; FitLeastSquares then returns the one with the
// smallest |W| (the same answer as numpy.linalg.lstsq and scikit-learn's
// LinearRegression) and reports the rank it found in the model's Rank. All
// those solutions make the same predictions on the plane the data lie in,
// which is what the alloy example needs: shares 0.8/0.2, 0.7/0.3, 0.6/0.4
// breaking at 1, 2 and 3 tonnes give W = [−5, 5], B = 4, Rank = 1, and so
// 4 tonnes for 0.5/0.5.
//
// It returns an error for empty data, a length of y that differs from the
// number of rows, or NaN or ±Inf anywhere in X or y.
func FitLeastSquares(X *mat.Dense, y []float64) (LinearModel, error) {
	n, p, err := checkRegressionData("FitLeastSquares", X, y)
	if err != nil {
		return LinearModel{}, err
	}
	xMean := make([]float64, p)
	for j := range p {
		xMean[j] = floats.Sum(mat.Col(nil, j, X)) / float64(n)
	}
	yMean := floats.Sum(y) / float64(n)

	centred := mat.NewDense(n, p, nil)
	centred.Apply(func(_, j int, v float64) float64 { return v - xMean[j] }, X)
	yCentred := mat.NewDense(n, 1, nil)
	for i, v := range y {
		yCentred.Set(i, 0, v-yMean)
	}

	var svd mat.SVD
	if !svd.Factorize(centred, mat.SVDThin) {
		return LinearModel{}, fmt.Errorf("nn: FitLeastSquares: the singular value decomposition of the %d×%d features did not converge", n, p)
	}
	// Singular values below 1e-10 of the largest are treated as zero: those
	// directions carry no information about y (collinear or constant features).
	rank := svd.Rank(1e-10)
	w := make([]float64, p)
	if rank > 0 {
		var sol mat.Dense
		svd.SolveTo(&sol, yCentred, rank)
		mat.Col(w, 0, &sol)
	}
	return LinearModel{W: w, B: yMean - floats.Dot(xMean, w), Rank: rank}, nil
}

// FitLinearGD fits a LinearModel to the rows of X and the targets y by
// full-batch gradient descent on the half mean squared error
// L = (1/2n) Σ(W·xᵢ + B − yᵢ)², starting from W = 0, B = 0. Each epoch
// computes the residuals rᵢ = W·xᵢ + B − yᵢ and takes one step of size lr:
// W −= lr·Xᵀr/n, B −= lr·mean(r).
//
// It returns the model and the history: the mean squared error (1/n)Σrᵢ²,
// not halved, after each epoch. With a small enough lr and enough epochs it
// reaches the FitLeastSquares answer; with features that are collinear it
// reaches a model with the same predictions but possibly different weights.
//
// It returns an error for empty data, mismatched lengths, NaN or ±Inf in
// the data, a learning rate that is not positive and finite, or epochs < 1.
// When the loss becomes NaN or ±Inf (the learning rate is too large) it
// returns an error naming the epoch, the zero LinearModel, and the history
// of the epochs before it, so that a lesson can plot the divergence.
func FitLinearGD(X *mat.Dense, y []float64, lr float64, epochs int) (LinearModel, []float64, error) {
	n, p, err := checkRegressionData("FitLinearGD", X, y)
	if err != nil {
		return LinearModel{}, nil, err
	}
	if !(lr > 0) || math.IsInf(lr, 0) {
		return LinearModel{}, nil, fmt.Errorf("nn: FitLinearGD: learning rate %v must be positive and finite", lr)
	}
	if epochs < 1 {
		return LinearModel{}, nil, fmt.Errorf("nn: FitLinearGD: epochs is %d, need at least 1", epochs)
	}
	target := mat.NewVecDense(n, y)
	w := mat.NewVecDense(p, nil)
	b := 0.0
	r := mat.NewVecDense(n, nil)
	grad := mat.NewVecDense(p, nil)
	residuals := func() {
		r.MulVec(X, w) // r = X·W + B − y
		for i := range n {
			r.SetVec(i, r.AtVec(i)+b-target.AtVec(i))
		}
	}
	history := make([]float64, 0, epochs)
	residuals()
	for epoch := 1; epoch <= epochs; epoch++ {
		grad.MulVec(X.T(), r) // Xᵀr
		w.AddScaledVec(w, -lr/float64(n), grad)
		b -= lr * floats.Sum(r.RawVector().Data) / float64(n)

		residuals()
		mse := mat.Dot(r, r) / float64(n)
		if math.IsNaN(mse) || math.IsInf(mse, 0) {
			return LinearModel{}, history, fmt.Errorf("nn: FitLinearGD: the mean squared error became %v at epoch %d; learning rate %v is too large", mse, epoch, lr)
		}
		history = append(history, mse)
	}
	return LinearModel{W: mat.Col(nil, 0, w), B: b}, history, nil
}

// checkRegressionData returns the shape of X after checking that X and y
// are non-empty, agree in length and hold only finite numbers.
func checkRegressionData(fn string, X *mat.Dense, y []float64) (n, p int, err error) {
	if X == nil || X.IsEmpty() {
		return 0, 0, fmt.Errorf("nn: %s: X is empty", fn)
	}
	n, p = X.Dims()
	if len(y) != n {
		return 0, 0, fmt.Errorf("nn: %s: X has %d rows but y has %d values", fn, n, len(y))
	}
	for i := range n {
		for j := range p {
			if v := X.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return 0, 0, fmt.Errorf("nn: %s: X[%d][%d] is %v", fn, i, j, v)
			}
		}
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) {
			return 0, 0, fmt.Errorf("nn: %s: y[%d] is %v", fn, i, y[i])
		}
	}
	return n, p, nil
}
