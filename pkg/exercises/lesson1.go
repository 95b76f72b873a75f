package exercises

import (
	"fmt"
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

// fitLineFrom takes epochs steps of lesson 1's gradient descent (step lr) on the MSE of the
// line w·x + b through the points (x[k], y[k]), starting from (w, b), and returns where it ends.
func fitLineFrom(w, b float64, x, y []float64, lr float64, epochs int) (float64, float64) {
	n := float64(len(x))
	for e := 0; e < epochs; e++ {
		gw, gb := 0.0, 0.0
		for k := range x {
			r := b + w*x[k] - y[k]
			gw += 2 * r * x[k] / n
			gb += 2 * r / n
		}
		w -= lr * gw
		b -= lr * gb
	}
	return w, b
}

// signed returns "+ x" or "− |x|" with the given number of decimals, for writing a sum such as
// "9.695x − 0.922".
func signed(x float64, decimals int) string {
	if x < 0 {
		return "− " + strconv.FormatFloat(-x, 'f', decimals, 64)
	}
	return "+ " + strconv.FormatFloat(x, 'f', decimals, 64)
}

// hessian returns the entries of the Hessian [[a, c], [c, d]] of the MSE of the line w·x + b on
// inputs x, as a function of (w, b): the curvature along w, the mixed term, and along b.
func hessian(x []float64) (a, c, d float64) {
	n := float64(len(x))
	sxx, sx := 0.0, 0.0
	for _, v := range x {
		sxx += v * v
		sx += v
	}
	return 2 * sxx / n, 2 * sx / n, 2
}

// curvatures returns the smallest and the largest curvature (the eigenvalues of the Hessian) of
// the MSE of the line w·x + b on inputs x, as a function of (w, b).
func curvatures(x []float64) (cMin, cMax float64) {
	a, c, d := hessian(x)
	tr, det := a+d, a*d-c*c
	cMax = (tr + math.Sqrt(tr*tr-4*det)) / 2
	return det / cMax, cMax
}

// scannedCurvatures returns what lesson 1's curvatureScan finds for inputs x: the smallest and
// the largest curvature over the directions 0°, 0.1°, ..., 179.9°. On a narrow bowl the scan
// misses the flattest direction by up to 0.05° and finds a smallest curvature that is too large.
func scannedCurvatures(x []float64) (cMin, cMax float64) {
	a, c, d := hessian(x)
	cMin = math.Inf(1)
	for i := 0; i < 1800; i++ {
		theta := float64(i) / 10 * math.Pi / 180
		co, si := math.Cos(theta), math.Sin(theta)
		k := a*co*co + 2*c*co*si + d*si*si
		cMin, cMax = math.Min(cMin, k), math.Max(cMax, k)
	}
	return cMin, cMax
}

// scannedDirections returns the directions θ, in degrees, where the scan of scannedCurvatures
// meets its smallest and its largest curvature: the third and fourth values of lesson 1's
// curvatureScan.
func scannedDirections(x []float64) (thetaMin, thetaMax float64) {
	a, c, d := hessian(x)
	cMin, cMax := math.Inf(1), 0.0
	for i := 0; i < 1800; i++ {
		deg := float64(i) / 10
		theta := deg * math.Pi / 180
		co, si := math.Cos(theta), math.Sin(theta)
		k := a*co*co + 2*c*co*si + d*si*si
		if k < cMin {
			cMin, thetaMin = k, deg
		}
		if k > cMax {
			cMax, thetaMax = k, deg
		}
	}
	return thetaMin, thetaMax
}

// onDescentPath reports whether the line (w, b) lies where gradient descent from w = b = 0 on
// the MSE of the line on inputs x passes on its way to the best line (refW, refB) but has not
// arrived: on the flattest axis through the minimum, on the side of the start. After its first
// few epochs, descent with any stable step has settled the steep axis to rounding error and
// only creeps along the flat one, so a run with too small a step or too few epochs ends there;
// a line off by hand, such as printed digits typed back in, is off that axis by far more than
// the tolerance of 1e-6 of its distance along it.
func onDescentPath(x []float64, w, b, refW, refB float64) bool {
	a, c, _ := hessian(x)
	cMin, _ := curvatures(x)
	if c == 0 {
		return false
	}
	// (c, cMin − a) solves (a − cMin)·u + c·v = 0: the flat axis, normalised.
	u, v := c, cMin-a
	norm := math.Hypot(u, v)
	u, v = u/norm, v/norm
	along := func(dw, db float64) float64 { return dw*u + db*v }
	across := func(dw, db float64) float64 { return db*u - dw*v }
	dw, db := w-refW, b-refB
	start := along(-refW, -refB)
	return along(dw, db)*start > 0 && math.Abs(across(dw, db)) <= 1e-6*math.Abs(along(dw, db))
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
		_, cMax := curvatures(alu)
		for _, v := range []float64{w, b, mse} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "one of w4, b4, mse4 is %s: gradient descent diverged. With the fourth beam the limit is 2/c_max ≈ %.3f; use the exercise's η = 0.5, with the shares as fractions, 0.2 to 0.45 (shares in percent, 20 to 45, make the bowl about 1100 times steeper).", bad, 2/cMax)
			}
		}
		refW, refB := lineFit(alu, load)
		refMSE := lineMSE(refW, refB, alu, load)
		// The best line on the iron shares 1 − x instead: refW·x + refB = −refW·(1 − x) + (refW + refB).
		ironW, ironB := -refW, refW+refB
		switch {
		case w == 0 && b == 0 && mse == 0:
			return notYet(ex, "w4, b4 and mse4 are still 0: fit the line with fitGD and compute its MSE with mse.")
		case near(w, 10, 1e-3) && near(b, -1, 1e-3):
			return notYet(ex, "that is the line through the first three beams: fit all four, with one row per beam for fitGD ({0.2}, {0.3}, {0.4} and {0.45}).")
		case near(w, refB, 1e-3) && near(b, refW, 1e-3):
			return notYet(ex, "w4 and b4 are swapped: fitGD returns the weights first and the bias second, so w4 is the slope and b4 the bias.")
		case near(w, ironW, 1e-2) && near(b, ironB, 1e-2):
			return notYet(ex, "that line uses the iron share as its input (its slope is negative): the exercise fits the aluminium shares alu4.")
		case math.Abs(w) > 1e3 || math.Abs(b) > 1e3 || lineMSE(w, b, alu, load) > lineMSE(0, 0, alu, load):
			// Further from the data than the start w = b = 0: the steps went uphill.
			return notYet(ex, "the line w4 = %.4g, b4 = %.4g fits worse than the start w = b = 0: gradient descent diverged. With the fourth beam the limit is 2/c_max ≈ %.3f, so a step such as η = 0.9, which converged on three beams, is now above it; use the exercise's η = 0.5, with the shares as fractions, 0.2 to 0.45 (shares in percent, 20 to 45, make the bowl about 1100 times steeper).", w, b, 2/cMax)
		case near(b, 0, 1e-9) && !near(w, 0, 1e-9):
			return notYet(ex, "your line has no bias (b = 0): the model is w·x + b, and gradient descent should move b too.")
		case !near(w, refW, 1e-11) || !near(b, refB, 1e-11):
			// 5000 epochs of η = 0.5 end within about 1e-13 of the best line, and every run
			// shorter than about 3000 epochs ends more than 1e-10 from it, so the tolerance
			// 1e-11 accepts the converged line and not a run stopped well short of it (such as
			// the lesson's 2000 epochs); a run a little shorter than 5000 that has also settled
			// passes. The right steps, stopped early? Find the epoch whose line is nearest to
			// the answer.
			ew, eb := 0.0, 0.0
			bestEpochs, bestDist := 0, math.Inf(1)
			for epochs := 1; epochs < 5000; epochs++ {
				ew, eb = fitLineFrom(ew, eb, alu, load, 0.5, 1)
				if d := math.Abs(w-ew) + math.Abs(b-eb); d < bestDist {
					bestEpochs, bestDist = epochs, d
				}
			}
			// Along the flat axis η·epochs is what counts, so 5000 epochs of a smaller η end near
			// fewer epochs of η = 0.5, but nearer to their own end: try the likely wrong steps
			// before blaming the epochs. (nn.FitLinearGD with rate 0.5 takes η = 0.25 steps.)
			for _, eta := range []float64{0.25, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01} {
				qw, qb := fitLineFrom(0, 0, alu, load, eta, 5000)
				if d := math.Abs(w-qw) + math.Abs(b-qb); d > 1e-8 || d >= bestDist {
					continue
				}
				if eta == 0.25 {
					return notYet(ex, "that is where 5000 epochs with η = 0.25 end, not 0.5: if you used nn.FitLinearGD, it steps on half the MSE, so its learning rate 1.0 is the exercise's η = 0.5 (or use fitGD).")
				}
				return notYet(ex, "that is where 5000 epochs with η = %g end, not 0.5: the number of epochs is right; use the exercise's η = 0.5.", eta)
			}
			if bestDist <= 1e-8 {
				return notYet(ex, "that is where %d epochs of η = 0.5 end: the exercise asks for 5000, and after %d the line is still %.1g (in w) from where it settles.", bestEpochs, bestEpochs, math.Abs(w-refW))
			}
			// Another step or another number of epochs: on the way, not arrived.
			if onDescentPath(alu, w, b, refW, refB) {
				return notYet(ex, "the line w = %.4f, b = %.4f lies on the path gradient descent takes towards the best line, but w is still %.2g from where it settles: the line has not settled yet. Check η (the exercise uses 0.5) and the number of epochs (5000).", w, b, math.Abs(refW-w))
			}
			// Printed digits typed back in: %.4f rounds by at most 5e-5, %.3f by 5e-4.
			if near(w, refW, 1e-3) && near(b, refB, 1e-3) {
				return notYet(ex, "w = %.4f, b = %.4f is close to the line that 5000 epochs of η = 0.5 reach, but not within 1e-11: if you typed the printed digits, set w4 and b4 from fitGD's results themselves; if not, check η (0.5) and the number of epochs (5000).", w, b)
			}
			return notYet(ex, "the line w = %.4f, b = %.4f is not the best line through the four beams (its MSE there is %.5f, and a lower one exists): fit fitGD to all four aluminium shares, one row per beam, with load4 as targets.", w, b, lineMSE(w, b, alu, load))
		case relNear(mse, 4*refMSE, 1e-3):
			return notYet(ex, "the line is right, but the MSE is 4 times too large: a mean squared error divides the sum by the number of beams.")
		case relNear(mse, math.Sqrt(refMSE), 1e-3):
			return notYet(ex, "the line is right, but that is the square root of the MSE (the RMSE): leave the mean of the squares as it is.")
		case relNear(mse, refMSE/2, 1e-3):
			return notYet(ex, "the line is right, but that is half the MSE (the ½ of nn.FitLinearGD's loss): the MSE is the plain mean of the squared misses.")
		case relNear(mse, lineMSE(10, -1, alu, load), 1e-3):
			return notYet(ex, "that is the MSE of the old line 10x − 1 on the four beams, not of your fitted line: compute mse with the fitted weights and bias.")
		case mse == 0:
			return notYet(ex, "the line is right, but mse4 is still 0: set it with mse on the four beams.")
		case relNear(mse, 4*refMSE/3, 1e-3):
			return notYet(ex, "the line is right, but the sum of the squared misses is divided by 3, not 4: there are four beams now.")
		case relNear(mse, lineMSE(refW, refB, alu[:3], load[:3]), 1e-3):
			return notYet(ex, "the line is right, but that is its MSE on the first three beams only: compute mse on all four rows.")
		case !relNear(mse, refMSE, 1e-9) && typedDigits(mse, refMSE):
			return notYet(ex, "the line is right, but mse4 = %.6g is the MSE rounded to the digits of a printout: set mse4 with mse itself, from the fitted weights and bias, not from printed digits.", mse)
		case !relNear(mse, refMSE, 1e-9):
			return notYet(ex, "the line is right, but your mse4 = %.6g is not the fitted line's MSE on the four beams: compute it with mse, the fitted weights and bias, and all four rows.", mse)
		}
		return correct(ex, "the best line through four beams, ŷ = %.3fx %s, still misses: MSE %.4f > 0, since the four points are not on one line.", refW, signed(refB, 3), refMSE)
	})
}

