package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// corners are the four inputs of the logic-gate exercises, in the lessons' order.
var corners = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}

// perceptronOutputs returns the step outputs (1 when w·x + b > 0, as in lesson 3) of the line
// (w, b) on the rows of X.
func perceptronOutputs(w []float64, b float64, X [][]float64) []int {
	out := make([]int, len(X))
	for i, x := range X {
		z := b
		for j := range x {
			z += w[j] * x[j]
		}
		if z > 0 {
			out[i] = 1
		}
	}
	return out
}

// checkWeights reports what is wrong with a student's weight vector w and bias b, which
// should have n weights, or "" when they are usable.
func checkWeights(w []float64, b float64, n int) string {
	switch {
	case w == nil:
		return "the weights are nil; pass the trained weights."
	case len(w) != n:
		return fmt.Sprintf("expected %d weights, got %d.", n, len(w))
	}
	for i, v := range w {
		if bad := badNumber(v); bad != "" {
			return fmt.Sprintf("weight %d is %s.", i+1, bad)
		}
	}
	if bad := badNumber(b); bad != "" {
		return fmt.Sprintf("the bias is %s.", bad)
	}
	return ""
}

// gateLabels names the label vectors a student may type for the four corners instead of NAND's.
var gateLabels = []struct {
	name   string
	labels []int
}{
	{"AND's (0 0 0 1); NAND is NOT AND: swap every label", []int{0, 0, 0, 1}},
	{"OR's (0 1 1 1); NAND is 1 everywhere except (1, 1)", []int{0, 1, 1, 1}},
	{"NOR's (1 0 0 0), 1 only when both inputs are 0; NAND is 0 only when both are 1", []int{1, 0, 0, 0}},
	{"XOR's (0 1 1 0); NAND is 0 only for (1, 1)", []int{0, 1, 1, 0}},
	{"XNOR's (1 0 0 1); NAND is 0 only for (1, 1)", []int{1, 0, 0, 1}},
	{"the starter's (0 0 0 0): fill in NAND's", []int{0, 0, 0, 0}},
	{"1 everywhere; NAND is 0 for (1, 1)", []int{1, 1, 1, 1}},
}

// trainFromLessonStart runs lesson 3's perceptron rule (step output, correction η·e on each
// wrong answer, stop after an epoch without one) from the lesson's start w0, b0 (drawn from
// rand.NewPCG(1, 2)) with η = 0.1 for at most 100 epochs, and returns the final line.
func trainFromLessonStart(y []int) ([]float64, float64, []int) {
	rng := rand.New(rand.NewPCG(1, 2))
	w := []float64{rng.Float64() - 0.5, rng.Float64() - 0.5}
	b := rng.Float64() - 0.5
	var wrongPerEpoch []int
	for range 100 {
		wrong := 0
		for i, x := range corners {
			e := float64(y[i] - perceptronOutputs(w, b, [][]float64{x})[0])
			if e != 0 {
				wrong++
				w[0] += 0.1 * e * x[0]
				w[1] += 0.1 * e * x[1]
				b += 0.1 * e
			}
		}
		wrongPerEpoch = append(wrongPerEpoch, wrong)
		if wrong == 0 {
			break
		}
	}
	return w, b, wrongPerEpoch
}

// Check3_1 checks exercise 3.1: y must be NAND's labels for the corners (0,0), (0,1), (1,0),
// (1,1), and (w, b) with the wrong answers per epoch must be what the lesson's train returned
// for them from the lesson's start: a line that computes NAND, reached by an epoch without a
// wrong answer.
func Check3_1(y []int, w []float64, b float64, wrongPerEpoch []int) Result {
	const ex = "3.1"
	return safely(ex, func() Result {
		switch {
		case y == nil:
			return notYet(ex, "the labels are nil; give NAND's four labels.")
		case len(y) != 4:
			return notYet(ex, "expected 4 labels (one per corner), got %d.", len(y))
		}
		for i, v := range y {
			if v != 0 && v != 1 {
				return notYet(ex, "label %d is %d; a perceptron's labels are 0 or 1.", i+1, v)
			}
		}
		if !sameInts(y, []int{1, 1, 1, 0}) {
			for _, g := range gateLabels {
				if sameInts(y, g.labels) {
					return notYet(ex, "these labels are %s.", g.name)
				}
			}
			return notYet(ex, "the labels %v are not NAND's: NAND is 0 only when both inputs are 1.", y)
		}
		if msg := checkWeights(w, b, 2); msg != "" {
			return notYet(ex, "%s", msg)
		}
		if len(wrongPerEpoch) == 0 {
			return notYet(ex, "the list of wrong answers per epoch is empty: pass the third result of train, and give train at least one epoch.")
		}
		if last := wrongPerEpoch[len(wrongPerEpoch)-1]; last != 0 {
			return notYet(ex, "the labels are right, but the last epoch still had %d wrong answer(s): training stopped at maxEpochs before it converged. Give train more epochs (100 is plenty).", last)
		}
		got := perceptronOutputs(w, b, corners)
		for _, g := range []struct {
			name   string
			labels []int
		}{{"AND", []int{0, 0, 0, 1}}, {"OR", []int{0, 1, 1, 1}}, {"NOR", []int{1, 0, 0, 0}}} {
			if sameInts(got, g.labels) {
				return notYet(ex, "this line answers %v on the corners: it computes %s, so train was given %s's labels. Pass the w, b and list that train returns for yNAND.", got, g.name, g.name)
			}
		}
		if !sameInts(got, []int{1, 1, 1, 0}) {
			return notYet(ex, "on the corners (0,0), (0,1), (1,0), (1,1) this line answers %v, NAND is 1 1 1 0, yet the last epoch had no wrong answers: pass the w and b that train returned with that list.", got)
		}
		wantW, wantB, wantWrong := trainFromLessonStart(y)
		if !near(w[0], wantW[0], 1e-9) || !near(w[1], wantW[1], 1e-9) || !near(b, wantB, 1e-9) {
			return notYet(ex, "this line computes NAND, but it is not the line train reaches from w0, b0 with η = 0.1: start from w0, b0, keep η = 0.1, and pass what train returns.")
		}
		if !sameInts(wrongPerEpoch, wantWrong) {
			return notYet(ex, "w and b are the ones train reaches for NAND, but the list of wrong answers per epoch, %v, is not the one that run gives: pass the third result of the same train call that returned w and b.", wrongPerEpoch)
		}
		return correct(ex, "train reached the NAND line %.2f·x₁ %+.2f·x₂ %+.2f = 0 in %d epochs; compare its signs with your prediction.", w[0], w[1], b, len(wrongPerEpoch))
	})
}

