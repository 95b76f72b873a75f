package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func xorData() (X, Y *mat.Dense) {
	return mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1}), mat.NewDense(4, 1, []float64{0, 1, 1, 0})
}

func TestTrainOptimizersLearnXOR(t *testing.T) {
	X, Y := xorData()
	tests := []struct {
		name string
		cfg  TrainConfig
	}{
		{"sgd full batch", TrainConfig{Epochs: 3000, Optimizer: SGD(2)}},
		{"momentum minibatch", TrainConfig{Epochs: 1500, BatchSize: 2, Optimizer: Momentum(0.5, 0.9)}},
		{"adam step decay", TrainConfig{Epochs: 1500, Optimizer: Adam(0.05), Schedule: StepDecay(500, 0.5), Loss: CrossEntropy}},
		{"adam exp decay clip l1", TrainConfig{Epochs: 1500, Optimizer: Adam(0.05), Schedule: ExpDecay(0.999), ClipNorm: 1, L1: 1e-4, L2: 1e-4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(5, 5))
			net, err := New(Config{Sizes: []int{2, 4, 1}, Hidden: Tanh, Init: InitXavier}, rng)
			if err != nil {
				t.Fatal(err)
			}
			tt.cfg.Rand = rng
			tt.cfg.TestX, tt.cfg.TestY = X, Y
			h, err := Train(net, X, Y, tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if len(h.TrainLoss) != tt.cfg.Epochs || len(h.TestAccuracy) != tt.cfg.Epochs {
				t.Fatalf("history has %d losses and %d test accuracies, want %d", len(h.TrainLoss), len(h.TestAccuracy), tt.cfg.Epochs)
			}
			if h.TrainLoss[h.Last()] >= h.TrainLoss[0] {
				t.Errorf("loss did not fall: %v → %v", h.TrainLoss[0], h.TrainLoss[h.Last()])
			}
			pred, _ := net.Predict(X)
			if pred[0] != 0 || pred[1] != 1 || pred[2] != 1 || pred[3] != 0 {
				t.Errorf("the trained network should compute XOR, got %v", pred)
			}
			if h.TestAccuracy[h.Last()] != 1 {
				t.Errorf("final test accuracy %v, want 1", h.TestAccuracy[h.Last()])
			}
		})
	}
}

func TestTrainCallbacks(t *testing.T) {
	X, Y := xorData()
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	calls := 0
	h, err := Train(net, X, Y, TrainConfig{Epochs: 100, Optimizer: SGD(0.5), OnEpoch: func(epoch int, h History) error {
		calls++
		if epoch != calls || h.Epochs() != epoch || h.Last() != epoch-1 {
			t.Errorf("call %d: epoch %d, history of %d epochs, last index %d; want the epoch numbered from 1", calls, epoch, h.Epochs(), h.Last())
		}
		if epoch == 10 {
			return ErrStop
		}
		return nil
	}})
	if err != nil || calls != 10 || h.Epochs() != 10 {
		t.Errorf("early stop in epoch 10: err %v, %d calls, %d epochs recorded; want nil, 10, 10", err, calls, h.Epochs())
	}
	boom := errors.New("boom")
	_, err = Train(net, X, Y, TrainConfig{Epochs: 5, Optimizer: SGD(0.5), OnEpoch: func(int, History) error { return boom }})
	if !errors.Is(err, boom) {
		t.Errorf("callback error: got %v, want it wrapped", err)
	}
	wantErr(t, err, "nn: Train: epoch 1: boom")
}

