package exercises

import (
	"math"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
)

// numSlope is lesson 2's slope: a central difference with h = 1e-6.
func numSlope(f func(float64) float64, x float64) float64 {
	const h = 1e-6
	return (f(x+h) - f(x-h)) / (2 * h)
}

// descendAsStudent is Exercise 2.1 as a student writes it: slopes measured with numSlope. With
// sequential the bias's slope is taken after w has moved; with fixedB the bias never moves; sign
// is −1 for descent and +1 for ascent.
func descendAsStudent(steps int, sequential, fixedB bool, sign float64) (w, b float64) {
	for i := 0; i < steps; i++ {
		gw := numSlope(func(w float64) float64 { return neuronLoss(w, b) }, w)
		if sequential {
			w += sign * 2 * gw
		}
		gb := numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b)
		if !sequential {
			w += sign * 2 * gw
		}
		if !fixedB {
			b += sign * 2 * gb
		}
	}
	return w, b
}

// descendScaledAsStudent is Exercise 2.1 with numSlope, steps with learning rate lr on scale
// times the loss, in the given order.
func descendScaledAsStudent(steps int, lr, scale float64, order stepOrder) (w, b float64) {
	loss := func(w, b float64) float64 { return scale * neuronLoss(w, b) }
	slopeW := func(w, b float64) float64 { return numSlope(func(w float64) float64 { return loss(w, b) }, w) }
	slopeB := func(w, b float64) float64 { return numSlope(func(b float64) float64 { return loss(w, b) }, b) }
	for i := 0; i < steps; i++ {
		switch order {
		case wFirst:
			w -= lr * slopeW(w, b)
			b -= lr * slopeB(w, b)
		case bFirst:
			b -= lr * slopeB(w, b)
			w -= lr * slopeW(w, b)
		default:
			w, b = w-lr*slopeW(w, b), b-lr*slopeB(w, b)
		}
	}
	return w, b
}

