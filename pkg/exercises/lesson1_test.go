package exercises

import (
	"math"
	"testing"
)

// fitLine is gradient descent on the MSE of w·x + b from zero, as lesson 1's fitGD.
func fitLine(x, y []float64, lr float64, epochs int) (w, b float64) {
	n := float64(len(x))
	for e := 0; e < epochs; e++ {
		gw, gb := 0.0, 0.0
		for k := range x {
			r := w*x[k] + b - y[k]
			gw += 2 * r * x[k] / n
			gb += 2 * r / n
		}
		w -= lr * gw
		b -= lr * gb
	}
	return w, b
}

func TestCheck1_1(t *testing.T) {
	alu := []float64{0.2, 0.3, 0.4, 0.45}
	load := []float64{1, 2, 3, 3.4}
	w, b := fitLine(alu, load, 0.5, 5000)
	m := lineMSE(w, b, alu, load)
	w100, b100 := fitLine(alu, load, 0.5, 100)
	w967, b967 := fitLine(alu, load, 0.5, 967)
	w2000, b2000 := fitLine(alu, load, 0.5, 2000)
	w2500, b2500 := fitLine(alu, load, 0.5, 2500)
	w10k, b10k := fitLine(alu, load, 0.5, 10000)
	w4000, b4000 := fitLine(alu, load, 0.5, 4000)
	wQuarter, bQuarter := fitLine(alu, load, 0.25, 5000)
	wLS, bLS := lineFit(alu, load)
	iron := make([]float64, len(alu))
	for k, x := range alu {
		iron[k] = 1 - x
	}
	wIron, bIron := fitLine(iron, load, 0.5, 5000)
	w09, b09 := fitLine(alu, load, 0.9, 5000) // above 2/c_max ≈ 0.897 on four beams: diverges
	w09short, b09short := fitLine(alu, load, 0.9, 300)
	// The shares typed in percent: the bowl is about 1100 times steeper, so η = 0.5 diverges.
	pct := []float64{20, 30, 40, 45}
	wPct, bPct := fitLine(pct, load, 0.5, 5000)
	wPctShort, bPctShort := fitLine(pct, load, 0.5, 20)
	// Too small a step: on the way to the best line, not arrived.
	w005, b005 := fitLine(alu, load, 0.05, 5000)
	w03short, b03short := fitLine(alu, load, 0.3, 1000)
	w01short, b01short := fitLine(alu, load, 0.1, 1000)
	// The right 5000 epochs at a wrong η: η·epochs matches fewer epochs of η = 0.5.
	w03, b03 := fitLine(alu, load, 0.3, 5000)
	w02, b02 := fitLine(alu, load, 0.2, 5000)
	tests := []struct {
		name      string
		alu, load []float64
		w, b, mse float64
		hint      string
	}{
		{"gradient descent", alu, load, w, b, m, ""},
		{"untouched starter", alu, load, 0, 0, 0, "still 0"},
		{"three beams only", alu, load, 10, -1, 0, "first three beams"},
		{"no bias", alu, load, 7.5, 0, 0.2, "no bias"},
		{"elsewhere", alu, load, 9, -0.7, m, "not the best line"},
		// The digits the exercise cell prints (%.4f), typed back in, and the same to three places.
		{"typed printed digits", alu, load, 9.6949, -0.9220, m, "if you typed the printed digits"},
		{"typed three digits", alu, load, 9.695, -0.922, m, "if you typed the printed digits"},
		{"4000 epochs, settled", alu, load, w4000, b4000, lineMSE(w4000, b4000, alu, load), ""},
		{"100 epochs", alu, load, w100, b100, lineMSE(w100, b100, alu, load), "100 epochs"},
		{"967 epochs", alu, load, w967, b967, lineMSE(w967, b967, alu, load), "967 epochs"},
		// The lesson's own 2000 epochs, the likeliest slip: within 1e-6 of the best line, not on it.
		{"2000 epochs", alu, load, w2000, b2000, lineMSE(w2000, b2000, alu, load), "2000 epochs"},
		{"2500 epochs", alu, load, w2500, b2500, lineMSE(w2500, b2500, alu, load), "2500 epochs"},
		// nn.FitLinearGD(X, load4, 0.5, 5000) steps on half the MSE: η = 0.25 on the MSE.
		{"FitLinearGD with rate 0.5", alu, load, wQuarter, bQuarter, lineMSE(wQuarter, bQuarter, alu, load), "η = 0.25"},
		{"10000 epochs", alu, load, w10k, b10k, lineMSE(w10k, b10k, alu, load), ""},
		{"exact least squares", alu, load, wLS, bLS, lineMSE(wLS, bLS, alu, load), ""},
		{"w and b swapped", alu, load, b, w, m, "swapped"},
		{"iron share as input", alu, load, wIron, bIron, m, "iron share"},
		{"half the MSE", alu, load, w, b, m / 2, "half the MSE"},
		{"MSE of 10x − 1", alu, load, w, b, lineMSE(10, -1, alu, load), "old line 10x − 1"},
		{"sum instead of mean", alu, load, w, b, 4 * m, "4 times"},
		{"root mean square", alu, load, w, b, math.Sqrt(m), "square root"},
		{"MSE on three beams", alu, load, w, b, lineMSE(w, b, alu[:3], load[:3]), "first three beams only"},
		{"sum divided by 3", alu, load, w, b, 4 * m / 3, "divided by 3, not 4"},
		{"MSE slightly off", alu, load, w, b, m * 1.01, "your mse4 = 0.001027"},
		// The MSE as the check's message prints it (%.4f) and as the exercise cell prints it (%.6f).
		{"typed MSE, 4 decimals", alu, load, w, b, 0.0010, "not from printed digits"},
		{"typed MSE, 6 decimals", alu, load, w, b, math.Round(m*1e6) / 1e6, "not from printed digits"},
		{"η = 0.9 diverged", alu, load, w09, b09, lineMSE(w09, b09, alu, load), "diverged"},
		{"η = 0.9, 300 epochs", alu, load, w09short, b09short, lineMSE(w09short, b09short, alu, load), "0.897"},
		{"η = 0.05, 5000 epochs", alu, load, w005, b005, lineMSE(w005, b005, alu, load), "5000 epochs with η = 0.05 end"},
		{"η = 0.3, 5000 epochs", alu, load, w03, b03, lineMSE(w03, b03, alu, load), "5000 epochs with η = 0.3 end"},
		{"η = 0.2, 5000 epochs", alu, load, w02, b02, lineMSE(w02, b02, alu, load), "5000 epochs with η = 0.2 end"},
		{"η = 0.3, 1000 epochs", alu, load, w03short, b03short, lineMSE(w03short, b03short, alu, load), "has not settled"},
		{"η = 0.1, 1000 epochs", alu, load, w01short, b01short, lineMSE(w01short, b01short, alu, load), "has not settled"},
		{"typed six digits", alu, load, math.Round(w*1e6) / 1e6, math.Round(b*1e6) / 1e6, m, "if you typed the printed digits"},
		{"mse4 never set", alu, load, w, b, 0, "mse4 is still 0"},
		{"diverged to NaN", alu, load, math.NaN(), math.Inf(1), 0, "diverged"},
		{"shares in percent", alu, load, wPct, bPct, lineMSE(wPct, bPct, pct, load), "shares in percent"},
		{"shares in percent, 20 epochs", alu, load, wPctShort, bPctShort, lineMSE(wPctShort, bPctShort, pct, load), "shares in percent"},
		{"changed data", alu[:3], load[:3], w, b, m, "four beams"},
		{"nil data", nil, nil, w, b, m, "four beams"},
		{"other fourth beam", []float64{0.2, 0.3, 0.4, 0.5}, load, w, b, m, "(0.45, 3.4)"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check1_1(tt.alu, tt.load, tt.w, tt.b, tt.mse), "1.1", tt.hint)
	}
}

