package exercises

import (
	"math"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// TestTanhReference checks the reference of exercise 4.2 against the numerical gradient, at both
// sets of weights the check uses.
func TestTanhReference(t *testing.T) {
	for k, c := range tanhCases() {
		loss := func(p []float64) float64 {
			W1 := mat.NewDense(2, 3, append([]float64(nil), p[:6]...))
			W2 := mat.NewDense(3, 1, append([]float64(nil), p[9:12]...))
			_, A2 := studentTanhForward(c.X, W1, p[6:9], W2, p[12:13])
			d := new(mat.Dense)
			d.Sub(A2, c.Y)
			n := mat.Norm(d, 2)
			return n * n / 8
		}
		var p []float64
		p = append(p, c.W1.RawMatrix().Data...)
		p = append(p, c.b1...)
		p = append(p, c.W2.RawMatrix().Data...)
		p = append(p, c.b2...)
		numeric, err := nn.NumericalGradient(loss, p, 1e-5)
		if err != nil {
			t.Fatal(err)
		}
		g := tanhReference(c.X, c.Y, c.W1, c.b1, c.W2, c.b2, tanhDelta, nil)
		var analytic []float64
		for _, part := range [][]float64{g.dW1, g.db1, g.dW2, g.db2} {
			analytic = append(analytic, part...)
		}
		for i := range numeric {
			if math.Abs(numeric[i]-analytic[i]) > 1e-8 {
				t.Errorf("weights %d: parameter %d: reference %g, numerical %g", k, i, analytic[i], numeric[i])
			}
		}
		if allZero(g.dW1) {
			t.Errorf("weights %d: the reference's dW1 is 0, so the check could not tell a starter from an answer", k)
		}
	}
}

// studentTanhForward is the forward pass the exercise gives: a tanh hidden layer, a sigmoid output.
func studentTanhForward(X, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (A1, A2 *mat.Dense) {
	A1, A2 = new(mat.Dense), new(mat.Dense)
	A1.Mul(X, W1)
	A1.Apply(func(_, j int, v float64) float64 { return math.Tanh(v + b1[j]) }, A1)
	A2.Mul(A1, W2)
	A2.Apply(func(_, j int, v float64) float64 { return 1 / (1 + math.Exp(-v-b2[j])) }, A2)
	return A1, A2
}

// studentRows adds up the rows of m, as the lesson's sumRows does.
func studentRows(m *mat.Dense) []float64 {
	r, c := m.Dims()
	s := make([]float64, c)
	for i := range r {
		for j := range c {
			s[j] += m.At(i, j)
		}
	}
	return s
}

// studentTanhGrads is exercise 4.2 written the way the lesson's backward is, with the hidden
// delta computed by hidden (v is an entry of delta2·W2ᵀ, a and z the hidden output and sum),
// and with outDeriv as the output layer's local gradient.
func studentTanhGrads(hidden func(v, a, z float64, n int) float64, outDeriv func(a float64) float64) TanhGrads {
	return func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
		N, _ := X.Dims()
		A1, A2 := studentTanhForward(X, W1, b1, W2, b2)
		delta2 := new(mat.Dense)
		delta2.Sub(A2, Y)
		delta2.Apply(func(i, j int, v float64) float64 { return v / float64(N) * outDeriv(A2.At(i, j)) }, delta2)
		dW2 := new(mat.Dense)
		dW2.Mul(A1.T(), delta2)
		db2 := studentRows(delta2)
		delta1 := new(mat.Dense)
		delta1.Mul(delta2, W2.T())
		delta1.Apply(func(i, j int, v float64) float64 {
			a := A1.At(i, j)
			return hidden(v, a, math.Atanh(a), N)
		}, delta1)
		dW1 := new(mat.Dense)
		dW1.Mul(X.T(), delta1)
		return dW1, studentRows(delta1), dW2, db2
	}
}

// backWith is exercise 4.2 with the gradient sent back to the hidden outputs through the 3×1
// weights back(W1, W2) instead of W2: a likely mistake.
func backWith(back func(W1, W2 *mat.Dense) *mat.Dense) TanhGrads {
	return func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
		N, _ := X.Dims()
		A1, A2 := studentTanhForward(X, W1, b1, W2, b2)
		delta2 := new(mat.Dense)
		delta2.Sub(A2, Y)
		delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
		dW2 := new(mat.Dense)
		dW2.Mul(A1.T(), delta2)
		delta1 := new(mat.Dense)
		delta1.Mul(delta2, back(W1, W2).T())
		delta1.Apply(func(i, j int, v float64) float64 { a := A1.At(i, j); return v * (1 - a*a) }, delta1)
		dW1 := new(mat.Dense)
		dW1.Mul(X.T(), delta1)
		return dW1, studentRows(delta1), dW2, studentRows(delta2)
	}
}