// typedDigits reports whether got is want rounded to 2 to 6 decimal places, as a number copied
// from a printout would be.
func typedDigits(got, want float64) bool {
	for _, scale := range []float64{1e2, 1e3, 1e4, 1e5, 1e6} {
		if math.Abs(got-math.Round(want*scale)/scale) < 1e-12 {
			return true
		}
	}
	return false
}

// Check1_2 checks Exercise 1.2: the limits 2/c_max of the learning rate for fitting weight to height
// with the heights of Heights in centimetres (etaCm) and in metres (etaM). Each passes within
// 1 %: the exercise is about the scale of the limit, so printed digits typed back in pass too.
func Check1_2(etaCm, etaM float64) Result {
	const ex = "1.2"
	return safely(ex, func() Result {
		inMetres := make([]float64, len(heightsCm))
		for i, h := range heightsCm {
			inMetres[i] = h / 100
		}
		cMinCm, cCm := curvatures(heightsCm)
		cMinM, cM := curvatures(inMetres)
		scanMinCm, _ := scannedCurvatures(heightsCm)
		alongWM, _, _ := hessian(inMetres)
		inKm := make([]float64, len(heightsCm))
		for i, h := range heightsCm {
			inKm[i] = h / 1000
		}
		_, curvatures1000 := curvatures(inKm)
		wantCm, wantM := 2/cCm, 2/cM
		for _, v := range []float64{etaCm, etaM} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "one of the rates is %s: is c_max zero?", bad)
			}
		}
		const tol = 0.01 // the scan of directions in steps of 0.1° finds c_max within much less
		fromTheta := func(eta float64, x []float64) bool {
			thMin, thMax := scannedDirections(x)
			return (thMax > 0 && relNear(eta, 2/thMax, tol)) || (thMin > 0 && relNear(eta, 2/thMin, tol))
		}
		fromCMin := relNear(etaCm, 2/cMinCm, tol) || relNear(etaCm, 2/scanMinCm, tol) || relNear(etaM, 2/cMinM, tol)
		switch {
		case etaCm == 0 && etaM == 0:
			return notYet(ex, "etaCm and etaM are still 0: find c_max with curvatureScan for each unit, then the limit 2/c_max.")
		case fromCMin:
			return notYet(ex, "that rate comes from the flattest direction, c_min: curvatureScan returns cMin first and cMax second, and the steepest direction sets the limit.")
		case relNear(etaCm, wantM, tol) && relNear(etaM, wantCm, tol):
			return notYet(ex, "the two rates are swapped: heights in centimetres are larger numbers, so the bowl is steeper and the rate smaller.")
		case relNear(etaCm, wantCm, tol) && relNear(etaM, wantCm, tol):
			return notYet(ex, "both rates are the one for centimetres: pass Xm, the heights in metres, for etaM.")
		case relNear(etaCm, wantM, tol) && relNear(etaM, wantM, tol):
			return notYet(ex, "both rates are the one for metres: pass Xcm, the heights in centimetres, for etaCm.")
		case relNear(etaCm, cCm, tol) || relNear(etaM, cM, tol):
			return notYet(ex, "that is the curvature c_max itself: the limit of the step is 2/c_max.")
		case relNear(etaCm, 2*cCm, tol) || relNear(etaM, 2*cM, tol):
			return notYet(ex, "that is 2·c_max: the limit is 2 divided by c_max, 2/c_max.")
		case fromTheta(etaCm, heightsCm) || fromTheta(etaM, inMetres):
			return notYet(ex, "that is 2 over a direction θ, in degrees: c_max is curvatureScan's second value, and the limit is 2/c_max.")
		case relNear(etaCm, wantCm/2, tol) || relNear(etaM, wantM/2, tol):
			return notYet(ex, "that is 1/c_max: the distance to the bottom is multiplied by 1 − ηc, which stays above −1 while η < 2/c_max.")
		case relNear(etaCm, wantCm, tol) && relNear(etaM, 2/alongWM, tol):
			return notYet(ex, "etaM uses the curvature along w alone: in metres the steepest direction moves w and b together and is steeper, so take c_max from curvatureScan.")
		case relNear(etaCm, wantCm, tol) && relNear(etaM, 2/curvatures1000, tol):
			return notYet(ex, "etaM is the limit for the heights divided by 1000: a height in metres is the height in centimetres divided by 100.")
		case etaCm < (1-tol)*wantCm && relNear(etaCm/wantCm, etaM/wantM, tol):
			return notYet(ex, "both rates are %.2g times the limit 2/c_max: a safe step, but the exercise asks for the limit itself.", etaCm/wantCm)
		case !relNear(etaCm, wantCm, tol):
			return notYet(ex, "etaCm = %.3g is not 2/c_max for heights in centimetres: c_max is the second value curvatureScan returns for Xcm and weightsKg.", etaCm)
		case !relNear(etaM, wantM, tol):
			return notYet(ex, "etaM = %.3g is not 2/c_max for heights in metres: c_max is the second value curvatureScan returns for Xm and weightsKg.", etaM)
		}
		return correct(ex, "in centimetres η must stay below %.2g, in metres below %.2g: the input's scale sets the step.", wantCm, wantM)
	})
}

