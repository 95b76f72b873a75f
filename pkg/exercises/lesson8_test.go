package exercises

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestCheck8_1(t *testing.T) {
	tests := []struct {
		name string
		f    func(z1, z2 float64) float64
		hint string
	}{
		{"correct", func(z1, z2 float64) float64 { return sigmoid(z1 - z2) }, ""},
		{"nil", nil, "nil"},
		{"starter", func(float64, float64) float64 { return 0 }, "returned 0"},
		{"second output", func(z1, z2 float64) float64 { return sigmoid(z2 - z1) }, "second output"},
		{"forgot z2", func(z1, _ float64) float64 { return sigmoid(z1) }, "ignores z2"},
		{"overflows", func(z1, z2 float64) float64 { return math.Exp(z1) / (math.Exp(z1) + math.Exp(z2)) }, "overflows"},
		{"sigmoids normalised", func(z1, z2 float64) float64 { return sigmoid(z1) / (sigmoid(z1) + sigmoid(z2)) }, "normalised the sigmoids"},
		{"ratio h1/h2", func(z1, z2 float64) float64 { return math.Exp(z1 - z2) }, "ratio h1/h2"},
		{"sigmoid of the sum", func(z1, z2 float64) float64 { return sigmoid(z1 + z2) }, "not their sum"},
		{"other", func(z1, z2 float64) float64 { return z1 - z2 }, "what is x?"},
		{"half the difference", func(z1, z2 float64) float64 { return sigmoid((z1 - z2) / 2) }, "what is x?"},
		{"panics", func(float64, float64) float64 { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check8_1(tt.f), "8.1", tt.hint)
	}
	// The starter's hint is what every student sees first, and the fallback what any unnamed
	// mistake sees: neither may give the derivation away.
	if s := Check8_1(func(float64, float64) float64 { return 0 }).String(); strings.Contains(s, "e^z1") || strings.Contains(s, "divide") {
		t.Errorf("the starter's hint gives the trick away: %q", s)
	}
	if s := Check8_1(func(z1, z2 float64) float64 { return z1 - z2 }).String(); strings.Contains(s, "divide") || strings.Contains(s, "z1 − z2") {
		t.Errorf("the fallback hint gives the trick away: %q", s)
	}
}

func TestCheck8_2(t *testing.T) {
	tests := []struct {
		name string
		f    func(z, y float64) float64
		hint string
	}{
		{"correct", func(z, y float64) float64 { return sigmoid(z) - y }, ""},
		{"nil", nil, "nil"},
		{"starter", func(float64, float64) float64 { return 0 }, "returned 0"},
		{"squared error", func(z, y float64) float64 { h := sigmoid(z); return (h - y) * h * (1 - h) }, "squared error ½(h − y)²"},
		{"squared error without the ½", func(z, y float64) float64 { h := sigmoid(z); return 2 * (h - y) * h * (1 - h) }, "2(h − y)·h(1 − h)"},
		{"the squared error itself", func(z, y float64) float64 { h := sigmoid(z); return (h - y) * (h - y) }, "the squared error itself"},
		{"σ′ on the y term only", func(z, y float64) float64 { h := sigmoid(z); return -y/h*h*(1-h) + (1-y)/(1-h) }, "multiplied only the y term"},
		{"σ′ on the (1 − y) term only", func(z, y float64) float64 { h := sigmoid(z); return -y/h + (1-y)/(1-h)*h*(1-h) }, "multiplied only the (1 − y) term"},
		{"sign", func(z, y float64) float64 { return y - sigmoid(z) }, "sign"},
		{"only dL/dh", func(z, y float64) float64 { h := sigmoid(z); return -y/h + (1-y)/(1-h) }, "that is ∂L/∂h"},
		{"only sigma'", func(z, y float64) float64 { h := sigmoid(z); return h * (1 - h) }, "σ′(z) = h(1 − h) alone"},
		{"no sigmoid", func(z, y float64) float64 { return z - y }, "σ(z)"},
		{"sigmoid of −z", func(z, y float64) float64 { return sigmoid(-z) - y }, "σ(−z) = 1 − h"},
		{"NaN", func(float64, float64) float64 { return math.NaN() }, "NaN"},
		{"slope with the factor h only", func(z, y float64) float64 { h := sigmoid(z); return (-y/h + (1-y)/(1-h)) * h }, "only one factor"},
		{"slope with the factor 1 − h only", func(z, y float64) float64 { h := sigmoid(z); return (-y/h + (1-y)/(1-h)) * (1 - h) }, "only one factor"},
		{"(h − y)·h", func(z, y float64) float64 { h := sigmoid(z); return (h - y) * h }, "cut to one factor"},
		{"(h − y)·(1 − h)", func(z, y float64) float64 { h := sigmoid(z); return (h - y) * (1 - h) }, "cut to one factor"},
		{"σ′(z) − y", func(z, y float64) float64 { h := sigmoid(z); return h*(1-h) - y }, "σ′(z) minus the target"},
		{"other", func(z, y float64) float64 { return 2 * (sigmoid(z) - y) }, "expected"},
		{"the loss itself", func(z, y float64) float64 {
			h := sigmoid(z)
			return -y*math.Log(h) - (1-y)*math.Log(1-h)
		}, "that is L itself"},
		{"(1 − y) term dropped", func(z, y float64) float64 { h := sigmoid(z); return -y / h * h * (1 - h) }, "(1 − y)·log(1 − h) term"},
		{"y term dropped", func(z, y float64) float64 { h := sigmoid(z); return (1 - y) / (1 - h) * h * (1 - h) }, "y·log h term"},
		{"sign slip in the (1 − y) term", func(z, y float64) float64 {
			h := sigmoid(z)
			return (-y/h - (1-y)/(1-h)) * h * (1 - h)
		}, "sign of the (1 − y) term"},
		{"sign slip in the y term", func(z, y float64) float64 {
			h := sigmoid(z)
			return (y/h + (1-y)/(1-h)) * h * (1 - h)
		}, "sign of the y term"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check8_2(tt.f), "8.2", tt.hint)
	}
}

// weightsWith returns a leakyWeights-like function drawing rows×cols values with draw.
func weightsWith(transpose bool, draw func(in, out int, a float64, rng *rand.Rand) float64) func(in, out int, a float64, rng *rand.Rand) *mat.Dense {
	return func(in, out int, a float64, rng *rand.Rand) *mat.Dense {
		r, c := in, out
		if transpose {
			r, c = out, in
		}
		W := mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				W.Set(i, j, draw(in, out, a, rng))
			}
		}
		return W
	}
}