// maxCase is one test of a max gate's backward pass: input values, the gradients they hold
// already, the gradient arriving at the output.
type maxCase struct{ u, v, uGrad, vGrad, outGrad float64 }

// maxCases exercise a max gate: either input winning, negative values, gradients already
// present (a wire used twice), a smaller input that holds the larger gradient (so that comparing
// the Grads instead of the values shows), a negative output gradient, and, last, ties (which go
// to U), so that a gate that is right except on ties hears about the ties.
var maxCases = []maxCase{
	{2, 5, 0, 0, -3},
	{5, 2, 0, 0, 1.5},
	{-1, -4, 0.5, 0.25, 2},
	{0.3, 0.7, 1, -1, -0.5},
	{1, 4, 2, 0, 1},
	{3, 3, 0, 0, 1},
	{-2, -2, 0.5, -0.25, -4},
}

// Check3_2 checks exercise 3.2: grads(u, v, uGrad, vGrad, outGrad) runs a max gate's backward
// pass on inputs u and v that already hold gradients uGrad and vGrad, with outGrad at the output,
// and returns the inputs' new gradients. The whole output gradient must be added to the larger
// input's gradient and nothing to the other's.
func Check3_2(grads func(u, v, uGrad, vGrad, outGrad float64) (float64, float64)) Result {
	const ex = "3.2"
	return safely(ex, func() Result {
		if grads == nil {
			return notYet(ex, "the function is nil.")
		}
		if routesByGrads(grads) {
			return notYet(ex, "your gate picks the winner by the gradients the inputs hold: compare g.U.Value and g.V.Value, the values, not the Grads. The larger value reached the output, whatever gradient it holds.")
		}
		for _, c := range maxCases {
			du, dv := grads(c.u, c.v, c.uGrad, c.vGrad, c.outGrad)
			wantU, wantV := c.uGrad, c.vGrad
			if c.u >= c.v {
				wantU += c.outGrad
			} else {
				wantV += c.outGrad
			}
			if near(du, wantU, 1e-12) && near(dv, wantV, 1e-12) {
				continue
			}
			winner, loser := "U", "V"
			winGot, loseGot, winBefore, loseBefore := du, dv, c.uGrad, c.vGrad
			if c.u < c.v {
				winner, loser = "V", "U"
				winGot, loseGot, winBefore, loseBefore = dv, du, c.vGrad, c.uGrad
			}
			if c.u == c.v {
				if msg := tieHint(c, du, dv); msg != "" {
					return notYet(ex, "%s", msg)
				}
			}
			where := fmt.Sprintf("For u = %g, v = %g, output gradient %g (the inputs holding %g and %g already), you got %g and %g, want %g and %g", c.u, c.v, c.outGrad, c.uGrad, c.vGrad, du, dv, wantU, wantV)
			switch {
			case du == c.uGrad && dv == c.vGrad:
				return notYet(ex, "no gradient reached either input for u = %g, v = %g: add g.Out.Grad to the winner's Grad, here %s's (the larger input). If your gate handles only one case, add the other (an if with an else).", c.u, c.v, winner)
			case near(winGot, winBefore+c.outGrad, 1e-12) && near(loseGot, loseBefore+c.outGrad, 1e-12):
				return notYet(ex, "both inputs received the gradient: that is the add gate's rule. A max gate routes it all to the larger input (%s).", winner)
			case near(winGot, winBefore, 1e-12) && near(loseGot, loseBefore+c.outGrad, 1e-12) && c.u < 0 && c.v < 0 && math.Abs(c.u) != math.Abs(c.v):
				return notYet(ex, "for u = %g, v = %g the gradient went to %s, the input of larger size; max compares the values themselves, and %g > %g, so %s wins.", c.u, c.v, loser, math.Max(c.u, c.v), math.Min(c.u, c.v), winner)
			case near(winGot, winBefore, 1e-12) && near(loseGot, loseBefore+c.outGrad, 1e-12):
				return notYet(ex, "the gradient went to the smaller input (%s); it belongs to the larger one (%s), the one that reached the output.", loser, winner)
			case near(winGot, c.outGrad, 1e-12) && winBefore != 0:
				return notYet(ex, "the winner's earlier gradient was lost: use += (a wire used twice collects both gradients), not =. %s.", where)
			case near(winGot, winBefore+c.outGrad, 1e-12) && loseGot == 0 && loseBefore != 0:
				return notYet(ex, "the loser's earlier gradient was wiped (set to 0): the loser gets nothing from this gate, but it keeps what it held. %s.", where)
			case near(winGot, winBefore+math.Max(c.u, c.v), 1e-12) && near(loseGot, loseBefore, 1e-12):
				return notYet(ex, "the winner received the output's value (g.Out.Value), not its gradient (g.Out.Grad). %s.", where)
			case near(winGot, winBefore+1, 1e-12) && near(loseGot, loseBefore, 1e-12):
				return notYet(ex, "the winner received 1, its local gradient alone; the chain rule multiplies it by the output's gradient g.Out.Grad. %s.", where)
			case near(winGot, winBefore-c.outGrad, 1e-12) && near(loseGot, loseBefore, 1e-12):
				return notYet(ex, "every sign is flipped: the winner's Grad went down by the output's gradient; add g.Out.Grad (+=), do not subtract it. %s.", where)
			case near(winGot, winBefore+c.outGrad, 1e-12) && near(loseGot, loseBefore-c.outGrad, 1e-12):
				return notYet(ex, "the winner is right, but the loser's gradient went down by the output's gradient: the loser must receive nothing from a max gate (its local gradient is 0), so leave its Grad as it was. %s.", where)
			case near(winGot, winBefore+math.Min(c.u, c.v)*c.outGrad, 1e-12) && c.u != c.v:
				return notYet(ex, "the winner got the other input's value times the gradient: that is the multiply gate's swap. A max gate's local gradient is 1 for the winner, so it gets g.Out.Grad itself. %s.", where)
			case near(winGot, winBefore+math.Max(c.u, c.v)*c.outGrad, 1e-12):
				return notYet(ex, "the winner's gradient was multiplied by its own value; a max gate's local gradient is 1 for the winner, so it gets g.Out.Grad itself (a multiply gate would use the other input's value). %s.", where)
			}
			return notYet(ex, "%s.", where)
		}
		return correct(ex, "the max gate routes the whole gradient to the larger input and adds it to what was there.")
	})
}