// TestTrainTestName checks that the held-out set carries its name into the
// history and into Train's errors.
func TestTrainTestName(t *testing.T) {
	X, Y := xorData()
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	tests := []struct {
		name, want string
		testX      *mat.Dense
	}{
		{"", "test", X},
		{"validation", "validation", X},
		{"", "", nil},
	}
	for _, tt := range tests {
		cfg := TrainConfig{Epochs: 2, Optimizer: SGD(0.5), TestName: tt.name, TestX: tt.testX}
		if tt.testX != nil {
			cfg.TestY = Y
		}
		h, err := Train(net, X, Y, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if h.TestName != tt.want {
			t.Errorf("TestName %q with TestX %v: History.TestName is %q, want %q", tt.name, tt.testX != nil, h.TestName, tt.want)
		}
	}
	_, err := Train(net, X, Y, TrainConfig{Epochs: 1, Optimizer: SGD(1), TestName: "validation", TestX: X})
	wantErr(t, err, "nn: Train (validation set): Y is empty")
	_, err = Train(net, X, Y, TrainConfig{Epochs: 1, Optimizer: SGD(1), TestName: "validation"})
	wantErr(t, err, `TestName is "validation", but there is no held-out set`)
}

func TestTrainStopsOnNaN(t *testing.T) {
	X, Y := xorData()
	net := newTestNet(t, Config{Sizes: []int{2, 50, 1}, Hidden: ReLU, Output: Identity, Init: InitHe})
	h, err := Train(net, X, Y, TrainConfig{Epochs: 500, Optimizer: SGD(50)})
	// The history ends with the epoch that failed, and the error names it.
	wantErr(t, err, fmt.Sprintf("nn: Train: epoch %d: ", h.Epochs()))
	if l := h.TrainLoss[h.Last()]; !math.IsInf(l, 0) && !math.IsNaN(l) && net.checkWeights() == nil {
		t.Errorf("the last epoch of the history, %d, has loss %v and finite weights; want the epoch that failed", h.Epochs(), l)
	}
	// The advice names the remedies that act on the step's size, and not
	// a stronger L2 penalty, which overshoots as the loss does.
	wantErr(t, err, "try a smaller learning rate, or ClipNorm")
	if strings.Contains(err.Error(), "L2") {
		t.Errorf("Train's divergence error %q advises an L2 penalty, which does not stop a step too large", err)
	}
	net.Layers[1].W.Set(0, 0, math.NaN())
	if err := net.checkWeights(); err == nil {
		t.Error("checkWeights accepts a NaN weight")
	}
	net.Layers[1].W.Set(0, 0, 0)
	net.Layers[1].B.SetVec(0, math.Inf(-1))
	wantErr(t, net.checkWeights(), "layer 1: bias B[0] is -Inf")
}

func TestTrainConfigErrors(t *testing.T) {
	X, Y := xorData()
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	tests := []struct {
		cfg  TrainConfig
		want string
	}{
		{TrainConfig{Optimizer: SGD(1)}, "Epochs is 0"},
		{TrainConfig{Epochs: 1}, "nn: Train: no optimizer"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(0)}, "nn: Train: SGD(0): learning rate 0"},
		{TrainConfig{Epochs: 1, Optimizer: Adam(math.Inf(1))}, "nn: Train: Adam(+Inf): learning rate +Inf"},
		{TrainConfig{Epochs: 1, Optimizer: Momentum(1, 1)}, "nn: Train: Momentum(1, 1): momentum 1"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), Schedule: StepDecay(0, 0.5)}, "nn: Train: StepDecay(0, 0.5): every 0 epochs"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), Schedule: ExpDecay(1.5)}, "nn: Train: ExpDecay(1.5): factor 1.5"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), L2: -1}, "L2 is -1"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), BatchSize: -2}, "BatchSize is -2"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), BatchSize: 2}, "need a Rand"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), TestX: X}, "test set"},
		{TrainConfig{Epochs: 1, Optimizer: SGD(1), Loss: CrossEntropy, TestX: mat.NewDense(1, 3, nil), TestY: Y}, "X is 1×3"},
	}
	for _, tt := range tests {
		_, err := Train(net, X, Y, tt.cfg)
		wantErr(t, err, tt.want)
	}
	_, err := Train(net, X, mat.NewDense(4, 2, nil), TrainConfig{Epochs: 1, Optimizer: SGD(1)})
	wantErr(t, err, "Y is 4×2, want 4×1")
}

func TestScheduleRate(t *testing.T) {
	tests := []struct {
		s     Schedule
		epoch int
		want  float64
	}{
		{Schedule{}, 10, 1},
		{StepDecay(10, 0.5), 1, 1},
		{StepDecay(10, 0.5), 10, 1},
		{StepDecay(10, 0.5), 11, 0.5},
		{StepDecay(10, 0.5), 25, 0.25},
		{ExpDecay(0.5), 1, 1},
		{ExpDecay(0.5), 4, 0.125},
		{StepDecay(0, 0.5), 3, math.NaN()},
		{ExpDecay(0.5), 0, math.NaN()},
		{Schedule{}, 0, math.NaN()},
	}
	for _, tt := range tests {
		if got := tt.s.Rate(1, tt.epoch); got != tt.want && !(math.IsNaN(got) && math.IsNaN(tt.want)) {
			t.Errorf("%+v.Rate(1, %d) = %v, want %v", tt.s, tt.epoch, got, tt.want)
		}
	}
}