func TestCheck2_1(t *testing.T) {
	wB1st, bB1st := descendScaledAsStudent(1000, 2, 1, bFirst)
	wSum, bSum := descendScaledAsStudent(1000, 2, 4, together)
	w8, b8 := descendScaledAsStudent(1000, 8, 1, together)
	wHalfLoss, bHalfLoss := descendScaledAsStudent(1000, 2, 0.5, together)
	w3, b3 := descendScaledAsStudent(1000, 3, 1, together)
	wTenth, bTenth := descendScaledAsStudent(1000, 0.1, 1, together)
	w500, b500 := descendScaledAsStudent(500, 2, 1, together)
	w2000, b2000 := descendScaledAsStudent(2000, 2, 1, together)
	w1x2000, b1x2000 := descendScaledAsStudent(2000, 1, 1, together)
	w, b := descendAsStudent(1000, false, false, -1)
	ws, bs := descendAsStudent(1000, true, false, -1)
	wf, bf := descendAsStudent(1000, false, true, -1)
	wu, bu := descendAsStudent(1000, false, false, +1)
	w2, b2 := descendAsStudent(200, false, false, -1)
	w950, b950 := descendAsStudent(950, false, false, -1)
	w999, b999 := descendAsStudent(999, false, false, -1)
	w1001, b1001 := descendAsStudent(1001, false, false, -1)
	w1050, b1050 := descendAsStudent(1050, false, false, -1)
	wStart, bStart := descendNeuronFrom(0, -1.5, 1000, 2, together)
	w1, b1 := descendNeuron(1000, 1)
	wFrom10, bFrom10 := descendNeuronFrom(1, 0, 1000, 2, together)
	wFrom01, bFrom01 := descendNeuronFrom(0, 1, 1000, 2, together)
	// near-miss starts end within 1e-3 of the answer, where the "typed digits" hint would answer
	// from (0.1, 0) with numerical slopes, as a student writes it: its end lies 2e-6 from the
	// end of the path from (−0.1, −0.1), and the hint should name the start the student used
	wFromW01, bFromW01 := 0.1, 0.0
	for range 1000 {
		gw := numSlope(func(w float64) float64 { return neuronLoss(w, bFromW01) }, wFromW01)
		gb := numSlope(func(b float64) float64 { return neuronLoss(wFromW01, b) }, bFromW01)
		wFromW01, bFromW01 = wFromW01-2*gw, bFromW01-2*gb
	}
	wFromB01, bFromB01 := descendNeuronFrom(0, -0.1, 1000, 2, together)
	wFrom55, bFrom55 := descendNeuronFrom(0.5, 0.5, 1000, 2, together)
	wHalf, bHalf := descendNeuron(1000, 0.5)
	w4, b4 := descendNeuron(1000, 4)
	w10000, b10000 := descendAsStudent(10000, false, false, -1)
	wSwap, bSwap := descendNeuronWith(func(w, b float64) (float64, float64) {
		return numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b), numSlope(func(w float64) float64 { return neuronLoss(w, b) }, w)
	})
	wFixed, bFixed := descendNeuronWith(func(w, b float64) (float64, float64) {
		return numSlope(func(w float64) float64 { return neuronLoss(w, -1.5) }, w), numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b)
	})
	// the race's loop copied: w's slope on the fixed-bias loss, b never moved
	wRace, bRace := descendNeuronWith(func(w, b float64) (float64, float64) {
		return numSlope(func(w float64) float64 { return neuronLoss(w, -1.5) }, w), 0
	})
	// a copy-paste slip: b moved by w's slope
	wByW, bByW := descendNeuronWith(func(w, b float64) (float64, float64) {
		dw := numSlope(func(w float64) float64 { return neuronLoss(w, b) }, w)
		return dw, dw
	})
	wBUp, bBUp := descendNeuronWith(func(w, b float64) (float64, float64) {
		return numSlope(func(w float64) float64 { return neuronLoss(w, b) }, w), -numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b)
	})
	wWUp, bWUp := descendNeuronWith(func(w, b float64) (float64, float64) {
		return -numSlope(func(w float64) float64 { return neuronLoss(w, b) }, w), numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b)
	})
	wOnlyB, bOnlyB := descendNeuronWith(func(w, b float64) (float64, float64) {
		return 0, numSlope(func(b float64) float64 { return neuronLoss(w, b) }, b)
	})
	tests := []struct {
		name string
		w, b float64
		hint string
	}{
		{"numerical slopes", w, b, ""},
		{"w never updated", wOnlyB, bOnlyB, "b alone cannot start: at (0, 0) its slope is exactly 0"},
		{"exact gradient", 5.4512, -8.0482, ""},
		{"w first, then b", ws, bs, "before measuring the slope in b"},
		{"b first, then w", wB1st, bB1st, "you moved b before measuring the slope in w"},
		{"sum of squares, not their mean", wSum, bSum, "sum the four squared errors"},
		{"step size 8", w8, b8, "steps with learning rate 8"},
		{"½ in front of the loss", wHalfLoss, bHalfLoss, "steps with learning rate 1 end, half the learning rate asked for"},
		{"step size 3", w3, b3, "1000 steps with learning rate 3 end"},
		{"step size 0.1", wTenth, bTenth, "1000 steps with learning rate 0.1 end"},
		{"500 steps", w500, b500, "500 steps with learning rate 2"},
		{"2000 steps", w2000, b2000, "2000 steps with learning rate 2"},
		{"printed digits", 5.451, -8.048, "w = 5.4510, b = −8.0480 is close"},
		{"2000 steps with learning rate 1", w1x2000, b1x2000, "check the start (w = 0, b = 0), the learning rate (2) and the number of steps (1000)"},
		{"untouched starter", 0, 0, "still 0"},
		{"bias fixed", wf, bf, "b never moved"},
		{"uphill", wu, bu, "went up (0.993, from 0.250 at the start): step each parameter against its own slope"},
		{"b uphill, w downhill", wBUp, bBUp, "b stepped uphill (b += 2·slope) while w stepped down"},
		{"w uphill, b downhill", wWUp, bWUp, "w stepped uphill (w += 2·slope) while b stepped down"},
		{"arguments swapped", b, w, "w and b are swapped"},
		{"200 steps", w2, b2, "200 steps"},
		{"950 steps", w950, b950, "950 steps"},
		{"999 steps", w999, b999, "999 steps"},
		{"1001 steps", w1001, b1001, "1001 steps"},
		{"1050 steps", w1050, b1050, "1050 steps"},
		{"started at b = −1.5", wStart, bStart, "b = −1.5"},
		{"step size 1", w1, b1, "learning rate 1 end"},
		{"started at (1, 0)", wFrom10, bFrom10, "did not start from (0, 0)"},
		{"started at (0, 1)", wFrom01, bFrom01, "did not start from (0, 0): it ended where 1000 such steps from (w, b) = (0, 1) end"},
		{"started at (0.1, 0)", wFromW01, bFromW01, "from (w, b) = (0.1, 0) end. Start from w = 0, b = 0."},
		{"started at (0, −0.1)", wFromB01, bFromB01, "from (w, b) = (0, −0.1) end"},
		{"started at (0.5, 0.5)", wFrom55, bFrom55, "from (w, b) = (0.5, 0.5) end"},
		{"step size 0.5", wHalf, bHalf, "learning rate 0.5 end"},
		{"step size 4", w4, b4, "learning rate 4 end"},
		{"10000 steps", w10000, b10000, "10000 steps"},
		{"slopes swapped", wSwap, bSwap, "swapped"},
		{"race loop copied, b never moved", wRace, bRace, "b never moved"},
		{"b moved by w's slope", wByW, bByW, "b moved by w's slope"},
		{"w's slope on the fixed-bias loss", wFixed, bFixed, "fixed at −1.5"},
		{"NaN", math.NaN(), 1, "NaN"},
		{"elsewhere", 3, -4, "w = 3.000, b = −4.000 is not where"},
		{"elsewhere, the whole hint", 3, -4, "check the start (w = 0, b = 0), the learning rate (2), the number of steps (1000), and that both slopes"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check2_1(tt.w, tt.b), "2.1", tt.hint)
	}
	if got := Check2_1(w, b).Message; !strings.Contains(got, "w = 5.45, b = −8.05: the switch sits at x = 1.48") {
		t.Errorf("the correct message should quote w, b and the switch with minus signs (−), got %q", got)
	}
	if x := -b / w; math.Abs(x-1.476) > 1e-3 || math.Abs(w-5.451) > 1e-3 {
		t.Errorf("the discussion says w ≈ 5.45 with the switch at 1.48, got w = %.4f, x = %.4f", w, x)
	}
}

