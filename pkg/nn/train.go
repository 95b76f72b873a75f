package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// TrainConfig says how Train fits a network. Its zero values are the articles'
// algorithm where one exists: full-batch steps, MSE, no penalty, constant
// learning rate. Epochs and Optimizer must be set.
type TrainConfig struct {
	// Epochs is the number of passes over the training data.
	Epochs int
	// BatchSize is the number of samples per step. Zero (or a size at least
	// the number of samples) means full-batch gradient descent, one step per
	// epoch; a smaller size shuffles the samples with Rand every epoch.
	BatchSize int
	// Optimizer chooses the update rule and learning rate, e.g. SGD(0.25) or
	// Adam(0.001).
	Optimizer Optimizer
	// Schedule changes the learning rate per epoch (zero value: constant).
	Schedule Schedule
	// Loss is the loss to minimise (zero value: MSE).
	Loss Loss
	// L2 and L1 weigh the penalties L2·ΣW²/2N and L1·Σ|W|/N on the weights
	// (not the biases), N being the number of training samples. The L2 term
	// is the ridge term of the XOR lesson. Zero means no penalty.
	L2, L1 float64
	// ClipNorm, when positive, rescales the gradient of each step so that its
	// Euclidean norm over all weights and biases is at most ClipNorm.
	ClipNorm float64
	// TestX and TestY, when set, are a held-out set evaluated after every
	// epoch to fill History.TestLoss and History.TestAccuracy.
	TestX, TestY *mat.Dense
	// TestName names the held-out set for a reader, in History.TestName
	// (pass it to plotting.Run's HeldOut to label the chart's series) and
	// in Train's errors about it. Empty means "test". Set it to "validation" when TestX and TestY
	// are the samples that choose a setting (the number of epochs, a
	// penalty), and a separate test set measures the final network.
	TestName string
	// Rand shuffles the samples for minibatches; required when BatchSize is
	// smaller than the number of samples.
	Rand *rand.Rand
	// OnEpoch, when set, is called after every epoch with its number,
	// counting from 1 (the first call gets 1), and the history so far. Returning ErrStop ends training without error; any
	// other error ends it and is returned.
	OnEpoch func(epoch int, h History) error
}

// ErrStop is returned by an OnEpoch callback to stop training early.
var ErrStop = errors.New("nn: stop training")

// History records one value per epoch, with the field names of
// plotting.Run. Epochs count from 1, as in every message of this package
// and on the charts; Go slices count from 0, so epoch e's values are at
// index e−1: TrainLoss[0] is epoch 1, and the last epoch, Epochs(), is at
// Last().
//
// TrainLoss and TrainAccuracy are measured on each training batch before
// its update and averaged over the epoch; TrainLoss includes the L2 and L1
// penalties. TestLoss and TestAccuracy are measured on the held-out set
// after the epoch and are empty when TrainConfig has none. With full
// batches an epoch is one step, so epoch e's TrainLoss and TrainAccuracy
// are those of the network after e−1 steps (TrainLoss[0] is the starting
// network's) and its TestLoss and TestAccuracy those after e steps. Accuracy
// compares the largest output with the largest target of each row (for a
// single output, both thresholded at 0.5).
type History struct {
	TrainLoss, TestLoss         []float64
	TrainAccuracy, TestAccuracy []float64
	// TestName is what the held-out set is called: TrainConfig.TestName,
	// "test" when that is empty, and empty when there is no held-out set.
	TestName string
}

// Epochs returns the number of epochs recorded, which is also the number of
// the last one (epochs count from 1).
func (h History) Epochs() int { return len(h.TrainLoss) }

// Last returns the index of the last recorded epoch in the slices,
// Epochs()−1, or −1 when none is.
func (h History) Last() int { return len(h.TrainLoss) - 1 }

// Train fits net to the samples X (one per row) and targets Y (one row per
// sample, e.g. OneHot labels) as cfg says, and returns the history of every
// epoch it completed. It checks the network, the data and cfg first: a
// problem there, such as a NaN or infinity in X or Y (named by row and
// column), is an error with no history and the network unchanged. Then it
// trains epoch after epoch, each a pass over the samples in batches. It
// stops with an error naming the epoch if the loss or a weight becomes NaN
// or infinite, if OnEpoch changes the network's shape, and, wrapping
// ErrInterrupted, at the end of the epoch in which the process got
// os.Interrupt (interrupt.go).
func Train(net *Network, X, Y *mat.Dense, cfg TrainConfig) (History, error) {
	t, err := newTrainer(net, X, Y, cfg)
	if err != nil {
		return History{}, err
	}
	interrupt := watchInterrupt() // see interrupt.go
	defer interrupt.stop()
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		err := t.epoch(epoch)
		if errors.Is(err, ErrStop) {
			return t.h, nil
		}
		if err != nil {
			return t.h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, err)
		}
		if interrupt.interrupted() {
			return t.h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, ErrInterrupted)
		}
	}
	return t.h, nil
}

