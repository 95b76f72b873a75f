package exercises

import (
	"math"
	"strconv"
)

// The checks of lesson 2, the sigmoid.

// sigmoid is σ(z) = 1/(1 + e^−z), the checks' reference for lessons 2 and 6.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func sigmoidDeriv(z float64) float64 {
	s := sigmoid(z)
	return s * (1 - s)
}

// The four observations of lesson 2: inputs 0.5 and 1 should give 0, inputs 2 and 3 give 1.
var (
	neuronX = []float64{0.5, 1, 2, 3}
	neuronY = []float64{0, 0, 1, 1}
)

// neuronLoss returns the MSE of the neuron σ(w·x + b) on lesson 2's four observations.
func neuronLoss(w, b float64) float64 {
	total := 0.0
	for k := range neuronX {
		r := sigmoid(w*neuronX[k]+b) - neuronY[k]
		total += r * r
	}
	return total / float64(len(neuronX))
}

// neuronGradient returns the exact partial derivatives of neuronLoss at (w, b).
func neuronGradient(w, b float64) (dw, db float64) {
	n := float64(len(neuronX))
	for k := range neuronX {
		z := w*neuronX[k] + b
		r := sigmoid(z) - neuronY[k]
		dw += 2 * r * sigmoidDeriv(z) * neuronX[k] / n
		db += 2 * r * sigmoidDeriv(z) / n
	}
	return dw, db
}

// descendNeuron takes steps gradient-descent steps with learning rate lr on neuronLoss from
// (0, 0), both parameters moving together, and returns where it ends.
func descendNeuron(steps int, lr float64) (w, b float64) {
	return descendNeuronFrom(0, 0, steps, lr, together)
}

// stepOrder says when each parameter's slope is taken within one gradient-descent step.
type stepOrder int

const (
	together stepOrder = iota // both slopes at the current (w, b), then both move: gradient descent
	wFirst                    // w moves first, and b's slope is taken at the moved w
	bFirst                    // b moves first, and w's slope is taken at the moved b
)

// descendNeuronFrom takes steps gradient-descent steps with learning rate lr on neuronLoss from
// (w, b) in the given order and returns where it ends.
func descendNeuronFrom(w, b float64, steps int, lr float64, order stepOrder) (float64, float64) {
	for i := 0; i < steps; i++ {
		dw, db := neuronGradient(w, b)
		switch order {
		case wFirst:
			w -= lr * dw
			_, db = neuronGradient(w, b)
			b -= lr * db
		case bFirst:
			b -= lr * db
			dw, _ = neuronGradient(w, b)
			w -= lr * dw
		default:
			w, b = w-lr*dw, b-lr*db
		}
	}
	return w, b
}

// likelyStepSizes are the step sizes other than 2 that a student may have used, or that a slip
// amounts to: 1 is a loss with ½ in front, 8 the sum of the four squared errors instead of
// their mean. Each mantissa times each power of ten from 0.001 to 10.
func likelyStepSizes() []float64 {
	var sizes []float64
	for _, scale := range []float64{-1000, -100, -10, 1, 10} {
		for _, m := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9} {
			lr := m * scale // a negative scale divides, so 0.3 is the float64 nearest 0.3
			if scale < 0 {
				lr = m / -scale
			}
			if lr != 2 {
				sizes = append(sizes, lr)
			}
		}
	}
	return sizes
}

// descendNeuronWith takes 1000 steps with learning rate 2 on neuronLoss from (0, 0), each moving
// (w, b) against the slopes that grad returns at the current point: a way to write a typical
// mistake.
func descendNeuronWith(grad func(w, b float64) (dw, db float64)) (w, b float64) {
	for i := 0; i < 1000; i++ {
		dw, db := grad(w, b)
		w, b = w-2*dw, b-2*db
	}
	return w, b
}

// likelyStarts are the values other than 0 that a student may start w or b from: a slip of the
// starter's 0.0, or a habit from another exercise.
var likelyStarts = []float64{-1, -0.5, -0.1, 0, 0.1, 0.5, 1}

// wrongStart returns the start (w, b) other than (0, 0), formatted for a hint, from which 1000
// gradient-descent steps with learning rate 2 end nearest to (gotW, gotB), if they end within tol
// of it (relative, as near measures it), or "" if none does. Paths from nearby starts merge:
// those from (0.1, 0) and (−0.1, −0.1) end 2e-6 apart. The nearest end still names the start,
// as a student's numerical slopes stay within about 1e-10 of the exact path.
func wrongStart(gotW, gotB, tol float64) string {
	best, bestDist := "", tol
	for _, w := range likelyStarts {
		for _, b := range likelyStarts {
			if w == 0 && b == 0 {
				continue
			}
			endW, endB := descendNeuronFrom(w, b, 1000, 2, together)
			d := math.Max(math.Abs(endW-gotW)/math.Max(1, math.Abs(endW)), math.Abs(endB-gotB)/math.Max(1, math.Abs(endB)))
			if d <= bestDist {
				best, bestDist = "("+minusSign(w)+", "+minusSign(b)+")", d
			}
		}
	}
	return best
}

