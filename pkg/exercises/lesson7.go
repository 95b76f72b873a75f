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
// average over every entry, distances not squared.
func Check7_1(costJ func(H, Y *mat.Dense) float64) Result {
	const ex = "7.1"
	if costJ == nil {
		return notYet(ex, "costJ is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for _, c := range []struct {
			m, k int
			seed uint64
		}{{5, 10, 1}, {12, 10, 2}, {3, 4, 3}} {
			H, Y, _ := digitBatch(c.m, c.k, c.seed)
			H0, Y0 := mat.DenseCopyOf(H), mat.DenseCopyOf(Y)
			got := costJ(H, Y)
			if !mat.Equal(H, H0) || !mat.Equal(Y, Y0) {
				return notYet(ex, "costJ changed H or Y; compute the cost without writing into them.")
			}
			var sq, dist float64 // Σ‖y − h‖² and Σ‖y − h‖ over the samples
			for i := 0; i < c.m; i++ {
				row := 0.0
				for j := 0; j < c.k; j++ {
					d := Y.At(i, j) - H.At(i, j)
					row += d * d
				}
				sq += row
				dist += math.Sqrt(row)
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
			case near(got, sq/(2*m*float64(c.k)), 1e-12) || near(got, sq/(m*float64(c.k)), 1e-12):
				return notYet(ex, "you divided by every entry (m·%d); J averages over the m samples only, and sums the %d outputs of each.", c.k, c.k)
			case near(got, dist/(2*m), 1e-12) || near(got, dist/m, 1e-12):
				return notYet(ex, "the distances are not squared: J uses ‖y − h‖², the sum of the squared differences.")
			}
			return notYet(ex, "for a %d×%d batch costJ gives %.6g, J is %.6g: (1/m) Σ over the rows of ½ Σ over the outputs of (y − h)².", c.m, c.k, got, want)
		}
		return correct(ex, "J = (1/m) Σ ½‖y − h‖², the cost the articles' network minimises (nn.MSE).")
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
