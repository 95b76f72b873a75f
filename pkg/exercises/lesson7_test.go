package exercises

import (
	"fmt"
	"math"
	"slices"
	"strings"
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
		{"m hard-coded as the exercise cell's 719", rowCost(id, func(s float64, _, _ int) float64 { return s / (2 * 719) }), "you divided ½ Σ‖y − h‖² by 719; this batch has m = 7 rows"},
		{"m hard-coded as the 1078 training digits", rowCost(id, func(s float64, _, _ int) float64 { return 0.5 * s / 1078 }), "by 1078; this batch has m = 7 rows"},
		{"m hard-coded, no half", rowCost(id, func(s float64, _, _ int) float64 { return s / 719 }), "you divided Σ‖y − h‖², with no ½, by 719"},
		{"all differences summed, then squared", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			s := mat.Sum(&D)
			m, _ := H.Dims()
			return 0.5 * s * s / float64(m)
		}, "you added up all the differences, then squared the total"},
		{"all differences summed, then squared, no half", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			s := mat.Sum(&D)
			m, _ := H.Dims()
			return s * s / float64(m)
		}, "you added up all the differences, then squared the total"},
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
		{"right, with MulElem and Sum", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.MulElem(&D, &D)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&D) / float64(m)
		}, ""},
		{"10 outputs assumed", func(H, Y *mat.Dense) float64 {
			m, _ := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				for j := 0; j < 10; j++ {
					d := Y.At(i, j) - H.At(i, j)
					sum += 0.5 * d * d
				}
			}
			return sum / float64(m)
		}, "instead of fixed numbers such as 10"},
		{"10 outputs assumed, plain slices", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := 0; i < m; i++ {
				h, y := H.RawRowView(i), Y.RawRowView(i)
				for j := 0; j < 10; j++ {
					d := y[j] - h[j]
					sum += 0.5 * d * d
				}
			}
			_ = k
			return sum / float64(m)
		}, "read outside H or Y"},
		{"Mul instead of MulElem", func(H, Y *mat.Dense) float64 {
			var D, S mat.Dense
			D.Sub(Y, H)
			S.Mul(&D, &D)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&S) / float64(m)
		}, "MulElem"},
		{"Pow to square every entry", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.Pow(&D, 2)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&D) / float64(m)
		}, "Pow(D, 2) is D·D"},
		{"Sum of DᵀD", func(H, Y *mat.Dense) float64 {
			var D, S mat.Dense
			D.Sub(Y, H)
			S.Mul(D.T(), &D)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&S) / float64(m)
		}, "squared the total"},
		{"Sum of D·Dᵀ", func(H, Y *mat.Dense) float64 {
			var D, S mat.Dense
			D.Sub(Y, H)
			S.Mul(&D, D.T())
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&S) / float64(m)
		}, "D·Dᵀ"},
		{"½ written as 1/2", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.MulElem(&D, &D)
			m, _ := H.Dims()
			//lint:ignore SA4025 the student's mistake this case stands for: 1/2 is 0 in Go
			return 1 / 2 * mat.Sum(&D) / float64(m)
		}, "1/2"},
		{"average written as float64(1/m)", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.MulElem(&D, &D)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&D) * float64(1/m)
		}, "divide by float64(m)"},
		{"near miss: float32 rounding", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.MulElem(&D, &D)
			m, _ := H.Dims()
			return float64(float32(0.5 * mat.Sum(&D) / float64(m)))
		}, "costJ gives 1.5219671726226807, J is 1.5219671271597692"},
		{"D declared outside costJ", func() func(H, Y *mat.Dense) float64 {
			var D mat.Dense // shared by every call
			return func(H, Y *mat.Dense) float64 {
				D.Sub(Y, H)
				D.MulElem(&D, &D)
				m, _ := H.Dims()
				return 0.5 * mat.Sum(&D) / float64(m)
			}
		}(), "declared outside costJ"},
		// In the notebook the exercise cell has already called costJ on the 719×10 test batch, so
		// a D declared outside fails on the check's first batch, where no Mul is involved.
		{"D declared outside costJ, after a call on the test batch", func() func(H, Y *mat.Dense) float64 {
			var D mat.Dense // shared by every call
			costJ := func(H, Y *mat.Dense) float64 {
				D.Sub(Y, H)
				D.MulElem(&D, &D)
				m, _ := H.Dims()
				return 0.5 * mat.Sum(&D) / float64(m)
			}
			H, Y, _ := digitBatch(719, 10, 9)
			costJ(H, Y)
			return costJ
		}(), "keeps the shape of an earlier call"},
		{"D made with fixed sizes", func(H, Y *mat.Dense) float64 {
			D := mat.NewDense(7, 10, nil)
			D.Sub(Y, H)
			D.MulElem(D, D)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(D) / float64(m)
		}, "made with fixed sizes"},
		{"Mul instead of MulElem, D declared outside costJ", func() func(H, Y *mat.Dense) float64 {
			var D mat.Dense // shared by every call; the product itself would fit on a square batch
			costJ := func(H, Y *mat.Dense) float64 {
				var S mat.Dense
				D.Sub(Y, H)
				S.Mul(&D, &D)
				m, _ := H.Dims()
				return 0.5 * mat.Sum(&S) / float64(m)
			}
			H, Y, _ := digitBatch(719, 10, 9)
			panicText(func() { costJ(H, Y) })
			return costJ
		}(), "declared outside costJ"},
		{"the notebook's Htest in place of H", func() func(H, Y *mat.Dense) float64 {
			Htest, _, _ := digitBatch(719, 10, 9) // the exercise cell's test outputs
			return func(H, Y *mat.Dense) float64 {
				var D mat.Dense
				D.Sub(Y, Htest)
				D.MulElem(&D, &D)
				m, _ := H.Dims()
				return 0.5 * mat.Sum(&D) / float64(m)
			}
		}(), "a notebook variable such as Htest or Ytest used in place of H or Y"},
		{"the notebook's Htest and Ytest in place of both arguments", func() func(H, Y *mat.Dense) float64 {
			Htest, Ytest, _ := digitBatch(719, 10, 9) // the exercise cell's test batch
			return func(H, Y *mat.Dense) float64 {
				var D mat.Dense
				D.Sub(Ytest, Htest)
				D.MulElem(&D, &D)
				m, _ := Htest.Dims()
				return 0.5 * mat.Sum(&D) / float64(m)
			}
		}(), "on two different batches"},
		{"Y left out", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.MulElem(H, H)
			m, _ := H.Dims()
			return 0.5 * mat.Sum(&D) / float64(m)
		}, "you squared h, not y − h"},
		{"Y left out, no half", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.MulElem(H, H)
			m, _ := H.Dims()
			return mat.Sum(&D) / float64(m)
		}, "you squared h, not y − h"},
		{"½ applied twice", rowCost(func(sq float64) float64 { return 0.5 * sq }, func(s float64, m, _ int) float64 { return s / (2 * float64(m)) }), "halved twice"},
		{"½ applied twice, as 4m", rowCost(id, func(s float64, m, _ int) float64 { return s / (4 * float64(m)) }), "halved twice"},
		{"last column left out", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			return rowCost(id, func(s float64, _, _ int) float64 { return s / (2 * float64(m)) })(H.Slice(0, m, 0, k-1).(*mat.Dense), Y.Slice(0, m, 0, k-1).(*mat.Dense))
		}, "last column"},
		{"last column left out, no half", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			return rowCost(id, func(s float64, _, _ int) float64 { return s / float64(m) })(H.Slice(0, m, 0, k-1).(*mat.Dense), Y.Slice(0, m, 0, k-1).(*mat.Dense))
		}, "last column"},
		{"cross-entropy", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := range m {
				for j := range k {
					sum -= Y.At(i, j) * math.Log(H.At(i, j))
				}
			}
			return sum / float64(m)
		}, "cross-entropy"},
		{"binary cross-entropy, summed", func(H, Y *mat.Dense) float64 {
			m, k := H.Dims()
			sum := 0.0
			for i := range m {
				for j := range k {
					y, h := Y.At(i, j), H.At(i, j)
					sum -= y*math.Log(h) + (1-y)*math.Log(1-h)
				}
			}
			return sum
		}, "cross-entropy"},
		{"square root of J", rowCost(id, func(s float64, m, _ int) float64 { return math.Sqrt(s / (2 * float64(m))) }), "square root"},
		{"root mean square", rowCost(id, func(s float64, m, _ int) float64 { return math.Sqrt(s / float64(m)) }), "square root"},
		{"precedence: sum / 2 * m", func(H, Y *mat.Dense) float64 {
			var D mat.Dense
			D.Sub(Y, H)
			D.MulElem(&D, &D)
			m, _ := H.Dims()
			return mat.Sum(&D) / 2 * float64(m)
		}, "Go reads a / 2 * m from left to right"},
		{"multiplied by m, no half", rowCost(id, func(s float64, m, _ int) float64 { return s * float64(m) }), "Go reads a / 2 * m from left to right"},
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
		{"make with length m, then append", func(H *mat.Dense) []int {
			m, _ := H.Dims()
			digits := make([]int, m)
			return append(digits, rowPick(gt, 0)(H)...)
		}, "make([]int, m) already holds m zeros"},
		{"columns read as samples (mat.Col)", func(H *mat.Dense) []int {
			m, _ := H.Dims()
			digits := make([]int, m)
			for s := range m {
				col := mat.Col(nil, s, H)
				for i := range col {
					if col[i] > col[digits[s]] {
						digits[s] = i
					}
				}
			}
			return digits
		}, "a column it does not have"},
		{"columns read as samples (At)", func(H *mat.Dense) []int {
			m, k := H.Dims()
			digits := make([]int, m)
			for s := range m {
				for i := 1; i < k; i++ {
					if H.At(i, s) > H.At(digits[s], s) {
						digits[s] = i
					}
				}
			}
			return digits
		}, "a loop over the samples is a loop over the rows"},
		{"answer slice made with 10 entries", func(H *mat.Dense) []int {
			m, _ := H.Dims()
			digits := make([]int, 10)
			p := rowPick(gt, 0)(H)
			for s := range m {
				digits[s] = p[s]
			}
			return digits
		}, "past the end of a slice"},
		{"argmax seeded at 0.5", func(H *mat.Dense) []int {
			m, k := H.Dims()
			digits := make([]int, m)
			for s := range m {
				best := 0.5
				for i := range k {
					if H.At(s, i) > best {
						best, digits[s] = H.At(s, i), i
					}
				}
			}
			return digits
		}, "every output is below 0.5"},
		{"largest value as an int, not its index", func(H *mat.Dense) []int {
			m, _ := H.Dims()
			digits := make([]int, m)
			for s := range m {
				digits[s] = int(slices.Max(H.RawRowView(s)))
			}
			return digits
		}, "or it writes int(the largest value)"},
		{"answers never written", func(H *mat.Dense) []int { r, _ := H.Dims(); return make([]int, r) }, "never writes its answers"},
		{"panics", func(*mat.Dense) []int { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check7_2(tt.f), "7.2", tt.hint)
	}
}