// routesByGrads reports whether grads, on every one of maxCases, routes the output gradient by
// comparing the gradients the inputs already hold (uGrad >= vGrad or uGrad > vGrad) instead of
// their values, and is wrong on at least one case (so a right gate is never named).
func routesByGrads(grads func(u, v, uGrad, vGrad, outGrad float64) (float64, float64)) bool {
	for _, strict := range []bool{false, true} {
		same, wrong := true, false
		for _, c := range maxCases {
			du, dv := grads(c.u, c.v, c.uGrad, c.vGrad, c.outGrad)
			toU := c.uGrad >= c.vGrad
			if strict {
				toU = c.uGrad > c.vGrad
			}
			wantU, wantV := c.uGrad, c.vGrad+c.outGrad
			if toU {
				wantU, wantV = c.uGrad+c.outGrad, c.vGrad
			}
			if !near(du, wantU, 1e-12) || !near(dv, wantV, 1e-12) {
				same = false
				break
			}
			if toU != (c.u >= c.v) {
				wrong = true
			}
		}
		if same && wrong {
			return true
		}
	}
	return false
}

// tieHint names what a max gate did wrong on a tie u = v (the exercise routes the gradient to U),
// or returns "" when it did something else.
func tieHint(c maxCase, du, dv float64) string {
	tie := fmt.Sprintf("on a tie (u = v = %g, output gradient %g)", c.u, c.outGrad)
	switch {
	case near(du, c.uGrad, 1e-12) && near(dv, c.vGrad+c.outGrad, 1e-12):
		return tie + " your gate gave the gradient to V; the exercise sends it to U. Which comparison decides the winner when the values are equal?"
	case near(du, c.uGrad+c.outGrad/2, 1e-12) && near(dv, c.vGrad+c.outGrad/2, 1e-12):
		return tie + " your gate split the gradient between the inputs; the exercise sends all of it to U."
	case near(du, c.uGrad+c.outGrad, 1e-12) && near(dv, c.vGrad+c.outGrad, 1e-12):
		return tie + " both inputs received the whole gradient, so it is counted twice; the exercise sends it to U only."
	case near(du, c.uGrad, 1e-12) && near(dv, c.vGrad, 1e-12):
		return tie + " neither input received the gradient: when u > v and v > u are both false, one branch must still take it (U)."
	}
	return ""
}

// tanhNeuronGrads returns the gradients of tanh(ax + by + c) with respect to a, b, c, x and y at
// Karpathy's point, from the chain rule: each is 1 − tanh²(s) times what multiplies the input.
func tanhNeuronGrads() []float64 {
	a, b, c, x, y := 1.0, 2.0, -3.0, -1.0, 3.0
	t := math.Tanh(a*x + b*y + c)
	d := 1 - t*t
	return []float64{x * d, y * d, d, a * d, b * d}
}

