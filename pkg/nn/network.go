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
// network of lesson 5: sigmoid everywhere, weights uniform in [0, 1).
type Config struct {
	// Sizes lists the number of neurons in each layer, inputs first and
	// outputs last; {2, 3, 1} has 2 inputs, 3 hidden neurons, 1 output.
	// It needs at least two entries, all positive.
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
// each Layer can be read (and the weights changed) directly.
type Network struct {
	Layers []*Layer

	in *mat.Dense // rows of the current batch (a copy when training on minibatches)
}

// New builds a network from cfg, drawing the initial weights from rng.
func New(cfg Config, rng *rand.Rand) (*Network, error) {
	if len(cfg.Sizes) < 2 {
		return nil, fmt.Errorf("nn.New: Sizes %v needs at least an input and an output size", cfg.Sizes)
	}
	for i, s := range cfg.Sizes {
		if s <= 0 {
			return nil, fmt.Errorf("nn.New: Sizes[%d] = %d, want a positive layer size", i, s)
		}
	}
	if !cfg.Hidden.valid() {
		return nil, fmt.Errorf("nn.New: unknown hidden activation %v", cfg.Hidden)
	}
	if !cfg.Output.valid() {
		return nil, fmt.Errorf("nn.New: unknown output activation %v", cfg.Output)
	}
	if cfg.Init < InitUniform || cfg.Init > InitHe {
		return nil, fmt.Errorf("nn.New: unknown initialisation %v", cfg.Init)
	}
	if rng == nil {
		return nil, errors.New("nn.New: rng is nil; pass rand.New(rand.NewPCG(seed, 0)) for repeatable weights")
	}
	n := &Network{in: &mat.Dense{}}
	last := len(cfg.Sizes) - 2
	for i := 0; i <= last; i++ {
		f := cfg.Hidden
		if i == last {
			f = cfg.Output
		}
		n.Layers = append(n.Layers, newLayer(cfg.Sizes[i], cfg.Sizes[i+1], f, cfg.Init, rng))
	}
	return n, nil
}

// Sizes returns the number of neurons in each layer, inputs first.
func (n *Network) Sizes() []int {
	s := []int{n.Layers[0].In}
	for _, l := range n.Layers {
		s = append(s, l.Out)
	}
	return s
}

// NumInputs returns the number of inputs the network expects.
func (n *Network) NumInputs() int { return n.Layers[0].In }

// NumOutputs returns the number of outputs of the network.
func (n *Network) NumOutputs() int { return n.Layers[len(n.Layers)-1].Out }

// Forward computes the network's output for one sample x. The returned slice
// belongs to the network and is overwritten by the next call to Forward; copy
// it (or use ForwardInto) to keep it. Once the network exists, Forward does
// not allocate.
func (n *Network) Forward(x []float64) ([]float64, error) {
	if len(x) != n.NumInputs() {
		return nil, fmt.Errorf("nn: Forward: input has %d values, network expects %d", len(x), n.NumInputs())
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("nn: Forward: input %d is %v", i, v)
		}
	}
	a := x
	for _, l := range n.Layers {
		// z = aᵀ·W + b: a one-row product, then the bias.
		z := l.z1
		mulAB(z, a, l.W.RawMatrix().Data, 1, l.In, l.Out)
		floatsAdd(z, l.B.RawVector().Data)
		l.Activation.applyRows(l.a1, z, 1, l.Out)
		a = l.a1
	}
	return a, nil
}

// ForwardInto computes the network's output for one sample x into dst, which
// must have NumOutputs elements.
func (n *Network) ForwardInto(dst, x []float64) error {
	if len(dst) != n.NumOutputs() {
		return fmt.Errorf("nn: ForwardInto: dst has %d values, network has %d outputs", len(dst), n.NumOutputs())
	}
	out, err := n.Forward(x)
	if err != nil {
		return err
	}
	copy(dst, out)
	return nil
}