// scaled returns a draw of std(in, out, a)·rng.NormFloat64().
func scaled(std func(in, out int, a float64) float64) func(in, out int, a float64, rng *rand.Rand) float64 {
	return func(in, out int, a float64, rng *rand.Rand) float64 { return std(in, out, a) * rng.NormFloat64() }
}

func TestCheck8_3(t *testing.T) {
	right := func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 + a*a) * float64(in))) }
	leaky := scaled(right)
	tests := []struct {
		name string
		f    func(in, out int, a float64, rng *rand.Rand) *mat.Dense
		hint string
	}{
		{"correct", weightsWith(false, leaky), ""},
		{"correct, a² written a*a inside the root of a product", weightsWith(false, func(in, _ int, a float64, rng *rand.Rand) float64 {
			return math.Sqrt(2/float64(in)) / math.Sqrt(1+a*a) * rng.NormFloat64()
		}), ""},
		{"nil function", nil, "nil"},
		{"starter", func(int, int, float64, *rand.Rand) *mat.Dense { return nil }, "no matrix"},
		// The three likeliest mistakes in the derivation.
		{"slope left out (He)", weightsWith(false, scaled(func(in, _ int, _ float64) float64 { return math.Sqrt(2 / float64(in)) })), "He's value for ReLU, whatever the slope"},
		{"1 + a instead of 1 + a²", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 + a) * float64(in))) })), "multiplied by a²"},
		{"(1 + a²)/n, factor in the numerator", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt((1 + a*a) / float64(in)) })), "the variance is (1 + a²)/n"},
		{"2(1 + a²)/n, the factor in the numerator with the 2", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 * (1 + a*a) / float64(in)) })), "the variance is 2(1 + a²)/n"},
		{"halving lost, 1/((1 + a²)n)", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(1 / ((1 + a*a) * float64(in))) })), "you left out the halving"},
		{"variance as std", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return 2 / ((1 + a*a) * float64(in)) })), "which is the variance you derived"},
		// At a = 0.5 these two land within 1.5 % of other mistakes' spreads; a second slope tells them apart.
		{"factor on the standard deviation, √(2/n)/(1 + a²)", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2/float64(in)) / (1 + a*a) })), "divided the standard deviation by (1 + a²)"},
		{"a in the numerator, √(2a/n)", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 * a / float64(in)) })), "grows with the slope a"},
		{"factor upside down", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt((1 + a*a) / (2 * float64(in))) })), "upside down"},
		// n left out or misplaced: centred draws of a spread far from the right one must be
		// told about n, not sent to look for a bias (the mean test scales by the drawn spread).
		{"n left out, √(2/(1 + a²))", weightsWith(false, scaled(func(_, _ int, a float64) float64 { return math.Sqrt(2 / (1 + a*a)) })), "n left out"},
		{"√2, He without /n", weightsWith(false, scaled(func(int, int, float64) float64 { return math.Sqrt2 })), "n left out"},
		{"n outside the root, √(2/(1 + a²))/n", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2/(1+a*a)) / float64(in) })), "n outside the square root"},
		{"unscaled NormFloat64", weightsWith(false, func(_, _ int, _ float64, rng *rand.Rand) float64 { return rng.NormFloat64() }), "rng.NormFloat64() alone"},
		{"n in the numerator", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 * float64(in) / (1 + a*a)) })), "n in the numerator"},
		{"bias counted as an input, n + 1", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 + a*a) * float64(in+1))) })), "the bias is not an input"},
		{"n − 1", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 + a*a) * float64(in-1))) })), "use n = in"},
		{"1 % too large", weightsWith(false, scaled(func(in, out int, a float64) float64 { return 1.01 * right(in, out, a) })), "your standard deviation is 0.07985, want 0.07906"},
		// Three algebra slips, each told apart from the right spread and the other named slips at both slopes.
		{"1 − a² instead of 1 + a²", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 - a*a) * float64(in))) })), "your variance uses 1 − a²"},
		{"(1 + a)² instead of 1 + a²", weightsWith(false, scaled(func(in, _ int, a float64) float64 { return math.Sqrt(2 / ((1 + a) * (1 + a) * float64(in))) })), "your variance uses (1 + a)²"},
		{"in and out averaged, 4/((1 + a²)(in + out))", weightsWith(false, scaled(func(in, out int, a float64) float64 { return math.Sqrt(4 / ((1 + a*a) * float64(in+out))) })), "averages in and out"},
		{"fixed slope 0.5", weightsWith(false, scaled(func(in, out int, _ float64) float64 { return right(in, out, 0.5) })), "use the slope a you are given"},
		{"a=1 special-cased wrong", weightsWith(false, scaled(func(in, out int, a float64) float64 {
			if a == 1 {
				return math.Sqrt(2 / float64(in))
			}
			return right(in, out, a)
		})), "with a = 1 the standard deviation"},
		{"transposed", weightsWith(true, leaky), "transposed"},
		{"wrong shape", func(in, out int, _ float64, _ *rand.Rand) *mat.Dense { return mat.NewDense(in, out+1, nil) }, "want 256×100"},
		{"zeros", func(in, out int, _ float64, _ *rand.Rand) *mat.Dense { return mat.NewDense(in, out, nil) }, "every weight is 0"},
		{"uniform", weightsWith(false, func(_, _ int, _ float64, rng *rand.Rand) float64 { return rng.Float64() }), "article's uniform"},
		{"1/in", weightsWith(false, scaled(func(in, _ int, _ float64) float64 { return math.Sqrt(1 / float64(in)) })), "linear unit's value"},
		{"Xavier normal", weightsWith(false, scaled(func(in, out int, _ float64) float64 { return math.Sqrt(2 / float64(in+out)) })), "Xavier's variance"},
		{"Xavier uniform", weightsWith(false, func(in, out int, _ float64, rng *rand.Rand) float64 {
			b := math.Sqrt(6 / float64(in+out))
			return b * (2*rng.Float64() - 1)
		}), "Xavier's variance"},
		{"out instead of in", weightsWith(false, scaled(func(_, out int, a float64) float64 { return math.Sqrt(2 / ((1 + a*a) * float64(out))) })), "number of inputs n, here in"},
		{"std √(2/(in·out))", weightsWith(false, scaled(func(in, out int, _ float64) float64 { return math.Sqrt(2 / float64(in*out)) })), "the standard deviation is 0.0089"},
		{"one row repeated", func(in, out int, a float64, rng *rand.Rand) *mat.Dense {
			row := make([]float64, out)
			for j := range row {
				row[j] = right(in, out, a) * rng.NormFloat64()
			}
			W := mat.NewDense(in, out, nil)
			for i := 0; i < in; i++ {
				W.SetRow(i, row)
			}
			return W
		}, "every row"},
		{"one column repeated", func(in, out int, a float64, rng *rand.Rand) *mat.Dense {
			col := make([]float64, in)
			for i := range col {
				col[i] = right(in, out, a) * rng.NormFloat64()
			}
			W := mat.NewDense(in, out, nil)
			for j := 0; j < out; j++ {
				W.SetCol(j, col)
			}
			return W
		}, "every column"},
		{"off centre", weightsWith(false, func(in, out int, a float64, rng *rand.Rand) float64 { return 0.1 + leaky(in, out, a, rng) }), "mean"},
		{"uniform of the right size", weightsWith(false, func(in, out int, a float64, rng *rand.Rand) float64 {
			return math.Sqrt(3) * right(in, out, a) * (2*rng.Float64() - 1)
		}), "not normal"},
		{"NaN", weightsWith(false, func(int, int, float64, *rand.Rand) float64 { return math.NaN() }), "NaN"},
		{"integer division", weightsWith(false, func(in, _ int, _ float64, rng *rand.Rand) float64 {
			return math.Sqrt(float64(2/in)) * rng.NormFloat64()
		}), "integer division"},
		{"global rand", weightsWith(false, func(in, out int, a float64, _ *rand.Rand) float64 { return right(in, out, a) * rand.NormFloat64() }), "package-level rand"},
		{"fixed seed inside", weightsWith(false, func(in, out int, a float64, _ *rand.Rand) float64 {
			return right(in, out, a) * rand.New(rand.NewPCG(5, 5)).NormFloat64()
		}), "all the weights are equal"},
		{"column by column", func(in, out int, a float64, rng *rand.Rand) *mat.Dense {
			W := mat.NewDense(in, out, nil)
			for j := 0; j < out; j++ {
				for i := 0; i < in; i++ {
					W.Set(i, j, right(in, out, a)*rng.NormFloat64())
				}
			}
			return W
		}, ""},
		{"own generator", weightsWith(false, func() func(in, out int, a float64, _ *rand.Rand) float64 {
			own := rand.New(rand.NewPCG(8, 8))
			return func(in, out int, a float64, _ *rand.Rand) float64 { return right(in, out, a) * own.NormFloat64() }
		}()), "rng"},
		{"Laplace of the right spread", weightsWith(false, func(in, out int, a float64, rng *rand.Rand) float64 {
			e := rng.ExpFloat64()
			if rng.IntN(2) == 0 {
				e = -e
			}
			return right(in, out, a) / math.Sqrt2 * e
		}), "not rng.NormFloat64() draws"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check8_3(tt.f), "8.3", tt.hint)
	}
	// An unfilled matrix is what the "no matrix" hint leads to: its hint must not give the answer away.
	zeros := Check8_3(func(in, out int, _ float64, _ *rand.Rand) *mat.Dense { return mat.NewDense(in, out, nil) }).String()
	if strings.Contains(zeros, "1 + a") || strings.Contains(zeros, "a²") {
		t.Errorf("the hint for an unfilled matrix gives the answer away: %q", zeros)
	}
}