// Check3_3 checks exercise 3.3: grads must be the gradients of tanh(ax + by + c) with respect
// to a, b, c, x, y at a = 1, b = 2, c = −3, x = −1, y = 3, in that order, each within 1e-14:
// exact up to float64 rounding, as Backward or the chain rule by hand give them, so that a
// numerical gradient (an estimate) is told apart.
func Check3_3(grads []float64) Result {
	const ex = "3.3"
	return safely(ex, func() Result {
		want := tanhNeuronGrads()
		switch {
		case grads == nil:
			return notYet(ex, "the gradients are nil; return the five gradients.")
		case len(grads) == 10 && allZero(grads[:5]):
			return notYet(ex, "got 10 numbers, the first five of them 0: your slice starts with the starter's five zeros (make([]float64, 5) already holds five 0s, and append adds after them). Fill it by index (grads[0] = …) or start from an empty slice.")
		case len(grads) != 5:
			return notYet(ex, "expected 5 gradients (a, b, c, x, y), got %d.", len(grads))
		}
		for i, g := range grads {
			if bad := badNumber(g); bad != "" {
				return notYet(ex, "gradient %d is %s.", i+1, bad)
			}
		}
		if allNear(grads, want, exactTol) {
			return correct(ex, "every gradient is the sigmoid neuron's with the local gradient 1 − tanh²(2) = %.4f in place of σ(2)(1 − σ(2)) = 0.1050.", want[2])
		}
		if scheme, h, ok := finiteDifference(grads); ok {
			return notYet(ex, "these are a numerical gradient (%s differences with h = %s): estimates, off the exact gradients by up to %.1g. Return the Grad of each Value after calling Backward on the output, which is exact, and use the numerical gradient only to confirm it.", scheme, h, maxDiff(grads, want))
		}
		if allNear(grads, steppedTanhGrads(), 1e-9) {
			return notYet(ex, "these are the gradients at the point after Part 1's step of 0.01, which moved the gates' a … y (a.Value is no longer 1): build the neuron at a = 1, b = 2, c = −3, x = −1, y = 3 with fresh Values made by nn.NewValue.")
		}
		if allNear(grads, want, 1e-2) {
			return notYet(ex, "close but not exact: these look rounded or estimated (numbers typed from a printout, or a numerical gradient). Return the Grad of each Value after calling Backward on the output.")
		}
		a0, b0, x0, y0 := 1.0, 2.0, -1.0, 3.0 // the point; ∂(ax + by + c)/∂(a, b, c, x, y) = (x, y, 1, a, b)
		s := 1 / (1 + math.Exp(-2))
		sig := []float64{-s * (1 - s), 3 * s * (1 - s), s * (1 - s), s * (1 - s), 2 * s * (1 - s)}
		t := math.Tanh(2)
		oneMinusT := []float64{-(1 - t), 3 * (1 - t), 1 - t, 1 - t, 2 * (1 - t)}
		neg := make([]float64, 5)
		for i := range want {
			neg[i] = -want[i]
		}
		switch {
		case allZero(grads):
			return notYet(ex, "all gradients are 0: did you call Backward on the output and read each input's Grad?")
		case allNear(grads, []float64{t, t, t, t, t}, 1e-6):
			return notYet(ex, "every entry is %.4f, the value of f itself: after Backward, return each input's Grad (a.Grad, b.Grad, …), not the output's Data.", t)
		case allNear(grads, []float64{1, 2, -3, -1, 3}, 1e-9):
			return notYet(ex, "these are the inputs' values (their Data); return their Grad after calling Backward on the output.")
		case allNear(grads, sig, 1e-6):
			return notYet(ex, "these are the sigmoid neuron's gradients; use Tanh for the last gate.")
		case allNear(grads, scaledBy(make([]float64, 5), 2, sig), 1e-6):
			return notYet(ex, "these are the gradients of 2σ(s) − 1, which is tanh(s/2), not tanh(s); use the Value's Tanh.")
		case allNear(grads, []float64{-1 / math.Cosh(2), 3 / math.Cosh(2), 1 / math.Cosh(2), 1 / math.Cosh(2), 2 / math.Cosh(2)}, 1e-6):
			return notYet(ex, "the local gradient you used is 1/cosh(s), which is not tanh′: tanh′(s) = 1 − tanh²(s) = 1/cosh²(s).")
		case allNear(grads, oneMinusT, 1e-6):
			return notYet(ex, "the local gradient of tanh is 1 − tanh², not 1 − tanh.")
		case allNear(grads, scaledBy(sig, 1, want), 1e-6) || allNear(grads, scaledBy(sig, 2, want), 1e-6):
			return notYet(ex, "these are the sigmoid neuron's gradients plus the tanh neuron's: the Values you used (the lesson's va … vy?) still held the gradients of an earlier Backward, and Backward adds to Grad (+=). Make fresh Values with nn.NewValue for this neuron.")
		case allNear(grads, []float64{-t * (1 - t), 3 * t * (1 - t), t * (1 - t), t * (1 - t), 2 * t * (1 - t)}, 1e-6):
			return notYet(ex, "that is the sigmoid's local gradient s(1 − s) applied to tanh's output; tanh's own is 1 − tanh².")
		case allNear(grads, []float64{5 * want[0], 5 * want[1], 3 * want[2], 5 * want[3], 5 * want[4]}, 1e-6):
			return notYet(ex, "Backward ran twice on the same Values: the gradients piled up (Backward adds to Grad). Call it once, on fresh Values made with nn.NewValue.")
		case allNear(grads, []float64{x0, y0, 1, a0, b0}, 1e-9):
			return notYet(ex, "these are the gradients of ax + by + c alone: the last gate, Tanh, is missing (a ReLU in its place gives the same numbers here, since s = 2 > 0 and its local gradient is 1). Call .Tanh() on the sum before Backward.")
		case allNear(grads[:3], want[:3], 1e-6) && allNear(grads[3:], scaledBy(sig[3:], 1, want[3:]), 1e-6):
			return notYet(ex, "a, b and c are right, but x's and y's gradients still hold the sigmoid neuron's too: Backward also fills the Grad of x and y (and adds to it), so zeroing a, b and c alone is not enough. Make fresh Values with nn.NewValue for this neuron.")
		case allNear(grads[:3], want[:3], 1e-6) && grads[3] == 0 && grads[4] == 0:
			return notYet(ex, "∂f/∂x and ∂f/∂y are 0, but the inputs get gradients too (training moves only a, b, c, yet Backward reaches every leaf). Return all five, x's and y's included.")
		case allNear(grads, []float64{want[2], want[2], want[2], want[2], want[2]}, 1e-6):
			return notYet(ex, "every entry is %.4f, ∂f/∂s at the sum s = ax + by + c: go on through the multiply gates, which swap: ∂(ax)/∂a = x and ∂(ax)/∂x = a (and likewise for b and y; c enters the sum directly).", want[2])
		case allNear(grads, []float64{a0 * want[2], b0 * want[2], -3 * want[2], x0 * want[2], y0 * want[2]}, 1e-6):
			return notYet(ex, "each input got its own value times 1 − tanh²(s): a multiply gate swaps, so ∂(ax)/∂a is x, the other input, not a (and ∂(ax)/∂x is a).")
		case allNear(grads, []float64{a0 * want[2], b0 * want[2], want[2], x0 * want[2], y0 * want[2]}, 1e-6):
			return notYet(ex, "a's gradient and x's are exchanged, and so are b's and y's: a multiply gate swaps, so ∂(ax)/∂a is x, the other input (not a), and ∂(ax)/∂x is a. Return them in the order a, b, c, x, y.")
		case allNear(grads, neg, 1e-6):
			return notYet(ex, "every sign is flipped.")
		case sameMultiset(grads, want, 1e-6):
			return notYet(ex, "the right numbers in the wrong order: return them as a, b, c, x, y.")
		}
		return notYet(ex, "got %.3g; check the point (a = 1, b = 2, c = −3, x = −1, y = 3) and compare with nn.NumericalGradient.", grads)
	})
}

