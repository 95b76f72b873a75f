package exercises

import (
	"fmt"
	"math"
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

// sameInts reports whether a and b hold the same numbers.
func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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

// Check3_1 checks exercise 3.1: the perceptron's line (w, b) after training on NAND's labels
// must compute NAND (1, 1, 1, 0) on the corners (0,0), (0,1), (1,0), (1,1).
func Check3_1(w []float64, b float64) Result {
	const ex = "3.1"
	return safely(ex, func() Result {
		if msg := checkWeights(w, b, 2); msg != "" {
			return notYet(ex, "%s", msg)
		}
		got := perceptronOutputs(w, b, corners)
		switch {
		case sameInts(got, []int{1, 1, 1, 0}):
			return correct(ex, "the line %.2f·x₁ %+.2f·x₂ %+.2f = 0 cuts off the corner (1, 1): AND's corner, with the classes swapped.", w[0], w[1], b)
		case sameInts(got, []int{0, 0, 0, 1}):
			return notYet(ex, "this line computes AND (0 0 0 1). NAND is NOT AND: swap every label.")
		case sameInts(got, []int{0, 0, 0, 0}):
			return notYet(ex, "this line answers 0 everywhere: are the labels NAND's? NAND is 0 only for (1, 1).")
		case sameInts(got, []int{1, 0, 0, 0}):
			return notYet(ex, "this line computes NOR (1 0 0 0), which is 1 only when both inputs are 0. NAND is 0 only when both are 1.")
		case sameInts(got, []int{0, 1, 1, 1}):
			return notYet(ex, "this line computes OR (0 1 1 1). NAND is 1 everywhere except (1, 1).")
		}
		return notYet(ex, "on the corners (0,0), (0,1), (1,0), (1,1) this line answers %v, NAND is 1 1 1 0. Check the labels and that training converged (the last epoch has no wrong answers).", got)
	})
}

// maxCase is one test of a max gate's backward pass: input values, the gradients they hold
// already, the gradient arriving at the output.
type maxCase struct{ u, v, uGrad, vGrad, outGrad float64 }

// maxCases exercise a max gate: either input winning, negative values, gradients already
// present (a wire used twice), a negative output gradient.
var maxCases = []maxCase{
	{2, 5, 0, 0, -3},
	{5, 2, 0, 0, 1.5},
	{-1, -4, 0.5, 0.25, 2},
	{0.3, 0.7, 1, -1, -0.5},
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
			where := fmt.Sprintf("for u = %g, v = %g, output gradient %g (the inputs holding %g and %g already), you got %g and %g, want %g and %g", c.u, c.v, c.outGrad, c.uGrad, c.vGrad, du, dv, wantU, wantV)
			switch {
			case du == c.uGrad && dv == c.vGrad:
				return notYet(ex, "no gradient reached either input: add g.Out.Grad to the winner's Grad.")
			case near(winGot, winBefore+c.outGrad, 1e-12) && near(loseGot, loseBefore+c.outGrad, 1e-12):
				return notYet(ex, "both inputs received the gradient: that is the add gate's rule. A max gate routes it all to the larger input (%s).", winner)
			case near(winGot, winBefore, 1e-12) && near(loseGot, loseBefore+c.outGrad, 1e-12):
				return notYet(ex, "the gradient went to the smaller input (%s); it belongs to the larger one (%s), the one that reached the output.", loser, winner)
			case near(winGot, c.outGrad, 1e-12) && winBefore != 0:
				return notYet(ex, "the winner's earlier gradient was lost: use += (a wire used twice collects both gradients), not =. %s.", where)
			case near(winGot, winBefore+math.Max(c.u, c.v)*c.outGrad, 1e-12):
				return notYet(ex, "the winner's gradient was multiplied by its value, as in a multiply gate; a max gate's local gradient is 1 for the winner. %s.", where)
			}
			return notYet(ex, "%s.", where)
		}
		return correct(ex, "the max gate routes the whole gradient to the larger input and adds it to what was there.")
	})
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
// to a, b, c, x, y at a = 1, b = 2, c = −3, x = −1, y = 3, in that order.
func Check3_3(grads []float64) Result {
	const ex = "3.3"
	return safely(ex, func() Result {
		want := tanhNeuronGrads()
		switch {
		case grads == nil:
			return notYet(ex, "the gradients are nil; return the five gradients.")
		case len(grads) != 5:
			return notYet(ex, "expected 5 gradients (a, b, c, x, y), got %d.", len(grads))
		}
		for i, g := range grads {
			if bad := badNumber(g); bad != "" {
				return notYet(ex, "gradient %d is %s.", i+1, bad)
			}
		}
		if allNear(grads, want, 1e-6) {
			return correct(ex, "every gradient is the sigmoid neuron's with the local gradient 1 − tanh²(2) = %.4f in place of σ(2)(1 − σ(2)) = 0.1050.", want[2])
		}
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
		case allNear(grads, sig, 1e-6):
			return notYet(ex, "these are the sigmoid neuron's gradients; use Tanh for the last gate.")
		case allNear(grads, oneMinusT, 1e-6):
			return notYet(ex, "the local gradient of tanh is 1 − tanh², not 1 − tanh.")
		case allNear(grads, neg, 1e-6):
			return notYet(ex, "every sign is flipped.")
		case sameMultiset(grads, want, 1e-6):
			return notYet(ex, "the right numbers in the wrong order: return them as a, b, c, x, y.")
		}
		return notYet(ex, "got %.4f; check the point (a = 1, b = 2, c = −3, x = −1, y = 3) and compare with nn.NumericalGradient.", grads)
	})
}

// allNear reports whether got and want have the same length and are near element by element.
func allNear(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if !near(got[i], want[i], tol) {
			return false
		}
	}
	return true
}

// allZero reports whether every element of v is 0.
func allZero(v []float64) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// sameMultiset reports whether got is a permutation of want, within tol.
func sameMultiset(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(want))
	for _, g := range got {
		found := false
		for j, w := range want {
			if !used[j] && near(g, w, tol) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Check3_4 checks exercise 3.4: the perceptron (w, b) with three inputs must compute XOR on the
// rows (0,0,0), (0,1,0), (1,0,0), (1,1,1), the corners with the extra input x₁x₂.
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
		got := perceptronOutputs(w, b, X3)
		if sameInts(got, []int{0, 1, 1, 0}) {
			return correct(ex, "with the input x₁x₂ a plane separates XOR: %.2f·x₁ %+.2f·x₂ %+.2f·x₁x₂ %+.2f > 0.", w[0], w[1], w[2], b)
		}
		return notYet(ex, "on the four rows this perceptron answers %v, XOR is 0 1 1 0. Use XOR's labels, and check that Fit returned no error (it converges within 100 epochs).", got)
	})
}
