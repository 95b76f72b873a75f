package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

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

// fixedDivisor returns M when costJ returns ½ Σ‖y − h‖² / M (half true) or Σ‖y − h‖² / M
// (half false) for the same whole number M, from 1 to a million, on batches of 5 and of 9 rows:
// a divisor written as a fixed number instead of m. M is 0 otherwise.
func fixedDivisor(costJ func(H, Y *mat.Dense) float64) (M int, half bool) {
	divisor := func(m int, half bool) int {
		H, Y, _ := digitBatch(m, 10, uint64(m))
		var D mat.Dense
		D.Sub(Y, H)
		D.MulElem(&D, &D)
		x := mat.Sum(&D) / costJ(H, Y)
		if half {
			x /= 2
		}
		if r := math.Round(x); r >= 1 && r <= 1e6 && math.Abs(x-r) <= 1e-9*r {
			return int(r)
		}
		return 0
	}
	for _, half := range []bool{true, false} {
		if M := divisor(5, half); M > 0 && M == divisor(9, half) {
			return M, half
		}
	}
	return 0, false
}

// intAverage reports whether costJ gives the right, non-zero cost for a batch of one row with k
// outputs: the sign that a 0 on larger batches comes from an average written as 1/m with an int m.
func intAverage(costJ func(H, Y *mat.Dense) float64, k int, seed uint64) bool {
	H, Y, _ := digitBatch(1, k, seed)
	var got float64
	if panicText(func() { got = costJ(H, Y) }) != "" {
		return false
	}
	want := 0.0
	for j := 0; j < k; j++ {
		d := Y.At(0, j) - H.At(0, j)
		want += d * d / 2
	}
	return got != 0 && near(got, want, 1e-12)
}