// Check2_1 checks Exercise 2.1: the weight w and bias b of the sigmoid neuron after 1000
// gradient-descent steps with learning rate 2 from w = b = 0 on lesson 2's four observations.
func Check2_1(w, b float64) Result {
	const ex = "2.1"
	return safely(ex, func() Result {
		for _, v := range []float64{w, b} {
			if bad := badNumber(v); bad != "" {
				return notYet(ex, "w or b is %s: is each step −2 times the slope?", bad)
			}
		}
		// Numerical slopes with h = 1e-6 end within about 1e-10 of the exact gradient's path, while
		// one step more or less moves (w, b) by about 1e-3: a tolerance of 1e-5 tells them apart.
		const tol = 1e-5
		at := func(rw, rb float64) bool { return near(w, rw, tol) && near(b, rb, tol) }
		refW, refB := descendNeuron(1000, 2)
		start := wrongStart(w, b, tol)
		switch {
		case w == 0 && near(b, 0, 1e-9):
			return notYet(ex, "wTrained and bTrained are still 0: take 1000 steps, moving w and b each against its own slope (b alone cannot start: at (0, 0) its slope is exactly 0).")
		case at(refW, refB):
			return correct(ex, "w = %s, b = %s: the switch sits at x = %s, in the gap between the 0s (x ≤ 1) and the 1s (x ≥ 2), and the loss fell to %.4f.",
				fixedMinus(refW, 2), fixedMinus(refB, 2), fixedMinus(-refB/refW, 2), neuronLoss(refW, refB))
		case at(refB, refW):
			return notYet(ex, "w and b are swapped: pass them in the order the check takes them, Check2_1(wTrained, bTrained).")
		case at(descendNeuronWith(func(w, b float64) (float64, float64) { dw, db := neuronGradient(w, b); return db, dw })):
			return notYet(ex, "the two slopes are swapped: w moved by the slope in b and b by the slope in w. Vary w (b held fixed) for w's slope, and b for b's.")
		case at(descendNeuronWith(func(w, b float64) (float64, float64) { dw, _ := neuronGradient(w, b); return dw, dw })), w == b:
			return notYet(ex, "w and b ended equal (%.3f): b moved by w's slope. Measure b's own slope (vary b, w held fixed) and move b by it.", w)
		case b == 0 || b == -1.5:
			return notYet(ex, "b never moved: measure the slope of the loss in b too (w held fixed) and step against it.")
		case at(descendNeuronWith(func(w, b float64) (float64, float64) { dw, db := neuronGradient(w, b); return dw, -db })):
			return notYet(ex, "b stepped uphill (b += 2·slope) while w stepped down: each parameter moves against its own slope, b -= 2·(slope in b), as w -= 2·(slope in w).")
		case at(descendNeuronWith(func(w, b float64) (float64, float64) { dw, db := neuronGradient(w, b); return -dw, db })):
			return notYet(ex, "w stepped uphill (w += 2·slope) while b stepped down: each parameter moves against its own slope, w -= 2·(slope in w), as b -= 2·(slope in b).")
		case neuronLoss(w, b) > neuronLoss(0, 0):
			return notYet(ex, "the loss went up (%.3f, from %.3f at the start): step each parameter against its own slope, w -= 2·(slope in w) and b -= 2·(slope in b).", neuronLoss(w, b), neuronLoss(0, 0))
		case at(descendNeuronFrom(0, 0, 1000, 2, wFirst)):
			return notYet(ex, "you moved w before measuring the slope in b, so b's slope was taken at a different point: compute both slopes at the current (w, b) first, then move both.")
		case at(descendNeuronFrom(0, 0, 1000, 2, bFirst)):
			return notYet(ex, "you moved b before measuring the slope in w, so w's slope was taken at a different point: compute both slopes at the current (w, b) first, then move both.")
		case at(descendNeuronFrom(0, -1.5, 1000, 2, together)):
			return notYet(ex, "that run started from the race's bias, b = −1.5: start from w = 0, b = 0.")
		case start != "":
			return notYet(ex, "the steps look right, but the run did not start from (0, 0): it ended where 1000 such steps from (w, b) = %s end. Start from w = 0, b = 0.", start)
		case at(descendNeuronWith(func(w, b float64) (float64, float64) {
			dw, _ := neuronGradient(w, -1.5)
			_, db := neuronGradient(w, b)
			return dw, db
		})):
			return notYet(ex, "w's slope was measured on the race's sigmoidLoss, whose bias is fixed at −1.5: measure both slopes on sigmoidLossWB at the current (w, b).")
		}
		// A learning rate is tried before a step count: 1000 steps with learning rate 8 end within
		// 1e-5 of 4017 steps with learning rate 2, and the student did take 1000 steps.
		for _, lr := range likelyStepSizes() {
			if !at(descendNeuron(1000, lr)) {
				continue
			}
			switch lr {
			case 8:
				return notYet(ex, "that is where 1000 steps with learning rate 8 end, 4 times too large: did you sum the four squared errors instead of averaging them? The loss is their mean (sigmoidLossWB), and each step moves a parameter by 2 times its slope.")
			case 1:
				return notYet(ex, "that is where 1000 steps with learning rate 1 end, half the learning rate asked for: each step moves a parameter by 2 times its slope of sigmoidLossWB (with no ½ in front of the loss).")
			}
			return notYet(ex, "that is where 1000 steps with learning rate %g end: each step moves a parameter by 2 times its slope.", lr)
		}
		// the same steps, but how many? Compare with every step count up to 10 000.
		sw, sb := 0.0, 0.0
		for steps := 1; steps <= 10000; steps++ {
			sw, sb = descendNeuronFrom(sw, sb, 1, 2, together)
			if steps != 1000 && at(sw, sb) {
				return notYet(ex, "that is where %d steps with learning rate 2 end: take 1000.", steps)
			}
		}
		if near(w, refW, 1e-3) && near(b, refB, 1e-3) {
			return notYet(ex, "w = %s, b = %s is close to where 1000 steps with learning rate 2 from (0, 0) end, but not within 1e-5: if you typed the printed digits, pass the variables wTrained and bTrained themselves; if not, check the start (w = 0, b = 0), the learning rate (2) and the number of steps (1000).", fixedMinus(w, 4), fixedMinus(b, 4))
		}
		return notYet(ex, "w = %s, b = %s is not where 1000 steps with learning rate 2 from (0, 0) end: check the start (w = 0, b = 0), the learning rate (2), the number of steps (1000), and that both slopes are measured at the current (w, b) before either parameter moves.", fixedMinus(w, 3), fixedMinus(b, 3))
	})
}

