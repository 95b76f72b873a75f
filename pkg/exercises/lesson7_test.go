package exercises

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// rowCost returns a costJ-like function: f(Σ over rows of g(row's squared distance), m, k).
func rowCost(g func(sq float64) float64, f func(sum float64, m, k int) float64) func(H, Y *mat.Dense) float64 {
	return func(H, Y *mat.Dense) float64 {
		m, k := H.Dims()
		sum := 0.0
		for i := 0; i < m; i++ {
			sq := 0.0
			for j := 0; j < k; j++ {
				d := Y.At(i, j) - H.At(i, j)
				sq += d * d
			}
			sum += g(sq)
		}
		return f(sum, m, k)
	}
}

func TestCheck7_1(t *testing.T) {
	id := func(sq float64) float64 { return sq }
	tests := []struct {
		name string
		f    func(H, Y *mat.Dense) float64
		hint string
	}{
		{"right", rowCost(id, func(s float64, m, _ int) float64 { return s / (2 * float64(m)) }), ""},
		{"right, with mat", func(H, Y *mat.Dense) float64 {
			var d mat.Dense
			d.Sub(Y, H)
			m, _ := H.Dims()
			n := mat.Norm(&d, 2)
			return n * n / (2 * float64(m))
		}, ""},
		{"nil", nil, "nil"},
		{"starter", func(H, Y *mat.Dense) float64 { return 0 }, "returned 0"},
		{"no half", rowCost(id, func(s float64, m, _ int) float64 { return s / float64(m) }), "½"},
		{"no average", rowCost(id, func(s float64, _, _ int) float64 { return s / 2 }), "divide by m"},
		{"neither", rowCost(id, func(s float64, _, _ int) float64 { return s }), "neither"},
		{"mean of every entry", rowCost(id, func(s float64, m, k int) float64 { return s / float64(2*m*k) }), "every entry"},
		{"not squared", rowCost(math.Sqrt, func(s float64, m, _ int) float64 { return s / (2 * float64(m)) }), "not squared"},
		{"absolute differences", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					sum += 0.5 * math.Abs(Y.At(i, j)-H.At(i, j))
				}
			}
			return sum / float64(m)
		}, "absolute differences"},
		{"m and k swapped", rowCost(id, func(s float64, _, k int) float64 { return s / (2 * float64(k)) }), "the number of outputs (columns)"},
		{"m and k swapped, no half", rowCost(id, func(s float64, _, k int) float64 { return s / float64(k) }), "the number of outputs (columns)"},
		{"only the target's output", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					if Y.At(i, j) == 1 {
						d := 1 - H.At(i, j)
						sum += 0.5 * d * d
					}
				}
			}
			return sum / float64(m)
		}, "only the output whose target is 1"},
		{"norm of the matrix, not squared", func(H, Y *mat.Dense) float64 {
			var d mat.Dense
			d.Sub(Y, H)
			m, _ := H.Dims()
			return mat.Norm(&d, 2) / (2 * float64(m))
		}, "not its square"},
		{"norm of the matrix, not squared, no half", func(H, Y *mat.Dense) float64 {
			var d mat.Dense
			d.Sub(Y, H)
			m, _ := H.Dims()
			return mat.Norm(&d, 2) / float64(m)
		}, "not its square"},
		{"writes into H", func(H, Y *mat.Dense) float64 { H.Sub(Y, H); return 0 }, "changed H or Y"},
		{"NaN", func(H, Y *mat.Dense) float64 { return math.NaN() }, "NaN"},
		{"divided by m − 1", rowCost(id, func(s float64, m, _ int) float64 { return s / (2 * float64(m-1)) }), "m − 1"},
		{"divided by m − 1, no half", rowCost(id, func(s float64, m, _ int) float64 { return s / float64(m-1) }), "m − 1"},
		{"last row dropped", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			return rowCost(id, func(s float64, _, _ int) float64 { return s / (2 * float64(m)) })(H.Slice(0, m-1, 0, k).(*mat.Dense), Y.Slice(0, m-1, 0, k).(*mat.Dense))
		}, "last row"},
		{"first row dropped", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			return rowCost(id, func(s float64, _, _ int) float64 { return s / (2 * float64(m-1)) })(H.Slice(1, m, 0, k).(*mat.Dense), Y.Slice(1, m, 0, k).(*mat.Dense))
		}, "first row"},
		{"divided by m twice", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				sq := 0.0
				for j := 0; j < k; j++ {
					d := Y.At(i, j) - H.At(i, j)
					sq += d * d
				}
				sum += 0.5 * sq / float64(m) // the average taken inside the loop ...
			}
			return sum / float64(m) // ... and again at the end
		}, "divided by m twice"},
		{"divided by m², no half", rowCost(id, func(s float64, m, _ int) float64 { return s / float64(m*m) }), "divided by m twice"},
		{"mean of every entry, no half", rowCost(id, func(s float64, m, k int) float64 { return s / float64(m*k) }), "every entry"},
		{"signed differences", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					sum += Y.At(i, j) - H.At(i, j)
				}
			}
			return sum / (2 * float64(m))
		}, "signed differences"},
		{"signed differences, no half", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					sum += Y.At(i, j) - H.At(i, j)
				}
			}
			return sum / float64(m)
		}, "signed differences"},
		{"row summed before squaring", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				row := 0.0
				for j := 0; j < k; j++ {
					row += Y.At(i, j) - H.At(i, j)
				}
				sum += 0.5 * row * row
			}
			return sum / float64(m)
		}, "squared the total"},
		{"only the first row (a return inside the loop)", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for j := 0; j < k; j++ {
				d := Y.At(0, j) - H.At(0, j)
				sum += 0.5 * d * d
			}
			return sum / float64(m)
		}, "only the first row"},
		{"only the first row, no average", func(H, Y *mat.Dense) float64 {
			_, k := H.Dims()
			sum := 0.0
			for j := 0; j < k; j++ {
				d := Y.At(0, j) - H.At(0, j)
				sum += 0.5 * d * d
			}
			return sum
		}, "only the first row"},
		{"other", rowCost(id, func(s float64, m, _ int) float64 { return s / (3 * float64(m)) }), "J is"},
		{"panics", func(H, Y *mat.Dense) float64 { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check7_1(tt.f), "7.1", tt.hint)
	}
}