// steppedTanhGrads returns the tanh neuron's gradients at the point Part 1 leaves its gates at:
// a, b, c, x, y each moved by 0.01 times the sigmoid neuron's exact gradient there, as a student
// who builds the neuron from the gates' values after that step computes them.
func steppedTanhGrads() []float64 {
	s := 1 / (1 + math.Exp(-2))
	d := s * (1 - s)
	p := []float64{1, 2, -3, -1, 3}                           // a, b, c, x, y
	g := []float64{p[3] * d, p[4] * d, d, p[0] * d, p[1] * d} // ∂σ(ax + by + c)/∂(a, b, c, x, y)
	for i := range p {
		p[i] += 0.01 * g[i]
	}
	t := math.Tanh(p[0]*p[3] + p[1]*p[4] + p[2])
	k := 1 - t*t
	return []float64{p[3] * k, p[4] * k, k, p[0] * k, p[1] * k}
}

// exactTol is how far Check3_3 lets an answer lie from the exact gradients: float64 rounding
// in Backward or a hand-written chain rule stays far below it (about 1e-16), while central
// differences, the most precise estimate, stay above it for every step h the tests try
// (1e-10 to 1, 2000 steps per decade; at 1e-12 a few lucky steps would pass).
const exactTol = 1e-14

// maxDiff is the largest |a[i] − b[i]|.
func maxDiff(a, b []float64) float64 {
	d := 0.0
	for i := range a {
		d = max(d, math.Abs(a[i]-b[i]))
	}
	return d
}

// finiteDifference reports whether grads are finite-difference estimates of exercise 3.3's
// gradients (central, forward or backward differences with a step h from 0.1 down to 1e-8), and
// which, with h as a person writes it: the estimate nearest to grads, if it lies within 1e-8 of
// them and much nearer to them than the exact gradients do.
func finiteDifference(grads []float64) (scheme, step string, ok bool) {
	f := func(p []float64) float64 { return math.Tanh(p[0]*p[3] + p[1]*p[4] + p[2]) }
	point := []float64{1, 2, -3, -1, 3}
	best := math.Inf(1)
	consider := func(s, h string, estimate []float64) {
		if d := maxDiff(grads, estimate); d < best {
			best, scheme, step = d, s, h
		}
	}
	for k, h := range []float64{1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8} {
		hs := []string{"0.1", "0.01", "1e-3", "1e-4", "1e-5", "1e-6", "1e-7", "1e-8"}[k]
		central, forward, backward := make([]float64, 5), make([]float64, 5), make([]float64, 5)
		for i := range point {
			p := append([]float64(nil), point...)
			p[i] = point[i] + h
			plus := f(p)
			p[i] = point[i] - h
			minus := f(p)
			central[i] = (plus - minus) / (2 * h)
			forward[i] = (plus - f(point)) / h
			backward[i] = (f(point) - minus) / h
		}
		consider("central", hs, central)
		consider("forward", hs, forward)
		consider("backward", hs, backward)
	}
	if best > 1e-8 || best > maxDiff(grads, tanhNeuronGrads())/4 {
		return "", "", false
	}
	return scheme, step, true
}

// scaledBy returns base + k·extra, element by element: the gradients a Value holds after an
// earlier Backward left base in it and k more passes added extra.
func scaledBy(base []float64, k float64, extra []float64) []float64 {
	out := make([]float64, len(base))
	for i := range base {
		out[i] = base[i] + k*extra[i]
	}
	return out
}