// Check7_1 checks exercise 7.1: costJ(H, Y) must return the cost J of section 3 for a batch of
// outputs H and targets Y, one sample per row, and leave H and Y unchanged. It tries batches of
// different sizes and names the likely mistakes: sizes fixed in the code, a matrix that keeps
// its shape between calls or a notebook variable read in place of H or Y, Y left out, a matrix
// product (Mul or Pow) where an element-wise one belongs, the ½ or the average over samples left out, an
// average over every entry or over the outputs, a division by m twice or by m − 1, a
// multiplication by m where J divides (Go reads a / 2 * m as (a / 2) * m), a row left out
// of the sum, only the first row counted, only the target's output counted, distances or differences not squared, signed
// differences, each row's, each column's or all differences added before squaring, a fixed number of rows, the ½ applied
// twice, the last column left out of the sum, the norm of the
// whole difference matrix not squared, cross-entropy, the square root of the cost, and a ½ written as 1/2 or an average as 1/m with an
// int m, which Go computes as 0.
func Check7_1(costJ func(H, Y *mat.Dense) float64) Result {
	const ex = "7.1"
	if costJ == nil {
		return notYet(ex, "costJ is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for n, c := range []struct {
			m, k int
			seed uint64
		}{{7, 10, 1}, {12, 10, 2}, {3, 4, 3}} {
			H, Y, _ := digitBatch(c.m, c.k, c.seed)
			H0, Y0 := mat.DenseCopyOf(H), mat.DenseCopyOf(Y)
			var got float64
			if text := panicText(func() { got = costJ(H, Y) }); text != "" {
				switch {
				case strings.Contains(text, "index out of range"):
					return notYet(ex, "for a batch of %d samples and %d outputs your code read outside H or Y (%s): take m and k from H.Dims() instead of fixed numbers such as 10.", c.m, c.k, text)
				case strings.Contains(text, "dimension mismatch") && keepsShape(func(m int, seed uint64) {
					H, Y, _ := digitBatch(m, m, seed)
					costJ(H, Y)
				}):
					before := "an earlier call, such as the exercise cell's own on the test batch"
					if n > 0 {
						before = "its last call: costJ worked for the check's first batch (7×10)"
					}
					return notYet(ex, "costJ fails on a %d×%d batch (%s), and on square ones too, where any matrix product would fit: a matrix in it keeps one shape whatever the batch. It may be declared outside costJ (gonum will not reshape a matrix that holds values, so it keeps the shape of %s), made with fixed sizes, or a notebook variable such as Htest or Ytest used in place of H or Y. Use only the arguments H and Y, and declare every matrix inside the function (var D mat.Dense).", c.m, c.k, text, before)
				case strings.Contains(text, "dimension mismatch"):
					return notYet(ex, "a gonum operation got matrices whose shapes do not fit (%s): Mul and Pow are matrix products (Pow(D, 2) is D·D, not every entry squared), and a matrix product needs the columns of its first matrix to match the rows of its second; to square every entry, use the element-wise product MulElem.", text)
				}
				panic(text)
			}
			if !mat.Equal(H, H0) || !mat.Equal(Y, Y0) {
				return notYet(ex, "costJ changed H or Y; compute the cost without writing into them.")
			}
			var sq, dist, abs, target float64 // Σ‖y − h‖², Σ‖y − h‖, Σ|y − h| and Σ (1 − h_label)² over the samples
			var hSq float64                   // Σ‖h‖²: the cost with Y left out
			var ce, bce float64               // −Σ y log h and −Σ (y log h + (1 − y) log(1 − h)): cross-entropy
			var first, last float64           // ‖y − h‖² of the first and of the last row
			var lastCol float64               // Σ over the samples of the last output's (y − h)²
			var signed, rowSumSq float64      // Σ Σ (y − h) and Σ (Σ over the outputs of (y − h))²
			colSum := make([]float64, c.k)    // Σ over the samples of (y − h), one per output
			for i := 0; i < c.m; i++ {
				row, rowSum := 0.0, 0.0
				for j := 0; j < c.k; j++ {
					d := Y.At(i, j) - H.At(i, j)
					row += d * d
					rowSum += d
					colSum[j] += d
					signed += d
					abs += math.Abs(d)
					if Y.At(i, j) == 1 {
						target += d * d
					}
					hSq += H.At(i, j) * H.At(i, j)
					y, h := Y.At(i, j), H.At(i, j)
					ce -= y * math.Log(h)
					bce -= y*math.Log(h) + (1-y)*math.Log(1-h)
					if j == c.k-1 {
						lastCol += d * d
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
			colSumSq := 0.0 // Σ over the outputs of (Σ over the samples of (y − h))²
			for _, t := range colSum {
				colSumSq += t * t
			}
			m := float64(c.m)
			want := sq / (2 * m)
			switch {
			case near(got, want, 1e-12):
				continue
			case badNumber(got) != "":
				return notYet(ex, "costJ is %s for a %d×%d batch.", badNumber(got), c.m, c.k)
			case got == 0 && intAverage(costJ, c.k, c.seed):
				return notYet(ex, "costJ returned 0 for a %d-row batch, but the right cost for a batch of one row: is the average written as 1/m with an int m? Go divides the whole numbers first, so 1/m is 0 for every m above 1 (and float64(1/m) converts that 0): divide by float64(m) instead.", c.m)
			case got == 0:
				return notYet(ex, "costJ returned 0: add up ½‖y − h‖² over the rows and divide by the number of rows m. If you wrote the ½ as 1/2, Go divides the whole numbers 1 and 2 and gets 0: write 0.5.")
			case near(got, 2*want, 1e-12):
				return notYet(ex, "twice the cost: J has a ½ in front of each squared distance.")
			case near(got, want/2, 1e-12):
				return notYet(ex, "half the cost: you halved twice (a 0.5 in front and a division by 2 as well, or 4 in the denominator); J has one ½.")
			case near(got, sq/2, 1e-12):
				return notYet(ex, "that is the sum over the samples; J averages it: divide by m, the number of rows.")
			case near(got, sq, 1e-12):
				return notYet(ex, "that is Σ‖y − h‖², with neither the ½ nor the average over the m rows.")
			case near(got, sq*m/2, 1e-12) || near(got, sq*m, 1e-12):
				return notYet(ex, "for a batch of m = %d rows you multiplied by m where J divides by it: Go reads a / 2 * m from left to right, as (a / 2) * m. Put the denominator in parentheses, a / (2 * float64(m)).", c.m)
			case near(got, sq/(2*(m-1)), 1e-12) || near(got, sq/(m-1), 1e-12):
				return notYet(ex, "for a batch of m = %d rows you divided by m − 1 = %d; J averages over the m samples: divide by m (m − 1 belongs to the sample variance, not to J).", c.m, c.m-1)
			case near(got, (sq-last)/(2*m), 1e-12) || near(got, (sq-last)/(2*(m-1)), 1e-12):
				return notYet(ex, "the last row of the %d-row batch is missing from your sum: loop over all m rows, i = 0, …, m − 1.", c.m)
			case near(got, (sq-lastCol)/(2*m), 1e-12) || near(got, (sq-lastCol)/m, 1e-12):
				return notYet(ex, "the last column (output %d of %d) is missing from your sum: loop over all k outputs of each row, j = 0, …, k − 1.", c.k-1, c.k)
			case near(got, first/(2*m), 1e-12) || near(got, first/2, 1e-12) || near(got, first/m, 1e-12) || near(got, first, 1e-12):
				return notYet(ex, "only the first row of the %d-row batch is counted: is the return inside the loop? Add up ½‖y − h‖² over all m rows, then divide by m once, after the loop.", c.m)
			case near(got, (sq-first)/(2*m), 1e-12) || near(got, (sq-first)/(2*(m-1)), 1e-12):
				return notYet(ex, "the first row of the %d-row batch (row 0) is missing from your sum: loop over all m rows, starting at i = 0.", c.m)
			case near(got, hSq/(2*m), 1e-12) || near(got, hSq/m, 1e-12):
				return notYet(ex, "you squared h, not y − h: J measures how far each output is from its target in Y, so square the differences Y − H.")
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
			case near(got, colSumSq/(2*m), 1e-12) || near(got, colSumSq/m, 1e-12):
				return notYet(ex, "you added up each output's differences over the samples first and squared the totals, Σ over the outputs of (Σ over the samples of (y − h))² (what mat.Sum of D·Dᵀ gives: it multiplies every sample's differences with every other sample's); J squares each difference on its own and then adds them: Σ (y − h)², with the element-wise MulElem.")
			case near(got, signed*signed/(2*m), 1e-12) || near(got, signed*signed/m, 1e-12):
				return notYet(ex, "you added up all the differences, then squared the total; J squares each difference first and then adds them: Σ (y − h)², with the element-wise MulElem.")
			case near(got, ce/m, 1e-12) || near(got, ce, 1e-12) || near(got, bce/m, 1e-12) || near(got, bce, 1e-12):
				return notYet(ex, "that is cross-entropy (−Σ y log h), lesson 8's cost; section 3's J is the squared error, (1/m) Σ ½‖y − h‖².")
			case near(got, math.Sqrt(want), 1e-12) || near(got, math.Sqrt(sq/m), 1e-12):
				return notYet(ex, "you took the square root of the cost; J is (1/m) Σ ½‖y − h‖² itself, with no root.")
			case near(got, rowSumSq/(2*m), 1e-12) || near(got, rowSumSq/m, 1e-12):
				return notYet(ex, "you added up each row's differences first and squared the total, (Σ (y − h))² (what mat.Sum of a matrix product such as DᵀD gives); J squares each difference first and then adds them: Σ (y − h)², with the element-wise MulElem.")
			}
			H5, Y5, _ := digitBatch(5, c.k, 99) // another batch: a cost that ignores H and Y gives the same number
			var other float64
			if panicText(func() { other = costJ(H5, Y5) }) == "" && other == got {
				return notYet(ex, "costJ gives %.6g on two different batches: does it read notebook variables such as Htest and Ytest instead of its arguments H and Y? Use only H and Y.", got)
			}
			if M, half := fixedDivisor(costJ); M > 0 {
				what := "Σ‖y − h‖², with no ½,"
				if half {
					what = "½ Σ‖y − h‖²"
				}
				return notYet(ex, "you divided %s by %d; this batch has m = %d rows: take m from H.Dims().", what, M, c.m)
			}
			g, w := fmt.Sprintf("%.6g", got), fmt.Sprintf("%.6g", want)
			if g == w { // both round alike: show enough digits to see the difference
				g, w = fmt.Sprintf("%.17g", got), fmt.Sprintf("%.17g", want)
			}
			return notYet(ex, "for a %d×%d batch costJ gives %s, J is %s: (1/m) Σ over the rows of ½ Σ over the outputs of (y − h)².", c.m, c.k, g, w)
		}
		return correct(ex, "J = (1/m) Σ ½‖y − h‖², the cost the article's network minimises (nn.MSE).")
	})
}

// Check7_2 checks exercise 7.2: predictDigits(H) must return, for every row of H, the index of
// its largest entry (the first one on a tie, as Predict does). It names the likely mistakes: the
// smallest entry, digits counted from 1, columns instead of rows, ties broken towards the last,
// answers appended to a slice that already holds one zero per row, a slice too short, the
// largest value converted to an int in place of its index.
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
		// Row 9 is all below 0.5, as the outputs of a sigmoid network often are (its largest is
		// output 3): an argmax that starts from a fixed value such as 0.5 instead of the row's
		// own first entry answers 0 here.
		for j, v := range []float64{0.10, 0.30, 0.20, 0.45, 0.05, 0.15, 0.25, 0.35, 0.40, 0.12} {
			H.Set(9, j, v)
		}
		H0 := mat.DenseCopyOf(H)
		r, c := H.Dims()
		var got []int
		if text := panicText(func() { got = predictDigits(H) }); text != "" {
			switch {
			case strings.Contains(text, "column index out of range"):
				return notYet(ex, "your code asked H for a column it does not have (%s): the check's H is %d×%d, one row per sample and one column per output, so there are only %d columns. Sample s's outputs are row s (H.At(s, i), H.RawRowView(s) or mat.Row(nil, s, H)); a loop over the samples is a loop over the rows.", text, r, c, c)
			case strings.Contains(text, "index out of range"):
				return notYet(ex, "your code went past the end of a slice (%s): the check's H is %d×%d, and the answer needs one digit per row, %d of them; take the sizes from H.Dims().", text, r, c, r)
			}
			panic(text)
		}
		if !mat.Equal(H, H0) {
			return notYet(ex, "predictDigits changed H; only read it.")
		}
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
		case len(got) == 2*r && allZeroInts(got[:r]):
			return notYet(ex, "predictDigits returned %d answers for the check's batch of %d rows, the first %d of them 0: make([]int, m) already holds m zeros, and append adds after them. Either set the answer of row s in place (digits[s] = …) or start from an empty slice, make([]int, 0, m), and append.", len(got), r, r)
		case len(got) != r:
			return notYet(ex, "predictDigits returned %d answers for the check's batch of %d rows; give one digit per row.", len(got), r)
		case allZeroInts(got):
			return notYet(ex, "you answer 0 for every row. Either the loop never writes its answers into the slice, or it writes int(the largest value), which is 0 for outputs between 0 and 1. Each row's answer is the index of its largest output, the column where it sits.")
		case sameInts(got, low):
			return notYet(ex, "that is the index of the smallest output; the network's answer is the largest.")
		case sameInts(got, plus1):
			return notYet(ex, "off by one: output k stands for digit k, counting from 0.")
		case sameInts(got, last):
			return notYet(ex, "right except on a tie: row 3 has its largest value twice (outputs 2 and 7), and you answer 7; keep the first index that reaches the largest value, as Predict does (stop at it, or compare with > instead of >=).")
		}
		for i := range got {
			if got[i] != want[i] && got[i] == 0 && H.At(i, want[i]) < 0.5 {
				return notYet(ex, "row %d: every output is below 0.5 (the largest, number %d, is %.3f) and you answer 0: start each row's comparison from its own first entry, not from a fixed value such as 0.5; the outputs of a sigmoid network are often all small.", i, want[i], H.At(i, want[i]))
			}
			if got[i] != want[i] {
				return notYet(ex, "row %d: you answer %d, but its largest output is number %d (%.3f against %.3f).", i, got[i], want[i], H.At(i, want[i]), H.At(i, max(0, min(got[i], c-1))))
			}
		}
		return notYet(ex, "compare each row's entries and keep the index of the largest.")
	})
}