// Check2_2 checks Exercise 2.2: switchAt(w, b, p), the input x at which the neuron σ(w·x + b)
// outputs p.
func Check2_2(switchAt func(w, b, p float64) float64) Result {
	const ex = "2.2"
	return safely(ex, func() Result {
		if switchAt == nil {
			return notYet(ex, "pass your function switchAt to the check.")
		}
		logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
		cases := []struct{ w, b, p float64 }{{2, -3, 0.9}, {1, 0, 0.5}, {0.5, 1, 0.2}, {-2, 1, 0.3}, {-1, 2, 0.75}, {3, 0, 0.99}}
		// wrong answers and their hints, tried in order on the first case that is wrong
		wrong := []struct {
			f    func(w, b, p float64) float64
			hint string
		}{
			{func(w, b, p float64) float64 { return -b / w }, "that is where the output is one half: solve σ(z) = p for z first, then w·x + b = z for x."},
			{func(w, b, p float64) float64 { return (logit(p) + b) / w }, "the bias has the wrong sign: solve w·x + b = z for x again, and watch the sign of b as it moves across."},
			{func(w, b, p float64) float64 { return (-logit(p) - b) / w }, "the logit has the wrong sign: σ(z) = 0.9 needs a positive z (σ(0) = 0.5), so solve σ(z) = p for z again."},
			{func(w, b, p float64) float64 { return (logit(p) - b) / math.Abs(w) }, "divide by w itself, not by |w|: with a negative weight the output falls as x grows."},
			// after |w|: with w < 0 the two agree, and only |w| gets the first cases right
			{func(w, b, p float64) float64 { return (b - logit(p)) / w }, "that is −x, the right x with the wrong sign: solve w·x + b = z for x again, and check your x by putting it back into w·x + b."},
			{func(w, b, p float64) float64 { return logit(p) }, "that is z, the sigmoid's input: solve w·x + b = z for x."},
			{func(w, b, p float64) float64 { return logit(p) - b }, "divide by the weight: in w·x + b = z, x is still multiplied by w after b has moved across."},
			{func(w, b, p float64) float64 { return (logit(p) - b) * w }, "divide by w, don't multiply: in w·x + b = z, x is multiplied by w, so undo that."},
			{func(w, b, p float64) float64 { return -b/w + logit(p) }, "the logit is not divided by w: after b has moved across, divide the whole other side of w·x = … by w."},
			{func(w, b, p float64) float64 { return logit(p)/w - b }, "the bias is not divided by w: move b across first, then divide the whole other side of w·x = … by w."},
			{func(w, b, p float64) float64 { return (math.Log(p)/(1-p) - b) / w }, "that is ln(p)/(1 − p): the logarithm must cover the whole ratio, not p alone (check the parentheses)."},
			{func(w, b, p float64) float64 { return (math.Log10(p/(1-p)) - b) / w }, "that is the base-10 logarithm: the sigmoid uses e, so undo it with the natural logarithm math.Log."},
			{func(w, b, p float64) float64 { return (math.Log(p) - b) / w }, "σ(z) = p is not z = ln p (that undoes e^z, not the sigmoid): solve 1/(1 + e^(−z)) = p for e^(−z) first."},
			{func(w, b, p float64) float64 { return (p/(1-p) - b) / w }, "p/(1 − p) is e^z, not z: take its natural logarithm."},
			{func(w, b, p float64) float64 { return (math.Log(1-p)/p - b) / w }, "that is ln(1 − p)/p: take the logarithm of a whole ratio, and check which of p and 1 − p goes on top at p = 0.9, where z > 0."},
		}
		for _, c := range cases {
			got := switchAt(c.w, c.b, c.p)
			want := (logit(c.p) - c.b) / c.w
			if near(got, want, 1e-9) {
				continue
			}
			if math.IsInf(got, 0) && got == (math.Log(c.p/1-c.p)-c.b)/c.w {
				return notYet(ex, "switchAt(%g, %g, %g) returned %s: the logarithm of 0. In Go p/1-p is (p/1) − p = 0; write p/(1-p), with brackets.", c.w, c.b, c.p, badNumber(got))
			}
			if bad := badNumber(got); bad != "" {
				return notYet(ex, "switchAt(%g, %g, %g) returned %s.", c.w, c.b, c.p, bad)
			}
			if got == 0 {
				return notYet(ex, "switchAt(%g, %g, %g) returned 0: write the formula.", c.w, c.b, c.p)
			}
			for _, m := range wrong {
				if near(got, m.f(c.w, c.b, c.p), 1e-9) {
					return notYet(ex, "%s", m.hint)
				}
			}
			s := sigmoid(c.w*got + c.b)
			if math.Abs(s-c.p) < 1e-3 {
				return notYet(ex, "switchAt(%g, %g, %g) = %.6g is close but not exact: σ(%g·%s %s) misses %g by %.1e. Solve σ(z) = p exactly with the logarithm rather than by trial or with a rounded constant.", c.w, c.b, c.p, got, c.w, parenNeg(got, 6), signedG(c.b), c.p, s-c.p)
			}
			return notYet(ex, "switchAt(%g, %g, %g) = %.4g, but σ(%g·%s %s) = %.6g, not %g.", c.w, c.b, c.p, got, c.w, parenNeg(got, 4), signedG(c.b), s, c.p)
		}
		return correct(ex, "x = (ln(p/(1 − p)) − b)/w: σ(2x − 3) reaches 0.9 at x = %.4f; the logit ln(p/(1 − p)) undoes the sigmoid.", (logit(0.9)+3)/2)
	})
}

