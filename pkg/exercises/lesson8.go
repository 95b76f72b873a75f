package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// Check8_1 checks exercise 8.1: twoClass(z1, z2) must return the first output of a softmax over
// the two sums z1 and z2, for small and very large sums. It names the likely mistakes: the second
// output instead of the first, a sum left out, the sigmoid of the sum z1 + z2, the sigmoids
// normalised instead of the exponentials, the ratio h1/h2, an answer that overflows.
func Check8_1(twoClass func(z1, z2 float64) float64) Result {
	const ex = "8.1"
	if twoClass == nil {
		return notYet(ex, "twoClass is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		cases := [][2]float64{{2, 1}, {-1, 3}, {0.5, 0.5}, {0, -2}, {800, 790}, {-3, -3.5}}
		for _, c := range cases {
			z1, z2 := c[0], c[1]
			want := sigmoid(z1 - z2)
			got := twoClass(z1, z2)
			switch {
			case near(got, want, 1e-9):
				continue
			case badNumber(got) != "":
				return notYet(ex, "twoClass(%g, %g) is %s: e^z overflows for large z; the sigmoid of a difference does not.", z1, z2, badNumber(got))
			case got == 0:
				return notYet(ex, "twoClass(%g, %g) returned 0: write h1 as softmax defines it, then make it a function of z1 − z2 alone.", z1, z2)
			case near(got, 1-want, 1e-9):
				return notYet(ex, "that is the second output, h2; h1 grows with z1.")
			case near(got, sigmoid(z1), 1e-9):
				return notYet(ex, "σ(z1) ignores z2: h1 depends on both sums, through their difference.")
			case near(got, sigmoid(z1)/(sigmoid(z1)+sigmoid(z2)), 1e-9):
				return notYet(ex, "you normalised the sigmoids σ(z1)/(σ(z1) + σ(z2)); softmax normalises the exponentials: h1 = e^z1/(e^z1 + e^z2).")
			case near(got, math.Exp(z1-z2), 1e-9*math.Max(1, math.Exp(z1-z2))):
				return notYet(ex, "e^(z1 − z2) is the ratio h1/h2, not h1: after dividing by e^z1 the denominator is 1 + e^(z2 − z1).")
			case near(got, sigmoid(z1+z2), 1e-9):
				return notYet(ex, "σ(z1 + z2) uses the sum of the two sums; adding the same number to z1 and z2 leaves h1 unchanged, so h1 depends on their difference, not their sum.")
			}
			return notYet(ex, "twoClass(%g, %g) = %.6g, but softmax's h1 = e^z1/(e^z1 + e^z2) is %.6g there: bring h1 into the sigmoid's form 1/(1 + e^(−x)); what is x?", z1, z2, got, want)
		}
		return correct(ex, "h1 = 1/(1 + e^(z2 − z1)) = σ(z1 − z2): a sigmoid output is a two-class softmax.")
	})
}

