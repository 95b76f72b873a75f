package exercises

import (
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// The checks of lesson 1, linear regression.

// heightsCm and weightsKg are ten people for the rule of thumb "weight = height − 100".
var (
	heightsCm = []float64{150, 155, 158, 163, 167, 170, 174, 179, 184, 190}
	weightsKg = []float64{51.2, 54.1, 59.3, 62.0, 68.4, 69.1, 75.6, 78.2, 85.9, 88.7}
)

// Heights returns the data of Exercises 1.2 and 1.3: ten people's heights in centimetres and
// their weights in kilograms. It returns fresh copies, so changing them changes no check.
func Heights() (heights, weights []float64) {
	return append([]float64(nil), heightsCm...), append([]float64(nil), weightsKg...)
}

// lineFit returns the least-squares line y ≈ w·x + b through the points (x[k], y[k]).
func lineFit(x, y []float64) (w, b float64) {
	n := float64(len(x))
	mx, my := 0.0, 0.0
	for k := range x {
		mx += x[k] / n
		my += y[k] / n
	}
	sxy, sxx := 0.0, 0.0
	for k := range x {
		sxy += (x[k] - mx) * (y[k] - my)
		sxx += (x[k] - mx) * (x[k] - mx)
	}
	w = sxy / sxx
	return w, my - w*mx
}

// lineMSE returns the mean squared error of the line w·x + b on the points (x[k], y[k]).
func lineMSE(w, b float64, x, y []float64) float64 {
	total := 0.0
	for k := range x {
		r := w*x[k] + b - y[k]
		total += r * r
	}
	return total / float64(len(x))
}

// signed returns "+ x" or "− |x|" with the given number of decimals, for writing a sum such as
// "9.695x − 0.922".
func signed(x float64, decimals int) string {
	if x < 0 {
		return "− " + strconv.FormatFloat(-x, 'f', decimals, 64)
	}
	return "+ " + strconv.FormatFloat(x, 'f', decimals, 64)
}

// relNear reports whether got is within tol of want relative to want's size, however small want
// is. NaN and infinities are never near anything.
func relNear(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= tol*math.Abs(want)
}

// maxCurvature returns the largest curvature (the larger eigenvalue of the Hessian) of the MSE of
// the line w·x + b on inputs x, as a function of (w, b).
func maxCurvature(x []float64) float64 {
	n := float64(len(x))
	sxx, sx := 0.0, 0.0
	for _, v := range x {
		sxx += v * v
		sx += v
	}
	a, c, d := 2*sxx/n, 2*sx/n, 2.0 // the Hessian is [[a, c], [c, d]]
	tr, det := a+d, a*d-c*c
	return (tr + math.Sqrt(tr*tr-4*det)) / 2
}

// Check1_1 checks Exercise 1.1: the line w·x + b fitted to the four beams (aluminium shares alu,
// breaking loads load) and its MSE on them. It expects the fourth beam, 45 % aluminium at 3.4 t,
// to be among them.
func Check1_1(alu, load []float64, w, b, mse float64) Result {
	const ex = "1.1"
	return safely(ex, func() Result {
		if len(alu) != 4 || len(load) != 4 {
			return notYet(ex, "the check needs the four beams: alu4 and load4 should each have 4 values, got %d and %d.", len(alu), len(load))
		}
		want := []struct{ x, y float64 }{{0.2, 1}, {0.3, 2}, {0.4, 3}, {0.45, 3.4}}
		for k, p := range want {
			if !near(alu[k], p.x, 1e-12) || !near(load[k], p.y, 1e-12) {
				return notYet(ex, "alu4 and load4 should be the three beams of the lesson and the fourth (0.45, 3.4), as the cell gives them.")
			}
		}
		for _, v := range []float64{w, b, mse} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "one of w4, b4, mse4 is %s: was η larger than the limit 2/c_max?", bad)
			}
		}
		refW, refB := lineFit(alu, load)
		refMSE := lineMSE(refW, refB, alu, load)
		switch {
		case w == 0 && b == 0 && mse == 0:
			return notYet(ex, "w4, b4 and mse4 are still 0: fit the line with fitGD and compute its MSE with mse.")
		case near(w, 10, 1e-3) && near(b, -1, 1e-3):
			return notYet(ex, "that is the line through the first three beams: fit all four (X4 needs the fourth row).")
		case near(b, 0, 1e-9) && !near(w, 0, 1e-9):
			return notYet(ex, "your line has no bias (b = 0): the model is w·x + b, and gradient descent should move b too.")
		case !near(w, refW, 1e-3) || !near(b, refB, 1e-3):
			return notYet(ex, "the line w = %.4f, b = %.4f is not the best fit yet: did gradient descent run for 5000 epochs with η = 0.5 on all four beams?", w, b)
		case relNear(mse, 4*refMSE, 1e-3):
			return notYet(ex, "the line is right, but the MSE is 4 times too large: a mean squared error divides the sum by the number of beams.")
		case relNear(mse, math.Sqrt(refMSE), 1e-3):
			return notYet(ex, "the line is right, but that is the square root of the MSE (the RMSE): leave the mean of the squares as it is.")
		case !relNear(mse, refMSE, 1e-4):
			return notYet(ex, "the line is right, but its MSE on the four beams is not %.6f: compute it with mse on all four.", mse)
		}
		return correct(ex, "the best line through four beams, ŷ = %.3fx %s, still misses: MSE %.4f > 0, since the four points are not on one line.", refW, signed(refB, 3), refMSE)
	})
}

