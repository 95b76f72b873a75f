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
// After ForwardBatch, Backprop, Step or Train, Z and A hold the weighted sums
// and outputs of the last batch (one row per sample), Delta holds ∂L/∂Z for
// that batch, and GradW and GradB hold ∂L/∂W and ∂L/∂B. The lessons print
// and plot these; treat them as read-only.
type Layer struct {
	In, Out    int        // numbers of inputs and of neurons
	Activation Activation // the function f applied to Z
	W          *mat.Dense // In×Out weights
	B          *mat.VecDense
	Z, A       *mat.Dense // batch rows × Out, from the last batch pass
	Delta      *mat.Dense // ∂L/∂Z, batch rows × Out
	GradW      *mat.Dense // ∂L/∂W, In×Out
	GradB      *mat.VecDense

	// one-sample workspaces for Forward
	z1, a1 []float64
	// optimiser state, one entry per weight then per bias
	vel, m2 []float64
}

// emptyLayer returns an in→out layer with zero weights and its buffers.
func emptyLayer(in, out int, f Activation) *Layer {
	return &Layer{
		In: in, Out: out, Activation: f,
		W:     mat.NewDense(in, out, nil),
		B:     mat.NewVecDense(out, nil),
		GradW: mat.NewDense(in, out, nil),
		GradB: mat.NewVecDense(out, nil),
		Z:     &mat.Dense{}, A: &mat.Dense{}, Delta: &mat.Dense{},
		z1: make([]float64, out), a1: make([]float64, out),
	}
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

// reuse makes d an r×c matrix, keeping its storage when it is large enough.
func reuse(d *mat.Dense, r, c int) {
	if rr, cc := d.Dims(); rr == r && cc == c {
		return
	}
	raw := d.RawMatrix().Data
	if cap(raw) < r*c {
		raw = make([]float64, r*c)
	}
	d.SetRawMatrix(blas64.General{Rows: r, Cols: c, Stride: c, Data: raw[:r*c]})
}