// Check1_3 checks Exercise 1.3: the line weight = w·height + b fitted to Heights on rescaled
// inputs and converted back to kg per cm (w) and kg (b). Any way of reaching the converged line
// passes on purpose (fewer epochs once settled, another step that settles, or the closed form):
// the exercise is about the conversion back, and a right line is a right answer.
func Check1_3(w, b float64) Result {
	const ex = "1.3"
	return safely(ex, func() Result {
		refW, refB := lineFit(heightsCm, weightsKg)
		// the fit on the rescaled heights x′ = (h − 170)/10: w′ per 10 cm, b′ the weight at 170 cm
		scaledW, scaledB := 10*refW, refW*170+refB
		// where the exercise's 1000 epochs on x′ end, converted back: the answer, to 1e-9
		rescaled := make([]float64, len(heightsCm))
		for i, h := range heightsCm {
			rescaled[i] = (h - 170) / 10
		}
		endW, endB := fitLineFrom(0, 0, rescaled, weightsKg, 0.5, 1000)
		wantW, wantB := endW/10, endB-17*endW
		exact := near(w, wantW, 1e-9) && near(b, wantB, 1e-9)
		// nearestRun returns the run on the rescaled heights, converted back, that ends nearest
		// to (w, b): its step η, its number of epochs, and its distance. It tries η = 0.5 and
		// the likely timid steps, each for 1 to 1000 epochs.
		nearestRun := func(w, b float64) (eta float64, epochs int, dist float64) {
			dist = math.Inf(1)
			for _, lr := range []float64{0.5, 0.25, 0.1, 0.05, 0.01} {
				sw, sb := 0.0, 0.0
				for e := 1; e <= 1000; e++ {
					sw, sb = fitLineFrom(sw, sb, rescaled, weightsKg, lr, 1)
					if d := math.Abs(w-sw/10) + math.Abs(b-(sb-17*sw)); d < dist {
						eta, epochs, dist = lr, e, d
					}
				}
			}
			return eta, epochs, dist
		}
		for _, v := range []float64{w, b} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "w or b is %s: gradient descent diverged, so its inputs were far too large for η = 0.5. Print your rescaled heights x′: they should run from −2 to 2. If they run from 133 to 173, check the brackets: h - 170/10 subtracts only 17; write (h - 170) / 10. If they are the heights themselves, rescale them first.", bad)
			}
		}
		// bRight holds b to 0.01 kg, not relative to its size (about 97): the converged fit is
		// exact to far better than that, and 0.1 kg off is a wrong bias.
		bRight := math.Abs(b-refB) <= 1e-2
		// A run stopped before it settles matches (w, b) to 1e-6 while the line is still far off;
		// nearly settled, to 1e-9, since there all the runs end close together.
		runEta, runEpochs, runDist := nearestRun(w, b)
		runTol := 1e-6
		if near(w, refW, 1e-3) && bRight {
			runTol = 1e-9
		}
		switch {
		case w == 0 && b == 0:
			return notYet(ex, "wCm and bKg are still 0: fit on the rescaled heights, then convert w′ and b′ back.")
		case !exact && runDist <= runTol:
			return notYet(ex, "your conversion is right, but that is where %d epochs of η = %g on the rescaled heights end, before the line settles: use the exercise's η = 0.5 and 1000 epochs.", runEpochs, runEta)
		case near(w, scaledW, 1e-3) && near(b, scaledB-1700*refW, 1e-3):
			return notYet(ex, "that is the fit on (h − 170)/100 converted back as if on (h − 170)/10: rescale by 10, x′ = (h − 170)/10, as the conversion w′/10, b′ − 17w′ assumes.")
		case near(w, scaledW, 1e-3):
			return notYet(ex, "your slope is per rescaled unit (per 10 cm): convert it to kg per cm.")
		case near(w, refW, 1e-3) && near(b, scaledB-170*scaledW, 1e-3):
			return notYet(ex, "the slope is right, but the bias subtracts 170w′: the /10 of x′ = (h − 170)/10 applies to the 170 too, so w′(h − 170)/10 + b′ has the constant b′ − 17w′.")
		case near(w, 10*scaledW, 1e-3):
			return notYet(ex, "your slope is 100 times too large: x′ grows by 1 when the height grows by 10 cm, so the slope per cm is w′/10, not 10w′.")
		case near(w, refW, 1e-3) && near(b, scaledB, 1e-3):
			return notYet(ex, "the slope is right, but %.2f is b′, the weight at 170 cm: the shift by 170 moves the bias too.", b)
		case near(w, refW, 1e-3) && near(b, scaledB-17*refW, 1e-3):
			return notYet(ex, "the slope is right, but the bias is shifted by 17 times the slope per cm: the shift is 170 cm, so collect the constant terms of w′(h − 170)/10 + b′ again.")
		case near(w, refW, 1e-3) && near(b, scaledB+17*scaledW, 1e-3):
			return notYet(ex, "the slope is right, but the bias has the shift with the wrong sign: x′ = (h − 170)/10 subtracts 170.")
		case near(w, refW, 1e-3) && !bRight:
			return notYet(ex, "the slope is right, but the bias is not: substitute x′ = (h − 170)/10 into w′x′ + b′ and collect the constant terms.")
		case !near(w, refW, 1e-3):
			return notYet(ex, "weight = %.4f · height %s is not the best line yet: did gradient descent converge (1000 epochs, η = 0.5, rescaled heights)?", w, signed(b, 2))
		case !exact && (typedDigits(w, wantW) || typedDigits(b, wantB)):
			return notYet(ex, "the line is right, but wCm = %.6g, bKg = %.6g are the fit rounded to the digits of a printout: set them in code from the fitted w′ and b′, not from printed digits.", w, b)
		case !exact:
			return notYet(ex, "close, but wCm = %.6g, bKg = %.6g are not where 1000 epochs of η = 0.5 on the rescaled heights end: check η and the number of epochs, and set wCm, bKg in code from w′, b′.", w, b)
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

// mseGradient returns the gradient of the mean squared error of the linear model w, b on X, y:
// the slope for each weight and for the bias.
func mseGradient(X [][]float64, y, w []float64, b float64) ([]float64, float64) {
	n := float64(len(X))
	gw := make([]float64, len(w))
	gb := 0.0
	for k := range X {
		r := b - y[k]
		for i := range w {
			r += w[i] * X[k][i]
		}
		for i := range w {
			gw[i] += 2 * r * X[k][i] / n
		}
		gb += 2 * r / n
	}
	return gw, gb
}

// penalisedGD is gradient descent from zero on the MSE of the linear model on X, y, with
// penalty(wᵢ) added to each weight's gradient, and penalty(b) to the bias's when penaliseBias
// is set. With decoupled the penalty's pull is applied after the data's step, at the moved
// weight, instead of in the same step.
func penalisedGD(X [][]float64, y []float64, lr float64, epochs int, penalty func(w float64) float64, decoupled, penaliseBias bool) ([]float64, float64) {
	w := make([]float64, len(X[0]))
	b := 0.0
	for e := 0; e < epochs; e++ {
		gw, gb := mseGradient(X, y, w, b)
		for i := range w {
			if decoupled {
				w[i] -= lr * gw[i]
				w[i] -= lr * penalty(w[i])
			} else {
				w[i] -= lr * (gw[i] + penalty(w[i]))
			}
		}
		if penaliseBias {
			gb += penalty(b)
		}
		b -= lr * gb
	}
	return w, b
}

// perRowGD is gradient descent from zero that moves w and b after every row instead of once per
// epoch, each move with that row's share 2r·xᵢ/n of the data's gradient plus the whole penalty
// 2λwᵢ: what fitRidge computes when its update is written inside the loop over the rows.
func perRowGD(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
	n := float64(len(X))
	w := make([]float64, len(X[0]))
	b := 0.0
	for e := 0; e < epochs; e++ {
		for k := range X {
			r := b - y[k]
			for i := range w {
				r += w[i] * X[k][i]
			}
			for i := range w {
				w[i] -= lr * (2*r*X[k][i]/n + 2*lambda*w[i])
			}
			b -= lr * 2 * r / n
		}
	}
	return w, b
}

// keptGradientGD is gradient descent from zero on the MSE plus λ Σ wᵢ² whose weights' gradient
// (and the bias's too, with keepBias) is made once, before the epoch loop, so that each epoch
// adds its sum to those of all the epochs before: a slip of rewriting fitGD.
func keptGradientGD(X [][]float64, y []float64, lr, lambda float64, epochs int, keepBias bool) ([]float64, float64) {
	n := float64(len(X))
	w := make([]float64, len(X[0]))
	b := 0.0
	gw := make([]float64, len(w))
	gb := 0.0
	for e := 0; e < epochs; e++ {
		if !keepBias {
			gb = 0
		}
		for k := range X {
			r := b - y[k]
			for i := range w {
				r += w[i] * X[k][i]
			}
			for i := range w {
				gw[i] += 2 * r * X[k][i] / n
			}
			gb += 2 * r / n
		}
		for i := range w {
			w[i] -= lr * (gw[i] + 2*lambda*w[i])
		}
		b -= lr * gb
	}
	return w, b
}

// ridgeSlip names a slip of writing fitRidge that ridgeSlipGD can reproduce.
type ridgeSlip int

const (
	// slipNoMean sums the data's gradient over the rows without dividing by n.
	slipNoMean ridgeSlip = iota
	// slipDecayFirst shrinks each weight by 1 − 2ηλ before the data's gradient is measured.
	slipDecayFirst
	// slipSumPenalty adds 2λ Σⱼ wⱼ, the same for every weight, instead of 2λwᵢ.
	slipSumPenalty
	// slipWThenB moves the weights first and then measures b's gradient again, at the moved weights.
	slipWThenB
	// slipBThenW moves the bias first and then measures the weights' gradient again, at the moved bias.
	slipBThenW
	// slipOneAtATime moves the weights one at a time, each by a gradient measured after the
	// weights before it moved, and then the bias, by a gradient measured after all of them.
	slipOneAtATime
	// slipBThenOneAtATime moves the bias first and then the weights one at a time, as above.
	slipBThenOneAtATime
)

// ridgeSlipGD is gradient descent from zero on the MSE plus λ Σ wᵢ² written with the given slip.
func ridgeSlipGD(X [][]float64, y []float64, lr, lambda float64, epochs int, slip ridgeSlip) ([]float64, float64) {
	n := float64(len(X))
	w := make([]float64, len(X[0]))
	b := 0.0
	for e := 0; e < epochs; e++ {
		if slip == slipDecayFirst {
			for i := range w {
				w[i] *= 1 - 2*lr*lambda
			}
		}
		gw, gb := mseGradient(X, y, w, b)
		switch slip {
		case slipWThenB:
			for i := range w {
				w[i] -= lr * (gw[i] + 2*lambda*w[i])
			}
			_, gb = mseGradient(X, y, w, b)
			b -= lr * gb
			continue
		case slipBThenW:
			b -= lr * gb
			gw, _ = mseGradient(X, y, w, b)
			for i := range w {
				w[i] -= lr * (gw[i] + 2*lambda*w[i])
			}
			continue
		case slipOneAtATime, slipBThenOneAtATime:
			if slip == slipBThenOneAtATime {
				b -= lr * gb
			}
			for i := range w {
				gw, _ = mseGradient(X, y, w, b)
				w[i] -= lr * (gw[i] + 2*lambda*w[i])
			}
			if slip == slipOneAtATime {
				_, gb = mseGradient(X, y, w, b)
				b -= lr * gb
			}
			continue
		}
		sumW := 0.0
		for _, v := range w {
			sumW += v
		}
		for i := range w {
			switch slip {
			case slipNoMean:
				w[i] -= lr * (n*gw[i] + 2*lambda*w[i])
			case slipDecayFirst:
				w[i] -= lr * gw[i]
			case slipSumPenalty:
				w[i] -= lr * (gw[i] + 2*lambda*sumW)
			}
		}
		if slip == slipNoMean {
			gb *= n
		}
		b -= lr * gb
	}
	return w, b
}

// penaltyWithoutRateGD is gradient descent from zero on the MSE whose step subtracts the penalty's
// pull 2λwᵢ from each weight without multiplying it by the learning rate.
func penaltyWithoutRateGD(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
	w := make([]float64, len(X[0]))
	b := 0.0
	for e := 0; e < epochs; e++ {
		gw, gb := mseGradient(X, y, w, b)
		for i := range w {
			w[i] -= lr*gw[i] + 2*lambda*w[i]
		}
		b -= lr * gb
	}
	return w, b
}

// sign returns −1, 0 or 1 as w is negative, zero or positive.
func sign(w float64) float64 {
	switch {
	case w > 0:
		return 1
	case w < 0:
		return -1
	}
	return 0
}

// ridgeToyX and ridgeToyY are a small data set of Check1_4's own, four rows with three inputs, on
// which fitRidge runs for a few epochs with a learning rate and λ unlike the lesson's.
var (
	ridgeToyX = [][]float64{{1, 0, 2}, {0, 1, 1}, {1, 1, 0}, {2, 0, 1}}
	ridgeToyY = []float64{3, 1, 2, 4}
)

const (
	ridgeToyLR     = 0.1
	ridgeToyLambda = 0.05
	ridgeToyEpochs = 50
)

// copyRows returns a fresh copy of X, so that a student's function cannot change the check's data.
func copyRows(X [][]float64) [][]float64 {
	out := make([][]float64, len(X))
	for k := range X {
		out[k] = append([]float64(nil), X[k]...)
	}
	return out
}

// checkRidgeToy runs fitRidge on the toy data for ridgeToyEpochs epochs, not enough to converge,
// and compares it step for step with gradient descent on the penalised loss; a mismatch is
// compared with the same descent made with each typical mistake. It returns "" when fitRidge
// takes the right steps, and a hint otherwise.
func checkRidgeToy(fitRidge func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64)) string {
	const lr, lambda, epochs = ridgeToyLR, ridgeToyLambda, ridgeToyEpochs
	X, y := ridgeToyX, ridgeToyY
	w, b := fitRidge(copyRows(X), append([]float64(nil), y...), lr, lambda, epochs)
	setting := fmt.Sprintf("on a test data set of %d rows with %d inputs (lr = %g, λ = %g, %d epochs)", len(X), len(X[0]), lr, lambda, epochs)
	if w == nil {
		return "fitRidge returned nil weights: start from fitGD's loop and return w and b."
	}
	if len(w) == 2 {
		return fmt.Sprintf("%s fitRidge returned 2 weights, not %d: it should fit the X and y it is given, not the notebook's X2 and load.", setting, len(X[0]))
	}
	if len(w) != len(X[0]) {
		return fmt.Sprintf("fitRidge should return one weight per input, %d %s, got %d.", len(X[0]), setting, len(w))
	}
	same := func(rw []float64, rb float64) bool {
		for i := range w {
			if !near(w[i], rw[i], 1e-9) {
				return false
			}
		}
		return near(b, rb, 1e-9)
	}
	l2 := func(lambda float64) func(w float64) float64 { return func(w float64) float64 { return 2 * lambda * w } }
	refW, refB := penalisedGD(X, y, lr, epochs, l2(lambda), false, false)
	if same(refW, refB) {
		return ""
	}
	type slip struct {
		w    []float64
		b    float64
		hint string
	}
	gd := func(lr float64, epochs int, penalty func(float64) float64, decoupled, bias bool) slip {
		w, b := penalisedGD(X, y, lr, epochs, penalty, decoupled, bias)
		return slip{w: w, b: b}
	}
	with := func(s slip, hint string) slip { s.hint = hint; return s }
	slip2 := func(w []float64, b float64, hint string) slip { return slip{w: w, b: b, hint: hint} }
	perRowW, perRowB := perRowGD(X, y, lr, lambda, epochs)
	keptW, keptWb := keptGradientGD(X, y, lr, lambda, epochs, false)
	keptBothW, keptBothB := keptGradientGD(X, y, lr, lambda, epochs, true)
	noRateW, noRateB := penaltyWithoutRateGD(X, y, lr, lambda, epochs)
	noMeanW, noMeanB := ridgeSlipGD(X, y, lr, lambda, epochs, slipNoMean)
	decayFirstW, decayFirstB := ridgeSlipGD(X, y, lr, lambda, epochs, slipDecayFirst)
	sumPenW, sumPenB := ridgeSlipGD(X, y, lr, lambda, epochs, slipSumPenalty)
	wThenBW, wThenBB := ridgeSlipGD(X, y, lr, lambda, epochs, slipWThenB)
	bThenWW, bThenWB := ridgeSlipGD(X, y, lr, lambda, epochs, slipBThenW)
	oneW, oneB := ridgeSlipGD(X, y, lr, lambda, epochs, slipOneAtATime)
	bOneW, bOneB := ridgeSlipGD(X, y, lr, lambda, epochs, slipBThenOneAtATime)
	oneAtATime := "the weights moved one at a time: w[1]'s gradient was measured after w[0] had already moved. Compute the whole gradient first, at the current w and b, then move every weight and b together, as fitGD does."
	slips := []slip{
		slip2(noMeanW, noMeanB, fmt.Sprintf("%s the steps overshoot and run away: the data's gradient was summed over the rows, not averaged. Divide each row's term by n, as fitGD does.", setting)),
		slip2(decayFirstW, decayFirstB, "the decay was applied before the gradient was measured: the weights were shrunk by 1 − 2ηλ and then the data's gradient taken at the shrunk weights. Measure the gradient first, at the current weights, and step with ∂L/∂wᵢ + 2λwᵢ."),
		slip2(sumPenW, sumPenB, "every weight got the same penalty term 2λ Σⱼ wⱼ: the derivative of λ Σⱼ wⱼ² with respect to wᵢ is 2λwᵢ, its own weight only."),
		slip2(wThenBW, wThenBB, "b's gradient was measured after w moved: compute the whole gradient first, at the current w and b, then move w and b together, as fitGD does."),
		slip2(bThenWW, bThenWB, "w's gradient was measured after b moved: compute the whole gradient first, at the current w and b, then move w and b together, as fitGD does."),
		slip2(oneW, oneB, oneAtATime),
		slip2(bOneW, bOneB, oneAtATime),
		with(gd(lr, epochs-1, l2(lambda), false, false), fmt.Sprintf("%s fitRidge ran %d epochs, one too few: a loop like `for e := 1; e < epochs; e++` runs epochs − 1 times; `for range epochs` runs exactly epochs.", setting, epochs-1)),
		with(gd(lr, epochs+1, l2(lambda), false, false), fmt.Sprintf("%s fitRidge ran %d epochs, one too many: a loop like `for e := 0; e <= epochs; e++` runs epochs + 1 times; `for range epochs` runs exactly epochs.", setting, epochs+1)),
		with(gd(lr, epochs/2, l2(lambda), false, false), fmt.Sprintf("%s fitRidge ran %d epochs, half of the %d it is given: does the loop count by 2, or stop at epochs/2? Each epoch is one step.", setting, epochs/2, epochs)),
		with(gd(lr, epochs, l2(0), false, false), "that is fitGD's answer without a penalty: add 2λwᵢ to each weight's gradient."),
		// The ½-MSE of nn.FitLinearGD: half the data's gradient, the same as half the step with
		// the penalty doubled; and half of everything, the same as half the step.
		with(gd(lr/2, epochs, l2(2*lambda), false, false), "the data's gradient lacks the factor 2 of the MSE (nn.FitLinearGD's ½-MSE convention): fitRidge penalises the plain MSE, whose gradient is 2r·xᵢ/n (and 2r/n for b)."),
		with(gd(lr/2, epochs, l2(lambda), false, false), "the whole gradient is half what it should be (nn.FitLinearGD's ½-MSE convention): the plain MSE's gradient is 2r·xᵢ/n (and 2r/n for b), and the penalty's is 2λwᵢ."),
		with(gd(lr, epochs, l2(lambda*float64(len(X))), false, false), "the penalty was added once per row: λ Σ wᵢ² is added to the loss once, not once per row, so add 2λwᵢ to each weight's gradient after the loop over the rows."),
		slip2(perRowW, perRowB, "w and b moved after every row: like fitGD, sum the gradient over all the rows first, then move w and b once per epoch (with 2λwᵢ added to each weight's gradient)."),
		slip2(keptW, keptWb, "gradW keeps the sums of all the epochs before: the gradient is summed afresh each epoch, so make gradW inside the epoch loop, as fitGD does."),
		slip2(keptBothW, keptBothB, "gradW and gradB keep the sums of all the epochs before: the gradient is summed afresh each epoch, so make both inside the epoch loop, as fitGD does."),
		slip2(noRateW, noRateB, "the penalty's pull is not multiplied by the learning rate: the step is η times the whole gradient, wᵢ ← wᵢ − η(∂L/∂wᵢ + 2λwᵢ)."),
		with(gd(lr, epochs, l2(lambda), false, true), "you penalised the bias too: the penalty is on the weights only, so b's gradient stays as in fitGD."),
		with(gd(lr, epochs, l2(lambda/2), false, false), "the penalty is half as strong as it should be: the derivative of λwᵢ² is 2λwᵢ."),
		with(gd(lr, epochs, l2(2*lambda), false, false), "the penalty is twice as strong as it should be: the derivative of λwᵢ² is 2λwᵢ."),
		with(gd(lr, epochs, l2(lambda/float64(len(X))), false, false), "the penalty is divided by the number of rows: the MSE averages over the rows, but λ Σ wᵢ² is added once, so its gradient is 2λwᵢ."),
		with(gd(lr, epochs, l2(-lambda), false, false), "the penalty's gradient has the wrong sign: subtracting η·2λwᵢ from the step pushes each weight away from 0; add +2λwᵢ to the gradient, so the step pulls it towards 0."),
		with(gd(lr, epochs, func(w float64) float64 { return lambda * w * w }, false, false), "λwᵢ² is the penalty itself, not its derivative: add the derivative 2λwᵢ to each weight's gradient."),
		with(gd(lr, epochs, func(w float64) float64 { return 2 * lambda * w * w }, false, false), "the penalty's gradient was written 2λwᵢ²: the derivative of λwᵢ² is 2λwᵢ, with wᵢ to the first power."),
		with(gd(lr, epochs, func(w float64) float64 { return lambda * sign(w) }, false, false), "that is the L1 penalty's gradient, λ·sign(wᵢ): the L2 penalty λwᵢ² has the gradient 2λwᵢ."),
		with(gd(lr, epochs, func(w float64) float64 { return math.Copysign(lambda, w) }, false, false), "that is the L1 penalty's gradient, λ·sign(wᵢ): the L2 penalty λwᵢ² has the gradient 2λwᵢ."),
		with(gd(lr, epochs, l2(lambda), true, false), "the penalty's pull is applied after the data's step, at the moved weight: add 2λwᵢ to the gradient, so both parts are measured at the same point."),
		with(gd(0.5, epochs, l2(lambda), false, false), fmt.Sprintf("fitRidge stepped with η = 0.5 %s: use the lr it is given, not a fixed rate.", setting)),
		with(gd(lr, epochs, l2(0.01), false, false), fmt.Sprintf("fitRidge used λ = 0.01 %s: use the lambda it is given.", setting)),
	}
	exactW, exactB := ridge(X, y, lambda, false)
	slips = append(slips, slip2(exactW, exactB, fmt.Sprintf("%s fitRidge's weights are the exact minimum of the penalised loss, which gradient descent reaches only after thousands of epochs: take exactly the %d steps it is given (no closed form, no extra epochs).", setting, epochs)))
	for _, e := range []int{100, 200, 500, 1000, 2000, 5000, 10000, 20000} {
		slips = append(slips, with(gd(lr, e, l2(lambda), false, false), fmt.Sprintf("%s fitRidge's weights are where %d epochs end, not %d: run the number of epochs it is given.", setting, e, epochs)))
	}
	for _, s := range slips {
		if same(s.w, s.b) {
			return s.hint
		}
	}
	for _, v := range append(append([]float64(nil), w...), b) {
		if bad := badNumber(v); bad != "" || math.Abs(v) > 1e3 {
			return fmt.Sprintf("%s the weights run away (%v): the steps overshoot. Is each row's term divided by n, as in fitGD, and is the penalty's gradient +2λwᵢ, pulling each weight towards 0?", setting, w)
		}
	}
	return fmt.Sprintf("%s fitRidge returned w = %.4f, b = %.4f; %d steps of gradient descent from zero with 2λwᵢ added to each weight's gradient end at w = %.4f, b = %.4f.",
		setting, w, b, epochs, refW, refB)
}