func TestCheck2_2(t *testing.T) {
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	tests := []struct {
		name string
		f    func(w, b, p float64) float64
		hint string
	}{
		{"logit", func(w, b, p float64) float64 { return (logit(p) - b) / w }, ""},
		{"log of ratio", func(w, b, p float64) float64 { return (math.Log(p) - math.Log(1-p) - b) / w }, ""},
		{"untouched starter", func(w, b, p float64) float64 { return 0 }, "returned 0"},
		{"p/1-p without brackets", func(w, b, p float64) float64 { return (math.Log(p/1-p) - b) / w }, "write p/(1-p), with brackets"},
		{"ignores p", func(w, b, p float64) float64 { return -b / w }, "one half"},
		{"bias sign", func(w, b, p float64) float64 { return (logit(p) + b) / w }, "bias has the wrong sign"},
		{"logit sign", func(w, b, p float64) float64 { return (-logit(p) - b) / w }, "logit has the wrong sign"},
		{"logit sign, written −(z + b)/w", func(w, b, p float64) float64 { return -(logit(p) + b) / w }, "logit has the wrong sign"},
		{"both signs flipped, (b − z)/w", func(w, b, p float64) float64 { return (b - logit(p)) / w }, "that is −x, the right x with the wrong sign"},
		{"no division", func(w, b, p float64) float64 { return logit(p) - b }, "divide by the weight"},
		{"divided by |w|", func(w, b, p float64) float64 { return (logit(p) - b) / math.Abs(w) }, "not by |w|"},
		{"ln p over 1 − p", func(w, b, p float64) float64 { return (math.Log(p)/(1-p) - b) / w }, "whole ratio"},
		{"log10", func(w, b, p float64) float64 { return (math.Log10(p/(1-p)) - b) / w }, "natural logarithm"},
		{"ln p", func(w, b, p float64) float64 { return (math.Log(p) - b) / w }, "not z = ln p"},
		{"no logarithm", func(w, b, p float64) float64 { return (p/(1-p) - b) / w }, "is e^z, not z"},
		{"ln(1 − p)/p", func(w, b, p float64) float64 { return (math.Log(1-p)/p - b) / w }, "that is ln(1 − p)/p"},
		{"multiplied by w", func(w, b, p float64) float64 { return (logit(p) - b) * w }, "don't multiply"},
		{"logit not divided by w", func(w, b, p float64) float64 { return -b/w + logit(p) }, "logit is not divided by w"},
		{"bias not divided by w", func(w, b, p float64) float64 { return logit(p)/w - b }, "bias is not divided by w"},
		{"NaN", func(w, b, p float64) float64 { return math.NaN() }, "NaN"},
		{"panics", func(w, b, p float64) float64 { var s []float64; return s[int(w)] }, "panicked"},
		{"nil", nil, "pass your function"},
		{"other", func(w, b, p float64) float64 { return 7 }, "σ(2·7 − 3) = 0.999983, not 0.9"},
		{"near miss", func(w, b, p float64) float64 { return (logit(p) - b) / w * (1 + 1e-4) }, "close but not exact: σ(2·2.59887 − 3) misses 0.9 by 4.7e-05"},
		{"off by 1e-7", func(w, b, p float64) float64 { return (logit(p)-b)/w + 1e-7 }, "misses 0.9 by 1.8e-08"},
		{"z, not x", func(w, b, p float64) float64 { return logit(p) }, "that is z, the sigmoid's input"},
		{"negative, wrong", func(w, b, p float64) float64 { return -7 }, "switchAt(2, -3, 0.9) = -7, but σ(2·(−7) − 3)"},
		{"rounded constant", func(w, b, p float64) float64 { return (2.2 - b) / w }, "close but not exact"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check2_2(tt.f), "2.2", tt.hint)
	}
}