// Check3_4 checks exercise 3.4: (w, b) must be the perceptron with three inputs that the
// exercise trains on the rows (0,0,0), (0,1,0), (1,0,0), (1,1,1), the corners with the extra
// input x₁x₂, and XOR's labels. A plane set by hand, or trained another way, is named as such.
func Check3_4(w []float64, b float64) Result {
	const ex = "3.4"
	return safely(ex, func() Result {
		if len(w) == 2 {
			return notYet(ex, "two weights: the perceptron needs a third input, x₁x₂, and a weight for it.")
		}
		if msg := checkWeights(w, b, 3); msg != "" {
			return notYet(ex, "%s", msg)
		}
		if allZero(w) && b == 0 {
			return notYet(ex, "all weights and the bias are 0: train a perceptron on X3 and pass its W and B.")
		}
		X3 := [][]float64{{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 1}}
		want, err := fitXOR3(rand.New(rand.NewPCG(1, 2)), 0.1)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		got := perceptronOutputs(w, b, X3)
		if allNear(w, want.W, 1e-9) && math.Abs(b-want.B) <= 1e-9 {
			return correct(ex, "with the input x₁x₂ a plane separates XOR: %.2f·x₁ %+.2f·x₂ %+.2f·x₁x₂ %+.2f > 0.", w[0], w[1], w[2], b)
		}
		if sameInts(got, []int{0, 1, 1, 0}) {
			// A separating plane, but not the one training reaches: name the likely way it was made.
			for _, m := range []struct {
				rng  *rand.Rand
				eta  float64
				hint string
			}{
				{rand.New(rand.NewPCG(1, 2)), 1, "η = 1"},
				{rand.New(rand.NewPCG(1, 2)), 0.01, "η = 0.01"},
				{rand.New(rand.NewPCG(2, 1)), 0.1, "rand.NewPCG(2, 1)"},
				{lessonRNG(), 0.1, "the lesson's rng, which has already drawn w0 and b0 (three numbers); build a fresh rand.New(rand.NewPCG(1, 2)) for it"},
			} {
				if p, err := fitXOR3(m.rng, m.eta); err == nil && allNear(w, p.W, 1e-9) && math.Abs(b-p.B) <= 1e-9 {
					return notYet(ex, "this plane separates XOR, but it is the one Fit reaches with %s; the exercise trains from rand.NewPCG(1, 2) with η = 0.1.", m.hint)
				}
			}
			return notYet(ex, "this plane separates XOR, but it is not the one Fit reaches from a fresh rand.NewPCG(1, 2) (one nothing has drawn from yet) with η = 0.1 in up to 100 epochs. If you set the weights by hand, train them with Fit instead: the question is whether a perceptron can *learn* XOR.")
		}
		// A perceptron that does not separate XOR: name the likely way it was trained.
		if p, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2))); err == nil && samePerceptron(p, w, b) {
			return notYet(ex, "these are the weights nn.NewPerceptron drew, before any training: call Fit on the same perceptron (p3.Fit(X3, yXOR, 0.1, 100)) before reading its W and B.")
		}
		for epochs := 1; epochs < 100; epochs++ {
			if p, _ := fitPerceptron3(X3, []int{0, 1, 1, 0}, epochs); samePerceptron(p, w, b) {
				return notYet(ex, "this is where Fit stands after %d epoch(s), before it has converged: it returned an error wrapping nn.ErrNotConverged. Give it maxEpochs = 100 and check that the error is nil.", epochs)
			}
		}
		for _, l := range []struct {
			name   string
			labels []int
		}{{"AND", []int{0, 0, 0, 1}}, {"OR", []int{0, 1, 1, 1}}, {"NAND", []int{1, 1, 1, 0}}, {"XNOR", []int{1, 0, 0, 1}}} {
			if p, _ := fitPerceptron3(X3, l.labels, 100); samePerceptron(p, w, b) {
				return notYet(ex, "this perceptron was trained on %s's labels %v; XOR's are 0 1 1 0.", l.name, l.labels)
			}
		}
		sums := [][]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 2}}
		if p, _ := fitPerceptron3(sums, []int{0, 1, 1, 0}, 100); samePerceptron(p, w, b) {
			return notYet(ex, "this perceptron was trained with the third input x₁ + x₂: a sum adds nothing a line could not do, so Fit cannot converge. The exercise's third input is the product x₁x₂.")
		}
		return notYet(ex, "on the four rows of X3 this perceptron answers %v, XOR is 0 1 1 0. Train a fresh perceptron on X3, whose third input is the product x₁x₂, with XOR's labels, and check that Fit returned no error.", got)
	})
}

// lessonRNG returns the generator of the lesson's cell that draws w0 and b0, after those three
// draws: the state a student's rng is in when reused for exercise 3.4.
func lessonRNG() *rand.Rand {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		rng.Float64()
	}
	return rng
}

// fitXOR3 trains a three-input perceptron from rng on exercise 3.4's rows (the corners with the
// extra input x₁x₂) and XOR's labels with rate eta for up to 100 epochs.
func fitXOR3(rng *rand.Rand, eta float64) (*nn.Perceptron, error) {
	p, err := nn.NewPerceptron(3, rng)
	if err != nil {
		return nil, err
	}
	if _, err := p.Fit([][]float64{{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 1}}, []int{0, 1, 1, 0}, eta, 100); err != nil {
		return nil, err
	}
	return p, nil
}

// fitPerceptron3 trains a three-input perceptron from a fresh rand.NewPCG(1, 2) with η = 0.1 on
// rows and labels for up to epochs epochs, and returns it with Fit's error (an
// nn.ErrNotConverged when it stopped before getting every row right).
func fitPerceptron3(rows [][]float64, labels []int, epochs int) (*nn.Perceptron, error) {
	p, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		return nil, err
	}
	_, err = p.Fit(rows, labels, 0.1, epochs)
	return p, err
}

// samePerceptron reports whether p exists and has the weights w and bias b.
func samePerceptron(p *nn.Perceptron, w []float64, b float64) bool {
	return p != nil && allNear(w, p.W, 1e-9) && math.Abs(b-p.B) <= 1e-9
}

// discRecipe is one way of building and training exercise 3.5's networks on the disc: the
// exercise's, or a likely mistake.
type discRecipe struct {
	hidden nn.Activation // the hidden layer's activation
	init   nn.Init
	epochs int
	eta    float64
	seeds  []uint64
	seed   func(uint64) *rand.Rand
	reuse  bool // one network, built from the first seed, trained on for every seed
	size   int  // if not 0, every row's networks have this many hidden neurons, whatever the row
	shift  int  // added to every row's number of hidden neurons (an off-by-one)
}

// exercise35 is exercise 3.5's recipe, the one the lesson's discAccuracy helper follows: tanh
// hidden layer, sigmoid output, Xavier weights from rand.NewPCG(s, 6) for s = 1…5, 1000 epochs
// of SGD(4).
var exercise35 = discRecipe{
	hidden: nn.Tanh, init: nn.InitXavier, epochs: 1000, eta: 4,
	seeds: []uint64{1, 2, 3, 4, 5},
	seed:  func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(s, 6)) },
}

// with returns a copy of r changed by f: one likely mistake.
func (r discRecipe) with(f func(*discRecipe)) discRecipe {
	f(&r)
	return r
}