// Check8_2 checks exercise 8.2: sigmoidCEDelta(z, y) must return ∂L/∂z of the binary
// cross-entropy of a sigmoid output, for targets 0 and 1. It names the likely mistakes: the
// squared error's delta (with or without the ½) or the squared error itself, ∂L/∂h or σ′(z)
// alone, σ′(z) with one of its two factors, applied to one term of ∂L/∂h only or minus the
// target, the loss itself, one of the two terms of L left out or differentiated with the wrong
// sign, a flipped sign, the sigmoid left out or taken of the wrong sum.
func Check8_2(sigmoidCEDelta func(z, y float64) float64) Result {
	const ex = "8.2"
	if sigmoidCEDelta == nil {
		return notYet(ex, "sigmoidCEDelta is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		cases := [][2]float64{{2, 0}, {-1, 1}, {0.3, 1}, {5, 0}, {-4, 0}, {0, 1}}
		for _, c := range cases {
			z, y := c[0], c[1]
			h := sigmoid(z)
			want := h - y
			got := sigmoidCEDelta(z, y)
			switch {
			case near(got, want, 1e-9):
				continue
			case badNumber(got) != "":
				return notYet(ex, "sigmoidCEDelta(%g, %g) is %s.", z, y, badNumber(got))
			case got == 0 && y == 0 && near(sigmoidCEDelta(z, 1), h-1, 1e-9):
				return notYet(ex, "for y = 0 your delta is 0 (for y = 1 it is right): the (1 − y)·log(1 − h) term of L is missing from your derivative.")
			case got == 0 && y == 1 && near(sigmoidCEDelta(z, 0), h, 1e-9):
				return notYet(ex, "for y = 1 your delta is 0 (for y = 0 it is right): the y·log h term of L is missing from your derivative.")
			case got == 0:
				return notYet(ex, "sigmoidCEDelta(%g, %g) returned 0: write ∂L/∂h, then multiply by σ′(z) = h(1 − h).", z, y)
			case near(got, (h-y)*h*(1-h), 1e-9):
				return notYet(ex, "that is the delta of the squared error ½(h − y)², (h − y)·h(1 − h); differentiate the cross-entropy instead: ∂L/∂h = −y/h + (1 − y)/(1 − h).")
			case near(got, 2*(h-y)*h*(1-h), 1e-9):
				return notYet(ex, "that is the delta of the squared error (h − y)², 2(h − y)·h(1 − h); differentiate the cross-entropy instead: ∂L/∂h = −y/h + (1 − y)/(1 − h).")
			case near(got, (h-y)*(h-y), 1e-9) && near(sigmoidCEDelta(z, 1-y), (h+y-1)*(h+y-1), 1e-9): // for both targets
				return notYet(ex, "that is (h − y)², the squared error itself: a loss, not a derivative, and not the cross-entropy. Write ∂L/∂h of the cross-entropy, then multiply by σ′(z) = h(1 − h).")
			case y == 0 && near(got, 1/(1-h), 1e-9) && near(sigmoidCEDelta(z, 1), h-1, 1e-9):
				return notYet(ex, "right for y = 1, but for y = 0 you return ∂L/∂h = 1/(1 − h): σ′(z) = h(1 − h) multiplied only the y term. The chain rule multiplies the whole of ∂L/∂h, both terms, by σ′(z).")
			case y == 1 && near(got, -1/h, 1e-9) && near(sigmoidCEDelta(z, 0), h, 1e-9):
				return notYet(ex, "right for y = 0, but for y = 1 you return ∂L/∂h = −1/h: σ′(z) = h(1 − h) multiplied only the (1 − y) term. The chain rule multiplies the whole of ∂L/∂h, both terms, by σ′(z).")
			case near(got, (h-y)/(h*(1-h)), 1e-9):
				return notYet(ex, "that is ∂L/∂h = −y/h + (1 − y)/(1 − h), the derivative with respect to the output; the delta is ∂L/∂z: multiply by σ′(z) = h(1 − h).")
			case near(got, h*(1-h), 1e-9) && near(sigmoidCEDelta(z, 1-y), h*(1-h), 1e-9): // the same for both targets
				return notYet(ex, "that is σ′(z) = h(1 − h) alone; the chain rule multiplies it by ∂L/∂h = −y/h + (1 − y)/(1 − h).")
			case near(got, (h-y)/(1-h), 1e-9) || near(got, (h-y)/h, 1e-9):
				return notYet(ex, "σ′(z) has only one factor here: ∂L/∂h = (h − y)/(h(1 − h)) is multiplied by σ′(z) = h(1 − h), the product of both h and 1 − h, not by h or 1 − h alone.")
			case near(got, h*(1-h)-y, 1e-9) && near(sigmoidCEDelta(z, 1-y), h*(1-h)-(1-y), 1e-9): // for both targets
				return notYet(ex, "that is σ′(z) minus the target, h(1 − h) − y; the chain rule multiplies ∂L/∂h = −y/h + (1 − y)/(1 − h) by σ′(z) = h(1 − h).")
			case near(got, (h-y)*h, 1e-9) && near(sigmoidCEDelta(z, 1-y), (h+y-1)*h, 1e-9), // for both targets
				near(got, (h-y)*(1-h), 1e-9) && near(sigmoidCEDelta(z, 1-y), (h+y-1)*(1-h), 1e-9):
				return notYet(ex, "that looks like the squared error's delta with σ′(z) cut to one factor, h or 1 − h; differentiate the cross-entropy instead, ∂L/∂h = −y/h + (1 − y)/(1 − h), and multiply by σ′(z) = h(1 − h).")
			case near(got, -want, 1e-9) && y == 0 && near(sigmoidCEDelta(z, 1), h-1, 1e-9):
				return notYet(ex, "right for y = 1, sign flipped for y = 0: d/dh log(1 − h) = −1/(1 − h); check the sign of the (1 − y) term.")
			case near(got, -want, 1e-9) && y == 1 && near(sigmoidCEDelta(z, 0), h, 1e-9):
				return notYet(ex, "right for y = 0, sign flipped for y = 1: d/dh log h = 1/h, and L has a minus in front; check the sign of the y term.")
			case near(got, -want, 1e-9):
				return notYet(ex, "the sign is flipped: the delta should be positive when the output is too large.")
			case near(got, -y*math.Log(h)-(1-y)*math.Log(1-h), 1e-9):
				return notYet(ex, "that is L itself, the loss; the delta is its derivative ∂L/∂z: write ∂L/∂h, then multiply by σ′(z) = h(1 − h).")
			case near(got, z-y, 1e-9):
				return notYet(ex, "h is σ(z), not z.")
			case near(got, sigmoid(-z)-y, 1e-9):
				return notYet(ex, "sigmoidCEDelta(%g, %g) = %.6g is σ(−z) − y, and σ(−z) = 1 − h, not h: check the sign inside your sigmoid; h = σ(z).", z, y, got)
			}
			return notYet(ex, "sigmoidCEDelta(%g, %g) = %.6g, expected %.6g: write ∂L/∂h and multiply by σ′(z) = h(1 − h); what cancels?", z, y, got, want)
		}
		return correct(ex, "δ = h − y again: σ′(z) = h(1 − h) cancels the denominator of ∂L/∂h.")
	})
}

