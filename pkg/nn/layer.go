package nn

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// Init chooses how New fills the initial weights. The zero Init is
// InitUniform, the choice of the articles.
type Init int

// The weight initialisations.
const (
	// InitUniform draws every weight and bias uniformly from [0, 1), as the
	// articles do. It works for small sigmoid networks and is a poor choice for
	// deep ones.
	InitUniform Init = iota
	// InitXavier (Glorot) draws weights uniformly from ±sqrt(6/(in+out)) and
	// sets biases to 0; suited to sigmoid and tanh layers.
	InitXavier
	// InitHe draws weights from a normal distribution with standard deviation
	// sqrt(2/in) and sets biases to 0; suited to ReLU layers.
	InitHe
)

// String returns the initialisation's name, such as "InitXavier".
func (i Init) String() string {
	switch i {
	case InitUniform:
		return "InitUniform"
	case InitXavier:
		return "InitXavier"
	case InitHe:
		return "InitHe"
	}
	return fmt.Sprintf("Init(%d)", int(i))
}

// Layer is one dense layer: it maps In inputs to Out outputs by
//
//	Z = A_prev·W + B   (one row per sample)
//	A = f(Z)
//
// W is In×Out, so row i of W holds the weights leaving input i, and column j
// the weights entering neuron j; a batch X with one sample per row multiplies
// from the left. B has one bias per neuron.
//
// In, Out, Activation, W and B define the layer; a lesson may change the
// weights in place (W.Set, W.Copy) or replace W and B by matrices of the same
// shape, and every method checks them before use.
//
// The other fields are results. After Forward, ForwardBatch, Predict, Loss,
// Backprop, Step or Train, Z and A hold the weighted sums and outputs of the
// last pass (one row per sample; one row for Forward; after Train, the
// held-out set's when TrainConfig has one, else the last training batch's);
// after Backprop, Step or Train, Delta holds ∂L/∂Z for the last batch that
// went backwards, and GradW and GradB hold ∂L/∂W and ∂L/∂B. They are nil
// until the first such call. The lessons print and plot them; the network
// overwrites them.
type Layer struct {
	In, Out    int        // numbers of inputs and of neurons
	Activation Activation // the function f applied to Z
	W          *mat.Dense // In×Out weights
	B          *mat.VecDense

	Z, A  *mat.Dense // batch rows × Out, from the last pass
	Delta *mat.Dense // ∂L/∂Z, batch rows × Out
	GradW *mat.Dense // ∂L/∂W, In×Out
	GradB *mat.VecDense
}

// emptyLayer returns an in→out layer with zero weights.
func emptyLayer(in, out int, f Activation) *Layer {
	return &Layer{In: in, Out: out, Activation: f, W: mat.NewDense(in, out, nil), B: mat.NewVecDense(out, nil)}
}

func newLayer(in, out int, f Activation, init Init, rng *rand.Rand) *Layer {
	l := emptyLayer(in, out, f)
	w := l.W.RawMatrix().Data
	b := l.B.RawVector().Data
	switch init {
	case InitXavier:
		r := math.Sqrt(6 / float64(in+out))
		for i := range w {
			w[i] = (2*rng.Float64() - 1) * r
		}
	case InitHe:
		s := math.Sqrt(2 / float64(in))
		for i := range w {
			w[i] = rng.NormFloat64() * s
		}
	default:
		for i := range w {
			w[i] = rng.Float64()
		}
		for i := range b {
			b[i] = rng.Float64()
		}
	}
	return l
}

// sized returns d as an r×c matrix stored row after row without gaps,
// keeping d's storage when it is large enough; for a nil d it returns a new
// matrix.
func sized(d *mat.Dense, r, c int) *mat.Dense {
	if d == nil {
		d = &mat.Dense{}
	}
	raw := d.RawMatrix()
	if raw.Rows == r && raw.Cols == c && raw.Stride == c {
		return d
	}
	data := raw.Data
	if cap(data) < r*c {
		data = make([]float64, r*c)
	}
	d.SetRawMatrix(blas64.General{Rows: r, Cols: c, Stride: c, Data: data[:r*c]})
	return d
}

// sizedVec returns v as a vector of n elements with unit increment, keeping
// v when it already is one.
func sizedVec(v *mat.VecDense, n int) *mat.VecDense {
	if v != nil {
		if raw := v.RawVector(); raw.N == n && raw.Inc == 1 {
			return v
		}
	}
	return mat.NewVecDense(n, nil)
}
