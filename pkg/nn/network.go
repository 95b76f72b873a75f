package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Config describes a network to build with New. Its zero values are the
// choices of the articles, so Config{Sizes: []int{64, 30, 10}} is the digits
// network of the course's lesson 07-digits: sigmoid everywhere, weights
// uniform in [0, 1).
type Config struct {
	// Sizes lists the number of neurons in each layer, inputs first and
	// outputs last; {2, 3, 1} has 2 inputs, 3 hidden neurons, 1 output.
	// It needs at least two entries, all positive, within the limits that
	// Save and Load support (see New). A Softmax layer needs at least two
	// neurons (softmax of one is always 1).
	Sizes []int
	// Hidden is the activation of every hidden layer (zero value: Sigmoid).
	Hidden Activation
	// Output is the activation of the output layer (zero value: Sigmoid).
	Output Activation
	// Init chooses the initial weights (zero value: InitUniform).
	Init Init
}

// Network is a stack of dense layers. Layers[0] maps the inputs to the first
// hidden layer and Layers[len(Layers)-1] is the output layer. The fields of
// each Layer can be read, and its weights changed, directly; every method
// checks the layers' shapes and activations first and returns an error
// naming the layer when they do not fit together.
type Network struct {
	Layers []*Layer
}

// The limits of a network, the same for New, Save and Load so that every
// network New builds can be saved and loaded again.
const (
	maxLayers    = 1 << 10 // layers
	maxLayerSize = 1 << 24 // neurons (or inputs) in one layer
	maxParams    = 1 << 28 // weights and biases in all (2 GiB of float64)
)

// New builds a network from cfg, drawing the initial weights from rng. It
// refuses more than 1024 layers, a layer of more than 2²⁴ neurons or inputs,
// and more than 2²⁸ weights and biases in all, the limits of Save and Load.
func New(cfg Config, rng *rand.Rand) (*Network, error) {
	if err := checkSizes(cfg.Sizes); err != nil {
		return nil, fmt.Errorf("nn: New: %w", err)
	}
	if !cfg.Hidden.valid() {
		return nil, fmt.Errorf("nn: New: unknown hidden activation %v", cfg.Hidden)
	}
	if !cfg.Output.valid() {
		return nil, fmt.Errorf("nn: New: unknown output activation %v", cfg.Output)
	}
	if cfg.Init < InitUniform || cfg.Init > InitHe {
		return nil, fmt.Errorf("nn: New: unknown initialisation %v", cfg.Init)
	}
	if rng == nil {
		return nil, errors.New("nn: New: rng is nil; pass rand.New(rand.NewPCG(seed, 0)) for repeatable weights")
	}
	n := &Network{}
	last := len(cfg.Sizes) - 2
	for i := 0; i <= last; i++ {
		f := cfg.Hidden
		if i == last {
			f = cfg.Output
		}
		n.Layers = append(n.Layers, newLayer(cfg.Sizes[i], cfg.Sizes[i+1], f, cfg.Init, rng))
	}
	if err := n.check("New"); err != nil {
		return nil, err // a Softmax layer of one neuron
	}
	return n, nil
}

// checkSizes checks layer sizes, inputs first, against the limits.
func checkSizes(sizes []int) error {
	if len(sizes) < 2 {
		return fmt.Errorf("sizes %v: want at least an input and an output size", sizes)
	}
	if len(sizes)-1 > maxLayers {
		return fmt.Errorf("%d layers, at most %d are supported", len(sizes)-1, maxLayers)
	}
	params := 0
	for i, s := range sizes {
		if s <= 0 || s > maxLayerSize {
			return fmt.Errorf("sizes %v: Sizes[%d] = %d, want 1 to %d", sizes, i, s, maxLayerSize)
		}
		if i > 0 {
			params += sizes[i-1]*s + s
			if params > maxParams {
				return fmt.Errorf("sizes %v have more than %d weights and biases", sizes, maxParams)
			}
		}
	}
	return nil
}

// Sizes returns the number of neurons in each layer, inputs first (nil for a
// network without layers).
func (n *Network) Sizes() []int {
	if n == nil || len(n.Layers) == 0 {
		return nil
	}
	s := []int{n.NumInputs()}
	for _, l := range n.Layers {
		out := 0
		if l != nil {
			out = l.Out
		}
		s = append(s, out)
	}
	return s
}