// runs returns the final training accuracies on (X, Y) of the 2-hidden-1 networks that r builds
// and trains, one per seed.
func (r discRecipe) runs(X, Y *mat.Dense, hidden int) ([]float64, error) {
	accs := make([]float64, 0, len(r.seeds))
	var net *nn.Network
	for _, s := range r.seeds {
		if net == nil || !r.reuse {
			var err error
			net, err = nn.New(nn.Config{Sizes: []int{2, hidden, 1}, Hidden: r.hidden, Output: nn.Sigmoid, Init: r.init}, r.seed(s))
			if err != nil {
				return nil, err
			}
		}
		h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: r.epochs, Optimizer: nn.SGD(r.eta)})
		if err != nil {
			return nil, err
		}
		accs = append(accs, h.TrainAccuracy[h.Last()])
	}
	return accs, nil
}

// table is runs for 1, 2, 3 and 4 hidden neurons.
func (r discRecipe) table(X, Y *mat.Dense) ([][]float64, error) {
	table := make([][]float64, 4)
	for i := range table {
		var err error
		hidden := i + 1 + r.shift
		if r.size != 0 {
			hidden = r.size
		}
		if table[i], err = r.runs(X, Y, hidden); err != nil {
			return nil, err
		}
	}
	return table, nil
}

// swappedDiscTable is the table of a student who calls discAccuracy(seed, hidden): row i holds the
// networks of seed i+1 with 1, 2, 3, 4 and 5 hidden neurons.
func swappedDiscTable(X, Y *mat.Dense) ([][]float64, error) {
	table := make([][]float64, 4)
	for i := range table {
		oneSeed := exercise35.with(func(r *discRecipe) { r.seeds = []uint64{uint64(i + 1)} })
		for hidden := 1; hidden <= 5; hidden++ {
			accs, err := oneSeed.runs(X, Y, hidden)
			if err != nil {
				return nil, err
			}
			table[i] = append(table[i], accs[0])
		}
	}
	return table, nil
}

// tableNear reports whether got and want have the same shape and are near element by element.
func tableNear(got, want [][]float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if !allNear(got[i], want[i], tol) {
			return false
		}
	}
	return true
}

// tableMap returns f applied to every element of t.
func tableMap(t [][]float64, f func(float64) float64) [][]float64 {
	out := make([][]float64, len(t))
	for i, row := range t {
		out[i] = make([]float64, len(row))
		for j, v := range row {
			out[i][j] = f(v)
		}
	}
	return out
}

// repeatedRowsHint names the mistake behind a table whose rows each hold one number five times
// when that number is each row's best accuracy in want: either the best run was kept, or the seed
// stayed 1 and seed 1's run happens to be the best at every size (then the two give the same
// table, and the hint names both). It returns "" for any other table.
func repeatedRowsHint(accs, want [][]float64) string {
	seed1 := true
	for i, row := range accs {
		best := slices.Max(want[i])
		for _, a := range row {
			if !near(a, best, 1e-9) {
				return ""
			}
		}
		seed1 = seed1 && want[i][0] == best
	}
	if seed1 {
		return "each row holds one number five times: seed 1's run, which here is also the best of the five, so either the seed stayed 1 or you kept only the best. Pass each seed 1…5 to discAccuracy and return all five results, in seed order."
	}
	return "each row holds one number five times, the best of its five runs: return all five results, one per seed 1…5 in seed order, not only the best."
}

