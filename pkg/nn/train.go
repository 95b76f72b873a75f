package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// TrainConfig says how Train fits a network. Its zero values are the articles'
// algorithm where one exists: full-batch steps, MSE, no penalty, constant
// learning rate. Epochs and Optimizer.LearningRate must be set.
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
	// TestX and TestY, when set, are evaluated after every epoch to fill
	// History.TestLoss and History.TestAcc.
	TestX, TestY *mat.Dense
	// Rand shuffles the samples for minibatches; required when BatchSize is
	// smaller than the number of samples.
	Rand *rand.Rand
	// OnEpoch, when set, is called after every epoch (counting from 0) with
	// the history so far. Returning ErrStop ends training without error; any
	// other error ends it and is returned.
	OnEpoch func(epoch int, h History) error
}

// ErrStop is returned by an OnEpoch callback to stop training early.
var ErrStop = errors.New("nn: stop training")

// History records one value per epoch. Loss and TrainAcc are measured on each
// training batch before its update and averaged over the epoch; Loss includes
// the L2 and L1 penalties. TestLoss and TestAcc are measured after the epoch
// and are empty when TrainConfig has no test set. Accuracy compares the
// largest output with the largest target of each row (for a single output,
// both thresholded at 0.5).
type History struct {
	Loss, TrainAcc    []float64
	TestLoss, TestAcc []float64
}

// Last returns the index of the last recorded epoch, or −1 when none is.
func (h History) Last() int { return len(h.Loss) - 1 }

// Train fits net to the samples X (one per row) and targets Y (one row per
// sample, e.g. OneHot labels) as cfg says, and returns the history of every
// epoch it completed. It stops with an error naming the epoch if the loss or
// a weight becomes NaN or infinite.
func Train(net *Network, X, Y *mat.Dense, cfg TrainConfig) (History, error) {
	var h History
	if err := net.checkXY("Train", X, Y, cfg.Loss); err != nil {
		return h, err
	}
	if cfg.TestX != nil || cfg.TestY != nil {
		if err := net.checkXY("Train (test set)", cfg.TestX, cfg.TestY, cfg.Loss); err != nil {
			return h, err
		}
	}
	if cfg.Epochs <= 0 {
		return h, fmt.Errorf("nn: Train: Epochs is %d, want a positive number", cfg.Epochs)
	}
	if err := cfg.Optimizer.check(); err != nil {
		return h, fmt.Errorf("nn: Train: %w", err)
	}
	if err := cfg.Schedule.check(); err != nil {
		return h, fmt.Errorf("nn: Train: %w", err)
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"L2", cfg.L2}, {"L1", cfg.L1}, {"ClipNorm", cfg.ClipNorm}} {
		if p.v < 0 || math.IsNaN(p.v) || math.IsInf(p.v, 0) {
			return h, fmt.Errorf("nn: Train: %s is %v, want a finite number ≥ 0", p.name, p.v)
		}
	}
	N, _ := X.Dims()
	batch := cfg.BatchSize
	if batch < 0 {
		return h, fmt.Errorf("nn: Train: BatchSize is %d, want 0 (full batch) or a positive number", batch)
	}
	if batch == 0 || batch > N {
		batch = N
	}
	if batch < N && cfg.Rand == nil {
		return h, errors.New("nn: Train: minibatches need a Rand to shuffle with; set TrainConfig.Rand")
	}

	// Room for the history of up to 1<<16 epochs; more grow as they come (Epochs
	// can be huge, 1<<40, for a run to be stopped by an interrupt).
	capacity := min(cfg.Epochs, 1<<16)
	h = History{Loss: make([]float64, 0, capacity), TrainAcc: make([]float64, 0, capacity)}
	if cfg.TestX != nil {
		h.TestLoss = make([]float64, 0, capacity)
		h.TestAcc = make([]float64, 0, capacity)
	}
	opt := optimizerState{opt: cfg.Optimizer}
	opt.reset(net)
	t := newTrainer(net, X, Y, batch)
	var testLabels []int
	if cfg.TestX != nil {
		testLabels = targetLabels(cfg.TestY)
	}
	interrupt := watchInterrupt() // see interrupt.go
	defer interrupt.stop()
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		lr := cfg.Schedule.Rate(cfg.Optimizer.LearningRate, epoch)
		if batch < N {
			cfg.Rand.Shuffle(N, func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
		}
		var loss float64
		correct := 0
		for start := 0; start < N; start += batch {
			bx, by := t.batch(start, min(start+batch, N))
			rows, _ := bx.Dims()
			loss += net.backprop(bx, by, cfg.Loss, cfg.L2, cfg.L1, N) * float64(rows)
			correct += countCorrect(net.Layers[len(net.Layers)-1].A, t.labels(start, min(start+batch, N)))
			if cfg.ClipNorm > 0 {
				clipGradients(net, cfg.ClipNorm)
			}
			opt.step(net, lr)
		}
		loss /= float64(N)
		h.Loss = append(h.Loss, loss)
		h.TrainAcc = append(h.TrainAcc, float64(correct)/float64(N))
		if math.IsNaN(loss) || math.IsInf(loss, 0) {
			return h, fmt.Errorf("nn: Train: epoch %d: loss is %v; try a smaller learning rate, ClipNorm, or a stronger L2", epoch, loss)
		}
		if err := net.checkWeights(); err != nil {
			return h, fmt.Errorf("nn: Train: epoch %d: %w; try a smaller learning rate, ClipNorm, or a stronger L2", epoch, err)
		}
		if cfg.TestX != nil {
			net.forward(cfg.TestX)
			tr, _ := cfg.TestX.Dims()
			h.TestLoss = append(h.TestLoss, net.dataLoss(cfg.TestY, cfg.Loss))
			h.TestAcc = append(h.TestAcc, float64(countCorrect(net.Layers[len(net.Layers)-1].A, testLabels))/float64(tr))
		}
		if cfg.OnEpoch != nil {
			if err := cfg.OnEpoch(epoch, h); err != nil {
				if errors.Is(err, ErrStop) {
					return h, nil
				}
				return h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, err)
			}
		}
		if interrupt.interrupted() {
			return h, fmt.Errorf("nn: Train: epoch %d: %w", epoch, ErrInterrupted)
		}
	}
	return h, nil
}