func TestCheck2_3(t *testing.T) {
	tests := []struct {
		name string
		f    func(z float64) float64
		hint string
	}{
		{"4σ′(2z)", func(z float64) float64 { return 4 * sigmoidDeriv(2*z) }, ""},
		{"4·σ(2z)(1 − σ(2z))", func(z float64) float64 { s := sigmoid(2 * z); return 4 * s * (1 - s) }, ""},
		{"2·σ′(2z)·2", func(z float64) float64 { return 2 * sigmoidDeriv(2*z) * 2 }, ""},
		{"from e^(−2z)", func(z float64) float64 { e := math.Exp(-2 * z); return 4 * e / ((1 + e) * (1 + e)) }, "math.Exp or math.Cosh"},
		{"1/cosh²", func(z float64) float64 { c := math.Cosh(z); return 1 / (c * c) }, "math.Exp or math.Cosh"},
		// σ′(u) = σ(u)σ(−u) is right maths built from the lesson's sigmoid (no math.Exp or
		// math.Cosh), and it rounds like 4σ′(−2|z|): accepted.
		{"4σ(2z)σ(−2z)", func(z float64) float64 { return 4 * sigmoid(2*z) * sigmoid(-2*z) }, ""},
		// The careful form: σ′ is even, so 4σ′(−2|z|) is 4σ′(2z) with every digit kept.
		{"4σ′(−2|z|)", func(z float64) float64 { return 4 * sigmoidDeriv(-2*math.Abs(z)) }, ""},
		{"inline 4s(1 − s) with s = σ(−2|z|)", func(z float64) float64 { s := sigmoid(-2 * math.Abs(z)); return 4 * s * (1 - s) }, ""},
		{"4e^(−2|z|)/(1 + e^(−2|z|))²", func(z float64) float64 {
			e := math.Exp(-2 * math.Abs(z))
			return 4 * e / ((1 + e) * (1 + e))
		}, "math.Exp or math.Cosh"},
		{"1 − tanh² (math.Tanh)", func(z float64) float64 { return 1 - math.Tanh(z)*math.Tanh(z) }, "formula 1 − tanh²"},
		{"1 − Pow(tanh, 2)", func(z float64) float64 { return 1 - math.Pow(math.Tanh(z), 2) }, "formula 1 − tanh²"},
		{"(1 − t)(1 + t)", func(z float64) float64 { t := math.Tanh(z); return (1 - t) * (1 + t) }, "formula 1 − tanh²"},
		// 1 − t² with t = 2σ(2z) − 1 rounds like 4σ(2z)(1 − σ(2z)) at z = 15 (2σ − 1 and 1 − t are
		// exact there), but like 1 − tanh² at z = −15: the tanh formula, not the chain rule.
		{"1 − (2σ(2z) − 1)²", func(z float64) float64 { t := 2*sigmoid(2*z) - 1; return 1 - t*t }, "tanh as 2σ(2z) − 1"},
		// σ′ is even, so 4σ′(−2z) is the chain rule's answer too; it is exact at z = 15 and loses
		// digits at z = −15 instead.
		{"4σ′(−2z)", func(z float64) float64 { return 4 * sigmoidDeriv(-2*z) }, ""},
		{"4σ′(2|z|)", func(z float64) float64 { return 4 * sigmoidDeriv(2*math.Abs(z)) }, ""},
		{"nn.Tanh.Deriv", nn.Tanh.Deriv, "formula 1 − tanh²"},
		{"numerical slope of math.Tanh", func(z float64) float64 { return numSlope(math.Tanh, z) }, "numerical slope"},
		{"numerical slope of 2σ(2z) − 1", func(z float64) float64 {
			return numSlope(func(z float64) float64 { return 2*sigmoid(2*z) - 1 }, z)
		}, "numerical slope"},
		{"4σ(2z)", func(z float64) float64 { return 4 * sigmoid(2*z) }, "not σ itself"},
		{"4σ′(2z) − 1", func(z float64) float64 { return 4*sigmoidDeriv(2*z) - 1 }, "constant −1"},
		{"2σ′(2z) − 1", func(z float64) float64 { return 2*sigmoidDeriv(2*z) - 1 }, "constant −1 of 2σ(2z) − 1 has derivative 0, and the chain rule gives two factors of 2"},
		{"product-rule muddle 4σ(2z)·σ′(2z)", func(z float64) float64 { return 4 * sigmoid(2*z) * sigmoidDeriv(2*z) }, "not σ(2z) (no product rule here)"},
		{"product-rule muddle 2σ(2z)·σ′(2z)", func(z float64) float64 { return 2 * sigmoid(2*z) * sigmoidDeriv(2*z) }, "not σ(2z) (no product rule here)"},
		{"divided by the inner derivative", func(z float64) float64 { return 0.5 * sigmoidDeriv(2*z) }, "you divided by the inner derivative"},
		{"2σ′(z)·2z", func(z float64) float64 { return 2 * sigmoidDeriv(z) * 2 * z }, "not 2z"},
		{"untouched starter", func(z float64) float64 { return 0 }, "returned 0"},
		{"2σ′(2z)", func(z float64) float64 { return 2 * sigmoidDeriv(2*z) }, "a factor 2 is missing"},
		{"σ′(2z)", func(z float64) float64 { return sigmoidDeriv(2 * z) }, "both factors"},
		{"4σ′(z)", func(z float64) float64 { return 4 * sigmoidDeriv(z) }, "taken at 2z"},
		{"tanh", math.Tanh, "tanh itself"},
		{"Inf", func(z float64) float64 { return math.Inf(1) }, "+Inf"},
		{"panics", func(z float64) float64 { panic("boom") }, "panicked: boom"},
		{"nil", nil, "pass your function"},
		{"other", func(z float64) float64 { return 0.5 }, "tanhDeriv(-2) = 0.5, but tanh′(-2) = 0.07065: differentiate 2σ(2z) − 1 with the chain rule"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check2_3(tt.f), "2.3", tt.hint)
	}
}