// Check1_2 checks Exercise 1.2: the largest stable learning rates 2/c_max for fitting weight to
// height with the heights of Heights in centimetres (etaCm) and in metres (etaM).
func Check1_2(etaCm, etaM float64) Result {
	const ex = "1.2"
	return safely(ex, func() Result {
		inMetres := make([]float64, len(heightsCm))
		for i, h := range heightsCm {
			inMetres[i] = h / 100
		}
		cCm, cM := maxCurvature(heightsCm), maxCurvature(inMetres)
		wantCm, wantM := 2/cCm, 2/cM
		for _, v := range []float64{etaCm, etaM} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "one of the rates is %s: is c_max zero?", bad)
			}
		}
		const tol = 0.01 // the scan of directions in steps of 0.1° finds c_max within much less
		switch {
		case etaCm == 0 && etaM == 0:
			return notYet(ex, "etaCm and etaM are still 0: find c_max with curvatureRange for each unit, then the limit 2/c_max.")
		case relNear(etaCm, wantM, tol) && relNear(etaM, wantCm, tol):
			return notYet(ex, "the two rates are swapped: heights in centimetres are larger numbers, so the bowl is steeper and the rate smaller.")
		case relNear(etaCm, cCm, tol) || relNear(etaM, cM, tol):
			return notYet(ex, "that is the curvature c_max itself: the largest stable step is 2/c_max.")
		case relNear(etaCm, wantCm/2, tol) || relNear(etaM, wantM/2, tol):
			return notYet(ex, "that is 1/c_max: the distance to the bottom is multiplied by 1 − ηc, which stays above −1 while η < 2/c_max.")
		case !relNear(etaCm, wantCm, tol):
			return notYet(ex, "etaCm = %.3g is not the limit for heights in centimetres: use Xcm and the weights with curvatureRange.", etaCm)
		case !relNear(etaM, wantM, tol):
			return notYet(ex, "etaM = %.3g is not the limit for heights in metres: use Xm (the heights divided by 100).", etaM)
		}
		return correct(ex, "in centimetres η must stay below %.2g, in metres below %.2g: the input's scale sets the step.", wantCm, wantM)
	})
}

// Check1_3 checks Exercise 1.3: the line weight = w·height + b fitted to Heights on rescaled
// inputs and converted back to kg per cm (w) and kg (b).
func Check1_3(w, b float64) Result {
	const ex = "1.3"
	return safely(ex, func() Result {
		refW, refB := lineFit(heightsCm, weightsKg)
		for _, v := range []float64{w, b} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "w or b is %s: gradient descent diverged. Fit on the rescaled heights, where η = 0.5 is stable.", bad)
			}
		}
		meanW := 0.0
		for _, v := range weightsKg {
			meanW += v / float64(len(weightsKg))
		}
		switch {
		case w == 0 && b == 0:
			return notYet(ex, "wCm and bKg are still 0: fit on the rescaled heights, then convert w′ and b′ back.")
		case near(w, refW*10, 1e-3):
			return notYet(ex, "your slope is per rescaled unit (per 10 cm): divide it by the 10 you divided the heights by.")
		case near(w, refW, 1e-3) && near(b, meanW, 1e-3):
			return notYet(ex, "the slope is right, but %.2f is b′, the weight at 170 cm: the shift by 170 moves the bias too (b = b′ − 17w′).", b)
		case near(w, refW, 1e-3) && !near(b, refB, 1e-3):
			return notYet(ex, "the slope is right, but the bias is not: substitute x′ = (h − 170)/10 into w′x′ + b′ and collect the constant terms.")
		case !near(w, refW, 1e-3):
			return notYet(ex, "weight = %.4f · height %s is not the best line yet: did gradient descent converge (1000 epochs, η = 0.5, rescaled heights)?", w, signed(b, 2))
		}
		return correct(ex, "weight ≈ %.3f · height %s, close to the rule of thumb's 1 and −100; on rescaled inputs gradient descent needs only a few dozen epochs.", refW, signed(refB, 1))
	})
}