func TestCheck8_4(t *testing.T) {
	cut := func(order []int, size int, dropLast bool) [][]int {
		var b [][]int
		for start := 0; start < len(order); start += size {
			end := min(start+size, len(order))
			if dropLast && end-start < size {
				break
			}
			b = append(b, order[start:end])
		}
		return b
	}
	tests := []struct {
		name string
		f    func(n, size int, rng *rand.Rand) [][]int
		hint string
	}{
		{"correct", func(n, size int, rng *rand.Rand) [][]int { return cut(rng.Perm(n), size, false) }, ""},
		{"nil", nil, "nil"},
		{"starter", func(int, int, *rand.Rand) [][]int { return nil }, "no batches: return a [][]int, one []int of row numbers per batch, 34 batches here"},
		{"drops the last", func(n, size int, rng *rand.Rand) [][]int { return cut(rng.Perm(n), size, true) }, "drops the last"},
		{"not shuffled", func(n, size int, _ *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			return cut(order, size, false)
		}, "original order"},
		{"with replacement", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = rng.IntN(n)
			}
			return cut(order, size, false)
		}, "twice"},
		{"fresh permutation per batch", func(n, size int, rng *rand.Rand) [][]int {
			var b [][]int
			for start := 0; start < n; start += size {
				b = append(b, rng.Perm(n)[:min(size, n-start)])
			}
			return b
		}, "fresh permutation for every batch"},
		{"same order each epoch", func(n, size int, _ *rand.Rand) [][]int {
			return cut(rand.New(rand.NewPCG(1, 1)).Perm(n), size, false)
		}, "does not change with the seed"},
		{"global rand", func(n, size int, _ *rand.Rand) [][]int { return cut(rand.Perm(n), size, false) }, "package-level rand"},
		{"empty last batch", func(n, size int, rng *rand.Rand) [][]int {
			order := rng.Perm(n)
			var b [][]int
			for start := 0; start <= n; start += size {
				b = append(b, order[start:min(start+size, n)])
			}
			return b
		}, "is empty"},
		{"shuffle with rng.Shuffle", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			return cut(order, size, false)
		}, ""},
		{"Fisher–Yates by hand", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := n - 1; i > 0; i-- {
				j := rng.IntN(i + 1)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, ""},
		{"Fisher–Yates forwards", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := 0; i < n-1; i++ {
				j := i + rng.IntN(n-i)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, ""},
		{"swap partner from 0..i−1 (Sattolo)", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := n - 1; i > 0; i-- {
				j := rng.IntN(i)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, "rng.IntN(i+1)"},
		{"forwards, partner from i+1..n−1 (Sattolo)", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := 0; i < n-1; i++ {
				j := i + 1 + rng.IntN(n-i-1)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, "walking up: j from i..n−1"},
		{"loop stops before i = 1", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := n - 1; i > 1; i-- {
				j := rng.IntN(i + 1)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, "Does your loop stop too early?"},
		{"forwards, partner from 0..n−i−1", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := 0; i < n-1; i++ {
				j := rng.IntN(n - i)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, "check the range of each swap partner"},
		{"swap partner from all n rows", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := range order {
				j := rng.IntN(n)
				order[i], order[j] = order[j], order[i]
			}
			return cut(order, size, false)
		}, "j := rng.IntN(n)"},
		{"one reused buffer", func(n, size int, rng *rand.Rand) [][]int {
			order := rng.Perm(n)
			var buf []int
			var out [][]int
			for start := 0; start < n; start += size {
				buf = append(buf[:0], order[start:min(start+size, n)]...)
				out = append(out, buf)
			}
			return out
		}, "share one slice"},
		{"shuffled inside fixed blocks", func(n, size int, rng *rand.Rand) [][]int {
			var b [][]int
			for start := 0; start < n; start += size {
				end := min(start+size, n)
				block := make([]int, 0, end-start)
				for _, k := range rng.Perm(end - start) {
					block = append(block, start+k)
				}
				b = append(b, block)
			}
			return b
		}, "always hold the same rows"},
		{"blocks in shuffled order, short block last", func(n, size int, rng *rand.Rand) [][]int {
			var full [][]int
			var short []int
			for start := 0; start < n; start += size {
				end := min(start+size, n)
				block := make([]int, 0, end-start)
				for r := start; r < end; r++ {
					block = append(block, r)
				}
				if end-start < size {
					short = block
					continue
				}
				full = append(full, block)
			}
			rng.Shuffle(len(full), func(i, j int) { full[i], full[j] = full[j], full[i] })
			if short != nil {
				full = append(full, short)
			}
			return full
		}, "always hold the same rows"},
		{"blocks in shuffled order", func(n, size int, rng *rand.Rand) [][]int {
			var b [][]int
			for start := 0; start < n; start += size {
				var block []int
				for r := start; r < min(start+size, n); r++ {
					block = append(block, r)
				}
				b = append(b, block)
			}
			rng.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
			return b
		}, "always hold the same rows"},
		{"only the first half shuffled", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(n/2, func(i, j int) { order[i], order[j] = order[j], order[i] })
			return cut(order, size, false)
		}, "still in their original order"},
		{"one random partition, reshuffled each epoch", func() func(n, size int, rng *rand.Rand) [][]int {
			return func(n, size int, rng *rand.Rand) [][]int {
				// The partition comes from the seed-independent part of a fixed permutation, the
				// order of the batches and of the rows inside them from rng.
				order := rand.New(rand.NewPCG(99, 99)).Perm(n)
				b := cut(order, size, false)
				last := len(b) - 1
				rng.Shuffle(last, func(i, j int) { b[i], b[j] = b[j], b[i] })
				for _, batch := range b {
					rng.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
				}
				return b
			}
		}(), "same rows, only in another order"},
		{"last row left out of the shuffle", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(n-1, func(i, j int) { order[i], order[j] = order[j], order[i] })
			return cut(order, size, false)
		}, "never moves"},
		{"first row left out of the shuffle", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rest := order[1:]
			rng.Shuffle(n-1, func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
			return cut(order, size, false)
		}, "same place whatever the seed"},
		{"last batch filled up from the start", func(n, size int, rng *rand.Rand) [][]int {
			order := rng.Perm(n)
			b := cut(order, size, false)
			if last := len(b) - 1; len(b[last]) < size {
				b[last] = append(append([]int(nil), b[last]...), order[:size-len(b[last])]...)
			}
			return b
		}, "remaining"},
		{"wrong size", func(n, size int, rng *rand.Rand) [][]int { return cut(rng.Perm(n), size+1, false) }, "batch 0 has"},
		// Sorting the rows inside each batch changes no batch's gradient: it is a right answer,
		// whichever shuffle comes before it.
		{"Perm, rows sorted inside each batch", func(n, size int, rng *rand.Rand) [][]int {
			b := cut(rng.Perm(n), size, false)
			for _, batch := range b {
				slices.Sort(batch)
			}
			return b
		}, ""},
		{"Shuffle, rows sorted inside each batch", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			b := cut(order, size, false)
			for _, batch := range b {
				slices.Sort(batch)
			}
			return b
		}, ""},
		{"Fisher–Yates by hand, rows sorted inside each batch", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := n - 1; i > 0; i-- {
				j := rng.IntN(i + 1)
				order[i], order[j] = order[j], order[i]
			}
			b := cut(order, size, false)
			for _, batch := range b {
				slices.Sort(batch)
			}
			return b
		}, ""},
		{"swap partner from all n rows, rows sorted inside each batch", func(n, size int, rng *rand.Rand) [][]int {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			for i := range order {
				j := rng.IntN(n)
				order[i], order[j] = order[j], order[i]
			}
			b := cut(order, size, false)
			for _, batch := range b {
				slices.Sort(batch)
			}
			return b
		}, "j := rng.IntN(n)"},
		{"panics", func(n, size int, rng *rand.Rand) [][]int { var b [][]int; return b[:1] }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check8_4(tt.f), "8.4", tt.hint)
	}
}