func TestClipGradients(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{1, 1}})
	net.Layers[0].GradW, net.Layers[0].GradB = mat.NewDense(1, 1, nil), mat.NewVecDense(1, nil)
	net.Layers[0].GradW.Set(0, 0, 3)
	net.Layers[0].GradB.SetVec(0, 4)
	clipGradients(net, 1)
	if g, b := net.Layers[0].GradW.At(0, 0), net.Layers[0].GradB.AtVec(0); math.Abs(g-0.6) > 1e-15 || math.Abs(b-0.8) > 1e-15 {
		t.Errorf("clipping (3, 4) to norm 1 gives (%v, %v), want (0.6, 0.8)", g, b)
	}
	clipGradients(net, 5)
	if g := net.Layers[0].GradW.At(0, 0); math.Abs(g-0.6) > 1e-15 {
		t.Errorf("clipping below the limit changed the gradient to %v", g)
	}
}

func TestCountCorrect(t *testing.T) {
	for _, tc := range []struct {
		name string
		A, Y *mat.Dense
		want int
	}{
		{"two columns", mat.NewDense(3, 2, []float64{0.9, 0.1, 0.2, 0.8, 0.6, 0.4}), mat.NewDense(3, 2, []float64{1, 0, 1, 0, 1, 0}), 2},
		{"one column", mat.NewDense(4, 1, []float64{0.7, 0.2, 0.5, 0.49}), mat.NewDense(4, 1, []float64{1, 0, 0, 1}), 2},
	} {
		if got := countCorrect(tc.A, targetLabels(tc.Y)); got != tc.want {
			t.Errorf("%s: countCorrect = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestTrainBadInput checks that a NaN or infinite input anywhere in X is
// reported before training, as the first bad input in row order, with no
// history and the network's weights as they were, for full batches and
// minibatches alike.
func TestTrainBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		batch int
		bad   [][2]int // positions of NaN, then +Inf; the first in row order is reported
		want  string
	}{
		{"full batch", 0, [][2]int{{49, 3}}, "nn: Train: X[49][3] is NaN"},
		{"minibatch, last row", 8, [][2]int{{49, 3}}, "nn: Train: X[49][3] is NaN"},
		{"minibatch, first row", 8, [][2]int{{0, 0}}, "nn: Train: X[0][0] is NaN"},
		{"minibatch, two bad", 8, [][2]int{{40, 0}, {7, 2}}, "nn: Train: X[7][2] is +Inf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 50))
			X, Y := mat.NewDense(50, 4, nil), mat.NewDense(50, 2, nil)
			for i := 0; i < 50; i++ {
				for j := 0; j < 4; j++ {
					X.Set(i, j, rng.Float64())
				}
				Y.Set(i, i%2, 1)
			}
			X.Set(tc.bad[0][0], tc.bad[0][1], math.NaN())
			for _, p := range tc.bad[1:] {
				X.Set(p[0], p[1], math.Inf(1))
			}
			net, err := New(Config{Sizes: []int{4, 5, 2}, Hidden: ReLU, Output: Softmax}, rng)
			if err != nil {
				t.Fatal(err)
			}
			before := weights(net)
			h, err := Train(net, X, Y, TrainConfig{Epochs: 3, BatchSize: tc.batch, Optimizer: SGD(0.1), Loss: CrossEntropy, Rand: rng})
			if err == nil || err.Error() != tc.want {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if h.Epochs() != 0 {
				t.Errorf("history has %d epochs, want none", h.Epochs())
			}
			if !slices.Equal(before, weights(net)) {
				t.Errorf("the weights changed although Train refused X")
			}
		})
	}
}

func weights(n *Network) []float64 {
	var w []float64
	for _, l := range n.Layers {
		w = append(w, l.W.RawMatrix().Data...)
		w = append(w, l.B.RawVector().Data...)
	}
	return w
}

// TestEditInOnEpoch checks that a network broken inside OnEpoch stops Train
// with an error naming the change, after the epoch that called it, instead
// of a panic in the next.
func TestEditInOnEpoch(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(n *Network)
		want string
	}{
		{"nil B", func(n *Network) { n.Layers[1].B = nil }, "OnEpoch changed the network: layer 1 has a nil B"},
		{"W of another shape", func(n *Network) { n.Layers[0].W = mat.NewDense(3, 3, nil) }, "OnEpoch changed the network: layer 0 has a 3×3 W, want In×Out = 2×3"},
		{"nil layer", func(n *Network) { n.Layers[0] = nil }, "OnEpoch changed the network: layer 0 is nil"},
		{"no layers", func(n *Network) { n.Layers = nil }, "OnEpoch changed the network: the network has no layers"},
		{"a layer added", func(n *Network) { n.Layers = append(n.Layers, emptyLayer(1, 1, Sigmoid)) }, "OnEpoch changed the network's sizes from [2 3 1] to [2 3 1 1]"},
		{"the same layer twice", func(n *Network) {
			l := emptyLayer(1, 1, Sigmoid)
			n.Layers = append(n.Layers, l, l)
		}, "OnEpoch changed the network: layers 2 and 3 are the same *Layer"},
		{"activation", func(n *Network) { n.Layers[0].Activation = ReLU }, "OnEpoch changed layer 0's activation from Sigmoid to ReLU"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, batch := range []int{0, 2} {
				net, X, Y := net231(t)
				h, err := Train(net, X, Y, TrainConfig{Epochs: 5, BatchSize: batch, Optimizer: Adam(0.01), Rand: rand.New(rand.NewPCG(1, 2)),
					OnEpoch: func(epoch int, _ History) error {
						if epoch == 2 {
							tt.edit(net)
						}
						return nil
					}})
				wantErr(t, err, "nn: Train: epoch 2: "+tt.want)
				if h.Epochs() != 2 {
					t.Errorf("batch %d: history of %d epochs, want the 2 trained", batch, h.Epochs())
				}
			}
		})
	}
	// Weights may change in OnEpoch, to new values of the same shape.
	net, X, Y := net231(t)
	_, err := Train(net, X, Y, TrainConfig{Epochs: 3, Optimizer: SGD(0.5), OnEpoch: func(int, History) error {
		net.Layers[0].W = mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
		net.Layers[1].B.SetVec(0, 0)
		return nil
	}})
	if err != nil {
		t.Errorf("new weights of the same shape in OnEpoch: %v", err)
	}
}

