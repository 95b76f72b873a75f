package nn

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The misuses: what a learner can do to a network by editing its exported
// fields in a notebook, or by passing the values a notebook invites. Every one must return an error that names the problem: no
// panic, and no number computed from a broken network.

// net231 returns a fresh 2-3-1 sigmoid network and an XOR batch for it.
func net231(t *testing.T) (*Network, *mat.Dense, *mat.Dense) {
	t.Helper()
	X, Y := xorData()
	return newTestNet(t, Config{Sizes: []int{2, 3, 1}}), X, Y
}

// everyEntryPoint runs every exported method that uses the network's
// weights, each on a network that newNet makes afresh, and returns the
// name and error of each.
func everyEntryPoint(t *testing.T, newNet func() *Network, X, Y *mat.Dense) map[string]error {
	t.Helper()
	x := []float64{1, 1}
	dir := t.TempDir()
	runs := map[string]func(n *Network) error{
		"Forward":      func(n *Network) error { _, err := n.Forward(x); return err },
		"ForwardInto":  func(n *Network) error { return n.ForwardInto(make([]float64, 1), x) },
		"ForwardBatch": func(n *Network) error { _, err := n.ForwardBatch(X); return err },
		"Predict":      func(n *Network) error { _, err := n.Predict(X); return err },
		"Loss":         func(n *Network) error { _, err := n.Loss(X, Y, MSE); return err },
		"Backprop":     func(n *Network) error { _, err := n.Backprop(X, Y, MSE); return err },
		"Step":         func(n *Network) error { _, err := n.Step(X, Y, MSE, 0.1); return err },
		"GradCheck":    func(n *Network) error { _, err := GradCheck(n, X, Y, MSE); return err },
		"Save":         func(n *Network) error { return n.Save(filepath.Join(dir, "m.nn")) },
		"Train": func(n *Network) error {
			_, err := Train(n, X, Y, TrainConfig{Epochs: 2, BatchSize: 2, Optimizer: Adam(0.01), Rand: rand.New(rand.NewPCG(1, 2))})
			return err
		},
	}
	errs := map[string]error{}
	for name, run := range runs {
		errs[name] = run(newNet())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 && errs["Save"] != nil {
		t.Errorf("a Save that failed left %d files behind", len(entries))
	}
	return errs
}

func TestMisusedNetworkReturnsErrors(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(n *Network) *Network // returns the network to use
		want   string                    // in every entry point's error
	}{
		{"zero Network", func(*Network) *Network { return &Network{} }, "the network has no layers"},
		{"nil *Network", func(*Network) *Network { return nil }, "the network is nil"},
		{"nil layer", func(n *Network) *Network { n.Layers[1] = nil; return n }, "layer 1 is nil"},
		{"W too small (2×2 for 2×3)", func(n *Network) *Network { n.Layers[0].W = mat.NewDense(2, 2, nil); return n }, "layer 0 has a 2×2 W, want In×Out = 2×3"},
		{"W transposed (3×2 for 2×3)", func(n *Network) *Network { n.Layers[0].W = mat.NewDense(3, 2, nil); return n }, "layer 0 has a 3×2 W, want In×Out = 2×3"},
		{"W too large (5×5)", func(n *Network) *Network { n.Layers[1].W = mat.NewDense(5, 5, nil); return n }, "layer 1 has a 5×5 W, want In×Out = 3×1"},
		{"W a view", func(n *Network) *Network {
			n.Layers[0].W = mat.NewDense(2, 4, nil).Slice(0, 2, 0, 3).(*mat.Dense)
			return n
		}, "layer 0 has a W that is a view into a wider matrix (stride 4)"},
		{"W nil", func(n *Network) *Network { n.Layers[0].W = nil; return n }, "layer 0 has a nil W"},
		{"B nil", func(n *Network) *Network { n.Layers[0].B = nil; return n }, "layer 0 has a nil B"},
		{"B too long", func(n *Network) *Network { n.Layers[1].B = mat.NewVecDense(3, nil); return n }, "layer 1 has 3 biases in B, want Out = 1"},
		{"In edited", func(n *Network) *Network { n.Layers[1].In = 5; return n }, "layer 1 has a 3×1 W, want In×Out = 5×1"},
		{"In and W edited together", func(n *Network) *Network {
			n.Layers[1].In, n.Layers[1].W = 5, mat.NewDense(5, 1, nil)
			return n
		}, "layer 1 has In = 5, but layer 0 before it has Out = 3"},
		{"Out zero", func(n *Network) *Network { n.Layers[1].Out = 0; return n }, "layer 1 has In = 3, Out = 0, want positive sizes"},
		{"Activation(77)", func(n *Network) *Network { n.Layers[0].Activation = 77; return n }, "layer 0 has an unknown activation Activation(77)"},
		{"NaN weight", func(n *Network) *Network { n.Layers[0].W.Set(1, 2, math.NaN()); return n }, "layer 0: weight W[1][2] is NaN"},
		{"+Inf weight under a sigmoid", func(n *Network) *Network { n.Layers[1].W.Set(2, 0, math.Inf(1)); return n }, "layer 1: weight W[2][0] is +Inf"},
		{"NaN weight under a step", func(n *Network) *Network {
			n.Layers[0].Activation = Step
			n.Layers[0].W.Set(0, 0, math.NaN())
			return n
		}, "layer 0: weight W[0][0] is NaN"},
		{"-Inf bias", func(n *Network) *Network { n.Layers[1].B.SetVec(0, math.Inf(-1)); return n }, "layer 1: bias B[0] is -Inf"},
		{"the same *Layer twice", func(n *Network) *Network {
			hidden := emptyLayer(2, 2, Tanh)
			return &Network{Layers: []*Layer{hidden, hidden, emptyLayer(2, 1, Sigmoid)}}
		}, "layers 0 and 1 are the same *Layer"},
		{"Softmax of one neuron", func(n *Network) *Network { n.Layers[1].Activation = Softmax; return n }, "layer 1 is a Softmax of one neuron"},
		{"weights too large for float64", func(n *Network) *Network {
			n.Layers[0].Activation = Identity
			n.Layers[0].W.Set(0, 0, math.MaxFloat64)
			n.Layers[0].W.Set(1, 0, math.MaxFloat64)
			return n
		}, "the weights are too large for float64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, X, Y := net231(t)
			newNet := func() *Network { n, _, _ := net231(t); return tt.break_(n) }
			for where, err := range everyEntryPoint(t, newNet, X, Y) {
				if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "nn: "+where+": ") {
					// The one exception: an overflow is found in the data,
					// by the passes, while Save reads only the weights
					// (which are finite) and so saves them; and Train
					// reports the NaN its first update made of them.
					if tt.name == "weights too large for float64" && (where == "Save" && err == nil ||
						where == "Train" && strings.Contains(err.Error(), "nn: Train: epoch 1: loss is NaN")) {
						continue
					}
					t.Errorf("%s: error %v, want \"nn: %s: …%s…\"", where, err, where, tt.want)
				}
			}
		})
	}
}