// Check8_3 checks exercise 8.3: leakyWeights(in, out, a, rng) must return an in×out matrix of
// weights drawn with rng from the normal distribution that section 2's argument gives for leaky
// ReLU units of slope a. It tests the shape, the mean, spread and shape of the distribution on a
// 256×100 draw with a = 0.5, the spread for other slopes, and that the weights come from the rng
// it is given (the same seed gives the same matrix, made of its scaled normal draws). It names
// the likely mistakes, each confirmed at a second slope: the slope left out (ReLU's rule) or
// entering the formula in one of several wrong forms, the inputs and outputs averaged as in
// Xavier's rule, the halving lost, the variance used as the standard deviation, the factor
// applied to the standard deviation or turned upside down, the variance of a linear unit,
// Xavier's variance, the number of outputs instead of inputs, the number of inputs left
// out, put in the numerator, outside the square root, or off by one (the bias counted as an
// input), unscaled normal draws, a transposed matrix, integer division, the article's uniform
// weights, one row or column repeated, the global generator.
func Check8_3(leakyWeights func(in, out int, a float64, rng *rand.Rand) *mat.Dense) Result {
	const ex = "8.3"
	if leakyWeights == nil {
		return notYet(ex, "leakyWeights is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		const in, out, a, a2 = 256, 100, 0.5, 0.8
		W := leakyWeights(in, out, a, rand.New(rand.NewPCG(1, 2)))
		if W == nil || W.IsEmpty() {
			return notYet(ex, "leakyWeights returned no matrix: make an in×out mat.Dense and fill it.")
		}
		r, c := W.Dims()
		switch {
		case r == out && c == in:
			return notYet(ex, "the matrix is %d×%d, transposed: pkg/nn's W has one row per input (in×out).", r, c)
		case r != in || c != out:
			return notYet(ex, "leakyWeights(%d, %d, %g, rng) is %d×%d, want %d×%d.", in, out, a, r, c, in, out)
		}
		for i := 0; i < in; i++ {
			for j := 0; j < out; j++ {
				if msg := badNumber(W.At(i, j)); msg != "" {
					return notYet(ex, "weight (%d, %d) is %s.", i, j, msg)
				}
			}
		}
		data := mat.DenseCopyOf(W).RawMatrix().Data
		mean, std, kurtosis := moments(data)
		want := leakyStd(in, a)
		// is reports whether the spread matches a mistake's formula f at a and, drawn again, at a
		// second slope: at a = 0.5 some formulas nearly coincide (2a = 1, and √2/(1 + a²) is
		// within 1.5 % of √(1 + a²)), so a mistake is named only once both slopes confirm it.
		std2 := math.NaN()
		if W2 := leakyWeights(in, out, a2, rand.New(rand.NewPCG(5, 6))); W2 != nil && !W2.IsEmpty() {
			if r2, c2 := W2.Dims(); r2 == in && c2 == out {
				_, std2, _ = moments(mat.DenseCopyOf(W2).RawMatrix().Data)
			}
		}
		is := func(f func(b float64) float64, tol float64) bool {
			return relNear(std, f(a), tol) && relNear(std2, f(a2), tol)
		}
		switch {
		case allZero(data):
			return notYet(ex, "every weight is 0: fill the matrix with random normal draws. If you did, look for an integer division: in Go an int divided by a larger int is 0 (1/256 == 0); convert to float64 before dividing.")
		case allSame(data):
			return notYet(ex, "all the weights are equal: draw each one with rng.NormFloat64().")
		case repeatsRows(W):
			return notYet(ex, "every row of the matrix is the same: draw each weight separately, with its own rng.NormFloat64(), inside both loops.")
		case repeatsRows(W.T()):
			return notYet(ex, "every column of the matrix is the same: draw each weight separately, with its own rng.NormFloat64(), inside both loops.")
		case math.Abs(mean-0.5) < 0.02 && math.Abs(std-math.Sqrt(1.0/12)) < 0.02:
			return notYet(ex, "these are the article's uniform [0, 1) weights; section 2's are centred on 0 and scaled by the number of inputs n.")
		// The mean of in·out draws strays from 0 by about std/√(in·out): the tolerance scales with
		// the spread drawn, so that centred draws of a wrong spread reach the spread's hints.
		case math.Abs(mean) > 3*std/math.Sqrt(in*out)+1e-3:
			return notYet(ex, "the weights have mean %.3f; they should be centred on 0.", mean)
		case is(func(float64) float64 { return math.Sqrt(2.0 / in) }, 0.03):
			return notYet(ex, "with a = %g the standard deviation is √(2/in), He's value for ReLU, whatever the slope: a leaky unit keeps part of the negative half of z, so E[f(z)²] is more than Var(z)/2 and depends on a.", a)
		case is(func(b float64) float64 { return math.Sqrt((1 + b*b) / in) }, 0.015):
			return notYet(ex, "with a = %g the variance is (1 + a²)/n: the factor (1 + a²)/2 belongs in the denominator, since the weights' variance must cancel it, and the halving is lost.", a)
		case is(func(b float64) float64 { return math.Sqrt(2.0/in) / (1 + b*b) }, 0.015):
			return notYet(ex, "your standard deviation is √(2/n)/(1 + a²): you divided the standard deviation by (1 + a²), but your derivation puts that factor in the variance σ². Take the square root of the whole variance.")
		case is(func(b float64) float64 { return math.Sqrt(2 * b / in) }, 0.015):
			return notYet(ex, "your variance is 2a/n, which grows with the slope a; but a steeper negative side lets more of z through, so the weights need less variance, not more.")
		case is(func(b float64) float64 { return math.Sqrt(2 * (1 + b*b) / in) }, 0.015):
			return notYet(ex, "with a = %g the variance is 2(1 + a²)/n: the 2 is right, but (1 + a²) belongs in the denominator, since the weights' variance must cancel the factor (1 + a²)/2 that the leaky unit brings.", a)
		case is(func(b float64) float64 { return math.Sqrt(1 / ((1 + b*b) * in)) }, 0.015):
			return notYet(ex, "with a = %g the variance is 1/((1 + a²)n): you left out the halving. z is symmetric about 0, so each half carries half of Var(z): E[f(z)²] = Var(z)·(1 + a²)/2, and the 2 of that /2 ends up in the numerator.", a)
		case is(func(b float64) float64 { return math.Sqrt(2.0 / ((1 + b) * in)) }, 0.015):
			return notYet(ex, "with a = %g your variance uses 1 + a: the negative half of z is multiplied by a, so its contribution to E[f(z)²] is multiplied by a².", a)
		case is(func(b float64) float64 { return math.Sqrt(2.0 / ((1 + b) * (1 + b) * in)) }, 0.015):
			return notYet(ex, "with a = %g your variance uses (1 + a)²: you squared the sum of the two halves' factors. E[f(z)²] adds the squares of the two halves: the positive half of z gives Var(z)/2 and the negative half, multiplied by a, gives a²·Var(z)/2.", a)
		case is(func(b float64) float64 { return math.Sqrt(2.0 / ((1 - b*b) * in)) }, 0.015):
			return notYet(ex, "with a = %g your variance uses 1 − a²: the negative half of z still adds to E[f(z)²], a²·Var(z)/2 on top of the positive half's Var(z)/2; squares are never subtracted.", a)
		case is(func(b float64) float64 { return math.Sqrt(4.0 / ((1 + b*b) * (in + out))) }, 0.015):
			return notYet(ex, "with a = %g your variance averages in and out, as Xavier's 2/(in + out) does: section 2's argument follows the signal forward, and a unit's sum z adds up only its in inputs, so n = in.", a)
		case is(func(b float64) float64 { return 2.0 / ((1 + b*b) * in) }, 0.03):
			return notYet(ex, "with a = %g the standard deviation is %.5f, which is the variance you derived: multiply rng.NormFloat64() by its square root.", a, std)
		case is(func(b float64) float64 { return math.Sqrt((1 + b*b) / (2.0 * in)) }, 0.03):
			return notYet(ex, "with a = %g the variance is (1 + a²)/(2n): that is E[f(z)²]/Var(z) divided by n, the factor upside down. The weights' variance must undo that factor: E[f(z)²] = Var(z)·(1 + a²)/2, and Var(z) = n·σ²·E[a²].", a)
		case is(func(float64) float64 { return math.Sqrt(1.0 / in) }, 0.03):
			return notYet(ex, "with a = %g the standard deviation is √(1/in), a linear unit's value: a leaky unit with a < 1 shrinks its negative half, so the weights need more variance than that.", a)
		case is(func(float64) float64 { return math.Sqrt(2.0 / (in + out)) }, 0.03):
			return notYet(ex, "that is Xavier's variance 2/(in + out) (what nn.InitXavier draws), meant for linear or tanh units.")
		case is(func(b float64) float64 { return math.Sqrt(2.0 / ((1 + b*b) * out)) }, 0.03):
			return notYet(ex, "you divided by out; the variance of a unit's sum depends on its number of inputs n, here in.")
		case is(func(float64) float64 { return 1 }, 0.03):
			return notYet(ex, "the standard deviation is %.3f, that of rng.NormFloat64() alone: multiply each draw by the standard deviation you derived (the square root of your σ²).", std)
		case !relNear(std, want, 0.03):
			if msg := nHint(leakyWeights, in, out, a, std); msg != "" {
				return notYet(ex, "%s", msg)
			}
			return notYet(ex, "with a = %g and %d inputs the standard deviation is %.4f, not yet the one that keeps a leaky ReLU layer's signal steady. Redo section 2's argument: E[f(z)²] for a z symmetric about 0, then the σ² that makes n·σ²·E[f(z)²]/Var(z) equal to 1.", a, in, std)
		case kurtosis < 2.5:
			return notYet(ex, "the size is right but the shape is not normal: use rng.NormFloat64().")
		}
		for _, b := range []float64{0, 0.1, 1} {
			Wb := leakyWeights(in, out, b, rand.New(rand.NewPCG(5, 6)))
			if Wb == nil || Wb.IsEmpty() {
				return notYet(ex, "leakyWeights(%d, %d, %g, rng) returned no matrix.", in, out, b)
			}
			if rb, cb := Wb.Dims(); rb != in || cb != out {
				return notYet(ex, "leakyWeights(%d, %d, %g, rng) is %d×%d, want %d×%d.", in, out, b, rb, cb, in, out)
			}
			if _, sb, _ := moments(mat.DenseCopyOf(Wb).RawMatrix().Data); !relNear(sb, leakyStd(in, b), 0.03) {
				return notYet(ex, "right for a = %g, but with a = %g the standard deviation is %.4f, want %.4f: use the slope a you are given in the formula, not a fixed value.", a, b, sb, leakyStd(in, b))
			}
		}
		if msg := fromRng(ex, func(rng *rand.Rand) []float64 { return leakyWeights(in, out, a, rng).RawMatrix().Data }); msg != "" {
			return notYet(ex, "%s", msg)
		}
		// The values must be the rng's own normal draws, all scaled by one factor s; in any order.
		// s is then known exactly, which tells a near miss in n (within the 3 % above) apart from
		// draws of another kind.
		ref := rand.New(rand.NewPCG(1, 2))
		draws := make([]float64, in*out)
		for i := range draws {
			draws[i] = ref.NormFloat64()
		}
		vals := append([]float64(nil), data...)
		sort.Float64s(vals)
		sort.Float64s(draws)
		var vd, dd float64
		for i := range draws {
			vd += vals[i] * draws[i]
			dd += draws[i] * draws[i]
		}
		s := vd / dd // the least-squares factor of vals ≈ s·draws
		for i := range draws {
			draws[i] *= s
		}
		switch {
		case !allNear(vals, draws, 1e-12):
			return notYet(ex, "the spread is right, but the weights are not rng.NormFloat64() draws, each scaled by the same standard deviation: draw every weight as that standard deviation times rng.NormFloat64().")
		case relNear(s, leakyStd(in+1, a), 1e-9):
			return notYet(ex, "your standard deviation is %.5f, want %.5f: that is the value for n = in + 1 = %d inputs. Use n = in: the bias is not an input (it is added after the sum of the n terms wⱼaⱼ).", s, want, in+1)
		case relNear(s, leakyStd(in-1, a), 1e-9):
			return notYet(ex, "your standard deviation is %.5f, want %.5f: that is the value for n = in − 1 = %d inputs; use n = in = %d.", s, want, in-1, in)
		case !relNear(s, want, 1e-9):
			return notYet(ex, "your standard deviation is %.5f, want %.5f: close, but not the value of section 2's argument for a leaky ReLU unit with n = in inputs; check each factor of your σ².", s, want)
		}
		return correct(ex, "with a = %g and %d inputs: standard deviation %.4f, mean %.4f; a = 0 gives He's √(2/n), a = 1 a linear unit's √(1/n).", a, in, std, mean)
	})
}