// tanhFingerprintZ is where the check tells how tanhDeriv was computed, at +z and −z. There
// 1 − σ(2z) in sigmoidDeriv(2z) = σ(2z)(1 − σ(2z)) cancels all but a few digits, as 1 − tanh(z)
// does in 1 − tanh²(z), each rounding its own way: 4·sigmoidDeriv(30), 1 − tanh²(15) and the exact
// value differ from each other by about a thousandth (relative), far more than any rounding
// elsewhere. 4·sigmoidDeriv(−30) is exact, so an answer built from sigmoidDeriv is inexact at
// +z (4σ′(2z)), at −z (4σ′(−2z), which is also right since σ′ is even) or at both (4σ′(2|z|)).
const tanhFingerprintZ = 15

// tanhUnderflowZ tells an answer that is exact at both ±tanhFingerprintZ apart: 4σ′(−2|z|), the
// chain rule written with σ′'s symmetry (or 4σ(2z)σ(−2z)), from a formula with math.Exp or
// math.Cosh. At ±355.1, e^(2·355.1) overflows, so σ(±710.2) is exactly 0 or 1 and every value
// built from the lesson's sigmoid is 0, while e^(−710.2) ≈ 5e-309 is still representable and
// 4e^(−2z)/(1 + e^(−2z))² or 1/cosh²(z) give about 1e-308, not 0.
const tanhUnderflowZ = 355.1

// tanhDerivExact returns tanh′(z) = 4e^(−2z)/(1 + e^(−2z))², computed without cancellation.
func tanhDerivExact(z float64) float64 {
	if z < 0 {
		z = -z
	}
	e := math.Exp(-2 * z)
	return 4 * e / ((1 + e) * (1 + e))
}