// TestHistoryTiming checks when History measures, as its doc says: with full
// batches, epoch e's TrainLoss is the loss after e−1 steps (epoch 1's is the
// starting network's) and its TestLoss after e steps, so with the training
// set as the held-out set and no penalty, TrainLoss[e] equals TestLoss[e−1]
// (and the same for the accuracies).
func TestHistoryTiming(t *testing.T) {
	X, Y := xorData()
	net, err := New(Config{Sizes: []int{2, 4, 1}, Hidden: Tanh, Init: InitXavier}, rand.New(rand.NewPCG(5, 6)))
	if err != nil {
		t.Fatal(err)
	}
	start, err := net.Loss(X, Y, MSE)
	if err != nil {
		t.Fatal(err)
	}
	h, err := Train(net, X, Y, TrainConfig{Epochs: 50, Optimizer: SGD(2), TestX: X, TestY: Y})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(h.TrainLoss[0]-start) > 1e-12 {
		t.Errorf("epoch 1's TrainLoss is %v, want the starting network's loss %v", h.TrainLoss[0], start)
	}
	end, err := net.Loss(X, Y, MSE)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(h.TestLoss[h.Last()]-end) > 1e-12 {
		t.Errorf("the last epoch's TestLoss is %v, want the trained network's loss %v", h.TestLoss[h.Last()], end)
	}
	for e := 1; e < h.Epochs(); e++ {
		if math.Abs(h.TrainLoss[e]-h.TestLoss[e-1]) > 1e-12 || h.TrainAccuracy[e] != h.TestAccuracy[e-1] {
			t.Fatalf("index %d: TrainLoss %v and TrainAccuracy %v should be index %d's TestLoss %v and TestAccuracy %v",
				e, h.TrainLoss[e], h.TrainAccuracy[e], e-1, h.TestLoss[e-1], h.TestAccuracy[e-1])
		}
	}
}