// nHint names a standard deviation std of leakyWeights(in, out, a, ·) that is wrong because n is
// left out or in the numerator: it draws again with a quarter of the inputs and measures how the
// spread scales with n (it must fall as 1/√n). It returns "" for any other scaling, or when the
// second draw is unusable (the caller's checks report that).
func nHint(leakyWeights func(in, out int, a float64, rng *rand.Rand) *mat.Dense, in, out int, a, std float64) string {
	small := in / 4
	W := leakyWeights(small, out, a, rand.New(rand.NewPCG(1, 2)))
	if W == nil || W.IsEmpty() {
		return ""
	}
	if r, c := W.Dims(); r != small || c != out {
		return ""
	}
	_, s, _ := moments(mat.DenseCopyOf(W).RawMatrix().Data)
	p := math.Log(std/s) / math.Log(float64(in)/float64(small)) // std ∝ nᵖ
	switch {
	case math.Abs(p) < 0.1:
		return fmt.Sprintf("n left out: the standard deviation is %.3f with %d inputs and %.3f with %d, the same. A unit's sum z adds up n terms, so its variance grows with n (section 2's Var(z) = n·σ²·E[a²]), and the weights' σ² must shrink as 1/n: divide by n, here in.", s, small, std, in)
	case math.Abs(p+1) < 0.1:
		return fmt.Sprintf("n outside the square root: the standard deviation falls as 1/n, %.4f with %d inputs and %.4f with %d. The variance falls as 1/n, so the standard deviation as 1/√n: take the square root of the whole variance, n included.", s, small, std, in)
	case math.Abs(p-0.5) < 0.1:
		return fmt.Sprintf("n in the numerator: the standard deviation grows with the number of inputs, %.3f with %d and %.3f with %d. A unit's sum z adds up n terms, so its variance grows with n (section 2's Var(z) = n·σ²·E[a²]), and the weights' σ² must shrink as 1/n: n belongs in the denominator.", s, small, std, in)
	}
	return ""
}