// Check2_3 checks Exercise 2.3: tanhDeriv, the derivative of tanh built from the lesson's
// sigmoidDeriv by the chain rule.
func Check2_3(tanhDeriv func(z float64) float64) Result {
	const ex = "2.3"
	return safely(ex, func() Result {
		if tanhDeriv == nil {
			return notYet(ex, "pass your function tanhDeriv to the check.")
		}
		wrong := []struct {
			f    func(z float64) float64
			hint string
		}{
			{func(z float64) float64 { return 2 * sigmoidDeriv(2*z) }, "a factor 2 is missing: the outer 2σ(·) gives one, the inner 2z another."},
			{func(z float64) float64 { return sigmoidDeriv(2 * z) }, "both factors 2 are missing: the outer 2σ(·) gives one, the inner 2z another."},
			{func(z float64) float64 { return 4 * sigmoidDeriv(z) }, "the sigmoid's derivative is taken at 2z, not z: the chain rule evaluates the outer derivative at the inner value."},
			{func(z float64) float64 { return 2 * sigmoidDeriv(z) }, "σ′ is taken at 2z, and there are two factors of 2 (outer and inner)."},
			{func(z float64) float64 { return 4*sigmoidDeriv(2*z) - 1 }, "the constant −1 of 2σ(2z) − 1 has derivative 0: it does not appear in the derivative."},
			{func(z float64) float64 { return 2 * sigmoidDeriv(z) * 2 * z }, "the inner function 2z has the derivative 2, not 2z, and σ′ is taken at the inner value 2z."},
			{func(z float64) float64 { return 2 * sigmoidDeriv(2*z) * 2 * z }, "the inner function 2z has the derivative 2, not 2z."},
			{math.Tanh, "that is tanh itself, not its derivative."},
			{func(z float64) float64 { return 2*sigmoid(2*z) - 1 }, "that is tanh itself, not its derivative."},
			{func(z float64) float64 { return 4 * sigmoid(2*z) }, "that is 4σ(2z): the derivative needs σ′(2z), sigmoidDeriv, not σ itself."},
			{func(z float64) float64 { return 4 * sigmoid(2*z) * sigmoidDeriv(2*z) }, "σ′(2z) is multiplied by σ(2z): the factor in front of σ′(2z) is a constant, the outer 2 of 2σ(·) times the inner 2z's derivative, not σ(2z) (no product rule here)."},
			{func(z float64) float64 { return sigmoidDeriv(2*z) / 2 }, "you divided by the inner derivative: the chain rule multiplies by it (2z changes by 2 per unit of z), and the outer 2σ(·) gives another factor 2."},
			{func(z float64) float64 { return 2 * sigmoid(2*z) * sigmoidDeriv(2*z) }, "σ′(2z) is multiplied by σ(2z): the factor in front of σ′(2z) is a constant, the outer 2 of 2σ(·) times the inner 2z's derivative, not σ(2z) (no product rule here)."},
			{func(z float64) float64 { return 2*sigmoidDeriv(2*z) - 1 }, "the constant −1 of 2σ(2z) − 1 has derivative 0, and the chain rule gives two factors of 2 (the outer 2σ(·) and the inner 2z)."},
		}
		// 4σ′(2z) and 1 − tanh²(z) agree to a few units in the last place at these z, while a
		// central difference is off by about 1e-10: a relative 1e-12 tells them apart.
		zs := []float64{-2, -0.5, 0.3, 1, 2.5, 0.7, -1.3}
		for _, z := range zs {
			got, want := tanhDeriv(z), tanhDerivExact(z)
			if relNear(got, want, 1e-12) {
				continue
			}
			if bad := badNumber(got); bad != "" {
				return notYet(ex, "tanhDeriv(%g) returned %s.", z, bad)
			}
			if got == 0 {
				return notYet(ex, "tanhDeriv(%g) returned 0: differentiate 2σ(2z) − 1 with the chain rule.", z)
			}
			for _, m := range wrong {
				if near(got, m.f(z), 1e-9) {
					return notYet(ex, "%s", m.hint)
				}
			}
			if relNear(got, want, 1e-6) {
				return notYet(ex, "tanhDeriv(%g) = %.12f is close to tanh′ but not exact (%.12f): that is a numerical slope; differentiate 2σ(2z) − 1 with the chain rule instead.", z, got, want)
			}
			return notYet(ex, "tanhDeriv(%g) = %.4g, but tanh′(%g) = %.4g: differentiate 2σ(2z) − 1 with the chain rule, the outer derivative (sigmoidDeriv, taken at the inner value) times the inner one.", z, got, z, want)
		}
		// Every answer is now right to 1e-12. Far out in the tail the way it was computed shows:
		// sigmoidDeriv of a large positive argument loses digits, the exact tanh′ does not.
		const z = tanhFingerprintZ
		lossy := 4 * sigmoidDeriv(2*z) // = 4·sigmoidDeriv(−2·(−z)), the inexact value at ±z
		t := math.Tanh(z)
		tanhFormula := 1 - t*t // 1 − tanh²(±z), inexact its own way
		plus, minus := tanhDeriv(z), tanhDeriv(-z)
		farZ, far := tanhUnderflowZ, tanhDeriv(tanhUnderflowZ)
		if far == 0 {
			farZ, far = -tanhUnderflowZ, tanhDeriv(-tanhUnderflowZ)
		}
		exact := tanhDerivExact(z)
		is := func(got, want float64) bool { return relNear(got, want, 1e-9) }
		switch {
		case (is(plus, lossy) || is(plus, exact)) && (is(minus, lossy) || is(minus, exact)) && (is(plus, lossy) || is(minus, lossy)):
			return correct(ex, "tanh′(z) = 4σ′(2z): at 0 it is 1, four times the sigmoid's largest slope.")
		case is(plus, tanhFormula) || is(minus, tanhFormula) || is(plus, (1-t)*(1+t)) || is(minus, (1-t)*(1+t)):
			return notYet(ex, "at z = ±%d, where 1 − tanh and 1 − σ lose most of their digits, your values match the formula 1 − tanh²(z) (%.6g, however it is written: with math.Tanh or with tanh as 2σ(2z) − 1), not 4·sigmoidDeriv(%d) (%.6g): build tanhDeriv from sigmoidDeriv by the chain rule, not from tanh.", z, tanhFormula, 2*z, lossy)
		case is(plus, exact) && is(minus, exact) && far == 0:
			return correct(ex, "tanh′(z) = 4σ′(2z): your values match 4σ′(−2|z|) (σ′ is even), which keeps every digit far out in the tails; at 0 it is 1, four times the sigmoid's largest slope. (No number tells this form from the same formula typed with math.Exp: if that is what you wrote, write it with sigmoidDeriv, as the exercise asks.)")
		case is(plus, exact) && is(minus, exact):
			return notYet(ex, "your values are exact even at z = ±%d (%.6g), and at z = %g you return %.3g where anything built from the lesson's sigmoid returns 0 (e^%g overflows): so tanhDeriv is written with math.Exp or math.Cosh, not with sigmoidDeriv. The chain rule may be right, but write it with sigmoidDeriv itself (if you used σ′'s symmetry, 4·sigmoidDeriv(−2|z|) is fine).", z, exact, farZ, far, 2*tanhUnderflowZ)
		}
		return notYet(ex, "tanhDeriv(%d) = %.6g and tanhDeriv(−%d) = %.6g, but 4·sigmoidDeriv(±%d) gives %.6g or %.6g: build tanhDeriv from sigmoidDeriv by the chain rule.", z, plus, z, minus, 2*z, lossy, exact)
	})
}

// A chainSlip is a typical mistake in Exercise 2.4's chainGradient, for chainGradientRef.
type chainSlip int