// fromError is exercise 4.2 with delta1 built from the error A2 − Y (divided by N if perN)
// instead of from delta2: a likely mistake.
func fromError(perN bool) TanhGrads {
	return func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
		N, _ := X.Dims()
		A1, A2 := studentTanhForward(X, W1, b1, W2, b2)
		delta2 := new(mat.Dense)
		delta2.Sub(A2, Y)
		errs := mat.DenseCopyOf(delta2)
		if perN {
			errs.Scale(1/float64(N), errs)
		}
		delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
		dW2 := new(mat.Dense)
		dW2.Mul(A1.T(), delta2)
		delta1 := new(mat.Dense)
		delta1.Mul(errs, W2.T())
		delta1.Apply(func(i, j int, v float64) float64 { a := A1.At(i, j); return v * (1 - a*a) }, delta1)
		dW1 := new(mat.Dense)
		dW1.Mul(X.T(), delta1)
		return dW1, studentRows(delta1), dW2, studentRows(delta2)
	}
}

func TestCheck4_2(t *testing.T) {
	sigmoidOut := func(a float64) float64 { return a * (1 - a) }
	right := studentTanhGrads(func(v, a, _ float64, _ int) float64 { return v * (1 - a*a) }, sigmoidOut)
	with := func(hidden func(v, a, z float64, n int) float64) TanhGrads {
		return studentTanhGrads(hidden, sigmoidOut)
	}
	zeroBias := func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
		dW1, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
		return dW1, make([]float64, 3), dW2, db2
	}
	tests := []struct {
		name string
		f    TanhGrads
		hint string
	}{
		{"right", right, ""},
		{"right, from Z1", with(func(v, _, z float64, _ int) float64 { return v * (1 - math.Tanh(z)*math.Tanh(z)) }), ""},
		{"tanh′ numerically, h = 1e-4", with(func(v, _, z float64, _ int) float64 {
			const h = 1e-4
			return v * (math.Tanh(z+h) - math.Tanh(z-h)) / (2 * h)
		}), "computed numerically"},
		{"tanh′ numerically, h = 1e-5", with(func(v, _, z float64, _ int) float64 {
			const h = 1e-5
			return v * (math.Tanh(z+h) - math.Tanh(z-h)) / (2 * h)
		}), "computed numerically"},
		{"nil", nil, "nil"},
		{"starter", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			_, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			return mat.NewDense(2, 3, nil), make([]float64, 3), dW2, db2
		}, "all 0: compute delta1"},
		// The answer written above the starter's line that sets dW1 and db1 to zero, which is
		// left in: the same zeros, and the hint says to delete that line.
		{"right delta1, starter's zero line kept", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			dW1, db1, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			_, _ = dW1, db1
			dW1, db1 = mat.NewDense(2, 3, nil), make([]float64, 3)
			return dW1, db1, dW2, db2
		}, "if you did, delete the starter's line that sets them to zero"},
		{"sigmoid's σ′ left in delta1", with(func(v, a, _ float64, _ int) float64 { return v * a * (1 - a) }), "sigmoid's local gradient"},
		{"1 − A1² with layer's sigmoid A1", with(func(v, _, z float64, _ int) float64 { s := 1 / (1 + math.Exp(-z)); return v * (1 - s*s) }), "A1 must be the tanh outputs from tanhForward"},
		{"1 − A1", with(func(v, a, _ float64, _ int) float64 { return v * (1 - a) }), "multiplies by 1 − A1"},
		{"(1 − A1)²", with(func(v, a, _ float64, _ int) float64 { return v * (1 - a) * (1 - a) }), "(1 − A1)²"},
		{"no local gradient", with(func(v, _, _ float64, _ int) float64 { return v }), "leaves out the hidden layer's local gradient"},
		{"tanh′ at A1", with(func(v, a, _ float64, _ int) float64 { return v * (1 - math.Tanh(a)*math.Tanh(a)) }), "at A1"},
		{"1/N twice", with(func(v, a, _ float64, n int) float64 { return v * (1 - a*a) / float64(n) }), "dividing by N = 4 again"},
		{"factor from its own entry", with(func(v, _, _ float64, _ int) float64 { return v * (1 - v*v) }), "the factor must come from A1"},
		{"tanh² of its own entry", with(func(v, _, _ float64, _ int) float64 { return v * (1 - math.Tanh(v)*math.Tanh(v)) }), "by 1 − tanh²(v): the factor must come from"},
		{"tanh of its own entry", with(func(v, _, _ float64, _ int) float64 { return v * (1 - math.Tanh(v)) }), "by 1 − tanh(v): the factor must come from"},
		{"σ′(0) = ¼ mixed in", with(func(v, a, _ float64, _ int) float64 { return v * (1 - a*a) / 4 }), "mixing in the sigmoid's σ′(0) = ¼"},
		{"delta2 changed to tanh′ too", studentTanhGrads(func(v, a, _ float64, _ int) float64 { return v * (1 - a*a) }, func(a float64) float64 { return 1 - a*a }), "output layer is still a sigmoid"},
		{"bias gradient forgotten", zeroBias, "sumRows(delta1)"},
		{"wrong sign", with(func(v, a, _ float64, _ int) float64 { return -v * (1 - a*a) }), "exactly −1 times"},
		{"A1² − 1", with(func(v, a, _ float64, _ int) float64 { return v * (a*a - 1) }), "wrong sign"},
		{"half of delta1", with(func(v, a, _ float64, _ int) float64 { return v * (1 - a*a) / 2 }), "exactly 0.5 times"},
		{"twice delta1", with(func(v, a, _ float64, _ int) float64 { return 2 * v * (1 - a*a) }), "exactly 2 times"},
		// delta1 built from (A2 − Y) ⊙ σ′ instead of delta2: the same numbers without the 1/N.
		{"delta1 from A2 − Y, without the 1/N", with(func(v, a, _ float64, n int) float64 { return float64(n) * v * (1 - a*a) }), "and 4 = N: delta1 lacks the 1/N. delta2 already holds it, so build delta1 from delta2"},
		{"dW2 used for W2", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			_, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			N, _ := X.Dims()
			A1, A2 := studentTanhForward(X, W1, b1, W2, b2)
			delta2 := new(mat.Dense)
			delta2.Sub(A2, Y)
			delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
			delta1 := new(mat.Dense)
			delta1.Mul(delta2, dW2.T()) // the typo: dW2, just computed above, for W2
			delta1.Apply(func(i, j int, v float64) float64 { a := A1.At(i, j); return v * (1 - a*a) }, delta1)
			dW1 := new(mat.Dense)
			dW1.Mul(X.T(), delta1)
			return dW1, studentRows(delta1), dW2, db2
		}, "uses dW2 where it needs W2"},
		{"dW1 = A1ᵀ·delta1", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			_, db1, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			return mat.NewDense(3, 3, nil), db1, dW2, db2 // A1ᵀ·delta1 is 3×3
		}, "3×3, want 2×3, the shape of the weights it belongs to. That is A1ᵀ·delta1; the hidden layer's input is X"},
		{"dW1 = delta1ᵀ·X", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			dW1, db1, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			return mat.DenseCopyOf(dW1.T()), db1, dW2, db2 // (Xᵀ·delta1)ᵀ = delta1ᵀ·X
		}, "3×2, want 2×3, the shape of the weights it belongs to. That is delta1ᵀ·X; swap the factors"},
		{"dW1 of another shape", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			_, db1, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			return mat.NewDense(4, 3, nil), db1, dW2, db2 // delta1 itself
		}, "4×3, want 2×3, the shape of the weights it belongs to."},
		{"W2 not transposed", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			d := new(mat.Dense)
			d.Mul(Y, W2) // delta2 (4×1) times W2 (3×1): gonum panics on the shapes
			return d, nil, nil, nil
		}, "W2.T()"},
		{"receiver reused", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			N, _ := X.Dims()
			_, A2 := studentTanhForward(X, W1, b1, W2, b2)
			delta2 := new(mat.Dense)
			delta2.Sub(A2, Y)
			delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
			delta2.Mul(delta2, W2.T()) // the right product, but into delta2 (4×1), which cannot hold 4×3
			return delta2, nil, nil, nil
		}, "delta2.Mul(delta2, W2.T()): write each product into a new(mat.Dense)"},
		{"delta1 from delta2 alone, without W2ᵀ", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			_, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			N, _ := X.Dims()
			A1, A2 := studentTanhForward(X, W1, b1, W2, b2)
			delta2 := new(mat.Dense)
			delta2.Sub(A2, Y)
			delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
			delta1 := new(mat.Dense)
			delta1.Apply(func(i, j int, v float64) float64 { a := A1.At(i, j); return v * (1 - a*a) }, delta2) // 4×1
			dW1 := new(mat.Dense)
			dW1.Mul(X.T(), delta1) // 2×1
			return dW1, studentRows(delta1), dW2, db2
		}, "2×1, want 2×3, the shape of the weights it belongs to. delta1 has one column: it was built from delta2 alone"},
		{"X not transposed", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			d := new(mat.Dense)
			d.Mul(X, mat.NewDense(4, 3, nil)) // X (4×2) times delta1 (4×3)
			return d, nil, nil, nil
		}, "X.T()"},
		{"other panic", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			var m *mat.Dense
			m.Set(0, 0, 1)
			return nil, nil, nil, nil
		}, "panicked"},
		{"1 + A1²", with(func(v, a, _ float64, _ int) float64 { return v * (1 + a*a) }), "1 + A1²"},
		{"A1² alone", with(func(v, a, _ float64, _ int) float64 { return v * a * a }), "which is tanh²"},
		{"2(1 − A1)", with(func(v, a, _ float64, _ int) float64 { return v * 2 * (1 - a) }), "derivative of (1 − A1)²"},
		{"A1 ⊙ (1 − A1²)", with(func(v, a, _ float64, _ int) float64 { return v * a * (1 - a*a) }), "mixes the sigmoid's"},
		{"σ′ at A1", with(func(v, a, _ float64, _ int) float64 { s := 1 / (1 + math.Exp(-a)); return v * s * (1 - s) }), "the sigmoid's σ′ taken at A1"},
		{"sech unsquared", with(func(v, _, z float64, _ int) float64 { return v / math.Cosh(z) }), "the square"},
		{"W2 left out", backWith(func(_, _ *mat.Dense) *mat.Dense { return mat.NewDense(3, 1, []float64{1, 1, 1}) }), "leaves out W2"},
		{"|W2|", backWith(func(_, W2 *mat.Dense) *mat.Dense {
			w := mat.DenseCopyOf(W2)
			w.Apply(func(_, _ int, v float64) float64 { return math.Abs(v) }, w)
			return w
		}), "sizes |W2|"},
		{"W1's first row for W2", backWith(func(W1, _ *mat.Dense) *mat.Dense { return mat.DenseCopyOf(W1.RowView(0)) }), "a row of W1 where it needs W2"},
		{"σ′(Z1) for tanh′", with(func(v, _, z float64, _ int) float64 { s := 1 / (1 + math.Exp(-z)); return v * s * (1 - s) }), "σ′(Z1) = σ(Z1) ⊙ (1 − σ(Z1))"},
		{"delta1 from A2 − Y", fromError(false), "delta1 starts from the error, (A2 − Y) · W2ᵀ"},
		{"delta1 from (A2 − Y)/N", fromError(true), "delta1 starts from the error, (A2 − Y)/N · W2ᵀ"},
		{"1 − Z1²", with(func(v, _, z float64, _ int) float64 { return v * (1 - z*z) }), "1 − Z1²"},
		{"local gradient twice", with(func(v, a, _ float64, _ int) float64 { return v * (1 - a*a) * (1 - a*a) }), "(1 − A1²)²"},
		{"A2 ⊙ (1 − A2), the output's σ′", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			N, _ := X.Dims()
			_, A2 := studentTanhForward(X, W1, b1, W2, b2)
			_, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			delta2 := new(mat.Dense)
			delta2.Sub(A2, Y)
			delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
			delta1 := new(mat.Dense)
			delta1.Mul(delta2, W2.T())
			delta1.Apply(func(i, j int, v float64) float64 { a := A2.At(i, 0); return v * a * (1 - a) }, delta1)
			dW1 := new(mat.Dense)
			dW1.Mul(X.T(), delta1)
			return dW1, studentRows(delta1), dW2, db2
		}, "the output's σ′"},
		{"db1 = sumRows(delta2), one entry", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			dW1, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			return dW1, db2, dW2, db2
		}, "db1 has 1 entry, want 3"},
		{"1 − A2²", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			N, _ := X.Dims()
			_, A2 := studentTanhForward(X, W1, b1, W2, b2)
			_, _, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			delta2 := new(mat.Dense)
			delta2.Sub(A2, Y)
			delta2.Apply(func(i, j int, v float64) float64 { a := A2.At(i, j); return v / float64(N) * a * (1 - a) }, delta2)
			delta1 := new(mat.Dense)
			delta1.Mul(delta2, W2.T())
			delta1.Apply(func(i, j int, v float64) float64 { a := A2.At(i, 0); return v * (1 - a*a) }, delta1)
			dW1 := new(mat.Dense)
			dW1.Mul(X.T(), delta1)
			return dW1, studentRows(delta1), dW2, db2
		}, "1 − A2²"},
		{"changes its inputs", func(X, Y, W1 *mat.Dense, b1 []float64, W2 *mat.Dense, b2 []float64) (*mat.Dense, []float64, *mat.Dense, []float64) {
			dW1, db1, dW2, db2 := right(X, Y, W1, b1, W2, b2)
			W1.Zero()
			return dW1, db1, dW2, db2
		}, ""},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check4_2(tt.f), "4.2", tt.hint)
	}
}

func TestConstantFactor(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want []float64
		f         float64
		ok        bool
	}{
		{"negated", []float64{-1, 2, -0.5}, []float64{1, -2, 0.5}, -1, true},
		{"halved", []float64{0.5, -1, 0}, []float64{1, -2, 0}, 0.5, true},
		{"equal", []float64{1, 2}, []float64{1, 2}, 0, false},
		{"not proportional", []float64{-1, 2}, []float64{1, 2}, 0, false},
		{"all zero", []float64{0, 0}, []float64{1, 2}, 0, false},
		{"want zero", []float64{1, 2}, []float64{0, 0}, 0, false},
		{"lengths differ", []float64{1}, []float64{1, 2}, 0, false},
		{"empty", nil, nil, 0, false},
	} {
		f, ok := constantFactor(tc.got, tc.want)
		if ok != tc.ok || (ok && math.Abs(f-tc.f) > 1e-12) {
			t.Errorf("%s: constantFactor = %g, %v; want %g, %v", tc.name, f, ok, tc.f, tc.ok)
		}
	}
}