// ForwardBatch computes the outputs for every row of X (one sample per row)
// and returns them as a new matrix with one row per sample. It also leaves
// each layer's Z and A set for that batch.
func (n *Network) ForwardBatch(X *mat.Dense) (*mat.Dense, error) {
	if err := n.checkX("ForwardBatch", X); err != nil {
		return nil, err
	}
	n.forward(X)
	return mat.DenseCopyOf(n.Layers[len(n.Layers)-1].A), nil
}

// Predict returns the predicted class of every row of X: the index of the
// largest output, or, for a network with a single output, 1 when the output
// is at least 0.5 and 0 otherwise.
func (n *Network) Predict(X *mat.Dense) ([]int, error) {
	if err := n.checkX("Predict", X); err != nil {
		return nil, err
	}
	n.forward(X)
	return argmaxRows(n.Layers[len(n.Layers)-1].A), nil
}

// forward runs the batch X through every layer:
//
//	Z1 = X·W1 + b1,   A1 = f(Z1)
//	Z2 = A1·W2 + b2,  A2 = f(Z2)   …
func (n *Network) forward(X *mat.Dense) {
	rows, _ := X.Dims()
	prev := X.RawMatrix()
	for _, l := range n.Layers {
		reuse(l.Z, rows, l.Out)
		reuse(l.A, rows, l.Out)
		Z := l.Z.RawMatrix().Data
		mulAB(Z, prev.Data, l.W.RawMatrix().Data, rows, l.In, l.Out)
		if l.Activation == Sigmoid {
			// Bias and sigmoid in one pass, bit for bit as the two below.
			addRowSigmoid(l.A.RawMatrix().Data, Z, l.B.RawVector().Data, rows, l.Out)
		} else {
			addRow(Z, l.B.RawVector().Data, rows, l.Out)
			l.Activation.applyRows(l.A.RawMatrix().Data, Z, rows, l.Out)
		}
		prev = l.A.RawMatrix()
	}
}

// Backprop runs X forward, compares the outputs with the targets Y (one row
// per sample) under loss, and fills every layer's Delta, GradW and GradB with
// the gradient of the mean loss. It returns the loss before any update.
func (n *Network) Backprop(X, Y *mat.Dense, loss Loss) (float64, error) {
	if err := n.checkXY("Backprop", X, Y, loss); err != nil {
		return 0, err
	}
	rows, _ := X.Dims()
	return n.backprop(X, Y, loss, 0, 0, rows), nil
}

// Step does one step of full-batch gradient descent on (X, Y): it runs
// Backprop and then moves every weight and bias against its gradient,
// W ← W − learningRate·∂L/∂W. It returns the loss before the step.
func (n *Network) Step(X, Y *mat.Dense, loss Loss, learningRate float64) (float64, error) {
	if !(learningRate > 0) || math.IsInf(learningRate, 0) {
		return 0, fmt.Errorf("nn: Step: learning rate %v, want a positive number", learningRate)
	}
	l, err := n.Backprop(X, Y, loss)
	if err != nil {
		return 0, err
	}
	for _, layer := range n.Layers {
		axpy(layer.W.RawMatrix().Data, -learningRate, layer.GradW.RawMatrix().Data)
		axpy(layer.B.RawVector().Data, -learningRate, layer.GradB.RawVector().Data)
	}
	return l, nil
}

// Loss returns the mean loss of the network on (X, Y) without changing any
// gradient.
func (n *Network) Loss(X, Y *mat.Dense, loss Loss) (float64, error) {
	if err := n.checkXY("Loss", X, Y, loss); err != nil {
		return 0, err
	}
	n.forward(X)
	return n.dataLoss(Y, loss), nil
}

