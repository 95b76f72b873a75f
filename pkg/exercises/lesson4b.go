package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// TanhGrads is the function exercise 4.2 asks for: the gradients of a 2-3-1 network's loss on
// (X, Y) at the weights W1, b1, W2, b2, in that order.
type TanhGrads func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (dW1 *mat.Dense, db1 []float64, dW2 *mat.Dense, db2 []float64)

// tanhGradients are the four gradients of exercise 4.2 as flat slices, W1 and W2 row by row.
type tanhGradients struct{ dW1, db1, dW2, db2 []float64 }

// hiddenDelta computes one entry of the hidden layer's delta from g, the entry of the gradient
// that reaches the hidden outputs, the hidden output a, its weighted sum z, the network's output
// a2 for the same sample and the number of samples n: the exercise's rule or a likely mistake.
type hiddenDelta func(g, a, z, a2 float64, n int) float64

// tanhReference computes exercise 4.2's gradients by hand, for a tanh hidden layer and a sigmoid
// output with the loss Σ(A2 − Y)²/2N, with the hidden delta given by hidden. The gradient reaches
// the hidden outputs through the weights back (3×1), which are W2 if back is nil; other weights
// are a likely mistake.
func tanhReference(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64, hidden hiddenDelta, back *mat.Dense) tanhGradients {
	if back == nil {
		back = W2
	}
	n, in := X.Dims()
	_, h := W1.Dims()
	Z1 := mat.NewDense(n, h, nil)
	A1 := mat.NewDense(n, h, nil)
	A2 := mat.NewDense(n, 1, nil)
	for s := range n {
		z2 := b2[0]
		for j := range h {
			z := b1[j]
			for i := range in {
				z += X.At(s, i) * W1.At(i, j)
			}
			Z1.Set(s, j, z)
			A1.Set(s, j, math.Tanh(z))
			z2 += A1.At(s, j) * W2.At(j, 0)
		}
		A2.Set(s, 0, 1/(1+math.Exp(-z2)))
	}
	g := tanhGradients{dW1: make([]float64, in*h), db1: make([]float64, h), dW2: make([]float64, h), db2: make([]float64, 1)}
	for s := range n {
		a2 := A2.At(s, 0)
		d2 := (a2 - Y.At(s, 0)) / float64(n) * a2 * (1 - a2)
		g.db2[0] += d2
		for j := range h {
			a1 := A1.At(s, j)
			g.dW2[j] += a1 * d2
			d1 := hidden(d2*back.At(j, 0), a1, Z1.At(s, j), a2, n)
			g.db1[j] += d1
			for i := range in {
				g.dW1[i*h+j] += X.At(s, i) * d1
			}
		}
	}
	return g
}