// NumInputs returns the number of inputs the network expects (0 for a
// network without layers).
func (n *Network) NumInputs() int {
	if n == nil || len(n.Layers) == 0 || n.Layers[0] == nil {
		return 0
	}
	return n.Layers[0].In
}

// NumOutputs returns the number of outputs of the network (0 for a network
// without layers).
func (n *Network) NumOutputs() int {
	if n == nil || len(n.Layers) == 0 || n.Layers[len(n.Layers)-1] == nil {
		return 0
	}
	return n.Layers[len(n.Layers)-1].Out
}

// output returns the output layer.
func (n *Network) output() *Layer { return n.Layers[len(n.Layers)-1] }

// Forward computes the network's output for one sample x. The returned slice
// is the output layer's A, overwritten by the next pass; copy it (or use
// ForwardInto) to keep it. Once the network has run, Forward does not
// allocate.
func (n *Network) Forward(x []float64) ([]float64, error) {
	return n.forwardOne("Forward", x)
}

// ForwardInto computes the network's output for one sample x into dst, which
// must have NumOutputs elements.
func (n *Network) ForwardInto(dst, x []float64) error {
	out, err := n.forwardOne("ForwardInto", x)
	if err != nil {
		return err
	}
	if len(dst) != len(out) {
		return fmt.Errorf("nn: ForwardInto: dst has %d values, network has %d outputs", len(dst), len(out))
	}
	copy(dst, out)
	return nil
}

func (n *Network) forwardOne(where string, x []float64) ([]float64, error) {
	if err := n.check(where); err != nil {
		return nil, err
	}
	if len(x) != n.NumInputs() {
		return nil, fmt.Errorf("nn: %s: input has %d values, network expects %d", where, len(x), n.NumInputs())
	}
	if i := firstNonFinite(x); i >= 0 {
		return nil, fmt.Errorf("nn: %s: input %d is %v", where, i, x[i])
	}
	n.forward(x, 1)
	if err := n.checkPass(where, nil); err != nil {
		return nil, err
	}
	return n.output().A.RawMatrix().Data, nil
}

// ForwardBatch computes the outputs for every row of X (one sample per row)
// and returns them as a new matrix with one row per sample. It also leaves
// each layer's Z and A set for that batch.
func (n *Network) ForwardBatch(X *mat.Dense) (*mat.Dense, error) {
	if err := n.forwardChecked("ForwardBatch", X); err != nil {
		return nil, err
	}
	return mat.DenseCopyOf(n.output().A), nil
}

// Predict returns the predicted class of every row of X: the index of the
// largest output (the first one when several are equal largest), or, for a network with a single output, 1 when the output
// is at least 0.5 and 0 otherwise.
func (n *Network) Predict(X *mat.Dense) ([]int, error) {
	if err := n.forwardChecked("Predict", X); err != nil {
		return nil, err
	}
	return argmaxRows(n.output().A), nil
}

// Loss returns the mean loss of the network on (X, Y) without changing any
// gradient.
func (n *Network) Loss(X, Y *mat.Dense, loss Loss) (float64, error) {
	if err := n.checkY("Loss", X, Y, loss); err != nil {
		return 0, err
	}
	rows, _ := X.Dims()
	n.forward(X.RawMatrix().Data, rows)
	if err := n.checkPass("Loss", X); err != nil {
		return 0, err
	}
	return n.dataLoss(Y.RawMatrix().Data, loss), nil
}

// Backprop runs X forward, compares the outputs with the targets Y (one row
// per sample) under loss, and fills every layer's Delta, GradW and GradB with
// the gradient of the mean loss. It returns the loss before any update.
func (n *Network) Backprop(X, Y *mat.Dense, loss Loss) (float64, error) {
	return n.backpropChecked("Backprop", X, Y, loss)
}

func (n *Network) backpropChecked(where string, X, Y *mat.Dense, loss Loss) (float64, error) {
	if err := n.checkY(where, X, Y, loss); err != nil {
		return 0, err
	}
	rows, _ := X.Dims()
	value := n.backprop(X.RawMatrix().Data, Y.RawMatrix().Data, rows, loss, 0, 0, rows)
	if err := n.checkPass(where, X); err != nil {
		return 0, err
	}
	return value, nil
}