// batchBack returns a hiddenDeltas-like function: P = D3 times weights(W2), then each entry
// P[s][j] replaced by combine(P[s][j], H2[s][j]).
func batchBack(weights func(W2 *mat.Dense) mat.Matrix, combine func(p, h float64) float64) func(D3, W2, H2 *mat.Dense) *mat.Dense {
	return func(D3, W2, H2 *mat.Dense) *mat.Dense {
		var D mat.Dense
		D.Mul(D3, weights(W2))
		D.Apply(func(s, j int, p float64) float64 { return combine(p, H2.At(s, j)) }, &D)
		return &D
	}
}

func TestCheck7_3(t *testing.T) {
	wT := func(W2 *mat.Dense) mat.Matrix { return W2.T() }
	w := func(W2 *mat.Dense) mat.Matrix { return W2 }
	right := func(p, h float64) float64 { return p * h * (1 - h) }
	tests := []struct {
		name string
		f    func(D3, W2, H2 *mat.Dense) *mat.Dense
		hint string
	}{
		{"right", batchBack(wT, right), ""},
		{"right, with MulElem", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var P, S mat.Dense
			P.Mul(D3, W2.T())
			S.Apply(func(_, _ int, h float64) float64 { return h * (1 - h) }, H2)
			P.MulElem(&P, &S)
			return &P
		}, ""},
		{"right, with loops", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			m, hidden := H2.Dims()
			_, outputs := D3.Dims()
			D := mat.NewDense(m, hidden, nil)
			for s := 0; s < m; s++ {
				for j := 0; j < hidden; j++ {
					sum := 0.0
					for i := 0; i < outputs; i++ {
						sum += D3.At(s, i) * W2.At(j, i)
					}
					h := H2.At(s, j)
					D.Set(s, j, sum*h*(1-h))
				}
			}
			return D
		}, ""},
		{"nil function", nil, "nil"},
		{"starter", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			m, hidden := H2.Dims()
			return mat.NewDense(m, hidden, nil)
		}, "all zeros"},
		{"returns nil", func(D3, W2, H2 *mat.Dense) *mat.Dense { return nil }, "returned nil"},
		// The three most likely mistakes: W2 not transposed, the slope missing or wrong, an
		// argument written into.
		{"W2 not transposed", batchBack(w, right), "W2 itself"},
		{"W2 not transposed, digit sizes", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			if r, c := W2.Dims(); r == c { // behave right on the square case, to reach the 30×10 one
				return batchBack(wT, right)(D3, W2, H2)
			}
			return batchBack(w, right)(D3, W2, H2)
		}, "shapes do not fit"},
		{"slope as a matrix product", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var P, S, D mat.Dense
			P.Mul(D3, W2.T())
			S.Apply(func(_, _ int, h float64) float64 { return h * (1 - h) }, H2)
			D.Mul(&P, &S)
			return &D
		}, "entry by entry"},
		{"no slope", batchBack(wT, func(p, _ float64) float64 { return p }), "slope is missing"},
		{"slope h", batchBack(wT, func(p, h float64) float64 { return p * h }), "only one factor"},
		{"slope 1 − h", batchBack(wT, func(p, h float64) float64 { return p * (1 - h) }), "only one factor"},
		{"tanh's slope", batchBack(wT, func(p, h float64) float64 { return p * (1 - h*h) }), "slope of tanh"},
		{"slope of σ(h)", batchBack(wT, func(p, h float64) float64 { s := sigmoid(h); return p * s * (1 - s) }), "σ(h)"},
		{"slope of the product", batchBack(wT, func(p, _ float64) float64 { return p * p * (1 - p) }), "slope of the passed-back deltas"},
		{"slope of D3 before the product", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var S, D mat.Dense
			S.Apply(func(_, _ int, d float64) float64 { return d * (1 - d) }, D3)
			D.Mul(&S, W2.T())
			return &D
		}, "slope of D3 before passing it back"},
		{"slope twice", batchBack(wT, func(p, h float64) float64 { return p * h * (1 - h) * h * (1 - h) }), "applied twice"},
		{"writes into H2", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var P mat.Dense
			P.Mul(D3, W2.T())
			H2.Apply(func(_, _ int, h float64) float64 { return h * (1 - h) }, H2)
			P.MulElem(&P, H2)
			return &P
		}, "wrote into H2"},
		{"writes into D3", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			d := batchBack(wT, right)(D3, W2, H2)
			D3.Zero()
			return d
		}, "wrote into D3"},
		{"sign", batchBack(wT, func(p, h float64) float64 { return -p * h * (1 - h) }), "either D3 was negated"},
		{"slope written h(h − 1)", batchBack(wT, func(p, h float64) float64 { return p * h * (h - 1) }), "the slope was written h(h − 1) instead of h(1 − h)"},
		{"divided by m", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			d := batchBack(wT, right)(D3, W2, H2)
			m, _ := d.Dims()
			d.Scale(1/float64(m), d)
			return d
		}, "divided by m"},
		{"article orientation (one row per hidden node)", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var D mat.Dense
			D.CloneFrom(batchBack(wT, right)(D3, W2, H2).T())
			return &D
		}, "one row per hidden node"},
		{"output deltas returned", func(D3, W2, H2 *mat.Dense) *mat.Dense { return mat.DenseCopyOf(D3) }, "that is D3"},
		{"output deltas returned, non-square sizes", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			if r, c := W2.Dims(); r == c { // behave right on the square case, to reach the 30×10 one
				return batchBack(func(W2 *mat.Dense) mat.Matrix { return W2.T() }, func(p, h float64) float64 { return p * h * (1 - h) })(D3, W2, H2)
			}
			return mat.DenseCopyOf(D3)
		}, "like D3"},
		{"sizes fixed at 30 hidden nodes", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			m, _ := H2.Dims()
			D := mat.NewDense(m, 30, nil)
			for s := 0; s < m; s++ {
				for j := 0; j < 30; j++ {
					D.Set(s, j, H2.At(s, j))
				}
			}
			return D
		}, "read outside a matrix"},
		{"result declared outside the function", func() func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var D mat.Dense // shared by every call
			return func(D3, W2, H2 *mat.Dense) *mat.Dense {
				D.Mul(D3, W2.T())
				D.Apply(func(s, j int, p float64) float64 { return right(p, H2.At(s, j)) }, &D)
				return &D
			}
		}(), "the same matrix on two calls"},
		// In the notebook the exercise cell has already called hiddenDeltas on the training batch
		// (1078 samples, 30 hidden nodes, 10 outputs), so a result declared outside fails on the
		// check's first call, whose products are right.
		{"result declared outside the function, after a call on the training batch", func() func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var D mat.Dense // shared by every call
			hiddenDeltas := func(D3, W2, H2 *mat.Dense) *mat.Dense {
				D.Mul(D3, W2.T())
				D.Apply(func(s, j int, p float64) float64 { return right(p, H2.At(s, j)) }, &D)
				return &D
			}
			hiddenDeltas(batchDeltaCase(1078, 30, 10, 9))
			return hiddenDeltas
		}(), "declared outside hiddenDeltas"},
		{"the article's weights in place of W2", func() func(D3, W2, H2 *mat.Dense) *mat.Dense {
			_, W, _ := batchDeltaCase(1, 30, 10, 9) // article.Layers[1].W: 30 hidden nodes, 10 outputs
			return func(D3, W2, H2 *mat.Dense) *mat.Dense {
				return batchBack(func(*mat.Dense) mat.Matrix { return W.T() }, right)(D3, W2, H2)
			}
		}(), "a notebook variable such as article.Layers[1].W used in place of an argument"},
		{"a helper declared outside the function", func() func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var S mat.Dense // the slopes, shared by every call
			hiddenDeltas := func(D3, W2, H2 *mat.Dense) *mat.Dense {
				var D mat.Dense
				S.Apply(func(_, _ int, h float64) float64 { return h * (1 - h) }, H2)
				D.Mul(D3, W2.T())
				D.MulElem(&D, &S)
				return &D
			}
			hiddenDeltas(batchDeltaCase(1078, 30, 10, 9))
			return hiddenDeltas
		}(), "the result or a helper declared outside hiddenDeltas"},
		{"result made with fixed sizes", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			D := mat.NewDense(1078, 30, nil)
			D.Mul(D3, W2.T())
			D.Apply(func(s, j int, p float64) float64 { return right(p, H2.At(s, j)) }, D)
			return D
		}, "made with fixed sizes"},
		{"result reused after a Reset", func() func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var D mat.Dense // shared by every call, emptied before each
			return func(D3, W2, H2 *mat.Dense) *mat.Dense {
				D.Reset()
				D.Mul(D3, W2.T())
				D.Apply(func(s, j int, p float64) float64 { return right(p, H2.At(s, j)) }, &D)
				return &D
			}
		}(), "the same matrix on two calls"},
		{"slope written h·h", batchBack(wT, func(p, h float64) float64 { return p * h * h }), "h² is not the sigmoid's slope"},
		{"row 0 of H2 for every sample", func(D3, W2, H2 *mat.Dense) *mat.Dense {
			var D mat.Dense
			D.Mul(D3, W2.T())
			D.Apply(func(_, j int, p float64) float64 { return right(p, H2.At(0, j)) }, &D)
			return &D
		}, "its own row of H2"},
		{"other", batchBack(wT, func(p, h float64) float64 { return p*h*(1-h) + 0.01 }), "expected"},
		{"NaN", batchBack(wT, func(float64, float64) float64 { return math.NaN() }), "NaN"},
		{"deltas doubled", batchBack(wT, func(p, h float64) float64 { return 2 * p * h * (1 - h) }), "twice the right ones"},
		{"a factor ½", batchBack(wT, func(p, h float64) float64 { return 0.5 * p * h * (1 - h) }), "half the right ones"},
		{"absolute value of the passed-back sums", batchBack(wT, func(p, h float64) float64 { return math.Abs(p) * h * (1 - h) }), "all the same sign"},
		{"panics", func(D3, W2, H2 *mat.Dense) *mat.Dense { panic("no") }, "panicked: no"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check7_3(tt.f), "7.3", tt.hint)
	}
}

// A result off by a relative error too small to show in six significant figures, but above the
// check's tolerance, must print two numbers that differ.
func TestCheck7_3TinyErrorShowsDigits(t *testing.T) {
	r := Check7_3(batchBack(func(W2 *mat.Dense) mat.Matrix { return W2.T() }, func(p, h float64) float64 { return p * h * (1 - h) * (1 + 1e-9) }))
	expectResult(t, "tiny error", r, "7.3", "expected")
	var s, j int
	var got, want float64
	i := strings.Index(r.Message, "your entry")
	if i < 0 {
		t.Fatalf("no entry in %q", r.Message)
	}
	if _, err := fmt.Sscanf(r.Message[i:], "your entry (%d, %d) is %g, expected %g:", &s, &j, &got, &want); err != nil {
		t.Fatalf("cannot read the two numbers in %q: %v", r.Message, err)
	}
	if got == want {
		t.Errorf("the message prints the same number twice: %q", r.Message)
	}
}