// The hidden deltas: the exercise's, and the likely mistakes.
var (
	tanhDelta      hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * (1 - a*a) }
	sigmoidDelta   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * a * (1 - a) }
	oneMinusADelta hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * (1 - a) }
	noDerivDelta   hiddenDelta = func(g, _, _, _ float64, _ int) float64 { return g }
	tanhOfADelta   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { t := math.Tanh(a); return g * (1 - t*t) }
	squaredDelta   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * (1 - a) * (1 - a) }
	twiceNDelta    hiddenDelta = func(g, a, _, _ float64, n int) float64 { return g * (1 - a*a) / float64(n) }
	oneMinusZDelta hiddenDelta = func(g, _, z, _ float64, _ int) float64 { return g * (1 - z*z) }
	twiceDeltaFn   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * (1 - a*a) * (1 - a*a) }
	outputDelta    hiddenDelta = func(g, _, _, a2 float64, _ int) float64 { return g * (1 - a2*a2) }
	outputSigDelta hiddenDelta = func(g, _, _, a2 float64, _ int) float64 { return g * a2 * (1 - a2) }
	plusDelta      hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * (1 + a*a) }
	sechDelta      hiddenDelta = func(g, _, z, _ float64, _ int) float64 { return g / math.Cosh(z) }
	mixedDelta     hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * a * (1 - a*a) }
	squareADelta   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * a * a }
	twoOneMinusA   hiddenDelta = func(g, a, _, _ float64, _ int) float64 { return g * 2 * (1 - a) }
	// ownEntryDelta takes the local gradient from the entry being multiplied, v·(1 − v²) inside
	// Apply, instead of from A1.
	ownEntryDelta hiddenDelta = func(g, _, _, _ float64, _ int) float64 { return g * (1 - g*g) }
	// ownTanhDelta and ownTanh1Delta do the same with tanh of the entry: v·(1 − tanh²(v)) and
	// v·(1 − tanh(v)).
	ownTanhDelta  hiddenDelta = func(g, _, _, _ float64, _ int) float64 { t := math.Tanh(g); return g * (1 - t*t) }
	ownTanh1Delta hiddenDelta = func(g, _, _, _ float64, _ int) float64 { return g * (1 - math.Tanh(g)) }
	sigmoidZDelta hiddenDelta = func(g, _, z, _ float64, _ int) float64 { s := 1 / (1 + math.Exp(-z)); return g * s * (1 - s) }
	// sigmoidOfADelta applies the sigmoid's local gradient to A1: σ(A1)(1 − σ(A1)).
	sigmoidOfADelta hiddenDelta = func(g, a, _, _ float64, _ int) float64 { s := 1 / (1 + math.Exp(-a)); return g * s * (1 - s) }
	// sigmoidADelta writes tanh's 1 − A1² but takes A1 from layer, which returns σ(Z1).
	sigmoidADelta hiddenDelta = func(g, _, z, _ float64, _ int) float64 { s := 1 / (1 + math.Exp(-z)); return g * (1 - s*s) }
	// g is delta2·w_j = (a2 − y)/n · a2(1 − a2) · w_j; dividing out a2(1 − a2) and 1/n leaves
	// (a2 − y)·w_j: delta1 built from the error A2 − Y instead of from delta2.
	fromErrorDelta  hiddenDelta = func(g, a, _, a2 float64, n int) float64 { return g * float64(n) / (a2 * (1 - a2)) * (1 - a*a) }
	fromErrorNDelta hiddenDelta = func(g, a, _, a2 float64, _ int) float64 { return g / (a2 * (1 - a2)) * (1 - a*a) }
)

// flatDense returns the entries of m row by row, or an error naming what is wrong with it.
func flatDense(name string, m *mat.Dense, r, c int) ([]float64, error) {
	if m == nil {
		return nil, fmt.Errorf("%s is nil", name)
	}
	if mr, mc := m.Dims(); mr != r || mc != c {
		return nil, fmt.Errorf("%s is %d×%d, want %d×%d, the shape of the weights it belongs to", name, mr, mc, r, c)
	}
	out := make([]float64, 0, r*c)
	for i := range r {
		for j := range c {
			out = append(out, m.At(i, j))
		}
	}
	return out, nil
}

// dW1Product names the product that gives a wrongly shaped dW1 of the likely shapes, or returns "".
func dW1Product(dW1 *mat.Dense) string {
	if dW1 == nil {
		return ""
	}
	switch r, c := dW1.Dims(); {
	case r == 3 && c == 3:
		return " That is A1ᵀ·delta1; the hidden layer's input is X, so dW1 = Xᵀ·delta1."
	case r == 3 && c == 2:
		return " That is delta1ᵀ·X; swap the factors: dW1 = Xᵀ·delta1."
	case r == 2 && c == 1:
		return " delta1 has one column: it was built from delta2 alone. The gradient that reaches A1 is delta2 · W2ᵀ (4×3), then ⊙ (1 − A1 ⊙ A1)."
	}
	return ""
}

// tanhCase is one set of weights at which Check4_2 compares the gradients.
type tanhCase struct {
	X, Y, W1, W2 *mat.Dense
	b1, b2       []float64
}