// panicText runs f and returns the text of its panic, or "" if f returned normally: the checks
// of lesson 7 turn the panics of a likely mistake (a fixed size, matrices whose shapes do not fit)
// into a hint that names it.
func panicText(f func()) (text string) {
	defer func() {
		if p := recover(); p != nil {
			text = strings.TrimSpace(fmt.Sprint(p))
			if text == "" {
				text = "a panic without a message"
			}
		}
	}()
	f()
	return ""
}

// keepsShape reports whether call panics with a dimension mismatch for one of two square sizes
// (call(m, seed) runs the student's function on a fresh m×m batch drawn from seed). On a square
// batch every matrix product fits, so a function that still fails there is not multiplying
// matrices of the wrong shapes: it writes into a matrix that keeps its shape between calls (one
// declared outside the function, sized by an earlier call) or one made with fixed sizes.
func keepsShape(call func(m int, seed uint64)) bool {
	for _, m := range []int{4, 10} {
		if strings.Contains(panicText(func() { call(m, uint64(100+m)) }), "dimension mismatch") {
			return true
		}
	}
	return false
}

// batchDeltaCase draws a made-up batch for exercise 7.3 from seed: the output deltas D3
// (m × outputs, small numbers of both signs), the second layer's weights W2 in pkg/nn's layout
// (hidden × outputs: W2[j][i] joins hidden node j to output i) and the hidden outputs H2
// (m × hidden, sigmoid outputs in (0, 1)).
func batchDeltaCase(m, hidden, outputs int, seed uint64) (D3, W2, H2 *mat.Dense) {
	rng := rand.New(rand.NewPCG(seed, 73))
	fill := func(r, c int, lo, hi float64) *mat.Dense {
		d := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				d.Set(i, j, lo+(hi-lo)*rng.Float64())
			}
		}
		return d
	}
	return fill(m, outputs, -0.25, 0.25), fill(hidden, outputs, -1, 1), fill(m, hidden, 0.05, 0.95)
}

