package exercises

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// digitBatch returns a batch of m made-up network outputs H (values in (0, 1)) and one-hot
// targets Y over k classes, drawn from seed, and the labels behind Y.
func digitBatch(m, k int, seed uint64) (H, Y *mat.Dense, labels []int) {
	rng := rand.New(rand.NewPCG(seed, 7))
	H, Y = mat.NewDense(m, k, nil), mat.NewDense(m, k, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < k; j++ {
			H.Set(i, j, 0.02+0.96*rng.Float64())
		}
		labels = append(labels, rng.IntN(k))
		Y.Set(i, labels[i], 1)
	}
	return H, Y, labels
}

// Check7_1 checks exercise 7.1: costJ(H, Y) must return the cost J of section 3 for a batch of
// outputs H and targets Y, one sample per row, and leave H and Y unchanged. It tries batches of
// different sizes and names the likely mistakes: the ½ or the average over samples left out, an
// average over every entry or over the outputs, a division by m twice or by m − 1, a row left out
// of the sum, only the first row counted, only the target's output counted, distances or differences not squared, signed
// differences, each row's differences added before squaring, the norm of the whole difference
// matrix not squared.
func Check7_1(costJ func(H, Y *mat.Dense) float64) Result {
	const ex = "7.1"
	if costJ == nil {
		return notYet(ex, "costJ is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for _, c := range []struct {
			m, k int
			seed uint64
		}{{7, 10, 1}, {12, 10, 2}, {3, 4, 3}} {
			H, Y, _ := digitBatch(c.m, c.k, c.seed)
			H0, Y0 := mat.DenseCopyOf(H), mat.DenseCopyOf(Y)
			got := costJ(H, Y)
			if !mat.Equal(H, H0) || !mat.Equal(Y, Y0) {
				return notYet(ex, "costJ changed H or Y; compute the cost without writing into them.")
			}
			var sq, dist, abs, target float64 // Σ‖y − h‖², Σ‖y − h‖, Σ|y − h| and Σ (1 − h_label)² over the samples
			var first, last float64           // ‖y − h‖² of the first and of the last row
			var signed, rowSumSq float64      // Σ Σ (y − h) and Σ (Σ over the outputs of (y − h))²
			for i := 0; i < c.m; i++ {
				row, rowSum := 0.0, 0.0
				for j := 0; j < c.k; j++ {
					d := Y.At(i, j) - H.At(i, j)
					row += d * d
					rowSum += d
					signed += d
					abs += math.Abs(d)
					if Y.At(i, j) == 1 {
						target += d * d
					}
				}
				sq += row
				rowSumSq += rowSum * rowSum
				dist += math.Sqrt(row)
				if i == 0 {
					first = row
				}
				last = row
			}
			m := float64(c.m)
			want := sq / (2 * m)
			switch {
			case near(got, want, 1e-12):
				continue
			case badNumber(got) != "":
				return notYet(ex, "costJ is %s for a %d×%d batch.", badNumber(got), c.m, c.k)
			case got == 0:
				return notYet(ex, "costJ returned 0: add up ½‖y − h‖² over the rows and divide by the number of rows m.")
			case near(got, 2*want, 1e-12):
				return notYet(ex, "twice the cost: J has a ½ in front of each squared distance.")
			case near(got, sq/2, 1e-12):
				return notYet(ex, "that is the sum over the samples; J averages it: divide by m, the number of rows.")
			case near(got, sq, 1e-12):
				return notYet(ex, "that is Σ‖y − h‖², with neither the ½ nor the average over the m rows.")
			case near(got, sq/(2*(m-1)), 1e-12) || near(got, sq/(m-1), 1e-12):
				return notYet(ex, "for a batch of m = %d rows you divided by m − 1 = %d; J averages over the m samples: divide by m (m − 1 belongs to the sample variance, not to J).", c.m, c.m-1)
			case near(got, (sq-last)/(2*m), 1e-12) || near(got, (sq-last)/(2*(m-1)), 1e-12):
				return notYet(ex, "the last row of the %d-row batch is missing from your sum: loop over all m rows, i = 0, …, m − 1.", c.m)
			case near(got, first/(2*m), 1e-12) || near(got, first/2, 1e-12) || near(got, first/m, 1e-12) || near(got, first, 1e-12):
				return notYet(ex, "only the first row of the %d-row batch is counted: is the return inside the loop? Add up ½‖y − h‖² over all m rows, then divide by m once, after the loop.", c.m)
			case near(got, (sq-first)/(2*m), 1e-12) || near(got, (sq-first)/(2*(m-1)), 1e-12):
				return notYet(ex, "the first row of the %d-row batch (row 0) is missing from your sum: loop over all m rows, starting at i = 0.", c.m)
			case near(got, sq/(2*float64(c.k)), 1e-12) || near(got, sq/float64(c.k), 1e-12):
				return notYet(ex, "for a %d×%d batch you divided by %d, the number of outputs (columns); J averages over the m = %d rows (samples) and sums the outputs of each.", c.m, c.k, c.k, c.m)
			case near(got, target/(2*m), 1e-12) || near(got, target/m, 1e-12):
				return notYet(ex, "you added up only the output whose target is 1; ‖y − h‖² sums over all %d outputs, also those whose target is 0.", c.k)
			case near(got, sq/(2*m*m), 1e-12) || near(got, sq/(m*m), 1e-12):
				return notYet(ex, "for a batch of m = %d rows you divided by m twice (m² = %d): take the average once, after adding up ½‖y − h‖² over all rows.", c.m, c.m*c.m)
			case near(got, sq/(2*m*float64(c.k)), 1e-12) || near(got, sq/(m*float64(c.k)), 1e-12):
				return notYet(ex, "you divided by every entry (m·%d); J averages over the m samples only, and sums the %d outputs of each.", c.k, c.k)
			case near(got, math.Sqrt(sq)/(2*m), 1e-12) || near(got, math.Sqrt(sq)/m, 1e-12):
				return notYet(ex, "that is ‖Y − H‖, the norm of the whole difference matrix (what mat.Norm(D, 2) returns), not its square: J adds up the squared differences, ‖Y − H‖².")
			case near(got, dist/(2*m), 1e-12) || near(got, dist/m, 1e-12):
				return notYet(ex, "the distances are not squared: J uses ‖y − h‖², the sum of the squared differences.")
			case near(got, abs/(2*m), 1e-12) || near(got, abs/m, 1e-12):
				return notYet(ex, "you added up the absolute differences |y − h|; J adds up their squares, (y − h)².")
			case near(got, signed/(2*m), 1e-12) || near(got, signed/m, 1e-12):
				return notYet(ex, "you added up the signed differences y − h, so positive and negative ones cancel; J adds up their squares, (y − h)².")
			case near(got, rowSumSq/(2*m), 1e-12) || near(got, rowSumSq/m, 1e-12):
				return notYet(ex, "you added up each row's differences first and squared the total, (Σ (y − h))²; J squares each difference first and then adds them: Σ (y − h)².")
			}
			return notYet(ex, "for a %d×%d batch costJ gives %.6g, J is %.6g: (1/m) Σ over the rows of ½ Σ over the outputs of (y − h)².", c.m, c.k, got, want)
		}
		return correct(ex, "J = (1/m) Σ ½‖y − h‖², the cost the article's network minimises (nn.MSE).")
	})
}