// Check1_4 checks Exercise 1.4: fitRidge, gradient descent on the MSE plus an L2 penalty on the
// weights. It runs fitRidge for a few epochs on a small data set of its own, step for step, and
// on the two-input alloy data to convergence with two values of λ, comparing with the exact
// minimiser of the penalised loss.
func Check1_4(fitRidge func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64)) Result {
	const ex = "1.4"
	return safely(ex, func() Result {
		if fitRidge == nil {
			return notYet(ex, "pass your function fitRidge to the check.")
		}
		if hint := checkRidgeToy(fitRidge); hint != "" {
			return notYet(ex, "%s", hint)
		}
		for _, lambda := range []float64{0.01, 0.1} {
			w, b := fitRidge(copyRows(alloyX), append([]float64(nil), alloyY...), 0.5, lambda, 5000)
			if len(w) != 2 {
				return notYet(ex, "fitRidge should return one weight per input, 2 for the alloy, got %d.", len(w))
			}
			for _, v := range []float64{w[0], w[1], b} {
				if bad := badNumber(v); bad != "" || math.Abs(v) > 1e3 {
					return notYet(ex, "with λ = %g the weights run away (%v): the steps overshoot. Is each row's term divided by n, as in fitGD, and is the penalty's gradient +2λwᵢ, pulling each weight towards 0?", lambda, w)
				}
			}
			refW, refB := ridge(alloyX, alloyY, lambda, false)
			if near(w[0], refW[0], 1e-4) && near(w[1], refW[1], 1e-4) && near(b, refB, 1e-4) {
				continue
			}
			return notYet(ex, "with λ = %g fitRidge returned w = [%.4f %.4f], b = %.4f; the penalised loss is lowest at w = [%.4f %.4f], b = %.4f.",
				lambda, w[0], w[1], b, refW[0], refW[1], refB)
		}
		refW, refB := ridge(alloyX, alloyY, 0.01, false)
		return correct(ex, "with λ = 0.01 gradient descent ends at w = [%.3f %.3f], b = %.3f: opposite weights like nn.FitLeastSquares's minimum-norm (−5, 5), but shrunk, so the slope w₂ − w₁ is %.2f instead of 10 and the line misses the beams.",
			refW[0], refW[1], refB, refW[1]-refW[0])
	})
}