// trainer holds what a training run keeps besides the network: the data,
// the optimiser's memory, the order of the samples and the rows of the
// current minibatch, and the history.
type trainer struct {
	net       *Network
	cfg       TrainConfig
	X, Y      *mat.Dense
	class     []int // the class of each row of Y, for counting right answers
	batch     int   // samples per step
	opt       *optimizerState
	order     []int        // the samples in this epoch's order (minibatches only)
	mini      minibatch    // the rows of the current minibatch
	sizes     []int        // the network's sizes and activations, which
	acts      []Activation // OnEpoch must not change
	testClass []int        // the class of each row of TestY
	h         History
}

// minibatch is the rows of one step: inputs, targets and classes.
type minibatch struct {
	x, y   []float64
	labels []int
}

// newTrainer checks the network, the data and cfg, and prepares a run.
func newTrainer(net *Network, X, Y *mat.Dense, cfg TrainConfig) (*trainer, error) {
	if err := net.checkXY("Train", X, Y, cfg.Loss); err != nil {
		return nil, err
	}
	if err := net.checkWeights(); err != nil {
		return nil, fmt.Errorf("nn: Train: %w", err)
	}
	testName := cfg.TestName
	if testName == "" {
		testName = "test"
	}
	if cfg.TestX != nil || cfg.TestY != nil {
		if err := net.checkXY("Train ("+testName+" set)", cfg.TestX, cfg.TestY, cfg.Loss); err != nil {
			return nil, err
		}
	} else if cfg.TestName != "" {
		return nil, fmt.Errorf("nn: Train: TestName is %q, but there is no held-out set: set TestX and TestY too", cfg.TestName)
	}
	if cfg.Epochs <= 0 {
		return nil, fmt.Errorf("nn: Train: Epochs is %d, want a positive number", cfg.Epochs)
	}
	if err := cfg.Optimizer.check(); err != nil {
		return nil, fmt.Errorf("nn: Train: %w", err)
	}
	if err := cfg.Schedule.check(); err != nil {
		return nil, fmt.Errorf("nn: Train: %w", err)
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"L2", cfg.L2}, {"L1", cfg.L1}, {"ClipNorm", cfg.ClipNorm}} {
		if !(p.v >= 0) || math.IsInf(p.v, 0) {
			return nil, fmt.Errorf("nn: Train: %s is %v, want a finite number ≥ 0", p.name, p.v)
		}
	}
	N, xc := X.Dims()
	_, yc := Y.Dims()
	batch := cfg.BatchSize
	if batch < 0 {
		return nil, fmt.Errorf("nn: Train: BatchSize is %d, want 0 (full batch) or a positive number", batch)
	}
	if batch == 0 || batch > N {
		batch = N
	}
	if batch < N && cfg.Rand == nil {
		return nil, errors.New("nn: Train: minibatches need a Rand to shuffle with; set TrainConfig.Rand")
	}
	t := &trainer{
		net: net, cfg: cfg, X: X, Y: Y, class: targetLabels(Y), batch: batch,
		opt: newOptimizerState(cfg.Optimizer, net), sizes: net.Sizes(),
	}
	for _, l := range net.Layers {
		t.acts = append(t.acts, l.Activation)
	}
	if batch < N {
		t.order = make([]int, N)
		for i := range t.order {
			t.order[i] = i
		}
		t.mini = minibatch{x: make([]float64, batch*xc), y: make([]float64, batch*yc), labels: make([]int, batch)}
	}
	if cfg.TestX != nil {
		t.testClass = targetLabels(cfg.TestY)
		t.h.TestName = testName
	}
	return t, nil
}

// divergeHint is what the error of a diverged epoch advises: the remedies
// that act on the size of a step. A stronger L2 penalty does not help: its
// gradient grows with the weights and, with a step too large, overshoots
// as the loss does.
const divergeHint = "try a smaller learning rate, or ClipNorm to cap the gradient's size"