// Check7_2 checks exercise 7.2: predictDigits(H) must return, for every row of H, the index of
// its largest entry (the first one on a tie, as Predict does). It names the likely mistakes: the
// smallest entry, digits counted from 1, columns instead of rows, ties broken towards the last.
func Check7_2(predictDigits func(H *mat.Dense) []int) Result {
	const ex = "7.2"
	if predictDigits == nil {
		return notYet(ex, "predictDigits is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		H, _, _ := digitBatch(14, 10, 4)
		// A tie in row 3: two outputs share the largest value.
		H.Set(3, 2, 0.99)
		H.Set(3, 7, 0.99)
		H0 := mat.DenseCopyOf(H)
		got := predictDigits(H)
		if !mat.Equal(H, H0) {
			return notYet(ex, "predictDigits changed H; only read it.")
		}
		r, c := H.Dims()
		want, low, last := make([]int, r), make([]int, r), make([]int, r)
		for i := 0; i < r; i++ {
			for j := 1; j < c; j++ {
				if H.At(i, j) > H.At(i, want[i]) {
					want[i] = j
				}
				if H.At(i, j) >= H.At(i, last[i]) {
					last[i] = j
				}
				if H.At(i, j) < H.At(i, low[i]) {
					low[i] = j
				}
			}
		}
		plus1 := make([]int, r)
		for i := range want {
			plus1[i] = want[i] + 1
		}
		switch {
		case sameInts(got, want):
			return correct(ex, "the predicted digit is the index of the largest output, the first one on a tie, as Predict does.")
		case len(got) == c && r != c:
			return notYet(ex, "predictDigits returned %d answers for %d rows: take the largest entry of each row (one sample per row), not of each column.", len(got), r)
		case len(got) != r:
			return notYet(ex, "predictDigits returned %d answers for the check's batch of %d rows; give one digit per row.", len(got), r)
		case sameInts(got, low):
			return notYet(ex, "that is the index of the smallest output; the network's answer is the largest.")
		case sameInts(got, plus1):
			return notYet(ex, "off by one: output k stands for digit k, counting from 0.")
		case sameInts(got, last):
			return notYet(ex, "right except on a tie: row 3 has its largest value twice (outputs 2 and 7); keep the first, as Predict does (compare with >, not >=).")
		}
		for i := range got {
			if got[i] != want[i] {
				return notYet(ex, "row %d: you answer %d, but its largest output is number %d (%.3f against %.3f).", i, got[i], want[i], H.At(i, want[i]), H.At(i, max(0, min(got[i], c-1))))
			}
		}
		return notYet(ex, "compare each row's entries and keep the index of the largest.")
	})
}