// backprop is the chain rule, layer by layer from the output back:
//
//	delta_L = ∂L/∂Z_L                      (from the loss, fused with the output activation)
//	GradW_l = A_{l-1}ᵀ·delta_l (+ penalty)  GradB_l = Σ_rows delta_l
//	delta_{l-1} = (delta_l·W_lᵀ) ⊙ f'(Z_{l-1})
//
// with A_0 = X. The penalties l2·ΣW²/2N and l1·Σ|W|/N use N = penaltyN.
func (n *Network) backprop(X, Y *mat.Dense, loss Loss, l2, l1 float64, penaltyN int) float64 {
	n.forward(X)
	rows, _ := X.Dims()
	L := len(n.Layers)
	out := n.Layers[L-1]
	reuse(out.Delta, rows, out.Out)
	value := n.outputDelta(Y, loss, out.Delta.RawMatrix().Data)

	for i := L - 1; i >= 0; i-- {
		l := n.Layers[i]
		delta := l.Delta.RawMatrix().Data
		Aprev := X.RawMatrix().Data
		if i > 0 {
			Aprev = n.Layers[i-1].A.RawMatrix().Data
		}
		// GradW = A_prevᵀ·delta, GradB = column sums of delta.
		gw := l.GradW.RawMatrix().Data
		mulATB(gw, Aprev, delta, l.In, rows, l.Out)
		colSums(l.GradB.RawVector().Data, delta, rows, l.Out)
		value += addPenalty(gw, l.W.RawMatrix().Data, l2, l1, penaltyN)
		if i == 0 {
			break
		}
		// delta_prev = (delta·Wᵀ) ⊙ f'(Z_prev)
		p := n.Layers[i-1]
		reuse(p.Delta, rows, p.Out)
		dp := p.Delta.RawMatrix().Data
		mulABT(dp, delta, l.W.RawMatrix().Data, rows, l.Out, l.In)
		p.Activation.backRows(dp, p.Z.RawMatrix().Data, p.A.RawMatrix().Data, rows, p.Out)
	}
	return value
}

func (n *Network) checkX(where string, X *mat.Dense) error {
	if X == nil || X.IsEmpty() {
		return fmt.Errorf("nn: %s: X is empty", where)
	}
	r, c := X.Dims()
	if c != n.NumInputs() {
		return fmt.Errorf("nn: %s: X is %d×%d, network expects %d columns (inputs)", where, r, c, n.NumInputs())
	}
	if err := checkFinite(where, "X", X); err != nil {
		return err
	}
	if X.RawMatrix().Stride != c {
		return fmt.Errorf("nn: %s: X is a view with stride %d; pass mat.DenseCopyOf(X)", where, X.RawMatrix().Stride)
	}
	return nil
}

func (n *Network) checkXY(where string, X, Y *mat.Dense, loss Loss) error {
	if err := n.checkX(where, X); err != nil {
		return err
	}
	if Y == nil || Y.IsEmpty() {
		return fmt.Errorf("nn: %s: Y is empty", where)
	}
	xr, _ := X.Dims()
	yr, yc := Y.Dims()
	if yr != xr || yc != n.NumOutputs() {
		return fmt.Errorf("nn: %s: Y is %d×%d, want %d×%d (one row per sample of X, one column per output)", where, yr, yc, xr, n.NumOutputs())
	}
	if Y.RawMatrix().Stride != yc {
		return fmt.Errorf("nn: %s: Y is a view with stride %d; pass mat.DenseCopyOf(Y)", where, Y.RawMatrix().Stride)
	}
	if err := checkFinite(where, "Y", Y); err != nil {
		return err
	}
	return n.checkLoss(where, loss)
}

// checkFinite reports the first NaN or infinite element of m.
func checkFinite(where, name string, m *mat.Dense) error {
	r, _ := m.Dims()
	for i := 0; i < r; i++ {
		for j, v := range m.RawRowView(i) {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("nn: %s: %s[%d][%d] is %v", where, name, i, j, v)
			}
		}
	}
	return nil
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
		best := 0
		for j, v := range row {
			if v > row[best] {
				best = j
			}
		}
		out[i] = best
	}
	return out
}

// axpy sets y += alpha·x.
func axpy(y []float64, alpha float64, x []float64) {
	x = x[:len(y)]
	for i, v := range x {
		y[i] += alpha * v
	}
}

// floatsAdd sets y += x.
func floatsAdd(y, x []float64) {
	x = x[:len(y)]
	for i, v := range x {
		y[i] += v
	}
}