const (
	chainRight        chainSlip = iota
	chainNoW                    // the factors leave out w
	chainAtInput                // σ′ taken at the layer's input a instead of at z
	chainFrozen                 // a never updated: every layer sees a0
	chainNoBias                 // z = w·a, the bias dropped
	chainAtOutput               // σ′ taken at the layer's output σ(z) instead of at z
	chainAbsW                   // the factor uses |w|
	chainOldA                   // the factor w·a(1 − a) with a the layer's input, before updating a
	chainSum                    // the factors w·σ′(z) added, from 0, instead of multiplied
	chainByA                    // the factor a·σ′(z), ∂a_l/∂w_l, instead of w·σ′(z)
	chainFirstWeight            // ∂a_L/∂w₁: the first factor a0·σ′(z₁) instead of w·σ′(z₁)
	chainNoSquash               // a becomes z instead of σ(z): the sigmoid forgotten in the update
	chainBiasInside             // z = w·(a + b) instead of w·a + b
	chainNextZ                  // a updated first, then σ′ taken at w·a + b of the new a: the next layer's z
	chainUpdateNoBias           // σ′ taken at z = w·a + b, but a updated to σ(w·a), the bias dropped there
	chainUpdateBare             // σ′ taken at z = w·a + b, but a updated to σ(a)
	chainMinusBias              // z = w·a − b, the bias subtracted
)

// chainGradientRef returns ∂a_L/∂a0 for a chain of layers one-neuron sigmoid layers
// a = σ(w·a + b) started at a0, computed with the mistake slip (chainRight for none).
func chainGradientRef(w, b, a0 float64, layers int, slip chainSlip) float64 {
	a, grad := a0, 1.0
	for l := 1; l <= layers; l++ {
		z := w*a + b
		switch slip {
		case chainNoBias:
			z = w * a
		case chainBiasInside:
			z = w * (a + b)
		case chainMinusBias:
			z = w*a - b
		}
		factor := w
		switch slip {
		case chainNoW:
			factor = 1
		case chainAbsW:
			factor = math.Abs(w)
		case chainByA:
			factor = a
		case chainFirstWeight:
			if l == 1 {
				factor = a0
			}
		}
		switch slip {
		case chainAtInput:
			factor *= sigmoidDeriv(a)
		case chainAtOutput:
			factor *= sigmoidDeriv(sigmoid(z))
		case chainOldA:
			factor *= a * (1 - a)
		case chainNextZ:
			factor *= sigmoidDeriv(w*sigmoid(z) + b)
		default:
			factor *= sigmoidDeriv(z)
		}
		if slip == chainSum {
			if l == 1 {
				grad = 0
			}
			grad += factor
		} else {
			grad *= factor
		}
		switch slip {
		case chainFrozen:
		case chainNoSquash:
			a = z
		case chainUpdateNoBias:
			a = sigmoid(w * a)
		case chainUpdateBare:
			a = sigmoid(a)
		default:
			a = sigmoid(z)
		}
	}
	return grad
}

// flipsSign reports whether chainGradient returns minus the right product on a chain with a
// positive weight and an odd number of layers, where a factor |w| would give the right sign: an
// overall sign slip, not a dropped sign of w.
func flipsSign(chainGradient func(w, b, a0 float64, layers int) float64) bool {
	const w, b, a0, layers = 1.5, -0.5, 0.4, 3
	return sameRel(chainGradient(w, b, a0, layers), -chainGradientRef(w, b, a0, layers, chainRight))
}

// chainOutput returns the output a_L of the chain of chainGradientRef.
func chainOutput(w, b, a0 float64, layers int) float64 {
	a := a0
	for l := 0; l < layers; l++ {
		a = sigmoid(w*a + b)
	}
	return a
}