// deltaCase is one made-up sample for exercise 7.3: the weights W^(2) in the article's
// orientation (w[i][j] connects hidden node j to output i), the hidden outputs h^(2), the
// network's outputs h^(3) and the one-hot target y.
type deltaCase struct {
	w         [][]float64
	h2, h3, y []float64
}

// newDeltaCase draws a deltaCase with hidden nodes and outputs from seed.
func newDeltaCase(hidden, outputs int, seed uint64) deltaCase {
	rng := rand.New(rand.NewPCG(seed, 73))
	c := deltaCase{w: make([][]float64, outputs), h2: make([]float64, hidden),
		h3: make([]float64, outputs), y: make([]float64, outputs)}
	for i := range c.w {
		c.w[i] = make([]float64, hidden)
		for j := range c.w[i] {
			c.w[i][j] = 2*rng.Float64() - 1
		}
		c.h3[i] = 0.05 + 0.9*rng.Float64()
	}
	for j := range c.h2 {
		c.h2[j] = 0.05 + 0.9*rng.Float64()
	}
	c.y[rng.IntN(outputs)] = 1
	return c
}

// copy returns a deep copy of c, to tell whether a student's function wrote into its inputs.
func (c deltaCase) copy() deltaCase {
	d := deltaCase{h2: append([]float64(nil), c.h2...), h3: append([]float64(nil), c.h3...),
		y: append([]float64(nil), c.y...)}
	for _, row := range c.w {
		d.w = append(d.w, append([]float64(nil), row...))
	}
	return d
}

// hiddenDeltas returns Σ_i w(i, j)·out[i]·fp(j) for every hidden node j: the backward pass of one
// layer with the given output deltas, weights and hidden slope.
func hiddenDeltas(hidden int, w func(i, j int) float64, out []float64, fp func(j int) float64) []float64 {
	d := make([]float64, hidden)
	for j := range d {
		for i := range out {
			d[j] += w(i, j) * out[i]
		}
		d[j] *= fp(j)
	}
	return d
}