func TestCheck1_2(t *testing.T) {
	metres := make([]float64, len(heightsCm))
	for i, h := range heightsCm {
		metres[i] = h / 100
	}
	cMinCm, cCm := curvatures(heightsCm)
	cMinM, cM := curvatures(metres)
	scanMinCm, scanCm := scannedCurvatures(heightsCm)
	scanMinM, scanM := scannedCurvatures(metres)
	alongWM, _, _ := hessian(metres)
	km := make([]float64, len(heightsCm))
	for i, h := range heightsCm {
		km[i] = h / 1000
	}
	_, cKm := curvatures(km)
	_, thMaxCm := scannedDirections(heightsCm)
	_, thMaxM := scannedDirections(metres)
	tests := []struct {
		name        string
		etaCm, etaM float64
		hint        string
	}{
		{"2/c_max", 2 / cCm, 2 / cM, ""},
		{"within the scan's error", 2 / cCm * 1.001, 2 / cM * 0.999, ""},
		{"2·c_max", 2 * cCm, 2 * cM, "that is 2·c_max"},
		{"2/θ_max", 2 / thMaxCm, 2 / thMaxM, "direction θ"},
		{"curvatureScan's scan", 2 / scanCm, 2 / scanM, ""},
		{"2/c_min from the scan", 2 / scanMinCm, 2 / scanMinM, "c_min"},
		{"2/c_min exact", 2 / cMinCm, 2 / cMinM, "c_min"},
		{"2/c_min in metres only", 2 / cCm, 2 / scanMinM, "c_min"},
		{"Xcm twice", 2 / cCm, 2 / cCm, "pass Xm"},
		{"Xm twice", 2 / cM, 2 / cM, "pass Xcm"},
		{"along w alone", 2 / cCm, 2 / alongWM, "along w alone"},
		{"untouched starter", 0, 0, "still 0"},
		{"swapped", 2 / cM, 2 / cCm, "swapped"},
		{"curvature itself", cCm, cM, "curvature c_max itself"},
		{"one over c", 1 / cCm, 1 / cM, "1/c_max"},
		{"wrong cm", 2 / cCm * 3, 2 / cM, "centimetres"},
		{"wrong m", 2 / cCm, 2 / cM * 3, "metres"},
		{"infinite", math.Inf(1), 2 / cM, "+Inf"},
		{"a hair below the limit", 2 / cCm * (1 - 1e-9), 2 / cM * (1 - 1e-9), ""},
		{"a safety margin of 0.9", 0.9 * 2 / cCm, 0.9 * 2 / cM, "0.9 times the limit"},
		{"heights / 1000 for metres", 2 / cCm, 2 / cKm, "divided by 1000"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check1_2(tt.etaCm, tt.etaM), "1.2", tt.hint)
	}
	if eta := 2 / cCm; eta > 4e-5 || eta < 3e-5 {
		t.Errorf("the limit in centimetres should be about 3.5e-5, got %g", eta)
	}
}