// leakyStd is the standard deviation of exercise 8.3's weights for n inputs and slope a.
func leakyStd(n int, a float64) float64 { return math.Sqrt(2 / ((1 + a*a) * float64(n))) }

// moments returns the mean, the standard deviation and the kurtosis (3 for a normal
// distribution, 1.8 for a uniform one) of data.
func moments(data []float64) (mean, std, kurtosis float64) {
	n := float64(len(data))
	var sum, sumSq float64
	for _, v := range data {
		sum += v
		sumSq += v * v
	}
	mean = sum / n
	std = math.Sqrt(sumSq/n - mean*mean)
	fourth := 0.0
	for _, v := range data {
		d := (v - mean) / std
		fourth += d * d * d * d
	}
	return mean, std, fourth / n
}

// Check8_4 checks exercise 8.4: batchesOf(n, size, rng) must shuffle the rows 0..n−1 with rng and
// cut the order into batches of size rows, the last holding the rest, with no empty batch. The
// order of the rows inside a batch is free (a batch's gradient does not depend on it). It
// tests several n and size (some dividing n exactly), that the same seed gives the same batches
// and a second epoch a new order and new batches, and names the likely mistakes: a dropped or empty last batch,
// an unshuffled or partly shuffled order, fixed blocks of rows shuffled only inside or among
// themselves, a row left out of the shuffle, rows drawn with replacement, a last batch filled up
// with rows already used, batches sharing one slice, the global generator instead of rng, and two
// classic slips in a hand-written shuffle: a swap partner drawn from the wrong range, so that no
// row can stay in its place, and one drawn from all n rows at every step (it tallies many
// shuffles of three rows to see that every order comes out about equally often).
func Check8_4(batchesOf func(n, size int, rng *rand.Rand) [][]int) Result {
	const ex = "8.4"
	if batchesOf == nil {
		return notYet(ex, "batchesOf is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for _, c := range [][2]int{{1078, 32}, {10, 3}, {64, 16}, {5, 8}} {
			n, size := c[0], c[1]
			rng := rand.New(rand.NewPCG(3, 4))
			batches := batchesOf(n, size, rng)
			if len(batches) == 0 {
				return notYet(ex, "batchesOf(%d, %d, rng) returned no batches: return a [][]int, one []int of row numbers per batch, %d batches here.", n, size, (n+size-1)/size)
			}
			if n > 8 && !originalRun(batches, n) && inFixedBlocks(batches, size) {
				return notYet(ex, "batchesOf(%d, %d, rng): your batches always hold the same rows (0–%d, %d–%d, …), only the order changes: shuffle all n row numbers first, then cut the shuffled order into batches.", n, size, size-1, size, 2*size-1)
			}
			var all []int
			for k, b := range batches {
				if len(b) == 0 {
					return notYet(ex, "batchesOf(%d, %d, rng): batch %d is empty. When size divides n the loop must stop at n (start < n, not start <= n): a step on an empty batch learns nothing.", n, size, k)
				}
				last := k == len(batches)-1
				if len(b) != size && !(last && len(b) == n%size) {
					return notYet(ex, "batchesOf(%d, %d, rng): batch %d has %d rows; every batch but the last should have %d, the last %d.", n, size, k, len(b), size, (n-1)%size+1)
				}
				all = append(all, b...)
			}
			if len(all) < n {
				if n%size != 0 && len(all) == n-n%size {
					return notYet(ex, "batchesOf(%d, %d, rng) drops the last %d rows: keep the last, smaller batch.", n, size, n%size)
				}
			}
			if len(batches) >= 3 && len(batches[0]) == len(batches[1]) && fmt.Sprint(batches[0]) == fmt.Sprint(batches[1]) {
				return notYet(ex, "batchesOf(%d, %d, rng): batches 0 and 1 hold the same rows, %v…: your batches share one slice (an append(buf[:0], …) or a copy into one buffer overwrites the earlier ones); give each batch its own slice, for example order[start:end] of one permutation.", n, size, batches[0][:min(3, len(batches[0]))])
			}
			sorted := append([]int(nil), all...)
			sort.Ints(sorted)
			for i, v := range sorted {
				if i > 0 && v == sorted[i-1] {
					if lastB := batches[len(batches)-1]; n%size != 0 && len(lastB) == size {
						return notYet(ex, "batchesOf(%d, %d, rng): the last batch has %d rows and reuses rows of the earlier ones (row %d twice): the last batch should hold only the remaining %d rows, not be filled up with rows already used.", n, size, size, v, n%size)
					}
					return notYet(ex, "batchesOf(%d, %d, rng) uses row %d twice: shuffle all n row numbers once per call and cut that one order into batches; rows drawn at random, or a fresh permutation for every batch, repeat some rows and miss others.", n, size, v)
				}
				if v < 0 || v >= n {
					return notYet(ex, "batchesOf(%d, %d, rng) contains row %d, outside 0..%d.", n, size, v, n-1)
				}
			}
			if len(sorted) != n {
				return notYet(ex, "batchesOf(%d, %d, rng) holds %d rows, want all %d exactly once.", n, size, len(sorted), n)
			}
			if n > 8 {
				inOrder := true
				for i, v := range all {
					inOrder = inOrder && v == i
				}
				if inOrder {
					return notYet(ex, "the rows are in their original order: shuffle them with rng first.")
				}
				if from, to := longestRun(all); to-from+1 >= 8 {
					return notYet(ex, "batchesOf(%d, %d, rng): rows %d to %d are still in their original order: shuffle all n row numbers, not only some of them.", n, size, all[from], all[to])
				}
				if msg := fromRng(ex, func(rng *rand.Rand) []float64 {
					var flat []float64
					for _, b := range batchesOf(n, size, rng) {
						for _, i := range b {
							flat = append(flat, float64(i))
						}
					}
					return flat
				}); msg != "" {
					return notYet(ex, "%s", msg)
				}
				if n >= 64 {
					if oneCycle(batchesOf, n, size) {
						return notYet(ex, "batchesOf(%d, %d, rng): no row ever stays in its place, for every seed: the row already at place i must be allowed to stay, so the swap partner j must include i itself (walking i down from n−1: j from 0..i, rng.IntN(i+1), not rng.IntN(i); walking up: j from i..n−1).", n, size)
					}
					// Only with many batches: see neverMoves.
					if row, ok := neverMoves(batchesOf, n, size); ok && n >= 30*size {
						if row == n-1 {
							return notYet(ex, "batchesOf(%d, %d, rng): row n−1 = %d never moves, whatever the seed: every row must be able to reach every place. Shuffle all n rows, not only the first n−1, and check the range of each swap partner: walking i down from n−1, j comes from the rows not yet placed, 0..i.", n, size, row)
						}
						return notYet(ex, "batchesOf(%d, %d, rng): row %d is at the same place whatever the seed: shuffle all n rows, walking i down from n−1 with a swap partner j from 0..i.", n, size, row)
					}
				}
				again := batchesOf(n, size, rng)
				same := len(again) == len(batches)
				for k := 0; same && k < len(again); k++ {
					same = len(again[k]) == len(batches[k]) && (len(again[k]) == 0 || again[k][0] == batches[k][0])
					for i := 0; same && i < len(again[k]); i++ {
						same = again[k][i] == batches[k][i]
					}
				}
				if same {
					return notYet(ex, "two epochs with the same rng give the same batches: draw the shuffle from rng each time.")
				}
				if sameRowSets(batches, again) {
					return notYet(ex, "batchesOf(%d, %d, rng): two epochs give batches with the same rows, only in another order: shuffle all n row numbers each epoch, then cut the shuffled order into batches.", n, size)
				}
			}
		}
		if counts, ok := orderCounts(batchesOf); ok && slices.Contains(counts[:], 0) {
			return notYet(ex, "over %d shuffles of 3 rows the 6 orders come out %v times: some orders never come out, so some rows never reach some places. Does your loop stop too early? Walking i down from n−1, the last swap, at i = 1, decides the order of the first two rows.", shuffleTrials, counts)
		} else if ok && chiSquare(counts) > 30 {
			return notYet(ex, "over %d shuffles of 3 rows the 6 orders come out %v times, not about equally often: a swap partner drawn from all n rows at every step (j := rng.IntN(n)) is biased; walk i down from n−1 and draw j from 0..i (rng.IntN(i+1)).", shuffleTrials, counts)
		}
		return correct(ex, "1078 digits in batches of 32 make 33 full batches and one of 22: every digit once per epoch, in a new order each time.")
	})
}