// Check2_4 checks Exercise 2.4: chainGradient(w, b, a0, layers), the derivative ∂a_L/∂a0 of a
// chain of one-neuron sigmoid layers that all have weight w and bias b.
func Check2_4(chainGradient func(w, b, a0 float64, layers int) float64) Result {
	const ex = "2.4"
	return safely(ex, func() Result {
		if chainGradient == nil {
			return notYet(ex, "pass your function chainGradient to the check.")
		}
		// A chain started at a fixed a instead of a0: probed first on a chain whose bias makes
		// a start at 0 and a start at 1 give different products (with b = 1 and w = −2 the
		// two mirror each other and give the same one). A start at 0.5 is probed here too: in
		// the first case below (w = −2, b = 1) it is the chain's fixed point, z = 0 in every
		// layer, so its product is (w/4)^L and would read there as the bound.
		{
			const w, b, a0, layers = -2, 0.7, 0.3, 5
			got := chainGradient(w, b, a0, layers)
			if !sameRel(got, chainGradientRef(w, b, a0, layers, chainRight)) {
				for _, start := range []float64{0, 0.5, 1} {
					if sameRel(got, chainGradientRef(w, b, start, layers, chainRight)) {
						return notYet(ex, "chainGradient(-2, 0.7, 0.3, 5) = %.4g is the chain started at a = %g: start it at the a0 you are given.", got, start)
					}
				}
			}
		}
		cases := []struct {
			w, b, a0 float64
			layers   int
		}{{-2, 1, 0.3, 5}, {1, 0, 1, 10}, {4, 0, 1, 10}, {0.5, -1, -2, 3}, {3, 0.5, 0.2, 1}, {1, 0, 1, 0}}
		for _, c := range cases {
			got := chainGradient(c.w, c.b, c.a0, c.layers)
			want := chainGradientRef(c.w, c.b, c.a0, c.layers, chainRight)
			if sameRel(got, want) {
				continue
			}
			call := "chainGradient(" + fmtG(c.w) + ", " + fmtG(c.b) + ", " + fmtG(c.a0) + ", " + fmtG(float64(c.layers)) + ")"
			if bad := badNumber(got); bad != "" {
				return notYet(ex, "%s returned %s.", call, bad)
			}
			switch {
			case c.a0 != 1 && sameRel(got, chainGradientRef(c.w, c.b, 1, c.layers, chainRight)):
				return notYet(ex, "%s = %.4g is the chain started at a = 1: start it at the a0 you are given.", call, got)
			case got == 0:
				return notYet(ex, "%s returned 0: multiply one factor w·σ′(z) per layer, starting from 1.", call)
			case sameRel(got, chainGradientRef(1, 0, c.a0, c.layers, chainRight)):
				return notYet(ex, "%s = %.4g is the chain with w = 1 and b = 0, sigmoidChain's: use the w and b you are given in every layer, z = w·a + b.", call, got)
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainOldA)):
				return notYet(ex, "a·(1 − a) was taken of the layer's input a, before a became σ(z): it is σ′(z) only for a = σ(z) of the same layer, so use sigmoidDeriv(z), or update a first.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainNextZ)):
				return notYet(ex, "σ′ was taken at the next layer's z: after a became σ(z), w·a + b is the z of the layer after this one. Compute the factor w·σ′(z) before updating a.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainSum)):
				return notYet(ex, "the factors were added: the chain rule multiplies them, so start the product at 1 and multiply by w·σ′(z) in every layer.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainByA)):
				return notYet(ex, "each factor is a·σ′(z), how a layer's output changes with its weight w: the chain needs how it changes with its input a, and z = w·a + b changes by w per unit of a, so the factor is w·σ′(z).")
			case c.layers > 0 && sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainFirstWeight)):
				return notYet(ex, "%s = %.4g is ∂a_L/∂w₁, the first weight's gradient (first factor a₀·σ′(z₁)): the exercise asks for ∂a_L/∂a₀, whose first factor is w·σ′(z₁), like every other layer's.", call, got)
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainNoBias)):
				return notYet(ex, "z = w·a + b: the bias is part of every layer's z (sigmoidChain's b was 0, here it is b).")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainMinusBias)):
				return notYet(ex, "the bias was subtracted: z = w·a + b adds it.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainAtOutput)):
				return notYet(ex, "σ′ is taken at z, before a becomes σ(z): sigmoidDeriv(σ(z)) is not σ(z)(1 − σ(z)), so compute the factor before updating a, or keep z.")
			case sameRel(got, -want) && flipsSign(chainGradient):
				return notYet(ex, "%s = %.4g has the wrong sign: ∂a_L/∂a0 is the product of the factors w·σ′(z), started at 1, with no minus sign of its own (σ′ is positive, so each factor has the sign of w).", call, got)
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainAbsW)):
				return notYet(ex, "the factor is w·σ′(z), with w's sign: a negative weight flips the change, so the factors keep the sign of w.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainNoW)):
				return notYet(ex, "each factor needs the weight too: z = w·a + b changes by w times a change of a, so the factor is w·σ′(z).")
			case c.layers > 1 && sameRel(got, c.w*chainGradientRef(c.w, c.b, c.a0, c.layers, chainNoW)):
				return notYet(ex, "w appears only once in your product: every layer multiplies by its own factor w·σ′(z), so start the product at 1 and multiply by w in every layer.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainAtInput)):
				return notYet(ex, "σ′ is taken at the layer's own z = w·a + b, not at its input a.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainNoSquash)):
				return notYet(ex, "after each layer, a becomes σ(z), not z: the next layer's input is the squashed output.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainUpdateNoBias)):
				return notYet(ex, "the factor uses z = w·a + b, but a was updated to σ(w·a), without the bias: the next layer's input is σ(z) of the same z, bias included.")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainUpdateBare)):
				return notYet(ex, "the factor uses z = w·a + b, but a was updated to σ(a): the next layer's input is σ(z) of the same z = w·a + b.")
			case c.layers > 0 && (sameRel(got, math.Pow(c.w/4, float64(c.layers))) || sameRel(got, math.Pow(math.Abs(c.w)/4, float64(c.layers)))):
				return notYet(ex, "%s = %.4g is the bound |w|/4 per layer, not the product: σ′ reaches 1/4 only at z = 0, so take σ′ at each layer's own z = w·a + b.", call, got)
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainBiasInside)):
				return notYet(ex, "z = w·a + b: the bias is added after multiplying by the weight, not inside, w·(a + b).")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers, chainFrozen)):
				return notYet(ex, "every layer used a0: after each layer, a becomes σ(z), the next layer's input.")
			case c.layers > 0 && sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers-1, chainRight)):
				return notYet(ex, "one layer short: the loop should run layers times (l = 1, ..., layers).")
			case sameRel(got, chainGradientRef(c.w, c.b, c.a0, c.layers+1, chainRight)):
				return notYet(ex, "one layer too many: the loop should run layers times (l = 1, ..., layers).")
			case c.layers > 0 && sameRel(got, c.w*want):
				return notYet(ex, "the product has one factor w too many: start it at 1, before the first layer, and multiply one w·σ′(z) per layer.")
			case sameRel(got, chainOutput(c.w, c.b, c.a0, c.layers)):
				return notYet(ex, "that is the chain's output a_L: return the product of the factors w·σ′(z) instead.")
			case math.Abs(got-want) <= 1e-2*math.Abs(want):
				return notYet(ex, "%s = %.6g is close to the product of the factors, %.6g, but not exact: a numerical slope, a rounded constant or float32 arithmetic? Multiply the factors w·σ′(z) exactly, in float64.", call, got, want)
			}
			return notYet(ex, "%s = %.4g, but the product of the factors w·σ′(z) is %.4g.", call, got, want)
		}
		g1, g4 := chainGradientRef(1, 0, 1, 10, chainRight), chainGradientRef(4, 0, 1, 10, chainRight)
		a := chainOutput(4, 0, 1, 9) // the last layer's input
		z := 4 * a
		// The ratio is quoted to the two digits the two numbers are printed with: about 46 000.
		return correct(ex, "ten layers keep %.2g of the gradient with w = 1 but only %.2g with w = 4, about %.0f 000 times less. The larger weight pushes z into the flat tail: each aₗ is a sigmoid output near %.2f, so z = 4aₗ ≈ %.1f, where σ′(z) ≈ %.3f and a layer's factor 4σ′(z) ≈ %.3f is below the w = 1 chain's, about 0.2.",
			g1, g4, math.Round(g1/g4/1000), a, z, sigmoidDeriv(z), 4*sigmoidDeriv(z))
	})
}

