package nn

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// The checks every exported method runs before it computes: first the
// network's structure, O(layers); then the data it was given; and after a
// pass, that every weighted sum Z is finite, O(neurons·rows). A NaN or
// infinite weight or bias makes the Z of its neuron NaN or infinite (every
// input and every activation of a finite Z is finite), so checking Z finds
// it without reading every weight on each call; checkPass then looks for
// the culprit to name it. The same holds for the inputs: a NaN or infinite
// input makes every Z of its row in the first layer NaN or infinite
// (Inf·0 is NaN), so the batch methods check X's shape first and its
// values only when the first layer's Z is not finite, naming the first bad
// input as a check before the pass would. Train, which goes on to update
// the weights, checks X's values before it starts.

// check reports a network whose layers do not fit together (see
// layersError), naming where in the error.
func (n *Network) check(where string) error {
	if err := n.layersError(); err != nil {
		return fmt.Errorf("nn: %s: %w", where, err)
	}
	return nil
}

// layersError reports a network whose layers do not fit together: nil, no
// layers, a shape that disagrees with In and Out or with the neighbouring
// layer, a matrix that is a view into a larger one, an unknown activation,
// a Softmax layer of one neuron, or the same *Layer in two places.
func (n *Network) layersError() error {
	if n == nil {
		return errors.New("the network is nil; build one with nn.New")
	}
	if len(n.Layers) == 0 {
		return errors.New("the network has no layers; build one with nn.New")
	}
	for i, l := range n.Layers {
		if err := l.check(); err != nil {
			return fmt.Errorf("layer %d %w", i, err)
		}
		if i > 0 && l.In != n.Layers[i-1].Out {
			return fmt.Errorf("layer %d has In = %d, but layer %d before it has Out = %d", i, l.In, i-1, n.Layers[i-1].Out)
		}
	}
	if i, j := n.repeatedLayer(); j >= 0 {
		return fmt.Errorf("layers %d and %d are the same *Layer; each layer keeps its own Z, A and gradients, so a layer used twice overwrites them: give each place its own Layer (with copies of W and B to start from the same weights)", i, j)
	}
	return nil
}

// repeatedLayer returns the first i < j with Layers[i] == Layers[j], or
// (−1, −1). It compares every pair, which allocates nothing (every method
// runs it, Forward included) and is quick for any network a lesson builds;
// at the limit of 1024 layers it is half a million comparisons.
func (n *Network) repeatedLayer() (int, int) {
	ls := n.Layers
	for j := 1; j < len(ls); j++ {
		for i := 0; i < j; i++ {
			if ls[i] == ls[j] {
				return i, j
			}
		}
	}
	return -1, -1
}

// check reports a layer whose fields disagree.
func (l *Layer) check() error {
	if l == nil {
		return errors.New("is nil")
	}
	if err := l.checkShape(); err != nil {
		return err
	}
	switch {
	case l.W == nil:
		return fmt.Errorf("has a nil W")
	case l.B == nil:
		return fmt.Errorf("has a nil B")
	}
	if w := l.W.RawMatrix(); w.Rows != l.In || w.Cols != l.Out || w.Stride != l.Out {
		if w.Rows != l.In || w.Cols != l.Out {
			return fmt.Errorf("has a %d×%d W, want In×Out = %d×%d", w.Rows, w.Cols, l.In, l.Out)
		}
		return fmt.Errorf("has a W that is a view into a wider matrix (stride %d); use mat.DenseCopyOf", w.Stride)
	}
	if b := l.B.RawVector(); b.N != l.Out || b.Inc != 1 {
		if b.N != l.Out {
			return fmt.Errorf("has %d biases in B, want Out = %d", b.N, l.Out)
		}
		return fmt.Errorf("has a B that is a strided view (increment %d); use mat.VecDenseCopyOf", b.Inc)
	}
	return nil
}

// checkShape reports sizes and an activation that no layer can have: sizes
// that are not positive, an unknown activation, or Softmax over a single
// neuron, whose output is always 1 (nothing to learn, and a loss that
// cannot change).
func (l *Layer) checkShape() error {
	switch {
	case l.In <= 0 || l.Out <= 0:
		return fmt.Errorf("has In = %d, Out = %d, want positive sizes", l.In, l.Out)
	case !l.Activation.valid():
		return fmt.Errorf("has an unknown activation %v", l.Activation)
	case l.Activation == Softmax && l.Out < 2:
		return errors.New("is a Softmax of one neuron, whose output is always 1: use Sigmoid for one output (with CrossEntropy, the binary cross-entropy), or Softmax over two or more")
	}
	return nil
}

// checkXY checks the network, X (its values too), the targets Y (one row
// per sample of X, one column per output) and the loss.
func (n *Network) checkXY(where string, X, Y *mat.Dense, loss Loss) error {
	if err := n.checkShapeX(where, X); err != nil {
		return err
	}
	if err := checkFinite(where, "X", X); err != nil {
		return err
	}
	return n.checkTargets(where, X, Y, loss)
}