// neverMoves reports a row that batchesOf puts at the same position of its flattened order for
// each of five seeds. A uniform shuffle of n >= 64 rows does that by chance with probability below
// n·(1/n)⁴, so a row found here was left out of the shuffle. An answer that sorts the rows inside
// each batch puts the smallest row of batch 0 first, which is row 0 with probability size/n; with
// at least 30 batches, (size/n)⁴ is below 2·10⁻⁶, so the check is used only there.
func neverMoves(batchesOf func(n, size int, rng *rand.Rand) [][]int, n, size int) (int, bool) {
	var first []int
	fixed := make([]bool, n)
	for i := range fixed {
		fixed[i] = true
	}
	for seed := uint64(0); seed < 5; seed++ {
		var flat []int
		for _, b := range batchesOf(n, size, rand.New(rand.NewPCG(31+seed, 7))) {
			flat = append(flat, b...)
		}
		if len(flat) != n {
			return 0, false
		}
		if first == nil {
			first = flat
			continue
		}
		for i := range fixed {
			fixed[i] = fixed[i] && flat[i] == first[i]
		}
	}
	for i := n - 1; i >= 0; i-- {
		if fixed[i] {
			return first[i], true
		}
	}
	return 0, false
}

// oneCycle reports whether, for each of five seeds, the flattened order of batchesOf(n, size) is a
// single cycle of all n rows (following row i to the row at position i never returns early). That
// is what a shuffle with the swap partner drawn from 0..i−1 always gives; a uniform shuffle gives
// one with probability 1/n each time.
func oneCycle(batchesOf func(n, size int, rng *rand.Rand) [][]int, n, size int) bool {
	for seed := uint64(0); seed < 5; seed++ {
		var flat []int
		for _, b := range batchesOf(n, size, rand.New(rand.NewPCG(41+seed, 9))) {
			flat = append(flat, b...)
		}
		if len(flat) != n {
			return false
		}
		length, i := 0, 0
		for {
			if flat[i] < 0 || flat[i] >= n || length > n {
				return false
			}
			i = flat[i]
			length++
			if i == 0 {
				break
			}
		}
		if length != n {
			return false
		}
	}
	return true
}