// elementwise returns the m × n matrix whose entry (s, j) is f(s, j).
func elementwise(m, n int, f func(s, j int) float64) *mat.Dense {
	d := mat.NewDense(m, n, nil)
	for s := range m {
		for j := range n {
			d.Set(s, j, f(s, j))
		}
	}
	return d
}

// Check7_3 checks exercise 7.3: hiddenDeltas(D3, W2, H2) must return the hidden deltas of a
// network with one hidden sigmoid layer for a whole batch, one sample per row, from the output
// deltas D3, the second layer's weights W2 as pkg/nn stores them and the hidden outputs H2,
// and leave its arguments unchanged. It tries a square layer and two others, and names the likely
// mistakes: products whose shapes do not fit, a matrix that keeps its shape between calls or a
// notebook variable read in place of an argument, the weights taken the wrong way round, an answer
// with one row per hidden node or per output instead of per sample, an argument written into,
// the hidden slope left out, written with one of its two factors or as h², taken of the wrong matrix or of row 0 of H2 for every sample,
// taken before the product or written as tanh's, a flipped sign (a negated D3 or the slope
// written h(h − 1)), the signs dropped, a factor ½
// or 2, an average over the samples.
func Check7_3(hiddenDeltas func(D3, W2, H2 *mat.Dense) *mat.Dense) Result {
	const ex = "7.3"
	if hiddenDeltas == nil {
		return notYet(ex, "hiddenDeltas is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for n, c := range []struct {
			m, hidden, outputs int
			seed               uint64
		}{{4, 3, 3, 1}, {6, 30, 10, 2}, {5, 7, 4, 3}} {
			D3, W2, H2 := batchDeltaCase(c.m, c.hidden, c.outputs, c.seed)
			D0, W0, H0 := mat.DenseCopyOf(D3), mat.DenseCopyOf(W2), mat.DenseCopyOf(H2)
			sizes := fmt.Sprintf("m = %d samples, %d hidden nodes and %d outputs (D3 %d×%d, W2 %d×%d, H2 %d×%d)",
				c.m, c.hidden, c.outputs, c.m, c.outputs, c.hidden, c.outputs, c.m, c.hidden)
			var got *mat.Dense
			if text := panicText(func() { got = hiddenDeltas(D3, W2, H2) }); text != "" {
				switch {
				case strings.Contains(text, "dimension mismatch") && keepsShape(func(m int, seed uint64) {
					hiddenDeltas(batchDeltaCase(m, m, m, seed))
				}):
					return notYet(ex, "for %s your code fails (%s), and it also fails where every product fits (as many samples as hidden nodes and outputs): a matrix in it keeps one shape whatever the batch. It may be the result or a helper declared outside hiddenDeltas (gonum will not reshape a matrix that holds values, so it keeps the shape of an earlier call, such as the exercise cell's own on the training batch), one made with fixed sizes, or a notebook variable such as article.Layers[1].W used in place of an argument. Use only the arguments D3, W2 and H2, and declare every matrix inside the function (var D mat.Dense).", sizes, text)
				case strings.Contains(text, "dimension mismatch"):
					return notYet(ex, "for %s a gonum operation got matrices whose shapes do not fit (%s). A product AB needs as many columns in A as rows in B, and its result has A's rows and B's columns; the slope multiplies entry by entry (⊙: MulElem or Apply), not as a matrix product.", sizes, text)
				case strings.Contains(text, "index out of range"):
					return notYet(ex, "for %s your code read outside a matrix (%s): take the sizes from Dims(), and check which of a matrix's two indices is the sample.", sizes, text)
				}
				panic(text)
			}
			switch {
			case !mat.Equal(D3, D0):
				return notYet(ex, "hiddenDeltas wrote into D3; compute the result in a new matrix (var D mat.Dense) and leave the arguments as they are.")
			case !mat.Equal(W2, W0):
				return notYet(ex, "hiddenDeltas wrote into W2; compute the result in a new matrix (var D mat.Dense) and leave the arguments as they are.")
			case !mat.Equal(H2, H0):
				return notYet(ex, "hiddenDeltas wrote into H2 (the hidden outputs); compute the result in a new matrix (var D mat.Dense) and leave the arguments as they are.")
			case got == nil:
				return notYet(ex, "hiddenDeltas returned nil; return the matrix of hidden deltas.")
			}
			if n == 0 { // a second call must not return, and so overwrite, the first call's matrix
				var again *mat.Dense
				if panicText(func() { again = hiddenDeltas(D3, W2, H2) }) == "" && again == got {
					return notYet(ex, "hiddenDeltas returned the same matrix on two calls, so each answer overwrites the last (and a batch of another size cannot fit in it): declare the result inside the function (var D mat.Dense), a new matrix for every call.")
				}
			}
			r, k := got.Dims()
			switch {
			case r == c.hidden && k == c.m && c.m != c.hidden:
				return notYet(ex, "for %s your answer is %d×%d, one row per hidden node: that is the article's orientation (column vectors). pkg/nn's layout has one row per sample: D^(2) is %d×%d.", sizes, r, k, c.m, c.hidden)
			case r == c.m && k == c.outputs && c.outputs != c.hidden:
				return notYet(ex, "for %s your answer is %d×%d, one column per output, like D3: the hidden layer's deltas have one column per hidden node, %d×%d.", sizes, r, k, c.m, c.hidden)
			case r != c.m || k != c.hidden:
				return notYet(ex, "for %s your answer is %d×%d; D^(2) has one row per sample and one column per hidden node: %d×%d.", sizes, r, k, c.m, c.hidden)
			}
			for s := range r {
				for j := range k {
					if b := badNumber(got.At(s, j)); b != "" {
						return notYet(ex, "entry (%d, %d) of your answer is %s.", s, j, b)
					}
				}
			}
			var P mat.Dense // the deltas passed back through the weights, before the slope
			P.Mul(D3, W2.T())
			times := func(f func(s, j int) float64) *mat.Dense {
				return elementwise(c.m, c.hidden, func(s, j int) float64 { return P.At(s, j) * f(s, j) })
			}
			h := func(s, j int) float64 { return H2.At(s, j) }
			slope := func(s, j int) float64 { return h(s, j) * (1 - h(s, j)) }
			want := times(slope)
			if mat.EqualApprox(got, want, 1e-12) {
				continue
			}
			var neg, perSample, half, double mat.Dense
			neg.Scale(-1, want)
			perSample.Scale(1/float64(c.m), want)
			half.Scale(0.5, want)
			double.Scale(2, want)
			sigmaSlope := func(s, j int) float64 {
				sg := 1 / (1 + math.Exp(-h(s, j)))
				return sg * (1 - sg)
			}
			var noT *mat.Dense // D3·W2 without the transpose, times the slope (only square layers)
			if c.hidden == c.outputs {
				var Q mat.Dense
				Q.Mul(D3, W2)
				noT = elementwise(c.m, c.hidden, func(s, j int) float64 { return Q.At(s, j) * slope(s, j) })
			}
			var early mat.Dense // the slope taken of D3 before the product: (D3 ⊙ (1 − D3)) W2ᵀ
			early.Apply(func(_, _ int, d float64) float64 { return d * (1 - d) }, D3)
			early.Mul(&early, W2.T())
			switch {
			case allZeroDense(got):
				return notYet(ex, "your answer is all zeros: pass the output deltas D3 back through the weights W2, then multiply by each hidden node's slope.")
			case c.outputs == c.hidden && mat.EqualApprox(got, D3, 0):
				return notYet(ex, "that is D3, the output deltas, one column per output; pass them back one layer: each hidden node collects them through the weights it feeds, times its own slope.")
			case noT != nil && mat.EqualApprox(got, noT, 1e-12):
				return notYet(ex, "for %s you multiplied by W2 itself: W2 is pkg/nn's layout, the article's W^(2) transposed (W2[j][i] joins hidden node j to output i), so the row form (δ^(3))ᵀ W^(2) needs W2's transpose, W2.T(). (With 30 hidden nodes and 10 outputs this product would not even fit.)", sizes)
			case mat.EqualApprox(got, &P, 1e-12):
				return notYet(ex, "the hidden nodes' slope is missing: after passing D3 back through the weights, multiply each entry by f′(z) = h(1 − h), with h the same entry of H2.")
			case mat.EqualApprox(got, &neg, 1e-12):
				return notYet(ex, "the sign is flipped: either D3 was negated (it already carries the output deltas' sign; pass them back as they are), or the slope was written h(h − 1) instead of h(1 − h).")
			case mat.EqualApprox(got, &half, 1e-12):
				return notYet(ex, "your deltas are half the right ones: the ½ of the cost does not come back here. It cancels against the 2 of the square when the cost is differentiated, so the output deltas in D3 carry no ½, and passing them back one layer adds none.")
			case mat.EqualApprox(got, &double, 1e-12):
				return notYet(ex, "your deltas are twice the right ones: the 2 of the square cancelled against the ½ of the cost when the cost was differentiated, so it is not in D3, and passing the deltas back one layer adds no 2.")
			case mat.EqualApprox(got, times(func(s, j int) float64 { return slope(s, j) * math.Copysign(1, P.At(s, j)) }), 1e-12):
				return notYet(ex, "your deltas have the right sizes but all the same sign: keep the sign of each passed-back sum (D3 times W2ᵀ), with no absolute value.")
			case mat.EqualApprox(got, &perSample, 1e-12):
				return notYet(ex, "you divided by m = %d, as lesson 4 did when it put the 1/N into its output deltas; here, as in the article, each sample keeps its own delta and the average over the samples comes later, in the gradients ∂J/∂W and ∂J/∂b.", c.m)
			case mat.EqualApprox(got, times(h), 1e-12) || mat.EqualApprox(got, times(func(s, j int) float64 { return 1 - h(s, j) }), 1e-12):
				return notYet(ex, "the slope has only one factor: a sigmoid's slope is f′(z) = h(1 − h), the product of both, not h or 1 − h alone.")
			case mat.EqualApprox(got, times(func(s, j int) float64 { return h(s, j) * h(s, j) }), 1e-12):
				return notYet(ex, "h² is not the sigmoid's slope: the slope is h(1 − h).")
			case c.m > 1 && mat.EqualApprox(got, times(func(_, j int) float64 { return slope(0, j) }), 1e-12):
				return notYet(ex, "row 0 is right, the others are not: every sample s takes the slope of its own row of H2, not of row 0.")
			case mat.EqualApprox(got, times(func(s, j int) float64 { return 1 - h(s, j)*h(s, j) }), 1e-12):
				return notYet(ex, "1 − h² is the slope of tanh; these are sigmoid nodes, whose slope is h(1 − h).")
			case mat.EqualApprox(got, times(sigmaSlope), 1e-12):
				return notYet(ex, "H2 already holds f(z), the sigmoid's outputs: the slope is h(1 − h), not σ(h)(1 − σ(h)).")
			case mat.EqualApprox(got, times(func(s, j int) float64 { return P.At(s, j) * (1 - P.At(s, j)) }), 1e-12):
				return notYet(ex, "you took the slope of the passed-back deltas; the slope f′(z) = h(1 − h) belongs to the hidden node's output h, the entry of H2.")
			case mat.EqualApprox(got, &early, 1e-12):
				return notYet(ex, "you took a slope of D3 before passing it back; the slope h(1 − h) belongs to the hidden outputs H2, after the product with W2ᵀ.")
			case mat.EqualApprox(got, times(func(s, j int) float64 { return slope(s, j) * slope(s, j) }), 1e-12):
				return notYet(ex, "the slope h(1 − h) is applied twice; D3 already holds the output layer's slope, and the hidden layer's comes in once.")
			}
			for s := range r {
				for j := range k {
					if !near(got.At(s, j), want.At(s, j), 1e-12) {
						g, w := fmt.Sprintf("%.6g", got.At(s, j)), fmt.Sprintf("%.6g", want.At(s, j))
						if g == w { // both round alike: show enough digits to see the difference
							g, w = fmt.Sprintf("%.17g", got.At(s, j)), fmt.Sprintf("%.17g", want.At(s, j))
						}
						return notYet(ex, "for %s your entry (%d, %d) is %s, expected %s: row s of D^(2) is sample s's δ^(2) of section 3, written as a row.", sizes, s, j, g, w)
					}
				}
			}
		}
		return correct(ex, "D^(2) = (D^(3) W2ᵀ) ⊙ H2 ⊙ (1 − H2): one product passes every sample's output deltas back through the weights, one element-wise pass multiplies by the hidden slopes.")
	})
}

// allZeroInts reports whether every element of xs is 0.
func allZeroInts(xs []int) bool {
	for _, x := range xs {
		if x != 0 {
			return false
		}
	}
	return true
}

// allZeroDense reports whether every entry of d is 0.
func allZeroDense(d *mat.Dense) bool {
	r, c := d.Dims()
	for i := range r {
		for j := range c {
			if d.At(i, j) != 0 {
				return false
			}
		}
	}
	return true
}