// Check7_3 checks exercise 7.3: hiddenDelta(w, h2, h3, y) must return the deltas δ^(2) of the
// hidden layer of a network with one hidden sigmoid layer, for one sample with target y, hidden
// outputs h2 and outputs h3, where w[i][j] is the article's w_ij^(2); and it must leave its
// inputs unchanged. It tries a square layer and two digit-like ones, and names the likely
// mistakes: a missing slope, a slope with one of its two factors left out, the weights indexed
// the wrong way round, a flipped sign, a slope taken of the wrong quantity or of the wrong layer,
// tanh's slope, the output layer's deltas returned instead of the hidden layer's, only the
// target's output passed back, the weights left out of the sum, a sum not started again for each
// hidden node.
func Check7_3(hiddenDelta func(w [][]float64, h2, h3, y []float64) []float64) Result {
	const ex = "7.3"
	if hiddenDelta == nil {
		return notYet(ex, "hiddenDelta is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for _, size := range []struct {
			hidden, outputs int
			seed            uint64
		}{{3, 3, 1}, {30, 10, 2}, {5, 8, 3}} {
			c := newDeltaCase(size.hidden, size.outputs, size.seed)
			c0 := c.copy()
			got := hiddenDelta(c.w, c.h2, c.h3, c.y)
			if !allNear(c.h2, c0.h2, 0) || !allNear(c.h3, c0.h3, 0) || !allNear(c.y, c0.y, 0) || !sameRows(c.w, c0.w) {
				return notYet(ex, "hiddenDelta changed one of its inputs (w, h2, h3 or y); compute the deltas in a new slice.")
			}
			out := make([]float64, size.outputs)     // δ^(3) = −(y − h) f′(z^(3))
			outNoFp := make([]float64, size.outputs) // −(y − h), the slope left out
			for i := range out {
				outNoFp[i] = -(c.y[i] - c.h3[i])
				out[i] = outNoFp[i] * c.h3[i] * (1 - c.h3[i])
			}
			wij := func(i, j int) float64 { return c.w[i][j] }
			fp := func(j int) float64 { return c.h2[j] * (1 - c.h2[j]) }
			one := func(int) float64 { return 1 }
			want := hiddenDeltas(size.hidden, wij, out, fp)
			switch {
			case len(got) == 0 || allZero(got) && !allZero(want):
				return notYet(ex, "hiddenDelta returned no deltas (or all 0): start from the output deltas δ^(3) of section 3, then pass them back through the weights.")
			case len(got) == size.outputs && size.outputs != size.hidden:
				return notYet(ex, "hiddenDelta returned %d numbers, one per output: that looks like the output delta δ^(3); the hidden layer has %d nodes, one delta each.", len(got), size.hidden)
			case len(got) != size.hidden:
				return notYet(ex, "hiddenDelta returned %d numbers for %d hidden nodes: δ^(2) has one entry per hidden node (len(h2)).", len(got), size.hidden)
			}
			for _, v := range got {
				if badNumber(v) != "" {
					return notYet(ex, "one of your deltas is %s.", badNumber(v))
				}
			}
			if allNear(got, want, 1e-9) {
				continue
			}
			neg := make([]float64, len(want))
			for j := range want {
				neg[j] = -want[j]
			}
			tanhSlope := func(j int) float64 { return 1 - c.h2[j]*c.h2[j] }
			outTanh := make([]float64, size.outputs) // δ^(3) with tanh's slope 1 − h²
			for i := range outTanh {
				outTanh[i] = outNoFp[i] * (1 - c.h3[i]*c.h3[i])
			}
			outTarget := make([]float64, size.outputs) // δ^(3) of the output whose target is 1, the others 0
			for i := range outTarget {
				if c.y[i] == 1 {
					outTarget[i] = out[i]
				}
			}
			// The sigmoid's slope written with one factor only: h, or 1 − h.
			var halfSlope string // which layer's slope lost a factor: "hidden", "output" or "both"
			for _, half := range []func(h float64) float64{
				func(h float64) float64 { return h },
				func(h float64) float64 { return 1 - h },
			} {
				outHalf := make([]float64, size.outputs)
				for i := range outHalf {
					outHalf[i] = outNoFp[i] * half(c.h3[i])
				}
				hiddenHalf := func(j int) float64 { return half(c.h2[j]) }
				switch {
				case allNear(got, hiddenDeltas(size.hidden, wij, out, hiddenHalf), 1e-9):
					halfSlope = "hidden"
				case allNear(got, hiddenDeltas(size.hidden, wij, outHalf, fp), 1e-9):
					halfSlope = "output"
				case allNear(got, hiddenDeltas(size.hidden, wij, outHalf, hiddenHalf), 1e-9):
					halfSlope = "both"
				}
			}
			// The sum Σ_i w_ij δ_i not started again at 0 for each hidden node j: node j gets the
			// sums of nodes 0, …, j added up.
			running := make([]float64, size.hidden)
			acc := 0.0
			for j := range running {
				for i := range out {
					acc += c.w[i][j] * out[i]
				}
				running[j] = acc * fp(j)
			}
			sigOfH := func(j int) float64 {
				s := 1 / (1 + math.Exp(-c.h2[j]))
				return s * (1 - s)
			}
			switch {
			case allNear(got, hiddenDeltas(size.hidden, wij, out, one), 1e-9):
				return notYet(ex, "the hidden layer's slope is missing: multiply Σ_i w_ij δ_i^(3) by f′(z_j^(2)) = h_j(1 − h_j), with h = h2.")
			case allNear(got, hiddenDeltas(size.hidden, wij, outNoFp, fp), 1e-9):
				return notYet(ex, "the output delta lacks its slope: δ^(3)_i = −(y_i − h_i)·f′(z_i^(3)), with f′(z_i^(3)) = h_i(1 − h_i) for h = h3.")
			case allNear(got, hiddenDeltas(size.hidden, wij, outNoFp, one), 1e-9):
				return notYet(ex, "both slopes are missing: the output delta has the factor h_i(1 − h_i) of h3, the hidden one h_j(1 − h_j) of h2.")
			case len(out) == len(got) && allNear(got, out, 1e-9):
				return notYet(ex, "that is the output delta δ^(3); pass it back one layer: each hidden node j collects the output deltas through the weights it feeds, times its own slope.")
			case allNear(got, hiddenDeltas(size.hidden, wij, outTarget, fp), 1e-9):
				return notYet(ex, "you passed back only the delta of the output whose target is 1; every output has a delta, also those whose target is 0 (their h is above 0: too large), and hidden node j collects all of them through its weights.")
			case allNear(got, neg, 1e-9):
				return notYet(ex, "the sign is flipped: δ^(3)_i = −(y_i − h_i)·h_i(1 − h_i), positive when the output is too large.")
			case size.hidden <= size.outputs && allNear(got, hiddenDeltas(size.hidden, wij, out, func(j int) float64 { return c.h3[j] * (1 - c.h3[j]) }), 1e-9):
				return notYet(ex, "the hidden node's slope uses h3: each node's slope comes from its own output, so hidden node j takes h2[j](1 − h2[j]).")
			case allNear(got, hiddenDeltas(size.hidden, wij, out, tanhSlope), 1e-9) || allNear(got, hiddenDeltas(size.hidden, wij, outTanh, tanhSlope), 1e-9):
				return notYet(ex, "1 − h² is the slope of tanh; these are sigmoid nodes, whose slope is h(1 − h).")
			case halfSlope == "hidden":
				return notYet(ex, "the hidden node's slope has only one factor: a sigmoid's slope is h(1 − h), the product of both, not h or 1 − h alone; hidden node j takes h2[j](1 − h2[j]).")
			case halfSlope == "output":
				return notYet(ex, "the output delta's slope has only one factor: a sigmoid's slope is h(1 − h), the product of both, not h or 1 − h alone; output i takes h3[i](1 − h3[i]).")
			case halfSlope == "both":
				return notYet(ex, "both slopes have only one factor: a sigmoid's slope is h(1 − h), the product of both, not h or 1 − h alone (h3 for the outputs, h2 for the hidden nodes).")
			case allNear(got, hiddenDeltas(size.hidden, func(int, int) float64 { return 1 }, out, fp), 1e-9):
				return notYet(ex, "the weights are missing from the sum: hidden node j collects each output delta through the weight that joins them, Σ_i w_ij δ_i^(3), not Σ_i δ_i^(3).")
			case allNear(got, running, 1e-9):
				return notYet(ex, "your δ^(2)_0 is right but the later ones are not: the sum Σ_i w_ij δ_i^(3) carries over from one hidden node to the next; start it again at 0 for each hidden node j.")
			case allNear(got, hiddenDeltas(size.hidden, wij, out, sigOfH), 1e-9):
				return notYet(ex, "h2 already is f(z): the slope is f′(z) = h(1 − h), not σ(h)(1 − σ(h)).")
			case size.hidden == size.outputs && allNear(got, hiddenDeltas(size.hidden, func(i, j int) float64 { return c.w[j][i] }, out, fp), 1e-9):
				return notYet(ex, "you read the weights as w[j][i]: hidden node j feeds output i through w[i][j] (the article's w_ij^(2), receiving node first), so the sum runs over the first index, Σ_i w[i][j]·δ_i^(3) (the transpose Wᵀ in the vector form).")
			}
			for j := range want {
				if !near(got[j], want[j], 1e-9) {
					return notYet(ex, "for %d hidden nodes and %d outputs, your δ^(2)_%d is %.6g, expected %.6g: δ_j^(2) = (Σ_i w_ij δ_i^(3))·h_j(1 − h_j).", size.hidden, size.outputs, j, got[j], want[j])
				}
			}
		}
		return correct(ex, "δ^(2) = (Wᵀ δ^(3)) ⊙ f′(z^(2)): each hidden node collects the output deltas through the weights it feeds, times its own slope.")
	})
}

// sameRows reports whether a and b hold the same rows of numbers.
func sameRows(a, b [][]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !allNear(a[i], b[i], 0) {
			return false
		}
	}
	return true
}