// shuffleTrials is how many shuffles of three rows orderCounts tallies.
const shuffleTrials = 6000

// orderCounts calls batchesOf(3, 1, rng) shuffleTrials times on one seeded generator and counts
// how often each of the 6 orders of rows 0, 1, 2 comes out, in the order 012, 021, 102, 120,
// 201, 210. It reports false if an answer is not an order of the three rows. Batches of one row
// make the order of the batches the whole answer, so that an answer that sorts the rows inside
// each batch (which changes no batch's gradient) is tallied like any other.
func orderCounts(batchesOf func(n, size int, rng *rand.Rand) [][]int) ([6]int, bool) {
	var counts [6]int
	index := map[[3]int]int{{0, 1, 2}: 0, {0, 2, 1}: 1, {1, 0, 2}: 2, {1, 2, 0}: 3, {2, 0, 1}: 4, {2, 1, 0}: 5}
	rng := rand.New(rand.NewPCG(51, 52))
	for range shuffleTrials {
		var flat []int
		for _, b := range batchesOf(3, 1, rng) {
			flat = append(flat, b...)
		}
		if len(flat) != 3 {
			return counts, false
		}
		k, ok := index[[3]int{flat[0], flat[1], flat[2]}]
		if !ok {
			return counts, false
		}
		counts[k]++
	}
	return counts, true
}