func TestCheck1_3(t *testing.T) {
	scaled := make([]float64, len(heightsCm))
	for i, h := range heightsCm {
		scaled[i] = (h - 170) / 10
	}
	ws, bs := fitLine(scaled, weightsKg, 0.5, 1000)
	ws10, bs10 := fitLine(scaled, weightsKg, 0.5, 10)
	// Other ways to the converged line, accepted on purpose: fewer epochs once settled, a
	// smaller step that still settles.
	ws200, bs200 := fitLine(scaled, weightsKg, 0.5, 200)
	wsSmall, bsSmall := fitLine(scaled, weightsKg, 0.1, 1000)
	scaled100 := make([]float64, len(heightsCm))
	for i, h := range heightsCm {
		scaled100[i] = (h - 170) / 100
	}
	ws100, bs100 := fitLine(scaled100, weightsKg, 0.5, 1000)
	// The slip h - 170/10, which subtracts only 17: inputs near 150 make η = 0.5 diverge.
	slipped := make([]float64, len(heightsCm))
	for i, h := range heightsCm {
		slipped[i] = h - 170/10
	}
	wSlip, bSlip := fitLine(slipped, weightsKg, 0.5, 1000)
	// Computed in code, converted right, but not settled: a timid step or too few epochs.
	unsettled := func(lr float64, epochs int) (float64, float64) {
		w, b := fitLine(scaled, weightsKg, lr, epochs)
		return w / 10, b - 17*w
	}
	w001, b001 := unsettled(0.01, 1000)
	w005a, b005a := unsettled(0.05, 100)
	w005b, b005b := unsettled(0.05, 200)
	w01, b01 := unsettled(0.1, 50)
	w05, b05 := unsettled(0.5, 25)
	refW, refB := lineFit(heightsCm, weightsKg)
	tests := []struct {
		name string
		w, b float64
		hint string
	}{
		{"converted back", ws / 10, bs - 17*ws, ""},
		{"least squares", refW, refB, ""},
		{"200 epochs, settled", ws200 / 10, bs200 - 17*ws200, ""},
		{"η = 0.1, settled", wsSmall / 10, bsSmall - 17*wsSmall, ""},
		{"untouched starter", 0, 0, "still 0"},
		{"slope not converted", ws, bs - 17*ws, "per rescaled unit"},
		{"rescaled by 100, converted as for 10", ws100 / 10, bs100 - 17*ws100, "converted back as if on (h − 170)/10"},
		{"slope times 10", ws * 10, bs - 17*ws, "100 times too large"},
		{"bias not shifted", ws / 10, bs, "b′"},
		{"bias shifted by 17w", ws / 10, bs - 17*ws/10, "17 times the slope per cm"},
		{"bias shifted the wrong way", ws / 10, bs + 17*ws, "wrong sign"},
		{"bias shifted by 170w′", ws / 10, bs - 170*ws, "subtracts 170w′"},
		{"bias shifted wrongly", ws / 10, bs - 3*ws, "collect the constant"},
		{"bias off by 0.09 kg", ws / 10, bs - 17*ws + 0.09, "the bias is not"},
		{"bias off by 0.02 kg", ws / 10, bs - 17*ws - 0.02, "the bias is not"},
		{"bias within 0.005 kg", ws / 10, bs - 17*ws + 0.005, "check η and the number of epochs"},
		{"η = 0.01, 1000 epochs", w001, b001, "1000 epochs of η = 0.01"},
		{"η = 0.05, 100 epochs", w005a, b005a, "100 epochs of η = 0.05"},
		{"η = 0.05, 200 epochs", w005b, b005b, "200 epochs of η = 0.05"},
		{"η = 0.1, 50 epochs", w01, b01, "50 epochs of η = 0.1"},
		{"η = 0.5, 25 epochs", w05, b05, "25 epochs of η = 0.5"},
		{"printed digits typed back", math.Round(ws/10*1e4) / 1e4, math.Round((bs-17*ws)*100) / 100, "digits of a printout"},
		{"slope typed back, bias computed", math.Round(ws/10*1e4) / 1e4, bs - 17*ws, "digits of a printout"},
		{"diverged in cm", math.NaN(), math.NaN(), "diverged"},
		{"brackets missing: h - 170/10", wSlip / 10, bSlip - 17*wSlip, "check the brackets"},
		{"not converged", 0.5, -10, "not the best line"},
		{"stopped after 10 epochs", ws10 / 10, bs10 - 17*ws10, "10 epochs of η = 0.5"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check1_3(tt.w, tt.b), "1.3", tt.hint)
	}
}