// Step does one step of full-batch gradient descent on (X, Y): it runs
// Backprop and then moves every weight and bias against its gradient,
// W ← W − learningRate·∂L/∂W. It returns the loss before the step.
func (n *Network) Step(X, Y *mat.Dense, loss Loss, learningRate float64) (float64, error) {
	if !(learningRate > 0) || math.IsInf(learningRate, 0) {
		return 0, fmt.Errorf("nn: Step: learning rate %v, want a positive number", learningRate)
	}
	value, err := n.backpropChecked("Step", X, Y, loss)
	if err != nil {
		return 0, err
	}
	for _, l := range n.Layers {
		axpy(l.W.RawMatrix().Data, -learningRate, l.GradW.RawMatrix().Data)
		axpy(l.B.RawVector().Data, -learningRate, l.GradB.RawVector().Data)
	}
	return value, nil
}

// forwardChecked checks the network and X, runs X forward and checks the
// weighted sums of every layer.
func (n *Network) forwardChecked(where string, X *mat.Dense) error {
	if err := n.checkShapeX(where, X); err != nil {
		return err
	}
	rows, _ := X.Dims()
	n.forward(X.RawMatrix().Data, rows)
	return n.checkPass(where, X)
}

// forward runs a batch of rows samples, x holding one sample per row,
// through every layer:
//
//	Z1 = X·W1 + b1,   A1 = f(Z1)
//	Z2 = A1·W2 + b2,  A2 = f(Z2)   …
func (n *Network) forward(x []float64, rows int) {
	prev := x // A0 = X
	for _, l := range n.Layers {
		l.Z = sized(l.Z, rows, l.Out)
		l.A = sized(l.A, rows, l.Out)
		Z, A := l.Z.RawMatrix().Data, l.A.RawMatrix().Data
		mulAB(Z, prev, l.W.RawMatrix().Data, rows, l.In, l.Out)             // Z = A_prev·W
		addBiasApply(A, Z, l.B.RawVector().Data, l.Activation, rows, l.Out) // Z += b, A = f(Z)
		prev = A
	}
}

// backprop runs the rows samples x forward and their targets y back: the
// chain rule, layer by layer from the output,
//
//	delta_L     = ∂L/∂Z_L                         (outputDelta)
//	GradW_l     = A_{l-1}ᵀ·delta_l  (+ penalty)   GradB_l = Σ_rows delta_l
//	delta_{l-1} = (delta_l·W_lᵀ) ⊙ f'(Z_{l-1})
//
// with A_0 = X. It returns the mean loss, including the penalties
// l2·ΣW²/2N and l1·Σ|W|/N with N = penaltyN.
func (n *Network) backprop(x, y []float64, rows int, loss Loss, l2, l1 float64, penaltyN int) float64 {
	n.forward(x, rows)
	out := n.output()
	out.Delta = sized(out.Delta, rows, out.Out)
	value := n.outputDelta(y, loss, out.Delta.RawMatrix().Data)

	for i := len(n.Layers) - 1; i >= 0; i-- {
		l := n.Layers[i]
		delta := l.Delta.RawMatrix().Data
		Aprev := x
		if i > 0 {
			Aprev = n.Layers[i-1].A.RawMatrix().Data
		}
		l.GradW = sized(l.GradW, l.In, l.Out)
		l.GradB = sizedVec(l.GradB, l.Out)
		gw, W := l.GradW.RawMatrix().Data, l.W.RawMatrix().Data
		mulATB(gw, Aprev, delta, l.In, rows, l.Out)           // GradW = A_prevᵀ·delta
		colSums(l.GradB.RawVector().Data, delta, rows, l.Out) // GradB = Σ_rows delta
		value += addPenalty(gw, W, l2, l1, penaltyN)
		if i == 0 {
			break
		}
		p := n.Layers[i-1]
		p.Delta = sized(p.Delta, rows, p.Out)
		dp := p.Delta.RawMatrix().Data
		mulABT(dp, delta, W, rows, l.Out, l.In)                                            // ∂L/∂A_prev = delta·Wᵀ
		p.Activation.backward(dp, p.Z.RawMatrix().Data, p.A.RawMatrix().Data, rows, p.Out) // ⊙ f'(Z_prev)
	}
	return value
}

// argmaxRows returns the column of the largest element of each row, or for a
// single column, 1 where the value is at least 0.5.
func argmaxRows(m *mat.Dense) []int {
	r, c := m.Dims()
	out := make([]int, r)
	for i := range out {
		row := m.RawRowView(i)
		if c == 1 {
			if row[0] >= 0.5 {
				out[i] = 1
			}
			continue
		}
		out[i] = argmax(row)
	}
	return out
}