// chiSquare returns Pearson's χ² of counts against equal frequencies. For a uniform shuffle it
// follows a χ² law with 5 degrees of freedom (above 30 with probability about 1.5·10⁻⁵); the
// swap with a partner drawn from all three rows at every step gives about 80 on average at 6000
// trials.
func chiSquare(counts [6]int) float64 {
	total := 0
	for _, c := range counts {
		total += c
	}
	e := float64(total) / 6
	x := 0.0
	for _, c := range counts {
		x += (float64(c) - e) * (float64(c) - e) / e
	}
	return x
}

// fromRng reports whether draw takes its randomness from the generator it is given: two generators
// with the same seed must give the same values, two different seeds different values. It returns
// "" if so, or a hint.
func fromRng(ex string, draw func(rng *rand.Rand) []float64) string {
	a := draw(rand.New(rand.NewPCG(21, 22)))
	b := draw(rand.New(rand.NewPCG(21, 22)))
	c := draw(rand.New(rand.NewPCG(23, 24)))
	if !allNear(a, b, 0) {
		return "two generators with the same seed give different results: take every random number from the rng you are given (rng.NormFloat64(), rng.IntN), not from the package-level rand functions, so that a seed reproduces the run."
	}
	if allNear(a, c, 0) {
		return "the result does not change with the seed of rng: draw the random numbers from rng."
	}
	return ""
}

// repeatsRows reports whether W has at least two rows and every row equals the first.
func repeatsRows(W mat.Matrix) bool {
	r, c := W.Dims()
	if r < 2 {
		return false
	}
	for i := 1; i < r; i++ {
		for j := 0; j < c; j++ {
			if W.At(i, j) != W.At(0, j) {
				return false
			}
		}
	}
	return true
}

// originalRun reports whether the batches, read in order, are exactly the rows 0..n−1 in order.
func originalRun(batches [][]int, n int) bool {
	next := 0
	for _, b := range batches {
		for _, r := range b {
			if r != next {
				return false
			}
			next++
		}
	}
	return next == n
}

// longestRun returns the first and last index of the longest stretch of order in which each row
// is one more than the one before it: rows left in their original order.
func longestRun(order []int) (from, to int) {
	start := 0
	for i := 1; i <= len(order); i++ {
		if i == len(order) || order[i] != order[i-1]+1 {
			if i-1-start > to-from {
				from, to = start, i-1
			}
			start = i
		}
	}
	return from, to
}

// inFixedBlocks reports whether every batch lies inside one aligned block of rows
// [q·size, (q+1)·size): batches cut from the unshuffled order and shuffled only inside or among
// themselves.
func inFixedBlocks(batches [][]int, size int) bool {
	for _, b := range batches {
		for _, r := range b {
			if r/size != b[0]/size {
				return false
			}
		}
	}
	return true
}

// sameRowSets reports whether two epochs' batches hold the same sets of rows, whatever their
// order and the order inside each batch.
func sameRowSets(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	key := func(batch []int) string {
		s := append([]int(nil), batch...)
		sort.Ints(s)
		return fmt.Sprint(s)
	}
	count := map[string]int{}
	for _, batch := range a {
		count[key(batch)]++
	}
	for _, batch := range b {
		k := key(batch)
		if count[k] == 0 {
			return false
		}
		count[k]--
	}
	return true
}