func TestCheck2_4(t *testing.T) {
	ref := func(slip chainSlip) func(w, b, a0 float64, layers int) float64 {
		return func(w, b, a0 float64, layers int) float64 {
			return chainGradientRef(w, b, a0, layers, slip)
		}
	}
	tests := []struct {
		name string
		f    func(w, b, a0 float64, layers int) float64
		hint string
	}{
		{"product", ref(chainRight), ""},
		{"a(1 − a) after updating a", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				a = sigmoid(w*a + b)
				grad *= w * a * (1 - a)
			}
			return grad
		}, ""},
		{"numerical", func(w, b, a0 float64, layers int) float64 {
			return numSlope(func(a float64) float64 { return chainOutput(w, b, a, layers) }, a0)
		}, "numerical slope"}, // a central difference is good to about 1e-10, not 1e-6 relative on 3e-7
		{"bias dropped", ref(chainNoBias), "the bias is part of every layer's z"},
		{"σ′ at the next layer's z (a updated first)", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				a = sigmoid(w*a + b)
				grad *= w * sigmoidDeriv(w*a+b)
			}
			return grad
		}, "next layer's z"},
		{"σ′ at the next layer's z, slip form", ref(chainNextZ), "Compute the factor w·σ′(z) before updating a"},
		{"σ′ at the output", ref(chainAtOutput), "σ′ is taken at z, before"},
		{"|w| in the factor", ref(chainAbsW), "sign of w"},
		{"the product returned with a minus sign", func(w, b, a0 float64, layers int) float64 {
			return -ref(chainRight)(w, b, a0, layers)
		}, "has the wrong sign"},
		{"each factor −w·σ′(z)", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				z := w*a + b
				grad *= -w * sigmoidDeriv(z)
				a = sigmoid(z)
			}
			return grad
		}, "has the wrong sign"},
		{"untouched starter", func(w, b, a0 float64, layers int) float64 { return 0 }, "returned 0"},
		{"no weight", ref(chainNoW), "needs the weight"},
		{"product started at w, no w per layer", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, w
			for range layers {
				z := w*a + b
				grad *= sigmoidDeriv(z)
				a = sigmoid(z)
			}
			return grad
		}, "w appears only once"},
		{"σ′ at a", ref(chainAtInput), "not at its input a"},
		{"a never updated", ref(chainFrozen), "every layer used a0"},
		{"chain started at a = 1", func(w, b, a0 float64, layers int) float64 { return ref(chainRight)(w, b, 1, layers) }, "started at a = 1"},
		{"chain started at a = 0", func(w, b, a0 float64, layers int) float64 { return ref(chainRight)(w, b, 0, layers) }, "started at a = 0"},
		// 0.5 is the fixed point of the chain w = −2, b = 1, where the product is (w/4)^L.
		{"chain started at a = 0.5", func(w, b, a0 float64, layers int) float64 { return ref(chainRight)(w, b, 0.5, layers) }, "started at a = 0.5: start it at the a0"},
		{"a = z, not squashed", ref(chainNoSquash), "a becomes σ(z), not z"},
		{"a = z, written out", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				z := w*a + b
				grad *= w * sigmoidDeriv(z)
				a = z
			}
			return grad
		}, "a becomes σ(z), not z"},
		{"bias inside", ref(chainBiasInside), "not inside, w·(a + b)"},
		{"bias subtracted", ref(chainMinusBias), "the bias was subtracted"},
		{"bias subtracted, written out", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				z := w*a - b
				grad *= w * sigmoidDeriv(z)
				a = sigmoid(z)
			}
			return grad
		}, "the bias was subtracted"},
		{"bias dropped in the update only", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				grad *= w * sigmoidDeriv(w*a+b)
				a = sigmoid(w * a)
			}
			return grad
		}, "a was updated to σ(w·a), without the bias"},
		{"a = σ(a) in the update", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				grad *= w * sigmoidDeriv(w*a+b)
				a = sigmoid(a)
			}
			return grad
		}, "a was updated to σ(a)"},
		{"the bound (w/4)^L", func(w, b, a0 float64, layers int) float64 { return math.Pow(w/4, float64(layers)) }, "is the bound |w|/4 per layer, not the product"},
		{"the bound (|w|/4)^L", func(w, b, a0 float64, layers int) float64 { return math.Pow(math.Abs(w)/4, float64(layers)) }, "is the bound |w|/4 per layer, not the product"},
		{"float32 arithmetic", func(w, b, a0 float64, layers int) float64 {
			a, grad := float32(a0), float32(1)
			for range layers {
				z := float32(w)*a + float32(b)
				s := 1 / (1 + float32(math.Exp(float64(-z))))
				grad *= float32(w) * s * (1 - s)
				a = s
			}
			return float64(grad)
		}, "float32 arithmetic?"},
		{"one short", func(w, b, a0 float64, layers int) float64 {
			return chainGradientRef(w, b, a0, layers-1, chainRight)
		}, "one layer short"},
		{"one too many", func(w, b, a0 float64, layers int) float64 {
			return chainGradientRef(w, b, a0, layers+1, chainRight)
		}, "one layer too many"},
		{"output", chainOutput, "chain's output"},
		{"sigmoidChain reused", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				grad *= sigmoidDeriv(a)
				a = sigmoid(a)
			}
			return grad
		}, "w = 1 and b = 0"},
		{"a(1 − a) of the old a", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				grad *= w * a * (1 - a)
				a = sigmoid(w*a + b)
			}
			return grad
		}, "before a became σ(z)"},
		{"sum of the factors", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 0.0
			for range layers {
				z := w*a + b
				grad += w * sigmoidDeriv(z)
				a = sigmoid(z)
			}
			return grad
		}, "factors were added"},
		{"factor a·σ′(z)", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for range layers {
				z := w*a + b
				grad *= a * sigmoidDeriv(z)
				a = sigmoid(z)
			}
			return grad
		}, "with its input a"},
		{"∂a_L/∂w₁ instead of ∂a_L/∂a₀", func(w, b, a0 float64, layers int) float64 {
			a, grad := a0, 1.0
			for l := 1; l <= layers; l++ {
				z := w*a + b
				if l == 1 {
					grad *= a0 * sigmoidDeriv(z)
				} else {
					grad *= w * sigmoidDeriv(z)
				}
				a = sigmoid(z)
			}
			return grad
		}, "is ∂a_L/∂w₁, the first weight's gradient"},
		{"∂a_L/∂w₁ as the product times a₀/w", func(w, b, a0 float64, layers int) float64 {
			return chainGradientRef(w, b, a0, layers, chainRight) * a0 / w
		}, "is ∂a_L/∂w₁, the first weight's gradient"},
		{"product started at w", func(w, b, a0 float64, layers int) float64 {
			return w * chainGradientRef(w, b, a0, layers, chainRight)
		}, "start it at 1"},
		{"NaN", func(w, b, a0 float64, layers int) float64 { return math.NaN() }, "NaN"},
		{"panics", func(w, b, a0 float64, layers int) float64 { return []float64{}[layers] }, "panicked"},
		{"nil", nil, "pass your function"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check2_4(tt.f), "2.4", tt.hint)
	}
	if got := Check2_4(ref(chainRight)).Message; !strings.Contains(got, "with w = 4, about 46 000 times less") {
		t.Errorf("the correct message should round the ratio as the discussion does, about 46 000, got %q", got)
	}
	if g := chainGradientRef(4, -2, 0.5, 10, chainRight); g != 1 {
		t.Errorf("the discussion says the tuned chain keeps the whole gradient, got %g", g)
	}
}

func TestCheck2_4b(t *testing.T) {
	tests := []struct {
		name  string
		bZero float64
		hint  string
	}{
		{"right", -2, ""},
		{"untouched starter", 0, "bZero is still 0, the starter's value: set it"},
		{"z = 0 for a = 1", -4, "for an input a = 1"},
		{"wrong sign", 2, "wrong sign"},
		{"−a0", -0.5, "cancels a₀ but not w·a₀"},
		{"other", -1, "z = 4·0.5 − 1 = 1, not 0"},
		{"near miss, z to three digits", -2.0001, "z = 4·0.5 − 2.0001 = −0.0001, not 0"},
		{"b = −4 message uses a minus sign", -4, "b = −4 makes z zero"},
		{"NaN", math.NaN(), "NaN"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check2_4b(tt.bZero), "2.4", tt.hint)
	}
	// The untouched starter's output is committed in the student notebook, before the student
	// has tried: its hint must not work the answer out.
	if got := Check2_4b(0).String(); strings.Contains(got, "4·0.5") || strings.Contains(got, "z = w·a₀ + b") {
		t.Errorf("the untouched starter's hint should not compute z, got %q", got)
	}
}