// rowPick returns a predictDigits-like function choosing in each row the j that better prefers.
func rowPick(better func(x, best float64) bool, shift int) func(H *mat.Dense) []int {
	return func(H *mat.Dense) []int {
		r, c := H.Dims()
		out := make([]int, r)
		for i := 0; i < r; i++ {
			for j := 1; j < c; j++ {
				if better(H.At(i, j), H.At(i, out[i])) {
					out[i] = j
				}
			}
			out[i] += shift
		}
		return out
	}
}

func TestCheck7_2(t *testing.T) {
	gt := func(x, b float64) bool { return x > b }
	tests := []struct {
		name string
		f    func(H *mat.Dense) []int
		hint string
	}{
		{"right", rowPick(gt, 0), ""},
		{"nil", nil, "nil"},
		{"starter", func(*mat.Dense) []int { return nil }, "0 answers"},
		{"smallest", rowPick(func(x, b float64) bool { return x < b }, 0), "smallest"},
		{"from 1", rowPick(gt, 1), "off by one"},
		{"last on a tie", rowPick(func(x, b float64) bool { return x >= b }, 0), "tie"},
		{"columns", func(H *mat.Dense) []int {
			var T mat.Dense
			T.CloneFrom(H.T())
			return rowPick(gt, 0)(&T)
		}, "not of each column"},
		{"one wrong", func(H *mat.Dense) []int { p := rowPick(gt, 0)(H); p[5] = (p[5] + 1) % 10; return p }, "row 5"},
		{"writes into H", func(H *mat.Dense) []int { p := rowPick(gt, 0)(H); H.Zero(); return p }, "changed H"},
		{"panics", func(*mat.Dense) []int { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check7_2(tt.f), "7.2", tt.hint)
	}
}

// backDelta returns a hiddenDelta-like function: the output delta from outDelta(y, h), passed
// back through the weight weight(w, i, j), times the hidden slope slope(h).
func backDelta(outDelta func(y, h float64) float64, weight func(w [][]float64, i, j int) float64, slope func(h float64) float64) func(w [][]float64, h2, h3, y []float64) []float64 {
	return func(w [][]float64, h2, h3, y []float64) []float64 {
		d := make([]float64, len(h2))
		for j := range d {
			for i := range h3 {
				d[j] += weight(w, i, j) * outDelta(y[i], h3[i])
			}
			d[j] *= slope(h2[j])
		}
		return d
	}
}

func TestCheck7_3(t *testing.T) {
	rightOut := func(y, h float64) float64 { return -(y - h) * h * (1 - h) }
	rightW := func(w [][]float64, i, j int) float64 { return w[i][j] }
	rightSlope := func(h float64) float64 { return h * (1 - h) }
	tests := []struct {
		name string
		f    func(w [][]float64, h2, h3, y []float64) []float64
		hint string
	}{
		{"right", backDelta(rightOut, rightW, rightSlope), ""},
		{"right, written as (h − y)", backDelta(func(y, h float64) float64 { return (h - y) * h * (1 - h) }, rightW, rightSlope), ""},
		{"nil", nil, "nil"},
		{"starter", func(w [][]float64, h2, h3, y []float64) []float64 { return make([]float64, len(h2)) }, "no deltas"},
		{"starter nil", func(w [][]float64, h2, h3, y []float64) []float64 { return nil }, "no deltas"},
		{"no hidden slope", backDelta(rightOut, rightW, func(float64) float64 { return 1 }), "hidden layer's slope is missing"},
		{"output delta without its slope", backDelta(func(y, h float64) float64 { return h - y }, rightW, rightSlope), "output delta lacks its slope"},
		{"no slopes at all", backDelta(func(y, h float64) float64 { return h - y }, rightW, func(float64) float64 { return 1 }), "both slopes"},
		{"W instead of its transpose", backDelta(rightOut, func(w [][]float64, i, j int) float64 { return w[j][i] }, rightSlope), "w[j][i]"},
		{"sign", backDelta(func(y, h float64) float64 { return (y - h) * h * (1 - h) }, rightW, rightSlope), "sign is flipped"},
		{"hidden slope from h3", func(w [][]float64, h2, h3, y []float64) []float64 {
			d := make([]float64, len(h2))
			for j := range d {
				for i := range h3 {
					d[j] += w[i][j] * rightOut(y[i], h3[i])
				}
				d[j] *= h3[j] * (1 - h3[j])
			}
			return d
		}, "uses h3"},
		{"tanh slope", backDelta(rightOut, rightW, func(h float64) float64 { return 1 - h*h }), "slope of tanh"},
		{"tanh slope twice", backDelta(func(y, h float64) float64 { return -(y - h) * (1 - h*h) }, rightW, func(h float64) float64 { return 1 - h*h }), "slope of tanh"},
		{"slope of h", backDelta(rightOut, rightW, func(h float64) float64 { s := sigmoid(h); return s * (1 - s) }), "σ(h)"},
		{"the output delta", func(w [][]float64, h2, h3, y []float64) []float64 {
			d := make([]float64, len(h3))
			for i := range d {
				d[i] = rightOut(y[i], h3[i])
			}
			return d
		}, "the output delta δ^(3)"},
		{"only the target's output delta", func(w [][]float64, h2, h3, y []float64) []float64 {
			d := make([]float64, len(h2))
			for j := range d {
				for i := range h3 {
					if y[i] == 1 {
						d[j] += w[i][j] * rightOut(y[i], h3[i])
					}
				}
				d[j] *= rightSlope(h2[j])
			}
			return d
		}, "only the delta of the output whose target is 1"},
		{"writes into h2", func(w [][]float64, h2, h3, y []float64) []float64 {
			d := backDelta(rightOut, rightW, rightSlope)(w, h2, h3, y)
			h2[0] = 0
			return d
		}, "changed one of its inputs"},
		{"hidden slope h", backDelta(rightOut, rightW, func(h float64) float64 { return h }), "hidden node's slope has only one factor"},
		{"hidden slope 1 − h", backDelta(rightOut, rightW, func(h float64) float64 { return 1 - h }), "hidden node's slope has only one factor"},
		{"output slope h", backDelta(func(y, h float64) float64 { return (h - y) * h }, rightW, rightSlope), "output delta's slope has only one factor"},
		{"output slope 1 − h", backDelta(func(y, h float64) float64 { return (h - y) * (1 - h) }, rightW, rightSlope), "output delta's slope has only one factor"},
		{"both slopes h", backDelta(func(y, h float64) float64 { return (h - y) * h }, rightW, func(h float64) float64 { return h }), "both slopes have only one factor"},
		{"both slopes 1 − h", backDelta(func(y, h float64) float64 { return (h - y) * (1 - h) }, rightW, func(h float64) float64 { return 1 - h }), "both slopes have only one factor"},
		{"weights left out", backDelta(rightOut, func([][]float64, int, int) float64 { return 1 }, rightSlope), "weights are missing"},
		{"sum not reset for each hidden node", func(w [][]float64, h2, h3, y []float64) []float64 {
			d := make([]float64, len(h2))
			sum := 0.0
			for j := range d {
				for i := range h3 {
					sum += w[i][j] * rightOut(y[i], h3[i])
				}
				d[j] = sum * rightSlope(h2[j])
			}
			return d
		}, "start it again at 0"},
		{"other", backDelta(rightOut, rightW, func(h float64) float64 { return h*(1-h) + 0.1 }), "expected"},
		{"NaN", func(w [][]float64, h2, h3, y []float64) []float64 { return []float64{math.NaN(), 0, 0} }, "NaN"},
		{"panics", func(w [][]float64, h2, h3, y []float64) []float64 { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check7_3(tt.f), "7.3", tt.hint)
	}
}