// epoch runs one pass over the training set (epoch counts from 1): a
// gradient step per batch, then the history and OnEpoch.
func (t *trainer) epoch(epoch int) error {
	net, cfg := t.net, t.cfg
	lr := cfg.Schedule.Rate(cfg.Optimizer.learningRate, epoch)
	N := len(t.class)
	if t.order != nil {
		cfg.Rand.Shuffle(N, func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
	}
	var loss float64
	var cause error // why a batch's loss is NaN or infinite
	correct := 0
	for start := 0; start < N; start += t.batch {
		x, y, labels := t.rows(start, min(start+t.batch, N))
		rows := len(labels)
		batchLoss := net.backprop(x, y, rows, cfg.Loss, cfg.L2, cfg.L1, N)
		loss += batchLoss * float64(rows)
		correct += countCorrect(net.output().A, labels)
		if batchLoss-batchLoss != 0 {
			// NaN or ±Inf: stop before the update spreads it to every
			// weight, and look for the cause while the pass is at hand.
			cause = net.passError()
			break
		}
		if cfg.ClipNorm > 0 {
			clipGradients(net, cfg.ClipNorm)
		}
		t.opt.step(net, lr)
	}
	loss /= float64(N)
	t.h.TrainLoss = append(t.h.TrainLoss, loss)
	t.h.TrainAccuracy = append(t.h.TrainAccuracy, float64(correct)/float64(N))
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		if cause != nil {
			return fmt.Errorf("loss is %v: %w; %s", loss, cause, divergeHint)
		}
		return fmt.Errorf("loss is %v; %s", loss, divergeHint)
	}
	if err := net.checkWeights(); err != nil {
		return fmt.Errorf("%w; %s", err, divergeHint)
	}
	if cfg.TestX != nil {
		tr, _ := cfg.TestX.Dims()
		net.forward(cfg.TestX.RawMatrix().Data, tr)
		t.h.TestLoss = append(t.h.TestLoss, net.dataLoss(cfg.TestY.RawMatrix().Data, cfg.Loss))
		t.h.TestAccuracy = append(t.h.TestAccuracy, float64(countCorrect(net.output().A, t.testClass))/float64(tr))
	}
	if cfg.OnEpoch == nil {
		return nil
	}
	if err := cfg.OnEpoch(epoch, t.h); err != nil {
		return err
	}
	return t.checkUnchanged()
}

// rows returns the samples lo..hi−1 of the epoch: the training set itself
// for full-batch training, or the rows of X and Y in the epoch's shuffled
// order, copied into the minibatch buffers.
func (t *trainer) rows(lo, hi int) (x, y []float64, labels []int) {
	X, Y := t.X.RawMatrix(), t.Y.RawMatrix()
	if t.order == nil {
		return X.Data, Y.Data, t.class
	}
	xc, yc := X.Cols, Y.Cols
	b := &t.mini
	n := hi - lo
	x, y, labels = b.x[:n*xc], b.y[:n*yc], b.labels[:n]
	for r, i := range t.order[lo:hi] {
		copy(x[r*xc:(r+1)*xc], X.Data[i*xc:(i+1)*xc])
		copy(y[r*yc:(r+1)*yc], Y.Data[i*yc:(i+1)*yc])
		labels[r] = t.class[i]
	}
	return x, y, labels
}

// checkUnchanged reports a network that OnEpoch changed into one the run
// cannot go on with: one whose layers do not fit together, or with other
// sizes or activations than it started with (the optimiser's memory and the
// loss were checked for those). OnEpoch may change the weights; a NaN among
// them is found by the next epoch.
func (t *trainer) checkUnchanged() error {
	if err := t.net.layersError(); err != nil {
		return fmt.Errorf("OnEpoch changed the network: %w", err)
	}
	if sizes := t.net.Sizes(); !slices.Equal(sizes, t.sizes) {
		return fmt.Errorf("OnEpoch changed the network's sizes from %v to %v; Train goes on only with the shape it started with", t.sizes, sizes)
	}
	for i, l := range t.net.Layers {
		if l.Activation != t.acts[i] {
			return fmt.Errorf("OnEpoch changed layer %d's activation from %v to %v; Train goes on only with the activations it started with", i, t.acts[i], l.Activation)
		}
	}
	return nil
}

// targetLabels returns the class of each row of the targets Y: the column of
// its largest element, or for a single column, 1 where it is at least 0.5.
func targetLabels(Y *mat.Dense) []int { return argmaxRows(Y) }

// countCorrect counts the rows of the outputs A whose largest element is in
// column labels[row] (for one column: 1 when the output is at least 0.5).
func countCorrect(A *mat.Dense, labels []int) int {
	r, c := A.Dims()
	data := A.RawMatrix().Data
	n := 0
	for i := 0; i < r; i++ {
		a := data[i*c : (i+1)*c]
		if c == 1 {
			if (a[0] >= 0.5) == (labels[i] == 1) {
				n++
			}
			continue
		}
		if argmax(a) == labels[i] {
			n++
		}
	}
	return n
}

// argmax returns the index of the first largest element of v (0 when v is
// empty).
func argmax(v []float64) int {
	if len(v) == 0 {
		return 0
	}
	best, bv := 0, v[0]
	for j := 1; j < len(v); j++ {
		if x := v[j]; x > bv {
			best, bv = j, x
		}
	}
	return best
}

// clipGradients rescales all gradients so their joint norm is at most max.
func clipGradients(net *Network, max float64) {
	var sq float64
	for _, l := range net.Layers {
		for _, g := range l.GradW.RawMatrix().Data {
			sq += g * g
		}
		for _, g := range l.GradB.RawVector().Data {
			sq += g * g
		}
	}
	norm := math.Sqrt(sq)
	if norm <= max {
		return
	}
	s := max / norm
	for _, l := range net.Layers {
		l.GradW.Scale(s, l.GradW)
		l.GradB.ScaleVec(s, l.GradB)
	}
}