// alloyX and alloyY are the two-input alloy data of lesson 1 (iron and aluminium shares).
var (
	alloyX = [][]float64{{0.8, 0.2}, {0.7, 0.3}, {0.6, 0.4}}
	alloyY = []float64{1, 2, 3}
)

// ridge returns the minimiser of the MSE of the linear model on X, y plus lambda·Σ wᵢ², and plus
// lambda·b² too when penaliseBias is set, by solving the linear system its gradient sets to zero.
func ridge(X [][]float64, y []float64, lambda float64, penaliseBias bool) ([]float64, float64) {
	n, p := len(X), len(X[0])
	A := mat.NewDense(n, p+1, nil)
	for k := range X {
		for i := range X[k] {
			A.Set(k, i, X[k][i])
		}
		A.Set(k, p, 1)
	}
	var H mat.Dense // (2/n) AᵀA + 2λD
	H.Mul(A.T(), A)
	H.Scale(2/float64(n), &H)
	for i := 0; i <= p; i++ {
		if i < p || penaliseBias {
			H.Set(i, i, H.At(i, i)+2*lambda)
		}
	}
	var g mat.VecDense // (2/n) Aᵀy
	g.MulVec(A.T(), mat.NewVecDense(n, append([]float64(nil), y...)))
	g.ScaleVec(2/float64(n), &g)
	var sol mat.VecDense
	if err := sol.SolveVec(&H, &g); err != nil {
		return nil, math.NaN()
	}
	w := make([]float64, p)
	for i := range w {
		w[i] = sol.AtVec(i)
	}
	return w, sol.AtVec(p)
}

// Check1_4 checks Exercise 1.4: fitRidge, gradient descent on the MSE plus an L2 penalty
// λ Σ wᵢ² on the weights. It runs fitRidge on the two-input alloy data (η = 0.5, 5000 epochs)
// with λ = 0.01 and λ = 0.1 and compares with the exact minimiser of the penalised loss.
func Check1_4(fitRidge func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64)) Result {
	const ex = "1.4"
	return safely(ex, func() Result {
		if fitRidge == nil {
			return notYet(ex, "pass your function fitRidge to the check.")
		}
		for _, lambda := range []float64{0.01, 0.1} {
			X := make([][]float64, len(alloyX))
			for k := range alloyX {
				X[k] = append([]float64(nil), alloyX[k]...)
			}
			w, b := fitRidge(X, append([]float64(nil), alloyY...), 0.5, lambda, 5000)
			if w == nil {
				return notYet(ex, "fitRidge returned nil weights: start from fitGD's loop and return w and b.")
			}
			if len(w) != 2 {
				return notYet(ex, "fitRidge should return one weight per input, 2 for the alloy, got %d.", len(w))
			}
			for _, v := range []float64{w[0], w[1], b} {
				if bad := badNumber(v); bad != "" || math.Abs(v) > 1e3 {
					return notYet(ex, "with λ = %g the weights run away (%v): the penalty's gradient +2λwᵢ should pull each weight towards 0, not push it away.", lambda, w)
				}
			}
			close := func(rw []float64, rb float64) bool {
				return near(w[0], rw[0], 1e-4) && near(w[1], rw[1], 1e-4) && near(b, rb, 1e-4)
			}
			refW, refB := ridge(alloyX, alloyY, lambda, false)
			if close(refW, refB) {
				continue
			}
			switch {
			case close([]float64{-11.0 / 3, 19.0 / 3}, 8.0/3):
				return notYet(ex, "that is fitGD's answer without a penalty: add 2λwᵢ to each weight's gradient.")
			case close(ridge(alloyX, alloyY, lambda, true)):
				return notYet(ex, "you penalised the bias too: the penalty is on the weights only, so b's gradient stays as in fitGD.")
			case close(ridge(alloyX, alloyY, lambda/2, false)):
				return notYet(ex, "the penalty is half as strong as it should be: the derivative of λwᵢ² is 2λwᵢ.")
			case close(ridge(alloyX, alloyY, 2*lambda, false)):
				return notYet(ex, "the penalty is twice as strong as it should be: the derivative of λwᵢ² is 2λwᵢ.")
			}
			return notYet(ex, "with λ = %g fitRidge returned w = [%.4f %.4f], b = %.4f; the penalised loss is lowest at w = [%.4f %.4f], b = %.4f.",
				lambda, w[0], w[1], b, refW[0], refW[1], refB)
		}
		refW, refB := ridge(alloyX, alloyY, 0.01, false)
		return correct(ex, "with λ = 0.01 gradient descent ends at w = [%.3f %.3f], b = %.3f: opposite weights like least squares' (−5, 5), shrunk towards 0.", refW[0], refW[1], refB)
	})
}
