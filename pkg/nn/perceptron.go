package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/floats"
)

// ErrNotConverged is returned, wrapped with details, by Perceptron.Fit,
// Descend1D and Descend2D when they run out of epochs or steps before
// meeting their stopping rule. The results they return alongside it are
// still valid: the history or path up to that point. Test for it with
// errors.Is(err, nn.ErrNotConverged).
var ErrNotConverged = errors.New("did not converge")

// Perceptron is Rosenblatt's perceptron: one neuron with a step activation.
// It outputs 1 when W·x + B > 0 and 0 otherwise, so it separates its inputs
// by a straight line (a plane, in more dimensions).
type Perceptron struct {
	// W holds one weight per input.
	W []float64
	// B is the bias: minus the threshold that W·x must exceed.
	B float64
}

// NewPerceptron returns a Perceptron with nInputs weights and a bias drawn
// uniformly from [−0.5, 0.5) using rng, so that the same seed gives the same
// starting line. It returns an error when nInputs < 1 or rng is nil.
func NewPerceptron(nInputs int, rng *rand.Rand) (*Perceptron, error) {
	if nInputs < 1 {
		return nil, fmt.Errorf("nn: NewPerceptron: nInputs is %d, need at least 1", nInputs)
	}
	if rng == nil {
		return nil, errors.New("nn: NewPerceptron: rng is nil; pass rand.New(rand.NewPCG(seed1, seed2))")
	}
	p := &Perceptron{W: make([]float64, nInputs)}
	for j := range p.W {
		p.W[j] = rng.Float64() - 0.5
	}
	p.B = rng.Float64() - 0.5
	return p, nil
}

// Predict returns the perceptron's output for x: 1 when W·x + B > 0,
// otherwise 0. It returns an error when x does not have one value per
// weight or holds NaN or ±Inf, or when the perceptron is nil or has a NaN
// or infinite weight or bias.
func (p *Perceptron) Predict(x []float64) (int, error) {
	if err := p.checkInput("Predict", -1, x); err != nil {
		return 0, err
	}
	return p.step(x), nil
}

func (p *Perceptron) step(x []float64) int {
	if floats.Dot(p.W, x)+p.B > 0 {
		return 1
	}
	return 0
}

// check reports a nil perceptron, one without weights, or a NaN or
// infinite weight or bias (set by hand).
func (p *Perceptron) check(fn string) error {
	if p == nil || len(p.W) == 0 {
		return fmt.Errorf("nn: Perceptron.%s: the perceptron has no weights; build one with nn.NewPerceptron", fn)
	}
	if j := firstNonFinite(p.W); j >= 0 {
		return fmt.Errorf("nn: Perceptron.%s: weight W[%d] is %v", fn, j, p.W[j])
	}
	if p.B-p.B != 0 {
		return fmt.Errorf("nn: Perceptron.%s: bias B is %v", fn, p.B)
	}
	return nil
}

// checkInput reports an x of the wrong length or with a non-finite value;
// row ≥ 0 names the sample in the error.
func (p *Perceptron) checkInput(fn string, row int, x []float64) error {
	if err := p.check(fn); err != nil {
		return err
	}
	where := "x"
	if row >= 0 {
		where = fmt.Sprintf("X[%d]", row)
	}
	if len(x) != len(p.W) {
		return fmt.Errorf("nn: Perceptron.%s: %s has %d values, the perceptron has %d inputs", fn, where, len(x), len(p.W))
	}
	for j, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("nn: Perceptron.%s: %s[%d] is %v", fn, where, j, v)
		}
	}
	return nil
}

// Fit trains the perceptron on the samples X (one per row) with labels y
// (each 0 or 1) by the perceptron learning rule. It visits the samples in
// order; after each wrong answer it moves the line towards the sample:
//
//	error = y − output     (+1 or −1)
//	W    += lr · error · x
//	B    += lr · error
//
// It returns the number of wrong answers in each epoch. It stops after the
// first epoch with none, which always comes when a line separates the two
// classes (AND, OR). When no line does (XOR) every epoch has errors, and
// after maxEpochs Fit returns the whole history with an error wrapping
// ErrNotConverged.
//
// It returns an error, and leaves the perceptron unchanged, for a nil
// perceptron or one with a NaN or infinite weight, for empty data,
// rows of the wrong length, a y of another length, labels other than 0 and
// 1, NaN or ±Inf inputs, a learning rate that is not positive and finite,
// or maxEpochs < 1.
func (p *Perceptron) Fit(X [][]float64, y []int, lr float64, maxEpochs int) ([]int, error) {
	if err := p.check("Fit"); err != nil {
		return nil, err
	}
	if len(X) == 0 {
		return nil, errors.New("nn: Perceptron.Fit: X is empty")
	}
	if len(y) != len(X) {
		return nil, fmt.Errorf("nn: Perceptron.Fit: X has %d rows but y has %d labels", len(X), len(y))
	}
	for i, x := range X {
		if err := p.checkInput("Fit", i, x); err != nil {
			return nil, err
		}
		if y[i] != 0 && y[i] != 1 {
			return nil, fmt.Errorf("nn: Perceptron.Fit: y[%d] is %d, labels must be 0 or 1", i, y[i])
		}
	}
	if !(lr > 0) || math.IsInf(lr, 0) {
		return nil, fmt.Errorf("nn: Perceptron.Fit: learning rate %v must be positive and finite", lr)
	}
	if maxEpochs < 1 {
		return nil, fmt.Errorf("nn: Perceptron.Fit: maxEpochs is %d, need at least 1", maxEpochs)
	}

	var errorsPerEpoch []int
	for range maxEpochs {
		wrong := 0
		for i, x := range X {
			e := float64(y[i] - p.step(x))
			if e == 0 {
				continue
			}
			wrong++
			floats.AddScaled(p.W, lr*e, x)
			p.B += lr * e
		}
		errorsPerEpoch = append(errorsPerEpoch, wrong)
		if wrong == 0 {
			return errorsPerEpoch, nil
		}
	}
	return errorsPerEpoch, fmt.Errorf("nn: Perceptron.Fit: %w: still %d wrong answers in epoch %d of %d; no straight line may separate the classes",
		ErrNotConverged, errorsPerEpoch[maxEpochs-1], maxEpochs, maxEpochs)
}