// checkY is checkXY but for the values of X: for the methods that find a
// bad input after their pass (checkPass).
func (n *Network) checkY(where string, X, Y *mat.Dense, loss Loss) error {
	if err := n.checkShapeX(where, X); err != nil {
		return err
	}
	return n.checkTargets(where, X, Y, loss)
}

// checkShapeX checks the network and the shape of X, leaving its values to
// checkPass.
func (n *Network) checkShapeX(where string, X *mat.Dense) error {
	if err := n.check(where); err != nil {
		return err
	}
	return checkShape(where, "X", X, -1, n.NumInputs(), "inputs")
}

// checkTargets checks Y, one row of finite targets per sample of X, and
// the loss.
func (n *Network) checkTargets(where string, X, Y *mat.Dense, loss Loss) error {
	rows, _ := X.Dims()
	if err := checkData(where, "Y", Y, rows, n.NumOutputs(), "outputs"); err != nil {
		return err
	}
	return n.checkLoss(where, loss)
}

// checkData checks that m has rows rows (any number when rows < 0) and cols
// columns of finite numbers stored without gaps.
func checkData(where, name string, m *mat.Dense, rows, cols int, what string) error {
	if err := checkShape(where, name, m, rows, cols, what); err != nil {
		return err
	}
	return checkFinite(where, name, m)
}

// checkShape is checkData without the look for NaN and infinities.
func checkShape(where, name string, m *mat.Dense, rows, cols int, what string) error {
	if m == nil || m.IsEmpty() {
		return fmt.Errorf("nn: %s: %s is empty", where, name)
	}
	r, c := m.Dims()
	if c != cols || (rows >= 0 && r != rows) {
		want := fmt.Sprintf("%d columns (%s)", cols, what)
		if rows >= 0 {
			want = fmt.Sprintf("%d×%d (one row per sample of X, one column per output)", rows, cols)
		}
		return fmt.Errorf("nn: %s: %s is %d×%d, want %s", where, name, r, c, want)
	}
	if s := m.RawMatrix().Stride; s != c {
		return fmt.Errorf("nn: %s: %s is a view with stride %d; pass mat.DenseCopyOf(%s)", where, name, s, name)
	}
	return nil
}

// checkFinite reports the first NaN or infinite element of m.
func checkFinite(where, name string, m *mat.Dense) error {
	r, c := m.Dims()
	raw := m.RawMatrix()
	return firstNonFiniteRow(where, name, raw.Data[:(r-1)*raw.Stride+c], c, raw.Stride)
}

// firstNonFiniteRow reports the first NaN or infinite element of a matrix
// of cols columns stored row by row, stride apart in data, as
// "name[i][j] is v".
func firstNonFiniteRow(where, name string, data []float64, cols, stride int) error {
	for i := 0; i*stride < len(data); i++ {
		row := data[i*stride : i*stride+cols]
		if j := firstNonFinite(row); j >= 0 {
			return fmt.Errorf("nn: %s: %s[%d][%d] is %v", where, name, i, j, row[j])
		}
	}
	return nil
}

// checkPass reports a weighted sum Z that the last pass left NaN or
// infinite (see passError), or, when the first layer's is, a NaN or
// infinite input of X (nil when the inputs were checked before).
func (n *Network) checkPass(where string, X *mat.Dense) error {
	if X != nil && firstNonFinite(n.Layers[0].Z.RawMatrix().Data) >= 0 {
		if err := checkFinite(where, "X", X); err != nil {
			return err
		}
	}
	if err := n.passError(); err != nil {
		return fmt.Errorf("nn: %s: %w", where, err)
	}
	return nil
}

// passError reports the first layer whose weighted sums Z the last pass
// left NaN or infinite, naming the weight or bias that caused it when there
// is one.
func (n *Network) passError() error {
	for i, l := range n.Layers {
		z := l.Z.RawMatrix().Data
		k := firstNonFinite(z)
		if k < 0 {
			continue
		}
		if err := l.checkWeights(); err != nil {
			return fmt.Errorf("layer %d: %w", i, err)
		}
		return fmt.Errorf("layer %d: Z[%d][%d] is %v: the weights are too large for float64", i, k/l.Out, k%l.Out, z[k])
	}
	return nil
}

// checkWeights reports the first weight or bias of the network that is NaN
// or infinite.
func (n *Network) checkWeights() error {
	for i, l := range n.Layers {
		if err := l.checkWeights(); err != nil {
			return fmt.Errorf("layer %d: %w", i, err)
		}
	}
	return nil
}

func (l *Layer) checkWeights() error {
	w := l.W.RawMatrix().Data
	if i := firstNonFinite(w); i >= 0 {
		return fmt.Errorf("weight W[%d][%d] is %v", i/l.Out, i%l.Out, w[i])
	}
	b := l.B.RawVector().Data
	if j := firstNonFinite(b); j >= 0 {
		return fmt.Errorf("bias B[%d] is %v", j, b[j])
	}
	return nil
}