// tanhCases returns the XOR corners with two sets of weights uniform in [-1, 1): lesson 4's start
// (drawn as section 5 draws it, from rand.NewPCG(1, 2)) and another.
func tanhCases() []tanhCase {
	var cases []tanhCase
	for _, seed := range []uint64{1, 9} {
		rng := rand.New(rand.NewPCG(seed, 2))
		draw := func(r, c int) *mat.Dense {
			m := mat.NewDense(r, c, nil)
			for i := range r {
				for j := range c {
					m.Set(i, j, 2*rng.Float64()-1)
				}
			}
			return m
		}
		W1 := draw(2, 3)
		b1 := draw(1, 3).RawRowView(0)
		W2 := draw(3, 1)
		b2 := draw(1, 1).RawRowView(0)
		cases = append(cases, tanhCase{X: mat.DenseCopyOf(xorCorners), Y: mat.DenseCopyOf(xorTargets), W1: W1, b1: b1, W2: W2, b2: b2})
	}
	return cases
}

// sameGradients reports whether got and want agree to a relative 1e-9 entry by entry.
func sameGradients(got, want tanhGradients) bool {
	for _, p := range [][2][]float64{{got.dW1, want.dW1}, {got.db1, want.db1}, {got.dW2, want.dW2}, {got.db2, want.db2}} {
		if len(p[0]) != len(p[1]) {
			return false
		}
		for i := range p[1] {
			if math.IsNaN(p[0][i]) || math.Abs(p[0][i]-p[1][i]) > 1e-9*math.Max(math.Abs(p[1][i]), 1e-6) {
				return false
			}
		}
	}
	return true
}

// gradientsWithin reports whether every gradient in got is within a relative tol of want (an
// absolute tol·1e-6 near 0): close to the reference, as a numerical derivative gets, though not
// the exact match sameGradients asks for.
func gradientsWithin(got, want tanhGradients, tol float64) bool {
	for _, p := range [][2][]float64{{got.dW1, want.dW1}, {got.db1, want.db1}, {got.dW2, want.dW2}, {got.db2, want.db2}} {
		if len(p[0]) != len(p[1]) {
			return false
		}
		for i := range p[1] {
			if math.IsNaN(p[0][i]) || math.Abs(p[0][i]-p[1][i]) > tol*math.Max(math.Abs(p[1][i]), 1e-6) {
				return false
			}
		}
	}
	return true
}

// callTanhGrads calls the student's grads at the weights of c, each argument a copy so that
// nothing the function changes leaks into the reference. shapes is true when it panicked on the
// shapes of a matrix product; any other panic is passed on.
func callTanhGrads(grads TanhGrads, c tanhCase) (dW1 *mat.Dense, db1 []float64, dW2 *mat.Dense, db2 []float64, shapes bool) {
	defer func() {
		if p := recover(); p != nil {
			if p != mat.ErrShape {
				panic(p)
			}
			shapes = true
		}
	}()
	dW1, db1, dW2, db2 = grads(mat.DenseCopyOf(c.X), mat.DenseCopyOf(c.Y), mat.DenseCopyOf(c.W1), append([]float64(nil), c.b1...), mat.DenseCopyOf(c.W2), append([]float64(nil), c.b2...))
	return dW1, db1, dW2, db2, false
}

