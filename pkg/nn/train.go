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
	// (which charts use to label its series) and in Train's errors about
	// it. Empty means "test". Set it to "validation" when TestX and TestY
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
// after the epoch and are empty when TrainConfig has none. Accuracy
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
// epoch it completed. It stops with an error naming the epoch if the loss or
// a weight becomes NaN or infinite, and with one wrapping ErrInterrupted at
// the end of the epoch in which the process got os.Interrupt (interrupt.go).
// A NaN or infinity in X or Y is an error naming its row and column, with
// no history and the network as it was (minibatches find one in X as the
// first epoch copies the rows: see gather.go).
func Train(net *Network, X, Y *mat.Dense, cfg TrainConfig) (History, error) {
	t, err := newTrainer(net, X, Y, cfg)
	if err != nil {
		return History{}, err
	}
	interrupt := watchInterrupt() // see interrupt.go
	defer interrupt.stop()
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if err := t.epoch(epoch); err != nil {
			if t.badInput {
				return History{}, err // the network is as it was (gather.go)
			}
			if errors.Is(err, ErrStop) {
				return t.h, nil
			}
			return t.h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, err)
		}
		if interrupt.interrupted() {
			return t.h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, ErrInterrupted)
		}
		t.saved = nil // every input has been checked
	}
	return t.h, nil
}

// trainer holds everything a training run changes besides the network's
// weights and results: the optimiser's memory, the shuffled order of the
// samples, the rows of the current minibatch, and the class of each row for
// counting correct answers.
type trainer struct {
	net       *Network
	cfg       TrainConfig
	X, Y      []float64 // the training set, one sample per row
	N, xc, yc int       // rows, columns of X, columns of Y
	batch     int       // samples per step
	opt       *optimizerState
	order     []int        // the samples in this epoch's order (minibatches only)
	bufs      [2]minibatch // the rows of the current and next minibatches (gather.go)
	class     []int        // class of each row of Y
	saved     [][]float64  // the weights and biases before training, while X is unchecked
	badInput  bool         // X has a NaN or infinity, and the weights are restored
	testClass []int        // class of each row of TestY
	h         History
}

// newTrainer checks the network, the data and cfg, and prepares a run.
func newTrainer(net *Network, X, Y *mat.Dense, cfg TrainConfig) (*trainer, error) {
	// Minibatches check X for NaN and infinities as they copy it (gather.go).
	if err := net.checkY("Train", X, Y, cfg.Loss); err != nil {
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
	if batch == N {
		if err := checkFinite("Train", "X", X); err != nil {
			return nil, err
		}
	}
	// Room for the history of up to 1<<16 epochs; more grow as they come (Epochs
	// can be huge, 1<<40, for a run to be stopped by an interrupt).
	capacity := min(cfg.Epochs, 1<<16)
	t := &trainer{
		net: net, cfg: cfg, X: X.RawMatrix().Data, Y: Y.RawMatrix().Data, N: N, xc: xc, yc: yc,
		batch: batch, opt: newOptimizerState(cfg.Optimizer, net), class: targetLabels(Y),
		h: History{TrainLoss: make([]float64, 0, capacity), TrainAccuracy: make([]float64, 0, capacity)},
	}
	if batch < N {
		t.order = make([]int, N)
		for i := range t.order {
			t.order[i] = i
		}
		for i := range t.bufs {
			t.bufs[i] = minibatch{x: make([]float64, batch*xc), y: make([]float64, batch*yc), labels: make([]int, batch)}
		}
		for _, l := range net.Layers {
			t.saved = append(t.saved, slices.Clone(l.W.RawMatrix().Data), slices.Clone(l.B.RawVector().Data))
		}
	}
	if cfg.TestX != nil {
		t.testClass = targetLabels(cfg.TestY)
		t.h.TestLoss = make([]float64, 0, capacity)
		t.h.TestAccuracy = make([]float64, 0, capacity)
		t.h.TestName = testName
	}
	return t, nil
}

// epoch runs one pass over the training set (epoch counts from 1), records
// it in the history and calls OnEpoch.
func (t *trainer) epoch(epoch int) error {
	net, cfg := t.net, t.cfg
	lr := cfg.Schedule.Rate(cfg.Optimizer.learningRate, epoch)
	if t.order != nil {
		cfg.Rand.Shuffle(t.N, func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
	}
	var loss float64
	var cause error // why a batch's loss is NaN or infinite
	correct := 0
	next, stop := t.rows()
	defer stop()
	for start := 0; start < t.N; start += t.batch {
		x, y, labels, err := next()
		if err != nil {
			return err
		}
		rows := len(labels)
		batchLoss := net.backprop(x, y, rows, cfg.Loss, cfg.L2, cfg.L1, t.N)
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
	loss /= float64(t.N)
	t.h.TrainLoss = append(t.h.TrainLoss, loss)
	t.h.TrainAccuracy = append(t.h.TrainAccuracy, float64(correct)/float64(t.N))
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		if cause != nil {
			return fmt.Errorf("loss is %v: %w; try a smaller learning rate, ClipNorm, or a stronger L2", loss, cause)
		}
		return fmt.Errorf("loss is %v; try a smaller learning rate, ClipNorm, or a stronger L2", loss)
	}
	if err := net.checkWeights(); err != nil {
		return fmt.Errorf("%w; try a smaller learning rate, ClipNorm, or a stronger L2", err)
	}
	if cfg.TestX != nil {
		tr, _ := cfg.TestX.Dims()
		net.forward(cfg.TestX.RawMatrix().Data, tr)
		t.h.TestLoss = append(t.h.TestLoss, net.dataLoss(cfg.TestY.RawMatrix().Data, cfg.Loss))
		t.h.TestAccuracy = append(t.h.TestAccuracy, float64(countCorrect(net.output().A, t.testClass))/float64(tr))
	}
	if cfg.OnEpoch != nil {
		return cfg.OnEpoch(epoch, t.h)
	}
	return nil
}

// rows returns a function that gives the epoch's batches in turn, and one
// to call when the epoch ends: the training set itself for full-batch
// training, or minibatches (gather.go). The first epoch's minibatches check
// their inputs; on a NaN or infinity the weights are put back as they were
// before training and the error is returned.
func (t *trainer) rows() (next func() (x, y []float64, labels []int, err error), stop func()) {
	if t.order == nil {
		return func() ([]float64, []float64, []int, error) { return t.X, t.Y, t.class, nil }, func() {}
	}
	check := t.saved != nil
	nextBatch, stop := t.batches(check)
	return func() ([]float64, []float64, []int, error) {
		b := nextBatch()
		if b.err != nil {
			t.restore()
			t.badInput = true
			return nil, nil, nil, b.err
		}
		return b.x, b.y, b.labels, nil
	}, stop
}

// restore puts back the weights and biases saved before the first epoch.
func (t *trainer) restore() {
	for i, l := range t.net.Layers {
		copy(l.W.RawMatrix().Data, t.saved[2*i])
		copy(l.B.RawVector().Data, t.saved[2*i+1])
	}
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
// empty). The running maximum is kept in a local rather than reloaded from v;
// the branch predicts well on a trained network's outputs (a branch-free
// version measured five times slower).
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