// Check3_5 checks exercise 3.5: accs must hold, for 1, 2, 3 and 4 hidden neurons, the final
// training accuracies on lesson 3's disc (X, Y) of the five networks trained as the exercise says,
// one row per size, in seed order.
func Check3_5(accs [][]float64, X, Y *mat.Dense) Result {
	const ex = "3.5"
	return safely(ex, func() Result {
		if msg := checkMatrix("discXM", X, 2); msg != "" {
			return notYet(ex, "%s", msg)
		}
		if msg := checkMatrix("discYM", Y, 1); msg != "" {
			return notYet(ex, "%s", msg)
		}
		switch {
		case accs == nil:
			return notYet(ex, "the accuracies are nil.")
		case len(accs) != 4:
			return notYet(ex, "expected 4 rows (1, 2, 3 and 4 hidden neurons), got %d.", len(accs))
		}
		for i, row := range accs {
			switch {
			case len(row) == 4:
				return notYet(ex, "the row for %d hidden neuron(s) has 4 accuracies: the seeds are s = 1…5, five of them (is the loop off by one?).", i+1)
			case len(row) == 10 && allZero(row[:5]):
				return notYet(ex, "the row for %d hidden neuron(s) has 10 accuracies, the first five of them 0: your slice starts with the starter's five zeros (make([]float64, 5) already holds five 0s, and append adds after them). Fill it by index (accs[i] = …) or start from an empty slice.", i+1)
			case len(row) == 1:
				return notYet(ex, "the row for %d hidden neuron(s) has 1 accuracy: append the accuracy of every seed, not only the last.", i+1)
			case len(row) != 5:
				return notYet(ex, "the row for %d hidden neuron(s) has %d accuracies, want 5 (one per seed s = 1…5).", i+1, len(row))
			}
			for j, a := range row {
				if bad := badNumber(a); bad != "" {
					return notYet(ex, "accuracy %d for %d hidden neuron(s) is %s.", j+1, i+1, bad)
				}
			}
		}
		if tableNear(accs, [][]float64{make([]float64, 5), make([]float64, 5), make([]float64, 5), make([]float64, 5)}, 0) {
			return notYet(ex, "all accuracies are 0: in discAccuracies, call discAccuracy(hidden, seed) for each seed 1…5 and return the five results, in seed order (start from an empty slice: the starter's make([]float64, 5) already holds five 0s).")
		}
		want, err := exercise35.table(X, Y)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		if tableNear(accs, want, 1e-9) {
			best, smallest := make([]float64, 4), 0
			for i, row := range want {
				for _, a := range row {
					best[i] = math.Max(best[i], a)
				}
				if best[i] == 1 && smallest == 0 {
					smallest = i + 1
				}
			}
			return correct(ex, "best accuracies %.3f: %d hidden neurons are the fewest that get all 60 points right here; with fewer, none of the five runs gets all 60 right (and two tanh neurons cannot close a region round the circle at all).", best, smallest)
		}
		reversed := [][]float64{want[3], want[2], want[1], want[0]}
		switch {
		case tableNear(accs, tableMap(want, func(a float64) float64 { return 100 * a }), 1e-9):
			return notYet(ex, "these are percentages; give the accuracies between 0 and 1, as discAccuracy returns them.")
		case tableNear(accs, reversed, 1e-9):
			return notYet(ex, "the rows are reversed: the first row is for 1 hidden neuron.")
		case tableNear(accs, want, 0.0051):
			return notYet(ex, "these look rounded: pass the values TrainAccuracy holds, not numbers typed from the printout.")
		}
		if msg := repeatedRowsHint(accs, want); msg != "" {
			return notYet(ex, "%s", msg)
		}
		mistakes := []struct {
			r    discRecipe
			hint string
		}{
			{exercise35.with(func(r *discRecipe) { r.seeds = []uint64{1, 1, 1, 1, 1} }), "the five accuracies of each row are the same run: the seed stayed 1; pass the loop's seed, 1, 2, 3, 4, 5, to discAccuracy."},
			{exercise35.with(func(r *discRecipe) { r.seeds = []uint64{5, 5, 5, 5, 5} }), "the five accuracies of each row are the same run, seed 5's: pass each seed of the loop to discAccuracy, not one fixed value."},
			{exercise35.with(func(r *discRecipe) { r.size = 4 }), "every row is the 4-hidden-neuron row: pass discAccuracies' own hidden to discAccuracy, not Part 4's 4."},
			{exercise35.with(func(r *discRecipe) { r.size = 1 }), "every row is the 1-hidden-neuron row: pass discAccuracies' own hidden to discAccuracy, not a fixed number."},
			{exercise35.with(func(r *discRecipe) { r.shift = 1 }), "each row holds the networks one size up (the row for 1 hidden neuron has 2): pass discAccuracies' own hidden to discAccuracy, not hidden+1."},
			{exercise35.with(func(r *discRecipe) { r.seeds = []uint64{5, 4, 3, 2, 1} }), "each row runs the seeds backwards, 5 down to 1; give them in seed order, 1 first."},
			{exercise35.with(func(r *discRecipe) { r.seed = func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(6, s)) } }), "the arguments of rand.NewPCG are swapped: the exercise's generator is rand.NewPCG(s, 6)."},
			{exercise35.with(func(r *discRecipe) { r.seeds = []uint64{0, 1, 2, 3, 4} }), "these are the seeds s = 0…4; the exercise uses s = 1…5."},
			{exercise35.with(func(r *discRecipe) { r.seeds = []uint64{2, 3, 4, 5, 6} }), "these are the seeds s = 2…6; the exercise uses s = 1…5 (does the loop start at 2, or pass seed+1?)."},
			{exercise35.with(func(r *discRecipe) { r.init = nn.InitUniform }), "these come from nn.New's default start (every weight and bias uniform in [0, 1)); the helper's recipe sets Init: nn.InitXavier, the scaled random start the exercise names."},
			{exercise35.with(func(r *discRecipe) { r.hidden = nn.Sigmoid }), "these are the accuracies of a sigmoid hidden layer (nn.New's default when Hidden is left out); set Hidden: nn.Tanh."},
			{exercise35.with(func(r *discRecipe) { r.epochs = 150 }), "these are the accuracies after 150 epochs (Part 4's discEpochs); the exercise trains for 1000."},
			// TrainAccuracy[0] of a 1000-epoch run is the accuracy after its first epoch, the same
			// number a 1-epoch run ends on.
			{exercise35.with(func(r *discRecipe) { r.epochs = 1 }), "these are the accuracies after the first epoch (h.TrainAccuracy[0]); the final one is h.TrainAccuracy[h.Last()]."},
			{exercise35.with(func(r *discRecipe) { r.eta = 1 }), "these are the accuracies of nn.SGD(1); the exercise trains with nn.SGD(4), Part 4's rate."},
			{exercise35.with(func(r *discRecipe) { r.reuse = true }), "one network trained on and on: build a new network for every seed, inside the loop, from rand.NewPCG(s, 6)."},
		}
		for _, m := range mistakes {
			if t, err := m.r.table(X, Y); err == nil && tableNear(accs, t, 1e-9) {
				return notYet(ex, "%s", m.hint)
			}
		}
		if t, err := swappedDiscTable(X, Y); err == nil && tableNear(accs, t, 1e-9) {
			return notYet(ex, "the arguments of discAccuracy are swapped: it takes the number of hidden neurons first, then the seed, discAccuracy(hidden, seed).")
		}
		for i := range want {
			for j := range want[i] {
				if !near(accs[i][j], want[i][j], 1e-9) {
					return notYet(ex, "with %d hidden neuron(s) and seed s = %d you got %.4f, which is not what discAccuracy(%d, %d) returns; call the helper as given (or, if you wrote your own, check each part of its recipe: rand.NewPCG(s, 6), Init: nn.InitXavier, tanh hidden layer, sigmoid output, 1000 epochs of nn.SGD(4)).", i+1, j+1, accs[i][j], i+1, j+1)
				}
			}
		}
		return notYet(ex, "compare your rows with the recipe.")
	})
}
