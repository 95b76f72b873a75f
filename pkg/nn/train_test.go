package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
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
	wantErr(t, err, "smaller learning rate")
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

func TestFirstNonFinite(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	finite := []float64{0, math.Copysign(0, -1), 1, -1, math.MaxFloat64, -math.MaxFloat64,
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 1e308, 0x1p-1022}
	for _, c := range []struct {
		v    []float64
		want int
	}{
		{nil, -1},
		{finite, -1},
		{[]float64{nan}, 0},
		{[]float64{1, 2, inf, nan}, 2},
		{[]float64{1, -inf}, 1},
		{append(append([]float64{}, finite...), nan), len(finite)},
		{[]float64{math.MaxFloat64, overflow(math.MaxFloat64)}, 1},
		{[]float64{math.MaxFloat64, math.MaxFloat64, math.MaxFloat64, math.MaxFloat64, 1}, -1}, // the sum overflows
		{[]float64{1, 2, 3, 4, 5, nan}, 5},
		{[]float64{1, -inf, 3, 4, 5, inf}, 1},
		{[]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, -inf}, 9},
	} {
		if got := firstNonFinite(c.v); got != c.want {
			t.Errorf("firstNonFinite(%v) = %d, want %d", c.v, got, c.want)
		}
	}
}

// overflow doubles x at run time (a constant expression would not compile).
func overflow(x float64) float64 { return x * 2 }