// Check4_2 checks exercise 4.2: grads must return the gradients of the loss Σ(A2 − Y)²/2N of a
// 2-3-1 network with a tanh hidden layer and a sigmoid output, with respect to W1, b1, W2 and b2.
// It calls grads at two fixed sets of weights on the XOR corners, compares with its own
// reference, and names the step that differs.
func Check4_2(grads TanhGrads) Result {
	const ex = "4.2"
	if grads == nil {
		return notYet(ex, "tanhGrads is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for k, c := range tanhCases() {
			dW1, db1, dW2, db2, shapes := callTanhGrads(grads, c)
			if shapes {
				return notYet(ex, "a matrix product panicked on its shapes (mat: dimension mismatch). delta2 is 4×1 and W2 is 3×1, so the gradient that reaches A1 is delta2 · W2ᵀ (W2.T()), 4×3; and dW1 = Xᵀ · delta1 (X.T()), 2×3. A receiver that already holds a matrix of another shape panics too, as in delta2.Mul(delta2, W2.T()): write each product into a new(mat.Dense).")
			}
			var got tanhGradients
			var err error
			if got.dW1, err = flatDense("dW1", dW1, 2, 3); err != nil {
				return notYet(ex, "%v.%s", err, dW1Product(dW1))
			}
			if got.dW2, err = flatDense("dW2", dW2, 3, 1); err != nil {
				return notYet(ex, "%v.", err)
			}
			got.db1, got.db2 = db1, db2
			if len(db1) != 3 {
				return notYet(ex, "db1 has %s, want 3: one per hidden neuron (sumRows of delta1).", entries(len(db1)))
			}
			if len(db2) != 1 {
				return notYet(ex, "db2 has %s, want 1.", entries(len(db2)))
			}
			ref := func(d hiddenDelta) tanhGradients { return tanhReference(c.X, c.Y, c.W1, c.b1, c.W2, c.b2, d, nil) }
			want := ref(tanhDelta)
			if sameGradients(got, want) {
				continue
			}
			if allZero(got.dW1) && allZero(got.db1) {
				return notYet(ex, "dW1 and db1 are all 0: compute delta1 for the tanh hidden layer, then dW1 = Xᵀ·delta1 and db1 = sumRows(delta1), as backward does (if you did, delete the starter's line that sets them to zero).")
			}
			if !allNear(got.dW2, want.dW2, 1e-9) || !allNear(got.db2, want.db2, 1e-9) {
				return notYet(ex, "dW2 or db2 differ from backward's: the output layer is still a sigmoid, so delta2, dW2 and db2 stay as section 5 computes them. Only the hidden layer changed.")
			}
			mistakes := []struct {
				d    hiddenDelta
				hint string
			}{
				{sigmoidDelta, "delta1 still uses the sigmoid's local gradient A1 ⊙ (1 − A1); the hidden layer is tanh now, whose local gradient lesson 3 gave."},
				{oneMinusADelta, "delta1 multiplies by 1 − A1; tanh's local gradient is 1 − tanh²(z), and A1 is tanh(Z1), so it is 1 − A1 ⊙ A1."},
				{squaredDelta, "delta1 multiplies by (1 − A1)²; tanh's local gradient is 1 − tanh²(z): square A1 first, then subtract from 1."},
				{noDerivDelta, "delta1 leaves out the hidden layer's local gradient: multiply δ2·W2ᵀ element by element by tanh′(Z1)."},
				{tanhOfADelta, "delta1 takes tanh′ at A1: the local gradient belongs to the weighted sum Z1, and 1 − tanh²(Z1) is 1 − A1 ⊙ A1."},
				{twiceNDelta, "dW1 and db1 are 4 times too small: delta1 has an extra factor ¼. Two mistakes give it: dividing by N = 4 again (delta2 already holds the 1/N), or mixing in the sigmoid's σ′(0) = ¼. delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1), with no other number in it."},
				{oneMinusZDelta, "delta1 multiplies by 1 − Z1²: tanh′(z) is 1 − tanh²(z), the square of tanh(z), not of z. A1 already holds tanh(Z1), so the factor is 1 − A1 ⊙ A1."},
				{twiceDeltaFn, "delta1 multiplies by (1 − A1²)²: the local gradient 1 − A1 ⊙ A1 enters once."},
				{outputDelta, "delta1 multiplies by 1 − A2²: the local gradient belongs to the hidden layer, so it is taken at the hidden outputs A1, 1 − A1 ⊙ A1."},
				{outputSigDelta, "delta1 multiplies by A2 ⊙ (1 − A2), the output's σ′, which delta2 already holds: delta1 needs the hidden layer's own local gradient, 1 − A1 ⊙ A1."},
				{plusDelta, "delta1 multiplies by 1 + A1²: tanh′(z) = 1 − tanh²(z), with a minus. The slope of tanh is 1 at z = 0 and falls towards 0 as tanh flattens, so the factor is 1 − A1 ⊙ A1, never more than 1."},
				{squareADelta, "delta1 multiplies by A1 ⊙ A1, which is tanh²: tanh′ is 1 − tanh², so the factor is 1 − A1 ⊙ A1."},
				{twoOneMinusA, "delta1 multiplies by 2(1 − A1): that is the derivative of (1 − A1)² with respect to A1, not tanh′. tanh′(z) = 1 − tanh²(z), so the factor is 1 − A1 ⊙ A1."},
				{mixedDelta, "delta1 multiplies by A1 ⊙ (1 − A1²): that mixes the sigmoid's A1 ⊙ (1 − A1) with tanh's local gradient, which is 1 − A1 ⊙ A1 alone, with no A1 in front."},
				{ownEntryDelta, "delta1 multiplies each entry v of delta2 · W2ᵀ by 1 − v²: the factor must come from A1, not from the gradient being multiplied. Inside Apply, read a := A1.At(i, j) and return v * (1 − a*a)."},
				{ownTanhDelta, "delta1 multiplies each entry v of delta2 · W2ᵀ by 1 − tanh²(v): the factor must come from the hidden layer's A1 = tanh(Z1), not from the gradient being multiplied. Inside Apply, read a := A1.At(i, j) and return v * (1 − a*a)."},
				{ownTanh1Delta, "delta1 multiplies each entry v of delta2 · W2ᵀ by 1 − tanh(v): the factor must come from the hidden layer's A1 = tanh(Z1), not from the gradient being multiplied, and tanh's local gradient squares it. Inside Apply, read a := A1.At(i, j) and return v * (1 − a*a)."},
				{sigmoidADelta, "delta1 multiplies by 1 − σ(Z1)²: the formula is tanh's, but the A1 in it is layer's sigmoid output. A1 must be the tanh outputs from tanhForward, so the factor is 1 − tanh²(Z1) = 1 − A1 ⊙ A1."},
				{sigmoidZDelta, "delta1 multiplies by σ′(Z1) = σ(Z1) ⊙ (1 − σ(Z1)), the sigmoid's local gradient at the hidden sums; the hidden layer is tanh now, whose local gradient is 1 − tanh²(Z1) = 1 − A1 ⊙ A1."},
				{sigmoidOfADelta, "delta1 multiplies by σ(A1) ⊙ (1 − σ(A1)), the sigmoid's σ′ taken at A1: σ′ belongs to the sum Z1, and the layer is tanh, whose local gradient is 1 − A1 ⊙ A1."},
				{fromErrorDelta, "delta1 starts from the error, (A2 − Y) · W2ᵀ: delta1 must start from delta2, which already holds the output's σ′ and the 1/N, so delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
				{fromErrorNDelta, "delta1 starts from the error, (A2 − Y)/N · W2ᵀ: delta1 must start from delta2, which already holds the 1/N and the output's σ′ as well, so delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
				{sechDelta, "delta1 multiplies by 1/cosh(Z1) = √(1 − A1²): tanh′(z) = 1/cosh²(z), the square, which is 1 − tanh²(z) = 1 − A1 ⊙ A1."},
			}
			for _, m := range mistakes {
				if wrong := ref(m.d); allNear(got.dW1, wrong.dW1, 1e-9) && allNear(got.db1, wrong.db1, 1e-9) {
					return notYet(ex, "%s", m.hint)
				}
			}
			// delta1 built from other numbers than the weights W2 that carry the gradient back.
			absW2 := mat.DenseCopyOf(c.W2)
			absW2.Apply(func(_, _ int, v float64) float64 { return math.Abs(v) }, absW2)
			for _, b := range []struct {
				back *mat.Dense
				hint string
			}{
				{mat.NewDense(3, 1, want.dW2), "delta1 uses dW2 where it needs W2: the gradient flows back to the hidden outputs through the weights themselves, delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
				{mat.NewDense(3, 1, []float64{1, 1, 1}), "delta1 leaves out W2: it copies delta2 into every column. Hidden neuron j reaches the output through its weight w_j, so its share of the gradient is delta2 times w_j: delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
				{absW2, "delta1 uses the sizes |W2| of the output weights: keep their signs. A hidden neuron whose weight is negative lowers the output when it rises, so its gradient has the opposite sign: delta2 · W2ᵀ."},
				{mat.NewDense(3, 1, c.W1.RawRowView(0)), "delta1 uses a row of W1 where it needs W2: the gradient reaches the hidden outputs through the weights that leave them, the output layer's W2 (3×1), so delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
				{mat.NewDense(3, 1, c.W1.RawRowView(1)), "delta1 uses a row of W1 where it needs W2: the gradient reaches the hidden outputs through the weights that leave them, the output layer's W2 (3×1), so delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1)."},
			} {
				if wrong := tanhReference(c.X, c.Y, c.W1, c.b1, c.W2, c.b2, tanhDelta, b.back); allNear(got.dW1, wrong.dW1, 1e-9) && allNear(got.db1, wrong.db1, 1e-9) {
					return notYet(ex, "%s", b.hint)
				}
			}
			// A constant factor: the right delta1 times a number, such as a flipped sign.
			if f, ok := constantFactor(append(slices.Clone(got.dW1), got.db1...), append(slices.Clone(want.dW1), want.db1...)); ok {
				if math.Abs(f+1) < 1e-6 {
					return notYet(ex, "dW1 and db1 are exactly −1 times the right ones: delta1 has the wrong sign. tanh's local gradient 1 − A1 ⊙ A1 is positive (not A1 ⊙ A1 − 1), and delta2 · W2ᵀ comes as it is, without a minus.")
				}
				if n, _ := c.X.Dims(); math.Abs(f-float64(n)) < 1e-6 {
					return notYet(ex, "dW1 and db1 are exactly %d times the right ones, and %d = N: delta1 lacks the 1/N. delta2 already holds it, so build delta1 from delta2, not from A2 − Y: delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1).", n, n)
				}
				return notYet(ex, "dW1 and db1 are exactly %.4g times the right ones: delta1 has an extra constant factor. delta1 = (delta2 · W2ᵀ) ⊙ (1 − A1 ⊙ A1), with no other number in it.", f)
			}
			if gradientsWithin(got, want, 1e-5) {
				return notYet(ex, "your gradients agree with the reference to about five digits, not exactly: is tanh′ computed numerically, or are numbers rounded somewhere? Use the exact local gradient 1 − A1 ⊙ A1, from the A1 of the forward pass.")
			}
			if allNear(got.dW1, want.dW1, 1e-9) {
				return notYet(ex, "dW1 is right but db1 is not: the bias gradient is the sum of delta1's rows, sumRows(delta1).")
			}
			if allNear(got.db1, want.db1, 1e-9) {
				return notYet(ex, "db1 is right but dW1 is not: dW1 = Xᵀ·delta1 (2×4 times 4×3).")
			}
			worst, at := 0.0, 0
			for i := range want.dW1 {
				if d := math.Abs(got.dW1[i] - want.dW1[i]); d > worst {
					worst, at = d, i
				}
			}
			return notYet(ex, "at the %s set of weights dW1 differs: your dW1.At(%d, %d) is %.6f, it should be %.6f. Compare your delta1 with the formula; the cell above compares your gradients with nn.NumericalGradient's.", []string{"first", "second"}[k], at/3, at%3, got.dW1[at], want.dW1[at])
		}
		return correct(ex, "your gradients match the reference at both sets of weights. Only delta1 changed: tanh′ = 1 − A1², which is up to 1 where σ′ is at most ¼.")
	})
}

// constantFactor reports whether got is f times want, entry by entry to a relative 1e-9, for one
// number f other than 1, and returns f.
func constantFactor(got, want []float64) (float64, bool) {
	if len(got) != len(want) {
		return 0, false
	}
	big := 0 // the entry of want largest in size fixes f
	for i := range want {
		if math.Abs(want[i]) > math.Abs(want[big]) {
			big = i
		}
	}
	if len(want) == 0 || want[big] == 0 {
		return 0, false
	}
	f := got[big] / want[big]
	if math.IsNaN(f) || math.Abs(f-1) < 1e-9 || f == 0 {
		return 0, false
	}
	for i := range want {
		if math.Abs(got[i]-f*want[i]) > 1e-9*math.Max(math.Abs(f*want[i]), 1e-6) {
			return 0, false
		}
	}
	return f, true
}

// entries returns "1 entry" or "n entries".
func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}
