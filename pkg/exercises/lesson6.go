package exercises

import (
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// Check6_1 checks exercise 6.1: twoClass(z1, z2) must return the first output of a softmax over
// two sums, σ(z1 − z2). It recognises σ(z1) (the second sum forgotten), σ(z2 − z1) (the second
// output), and an answer that overflows for large sums.
func Check6_1(twoClass func(z1, z2 float64) float64) Result {
	const ex = "6.1"
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
				return notYet(ex, "twoClass(%g, %g) returned 0: h1 = e^z1/(e^z1 + e^z2); divide its top and bottom by e^z1.", z1, z2)
			case near(got, 1-want, 1e-9):
				return notYet(ex, "that is the second output, h2; h1 grows with z1.")
			case near(got, sigmoid(z1), 1e-9):
				return notYet(ex, "σ(z1) ignores z2: h1 depends on both sums, through their difference.")
			}
			return notYet(ex, "twoClass(%g, %g) = %.6g, softmax gives h1 = %.6g: divide the numerator and the denominator by e^z1.", z1, z2, got, want)
		}
		return correct(ex, "h1 = 1/(1 + e^(z2 − z1)) = σ(z1 − z2): a sigmoid output is a two-class softmax.")
	})
}

// Check6_2 checks exercise 6.2: sigmoidCEDelta(z, y) must return ∂L/∂z of the binary
// cross-entropy of a sigmoid output, σ(z) − y. It recognises the squared error's delta
// (h − y)·h(1 − h), a flipped sign, and the sigmoid left out (z − y).
func Check6_2(sigmoidCEDelta func(z, y float64) float64) Result {
	const ex = "6.2"
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
			case got == 0:
				return notYet(ex, "sigmoidCEDelta(%g, %g) returned 0: write ∂L/∂h, then multiply by σ′(z) = h(1 − h).", z, y)
			case near(got, (h-y)*h*(1-h), 1e-9):
				return notYet(ex, "that is the delta of the squared error, (h − y)·h(1 − h); differentiate the cross-entropy instead: ∂L/∂h = −y/h + (1 − y)/(1 − h).")
			case near(got, -want, 1e-9):
				return notYet(ex, "the sign is flipped: the delta should be positive when the output is too large.")
			case near(got, z-y, 1e-9):
				return notYet(ex, "h is σ(z), not z.")
			}
			return notYet(ex, "sigmoidCEDelta(%g, %g) = %.6g, expected %.6g: write ∂L/∂h and multiply by σ′(z) = h(1 − h); what cancels?", z, y, got, want)
		}
		return correct(ex, "δ = h − y again: σ′(z) = h(1 − h) cancels the denominator of ∂L/∂h.")
	})
}

// Check6_3 checks exercise 6.3: heWeights(in, out, rng) must return an in×out matrix of normal
// weights with mean 0 and standard deviation √(2/in). It tests the shape and the mean, standard
// deviation and shape of the distribution on a 256×200 draw, and recognises a transposed
// matrix, the variance 1/in (no ReLU correction), the fan-out 2/out, and the articles' uniform
// [0, 1) weights.
func Check6_3(heWeights func(in, out int, rng *rand.Rand) *mat.Dense) Result {
	const ex = "6.3"
	if heWeights == nil {
		return notYet(ex, "heWeights is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		const in, out = 256, 200
		W := heWeights(in, out, rand.New(rand.NewPCG(1, 2)))
		if W == nil || W.IsEmpty() {
			return notYet(ex, "heWeights returned no matrix: make an in×out mat.Dense and fill it.")
		}
		r, c := W.Dims()
		switch {
		case r == out && c == in:
			return notYet(ex, "the matrix is %d×%d, transposed: pkg/nn's W has one row per input (in×out).", r, c)
		case r != in || c != out:
			return notYet(ex, "heWeights(%d, %d, rng) is %d×%d, want %d×%d.", in, out, r, c, in, out)
		}
		var sum, sumSq float64
		var fourth float64
		n := float64(in * out)
		for i := 0; i < in; i++ {
			for j := 0; j < out; j++ {
				v := W.At(i, j)
				if badNumber(v) != "" {
					return notYet(ex, "weight (%d, %d) is %s.", i, j, badNumber(v))
				}
				sum += v
				sumSq += v * v
			}
		}
		mean := sum / n
		std := math.Sqrt(sumSq/n - mean*mean)
		for i := 0; i < in; i++ {
			for j := 0; j < out; j++ {
				d := (W.At(i, j) - mean) / std
				fourth += d * d * d * d
			}
		}
		kurtosis := fourth / n // 3 for a normal distribution, 1.8 for a uniform one
		want := math.Sqrt(2.0 / in)
		switch {
		case std == 0:
			return notYet(ex, "all the weights are equal: draw each one with rng.NormFloat64().")
		case math.Abs(mean-0.5) < 0.02 && math.Abs(std-math.Sqrt(1.0/12)) < 0.02:
			return notYet(ex, "these are the articles' uniform [0, 1) weights; He's are centred on 0 and scaled by the fan-in.")
		case math.Abs(mean) > 3*want/math.Sqrt(n)+1e-3:
			return notYet(ex, "the weights have mean %.3f; they should be centred on 0.", mean)
		case near(std, math.Sqrt(1.0/in), 0.03*want):
			return notYet(ex, "standard deviation √(1/in) keeps the signal for a linear unit; ReLU zeroes half of it, so the variance must double.")
		case near(std, math.Sqrt(2.0/out), 0.03*want):
			return notYet(ex, "that is √(2/out); the variance of a unit's sum depends on its number of inputs (the fan-in).")
		case !near(std, want, 0.03*want):
			return notYet(ex, "the standard deviation is %.4f for %d inputs; section 7.2 asks for √(2/n) = %.4f.", std, in, want)
		case kurtosis < 2.5:
			return notYet(ex, "the size is right but the shape is not normal: use rng.NormFloat64().")
		}
		return correct(ex, "standard deviation %.4f ≈ √(2/%d) = %.4f, mean %.4f: the variance that keeps a ReLU layer's signal steady.", std, in, want, mean)
	})
}

// Check6_4 checks exercise 6.4: batchesOf(n, size, rng) must shuffle 0..n−1 and cut the order into
// batches of size, the last holding the rest. It recognises a dropped last batch, an unshuffled
// order, repeated rows (drawn with replacement), wrong batch sizes, and the same order in every
// epoch.
func Check6_4(batchesOf func(n, size int, rng *rand.Rand) [][]int) Result {
	const ex = "6.4"
	if batchesOf == nil {
		return notYet(ex, "batchesOf is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		for _, c := range [][2]int{{1078, 32}, {10, 3}, {64, 16}, {5, 8}} {
			n, size := c[0], c[1]
			rng := rand.New(rand.NewPCG(3, 4))
			batches := batchesOf(n, size, rng)
			if len(batches) == 0 {
				return notYet(ex, "batchesOf(%d, %d, rng) returned no batches.", n, size)
			}
			var all []int
			for k, b := range batches {
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
			sorted := append([]int(nil), all...)
			sort.Ints(sorted)
			for i, v := range sorted {
				if i > 0 && v == sorted[i-1] {
					return notYet(ex, "batchesOf(%d, %d, rng) uses row %d twice: shuffle a permutation (rng.Perm or rng.Shuffle) instead of drawing rows at random.", n, size, v)
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
			}
		}
		return correct(ex, "1078 digits in batches of 32 make 33 full batches and one of 22: every digit once per epoch, in a new order each time.")
	})
}