// Check2_4b checks the last part of Exercise 2.4: bZero, the bias that keeps the z of every layer
// at 0 in a chain of sigmoid layers with weight 4 started at a0 = 0.5.
func Check2_4b(bZero float64) Result {
	const ex = "2.4"
	const w, a0 = 4.0, 0.5
	z1 := w*a0 + bZero
	switch {
	case badNumber(bZero) != "":
		return notYet(ex, "bZero is %s: set it to a bias, a plain number.", badNumber(bZero))
	case near(z1, 0, 1e-9):
		return correct(ex, "with b = %s the first z is %g·%g %s = 0, so a₁ = σ(0) = %g = a₀ and every layer repeats the first: each factor is w·σ′(0) = %g·0.25 = 1, and the product after ten layers is %.3g: all of the gradient survives.",
			minusSign(bZero), w, a0, signedG(bZero), sigmoid(0), w, chainGradientRef(w, bZero, a0, 10, chainRight))
	case bZero == 0:
		return notYet(ex, "bZero is still 0, the starter's value: set it to the bias that keeps every layer's z at 0.")
	case near(w*1+bZero, 0, 1e-9):
		return notYet(ex, "b = %s makes z zero for an input a = 1, but the chain starts at a₀ = 0.5: the first layer's z is 4·0.5 %s = %s.", minusSign(bZero), signedG(bZero), minusSignG(z1, 3))
	case near(-w*a0, -bZero, 1e-9):
		return notYet(ex, "b = %s has the wrong sign: z = 4·0.5 %s = %s. The bias must cancel w·a₀.", minusSign(bZero), signedG(bZero), minusSignG(z1, 3))
	case near(a0+bZero, 0, 1e-9):
		return notYet(ex, "b = %s cancels a₀ but not w·a₀: z = w·a₀ + b = 4·0.5 %s = %s.", minusSign(bZero), signedG(bZero), minusSignG(z1, 3))
	}
	return notYet(ex, "with b = %s the first layer's z = 4·0.5 %s = %s, not 0.", minusSign(bZero), signedG(bZero), minusSignG(z1, 3))
}

// signedG returns "+ x" or "− |x|" formatted as %g does, for writing a sum such as "2·x − 3".
func signedG(x float64) string {
	if x < 0 || (x == 0 && math.Signbit(x)) {
		return "− " + fmtG(-x)
	}
	return "+ " + fmtG(x)
}

// parenNeg formats x with digits significant digits, in parentheses with a minus sign (−) when
// it is negative, for quoting it after a multiplication sign: 2·(−2.599), not 2·-2.599.
func parenNeg(x float64, digits int) string {
	if x < 0 {
		return "(−" + strconv.FormatFloat(-x, 'g', digits, 64) + ")"
	}
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// fixedMinus formats x with decimals digits after the point, with a minus sign (−) instead of a
// hyphen.
func fixedMinus(x float64, decimals int) string {
	if x < 0 {
		return "−" + strconv.FormatFloat(-x, 'f', decimals, 64)
	}
	return strconv.FormatFloat(x, 'f', decimals, 64)
}

// minusSign formats x as %g does, with a minus sign (−) instead of a hyphen.
func minusSign(x float64) string {
	if x < 0 {
		return "−" + fmtG(-x)
	}
	return fmtG(x)
}

// minusSignG formats x with digits significant digits, as %.3g does for 3, with a minus sign (−)
// instead of a hyphen.
func minusSignG(x float64, digits int) string {
	if x < 0 {
		return "−" + strconv.FormatFloat(-x, 'g', digits, 64)
	}
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// fmtG formats x the way %g does, for quoting a call in a hint.
func fmtG(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