// ridgeGD is fitRidge as a student might write it, with switches for the typical mistakes.
func ridgeGD(factor float64, penaliseBias bool) func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
	return func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
		n := float64(len(X))
		w := make([]float64, len(X[0]))
		b := 0.0
		for e := 0; e < epochs; e++ {
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
			for i := range w {
				w[i] -= lr * (gw[i] + factor*lambda*w[i])
			}
			if penaliseBias {
				gb += factor * lambda * b
			}
			b -= lr * gb
		}
		return w, b
	}
}

// ridgeHalfMSE is fitRidge on the ½-MSE: the data's gradient is r·xᵢ/n and r/n, and the
// penalty's factor·λwᵢ.
func ridgeHalfMSE(factor float64) func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
	return func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
		w := make([]float64, len(X[0]))
		b := 0.0
		for range epochs {
			gw, gb := mseGradient(X, y, w, b)
			for i := range w {
				w[i] -= lr * (gw[i]/2 + factor*lambda*w[i])
			}
			b -= lr * gb / 2
		}
		return w, b
	}
}

func TestCheck1_4(t *testing.T) {
	l2 := func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
		return penalisedGD(X, y, lr, epochs, func(w float64) float64 { return 2 * lambda * w }, false, false)
	}
	tests := []struct {
		name string
		fit  func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64)
		hint string
	}{
		{"2λw", ridgeGD(2, false), ""},
		{"2λw, penalisedGD", l2, ""},
		{"gradW made before the epoch loop", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			gradW := make([]float64, len(w))
			for range epochs {
				gradB := 0.0
				for k := range X {
					r := b - y[k]
					for i := range w {
						r += w[i] * X[k][i]
					}
					for i := range w {
						gradW[i] += 2 * r * X[k][i] / n
					}
					gradB += 2 * r / n
				}
				for i := range w {
					w[i] -= lr * (gradW[i] + 2*lambda*w[i])
				}
				b -= lr * gradB
			}
			return w, b
		}, "make gradW inside the epoch loop"},
		{"no penalty", ridgeGD(0, false), "without a penalty"},
		{"bias penalised", ridgeGD(2, true), "bias too"},
		{"λw", ridgeGD(1, false), "half as strong"},
		{"4λw", ridgeGD(4, false), "twice as strong"},
		{"sign flipped", ridgeGD(-2, false), "wrong sign"},
		{"2λw/n", ridgeGD(2.0/4, false), "divided by the number of rows"},
		{"λw² as the gradient", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return penalisedGD(X, y, lr, epochs, func(w float64) float64 { return lambda * w * w }, false, false)
		}, "the penalty itself"},
		{"2λw² as the gradient", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return penalisedGD(X, y, lr, epochs, func(w float64) float64 { return 2 * lambda * w * w }, false, false)
		}, "with wᵢ to the first power"},
		{"L1 instead of L2", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return penalisedGD(X, y, lr, epochs, func(w float64) float64 {
				if w > 0 {
					return lambda
				} else if w < 0 {
					return -lambda
				}
				return 0
			}, false, false)
		}, "L1"},
		{"decoupled decay", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return penalisedGD(X, y, lr, epochs, func(w float64) float64 { return 2 * lambda * w }, true, false)
		}, "after the data's step"},
		{"ignores X and y (the notebook's X2 and load)", func(_ [][]float64, _ []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return l2(alloyX, alloyY, lr, lambda, epochs)
		}, "not the notebook's X2"},
		{"ignores lr", func(X [][]float64, y []float64, _, lambda float64, epochs int) ([]float64, float64) {
			return l2(X, y, 0.5, lambda, epochs)
		}, "use the lr it is given"},
		{"ignores lambda", func(X [][]float64, y []float64, lr, _ float64, epochs int) ([]float64, float64) {
			return l2(X, y, lr, 0.01, epochs)
		}, "use the lambda it is given"},
		{"ignores epochs (2000)", func(X [][]float64, y []float64, lr, lambda float64, _ int) ([]float64, float64) {
			return l2(X, y, lr, lambda, 2000)
		}, "where 2000 epochs end"},
		{"ignores epochs (20000)", func(X [][]float64, y []float64, lr, lambda float64, _ int) ([]float64, float64) {
			return l2(X, y, lr, lambda, 20000)
		}, "exactly the 50 steps it is given"},
		{"one epoch too many", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return l2(X, y, lr, lambda, epochs+1)
		}, "one too many"},
		{"one epoch too few", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return l2(X, y, lr, lambda, epochs-1)
		}, "one too few"},
		{"half the epochs", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return l2(X, y, lr, lambda, epochs/2)
		}, "half of the"},
		{"one weight at a time, then b", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				for i := range w {
					gradW := 0.0
					for k := range X {
						r := b - y[k]
						for j := range w {
							r += w[j] * X[k][j]
						}
						gradW += 2 * r * X[k][i] / n
					}
					w[i] -= lr * (gradW + 2*lambda*w[i])
				}
				gradB := 0.0
				for k := range X {
					r := b - y[k]
					for j := range w {
						r += w[j] * X[k][j]
					}
					gradB += 2 * r / n
				}
				b -= lr * gradB
			}
			return w, b
		}, "the weights moved one at a time"},
		{"b first, then one weight at a time", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				_, gradB := mseGradient(X, y, w, b)
				b -= lr * gradB
				for i := range w {
					gradW, _ := mseGradient(X, y, w, b)
					w[i] -= lr * (gradW[i] + 2*lambda*w[i])
				}
			}
			return w, b
		}, "the weights moved one at a time"},
		{"penalty inside the loop over rows", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				gw := make([]float64, len(w))
				gb := 0.0
				for k := range X {
					r := b - y[k]
					for i := range w {
						r += w[i] * X[k][i]
					}
					for i := range w {
						gw[i] += 2*r*X[k][i]/n + 2*lambda*w[i]
					}
					gb += 2 * r / n
				}
				for i := range w {
					w[i] -= lr * gw[i]
				}
				b -= lr * gb
			}
			return w, b
		}, "once per row"},
		{"a step after every row", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
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
		}, "moved after every row"},
		{"penalty not times η", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
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
				for i := range w {
					w[i] -= lr*gw[i] + 2*lambda*w[i]
				}
				b -= lr * gb
			}
			return w, b
		}, "not multiplied by the learning rate"},
		{"weight decay before the data step", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
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
				for i := range w {
					w[i] *= 1 - 2*lr*lambda
					w[i] -= lr * gw[i]
				}
				b -= lr * gb
			}
			return w, b
		}, ""},
		{"gradient summed, not averaged (no /n)", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				gw := make([]float64, len(w))
				gb := 0.0
				for k := range X {
					r := b - y[k]
					for i := range w {
						r += w[i] * X[k][i]
					}
					for i := range w {
						gw[i] += 2 * r * X[k][i]
					}
					gb += 2 * r
				}
				for i := range w {
					w[i] -= lr * (gw[i] + 2*lambda*w[i])
				}
				b -= lr * gb
			}
			return w, b
		}, "summed over the rows, not averaged"},
		{"weight decay before the gradient is measured", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				for i := range w {
					w[i] *= 1 - 2*lr*lambda
				}
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
				for i := range w {
					w[i] -= lr * gw[i]
				}
				b -= lr * gb
			}
			return w, b
		}, "before the gradient was measured"},
		{"2λ Σw instead of 2λwᵢ", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			n := float64(len(X))
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
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
				sum := 0.0
				for _, v := range w {
					sum += v
				}
				for i := range w {
					w[i] -= lr * (gw[i] + 2*lambda*sum)
				}
				b -= lr * gb
			}
			return w, b
		}, "same penalty term"},
		{"w moved first, then b's gradient measured again", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				gradW, _ := mseGradient(X, y, w, b)
				for i := range w {
					w[i] -= lr * (gradW[i] + 2*lambda*w[i])
				}
				_, gradB := mseGradient(X, y, w, b)
				b -= lr * gradB
			}
			return w, b
		}, "b's gradient was measured after w moved"},
		{"b moved first, then w's gradient measured again", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			w := make([]float64, len(X[0]))
			b := 0.0
			for range epochs {
				_, gradB := mseGradient(X, y, w, b)
				b -= lr * gradB
				gradW, _ := mseGradient(X, y, w, b)
				for i := range w {
					w[i] -= lr * (gradW[i] + 2*lambda*w[i])
				}
			}
			return w, b
		}, "w's gradient was measured after b moved"},
		{"runs away another way (η twenty times larger)", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			return l2(X, y, 20*lr, lambda, epochs)
		}, "divided by n"},
		// nn.FitLinearGD's ½-MSE convention: the data's gradient r·xᵢ/n without the factor 2.
		{"½-MSE data gradient, 2λw", ridgeHalfMSE(2), "lacks the factor 2 of the MSE"},
		{"½-MSE data gradient, λw", ridgeHalfMSE(1), "the whole gradient is half"},
		{"closed form", func(X [][]float64, y []float64, _, lambda float64, _ int) ([]float64, float64) {
			return ridge(X, y, lambda, false)
		}, "exact minimum"},
		{"untouched starter", func([][]float64, []float64, float64, float64, int) ([]float64, float64) { return nil, 0 }, "nil"},
		{"nil function", nil, "pass your function"},
		{"one weight", func([][]float64, []float64, float64, float64, int) ([]float64, float64) { return []float64{1}, 0 }, "one weight per input"},
		{"panics", func(X [][]float64, _ []float64, _, _ float64, _ int) ([]float64, float64) { return X[7], 0 }, "panicked"},
		{"other answer", func(X [][]float64, _ []float64, _, _ float64, _ int) ([]float64, float64) {
			return make([]float64, len(X[0])), 3
		}, "end at w ="},
		{"right steps, wrong on the alloy", func(X [][]float64, y []float64, lr, lambda float64, epochs int) ([]float64, float64) {
			if len(X[0]) == 2 {
				return []float64{1, 2}, 3
			}
			return l2(X, y, lr, lambda, epochs)
		}, "lowest at"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check1_4(tt.fit), "1.4", tt.hint)
	}
	w, b := ridge(alloyX, alloyY, 0.01, false)
	if math.Abs(w[0]+2.857) > 0.001 || math.Abs(w[1]-2.857) > 0.001 || math.Abs(b-3.143) > 0.001 {
		t.Errorf("with λ = 0.01 the discussion says the weights end at (−2.86, 2.86), b = 3.14, got %v, b = %v", w, b)
	}
}