// TestHandBuiltNetworkTrains builds a network from Layers alone, as a
// notebook may, and trains it with minibatches, which used to panic on a
// nil buffer.
func TestHandBuiltNetworkTrains(t *testing.T) {
	X, Y := xorData()
	rng := rand.New(rand.NewPCG(3, 3))
	layer := func(in, out int, f Activation) *Layer {
		w := make([]float64, in*out)
		for i := range w {
			w[i] = rng.NormFloat64()
		}
		return &Layer{In: in, Out: out, Activation: f, W: mat.NewDense(in, out, w), B: mat.NewVecDense(out, nil)}
	}
	net := &Network{Layers: []*Layer{layer(2, 4, Tanh), layer(4, 1, Sigmoid)}}
	h, err := Train(net, X, Y, TrainConfig{Epochs: 2000, BatchSize: 2, Optimizer: Adam(0.05), Rand: rng})
	if err != nil {
		t.Fatal(err)
	}
	if pred, _ := net.Predict(X); pred[0] != 0 || pred[1] != 1 || pred[2] != 1 || pred[3] != 0 {
		t.Errorf("the hand-built network should learn XOR, got %v (final loss %.4f)", pred, h.TrainLoss[h.Last()])
	}
}

// TestSaveLoadLimits checks that New, Save and Load agree on the limits:
// what New refuses, Load refuses too; what New builds within them, Save
// writes and Load reads back.
func TestSaveLoadLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, tt := range []struct {
		sizes []int
		want  string
	}{
		{[]int{maxLayerSize + 1, 1}, "Sizes[0] = 16777217, want 1 to 16777216"},
		{[]int{1, maxLayerSize + 1}, "Sizes[1] = 16777217, want 1 to 16777216"},
		{append([]int{1}, make([]int, maxLayers+1)...), "1025 layers, at most 1024"},
		{[]int{1 << 15, 1 << 13, 1}, "more than 268435456 weights and biases"},
		{[]int{4}, "want at least an input and an output size"},
	} {
		_, err := New(Config{Sizes: tt.sizes}, rng)
		wantErr(t, err, "nn: New: ")
		wantErr(t, err, tt.want)
		// The same sizes in a file: Load refuses them with the same words.
		if len(tt.sizes) >= 2 && len(tt.sizes)-1 <= maxLayers {
			_, err = decodeNetwork(header(tt.sizes))
			wantErr(t, err, tt.want)
		}
	}
	// At the limits New, Save and Load all accept: they share checkSizes.
	// (A network with a layer of 2²⁴ neurons takes over a gigabyte to save
	// and load, too much for a unit test, so only the check is run.)
	for _, sizes := range [][]int{{maxLayerSize, 1}, {1, maxLayerSize}, {1 << 14, 1<<14 - 1}} {
		if err := checkSizes(sizes); err != nil {
			t.Errorf("sizes %v are within the limits, got %v", sizes, err)
		}
	}
	// Within the limits, every network comes back from a file: the deepest
	// one, and some ordinary ones.
	deep := make([]int, maxLayers+1)
	for i := range deep {
		deep[i] = 1
	}
	for _, sizes := range [][]int{deep, {64, 30, 10}, {3, 1000, 2}, {2, 3, 1}} {
		net, err := New(Config{Sizes: sizes, Hidden: ReLU, Output: Identity, Init: InitHe}, rng)
		if err != nil {
			t.Fatalf("New(%d layers, largest %d): %v", len(sizes)-1, maxInt(sizes), err)
		}
		path := filepath.Join(t.TempDir(), "m.nn")
		if err := net.Save(path); err != nil {
			t.Fatalf("Save(%d layers, largest %d): %v", len(sizes)-1, maxInt(sizes), err)
		}
		got, err := Load(path)
		if err != nil {
			t.Fatalf("Load(%d layers, largest %d): %v", len(sizes)-1, maxInt(sizes), err)
		}
		for i, l := range net.Layers {
			if !mat.Equal(l.W, got.Layers[i].W) || !mat.Equal(l.B, got.Layers[i].B) || l.Activation != got.Layers[i].Activation {
				t.Fatalf("layer %d differs after Save and Load", i)
			}
		}
	}
}