// trainer gathers the rows of each minibatch into reused buffers, with the
// class of each row (targetLabels of Y) for counting correct answers.
type trainer struct {
	X, Y   *mat.Dense
	order  []int
	bx, by *mat.Dense
	full   bool
	class  []int // class of each row of Y
	bclass []int // class of each row of the current batch
}

func newTrainer(net *Network, X, Y *mat.Dense, batch int) *trainer {
	N, _ := X.Dims()
	t := &trainer{X: X, Y: Y, full: batch == N, bx: net.in, by: &mat.Dense{}, class: targetLabels(Y)}
	if !t.full {
		t.order = make([]int, N)
		for i := range t.order {
			t.order[i] = i
		}
		t.bclass = make([]int, batch)
	}
	return t
}

// labels returns the classes of the samples order[lo:hi], the rows of the
// batch that batch(lo, hi) returns.
func (t *trainer) labels(lo, hi int) []int {
	if t.full {
		return t.class
	}
	b := t.bclass[:hi-lo]
	for r, i := range t.order[lo:hi] {
		b[r] = t.class[i]
	}
	return b
}

// batch returns the samples order[lo:hi] as matrices.
func (t *trainer) batch(lo, hi int) (*mat.Dense, *mat.Dense) {
	if t.full {
		return t.X, t.Y
	}
	_, xc := t.X.Dims()
	_, yc := t.Y.Dims()
	reuse(t.bx, hi-lo, xc)
	reuse(t.by, hi-lo, yc)
	for r, i := range t.order[lo:hi] {
		copy(t.bx.RawRowView(r), t.X.RawRowView(i))
		copy(t.by.RawRowView(r), t.Y.RawRowView(i))
	}
	return t.bx, t.by
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

// checkWeights reports the first weight or bias that is NaN or infinite.
func (n *Network) checkWeights() error {
	for li, l := range n.Layers {
		w := l.W.RawMatrix().Data
		if i := firstNonFinite(w); i >= 0 {
			return fmt.Errorf("layer %d weight W[%d][%d] is %v", li, i/l.Out, i%l.Out, w[i])
		}
		b := l.B.RawVector().Data
		if j := firstNonFinite(b); j >= 0 {
			return fmt.Errorf("layer %d bias B[%d] is %v", li, j, b[j])
		}
	}
	return nil
}

// firstNonFinite returns the index of the first NaN or infinite element of
// v, or −1. v−v is +0 for every finite v and NaN for NaN and ±Inf, so one
// subtraction and comparison per element replace IsNaN and IsInf (Train
// checks every weight after every epoch).
func firstNonFinite(v []float64) int {
	for i, x := range v {
		if x-x != 0 {
			return i
		}
	}
	return -1
}