func maxInt(v []int) int {
	m := v[0]
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

// header returns the start of a model file with the given sizes (enough
// for decodeNetwork to check them).
func header(sizes []int) []byte {
	n := &Network{}
	for i := 1; i < len(sizes); i++ {
		n.Layers = append(n.Layers, &Layer{In: sizes[i-1], Out: sizes[i]})
	}
	b := []byte(modelMagic)
	b = append(b, 1, 0, 0, 0)
	b = append(b, byte(len(n.Layers)), byte(len(n.Layers)>>8), 0, 0)
	for _, s := range sizes {
		b = append(b, byte(s), byte(s>>8), byte(s>>16), byte(s>>24))
	}
	return append(b, make([]byte, len(n.Layers))...)
}

// TestSaveCleansUp checks that Save leaves no temporary file on any error,
// and that the one a killed Save leaves behind is replaced by the next.
func TestSaveCleansUp(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	dir := t.TempDir()
	path := filepath.Join(dir, "m.nn")
	if err := os.WriteFile(path+".tmp", []byte("left by a killed Save"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := net.Save(path); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("after Save the directory holds %d files, want only m.nn", len(entries))
	}
	// Renaming over a directory fails after the temporary file is written.
	blocked := filepath.Join(dir, "blocked")
	if err := os.Mkdir(blocked, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(blocked, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	wantErr(t, net.Save(blocked), "nn: Save: ")
	if _, err := os.Stat(blocked + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("a failed rename left %s.tmp behind", blocked)
	}
}

// TestOtherMisuses covers the misuses of the functions outside Network.
func TestOtherMisuses(t *testing.T) {
	_, err := NumericalGradient(nil, []float64{1}, 1e-5)
	wantErr(t, err, "nn: NumericalGradient: f is nil")
	_, err = NumericalGradient(func([]float64) float64 { return 0 }, []float64{1}, 0)
	wantErr(t, err, "nn: NumericalGradient: step h is 0")
	if r := StepDecay(0, 0.5).Rate(0.1, 3); !math.IsNaN(r) {
		t.Errorf("StepDecay(0, 0.5).Rate = %v, want NaN", r)
	}
	if v := Activation(77).F(0); !math.IsNaN(v) {
		t.Errorf("Activation(77).F(0) = %v, want NaN (it used to act as a sigmoid)", v)
	}
	if v := Activation(77).Deriv(0); !math.IsNaN(v) {
		t.Errorf("Activation(77).Deriv(0) = %v, want NaN", v)
	}
	wantErr(t, Activation(77).Apply(make([]float64, 2), make([]float64, 2)), "nn: Apply: unknown activation Activation(77)")
	_, err = New(Config{Sizes: []int{2, 1}, Output: 77}, rand.New(rand.NewPCG(1, 1)))
	wantErr(t, err, "nn: New: unknown output activation Activation(77)")

	var v *Value
	if v.String() != "Value(nil)" || v.Inputs() != nil {
		t.Errorf("a nil *Value prints as %q with inputs %v", v.String(), v.Inputs())
	}
	wantErr(t, v.Backward(), "nn: Backward: called on a nil *Value")
	wantErr(t, NewValue(1, "x").Mul(nil).Backward(), "nn: Backward: *: operand 2 is a nil *Value")

	var p *Perceptron
	_, err = p.Predict([]float64{1})
	wantErr(t, err, "nn: Perceptron.Predict: the perceptron has no weights")
	_, err = (&Perceptron{W: []float64{1, math.NaN()}}).Predict([]float64{1, 1})
	wantErr(t, err, "nn: Perceptron.Predict: weight W[1] is NaN")
	_, err = (&Perceptron{W: []float64{1}, B: math.Inf(1)}).Fit([][]float64{{1}}, []int{1}, 0.1, 5)
	wantErr(t, err, "nn: Perceptron.Fit: bias B is +Inf")
	_, err = LinearModel{W: []float64{math.NaN()}}.Predict([]float64{1})
	wantErr(t, err, "nn: LinearModel.Predict: weight W[0] is NaN")
	var s *StandardScaler
	wantErr(t, s.Fit(mat.NewDense(1, 1, nil)), "nn: StandardScaler.Fit: the scaler is nil")
	_, err = s.Transform(mat.NewDense(1, 1, nil))
	wantErr(t, err, "nn: StandardScaler.Transform: call Fit first")
	_, err = (&StandardScaler{Mean: []float64{0, 0}, Std: []float64{1}}).Transform(mat.NewDense(1, 2, nil))
	wantErr(t, err, "2 means but 1 standard deviations")
}

// TestSoftmaxOfOneNeuron checks that New refuses a Softmax layer of one
// neuron, whose output is 1 whatever the weights.
func TestSoftmaxOfOneNeuron(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	_, err := New(Config{Sizes: []int{2, 1}, Output: Softmax}, rng)
	wantErr(t, err, "nn: New: layer 0 is a Softmax of one neuron, whose output is always 1")
	_, err = New(Config{Sizes: []int{2, 1, 3}, Hidden: Softmax, Output: Softmax}, rng)
	wantErr(t, err, "nn: New: layer 0 is a Softmax of one neuron")
	if _, err := New(Config{Sizes: []int{2, 2}, Output: Softmax}, rng); err != nil {
		t.Errorf("a Softmax of two neurons: %v", err)
	}
	// Nor can a file hold one.
	b := header([]int{2, 1})
	b[len(b)-1] = byte(Softmax)
	_, err = decodeNetwork(b)
	wantErr(t, err, "corrupted: layer 0 is a Softmax of one neuron")
}
