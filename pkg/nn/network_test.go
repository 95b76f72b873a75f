package nn

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func newTestNet(t testing.TB, cfg Config) *Network {
	t.Helper()
	net, err := New(cfg, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		t.Fatal(err)
	}
	return net
}

func wantErr(t *testing.T, err error, substr string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), substr) {
		t.Errorf("error %v, want one containing %q", err, substr)
	}
}

func TestNewErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	tests := []struct {
		cfg  Config
		rng  *rand.Rand
		want string
	}{
		{Config{Sizes: []int{3}}, rng, "at least"},
		{Config{Sizes: []int{3, 0}}, rng, "Sizes[1] = 0"},
		{Config{Sizes: []int{3, 2}, Hidden: Activation(-1)}, rng, "hidden activation"},
		{Config{Sizes: []int{3, 2}, Output: Activation(99)}, rng, "output activation"},
		{Config{Sizes: []int{3, 2}, Init: Init(5)}, rng, "initialisation"},
		{Config{Sizes: []int{3, 2}}, nil, "rng is nil"},
	}
	for _, tt := range tests {
		_, err := New(tt.cfg, tt.rng)
		wantErr(t, err, tt.want)
	}
}

func TestInitRanges(t *testing.T) {
	for _, init := range []Init{InitUniform, InitXavier, InitHe} {
		net := newTestNet(t, Config{Sizes: []int{50, 40, 3}, Init: init})
		w := net.Layers[0].W.RawMatrix().Data
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range w {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		switch init {
		case InitUniform:
			if lo < 0 || hi >= 1 {
				t.Errorf("InitUniform weights in [%v, %v], want [0, 1)", lo, hi)
			}
		case InitXavier:
			r := math.Sqrt(6.0 / 90)
			if lo < -r || hi > r || lo > -r/2 {
				t.Errorf("InitXavier weights in [%v, %v], want spread over ±%v", lo, hi, r)
			}
		case InitHe:
			if lo > -0.2 || hi < 0.2 || net.Layers[0].B.AtVec(0) != 0 {
				t.Errorf("InitHe weights in [%v, %v] with bias %v, want a normal spread and zero biases", lo, hi, net.Layers[0].B.AtVec(0))
			}
		}
	}
}

func TestForwardMatchesBatchAndHand(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{2, 3, 2}, Hidden: Tanh, Output: Softmax, Init: InitXavier})
	if got := net.Sizes(); len(got) != 3 || got[1] != 3 {
		t.Fatalf("Sizes() = %v, want [2 3 2]", got)
	}
	x := []float64{0.3, -1.2}
	out, err := net.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: a1 = tanh(xᵀW1 + b1), a2 = softmax(a1ᵀW2 + b2).
	l1, l2 := net.Layers[0], net.Layers[1]
	a1 := make([]float64, 3)
	for j := range a1 {
		a1[j] = math.Tanh(x[0]*l1.W.At(0, j) + x[1]*l1.W.At(1, j) + l1.B.AtVec(j))
	}
	z2 := make([]float64, 2)
	for j := range z2 {
		z2[j] = l2.B.AtVec(j)
		for i := range a1 {
			z2[j] += a1[i] * l2.W.At(i, j)
		}
	}
	want := make([]float64, 2)
	softmaxRow(want, z2)
	for j := range want {
		if math.Abs(out[j]-want[j]) > 1e-14 {
			t.Errorf("Forward output %d = %v, by hand %v", j, out[j], want[j])
		}
	}
	X := mat.NewDense(2, 2, []float64{0.3, -1.2, 1, 1})
	B, err := net.ForwardBatch(X)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(B.At(0, 0)-want[0]) > 1e-14 {
		t.Errorf("ForwardBatch row 0 = %v, Forward gives %v", B.RawRowView(0), want)
	}
	dst := make([]float64, 2)
	if err := net.ForwardInto(dst, x); err != nil || dst[1] != out[1] {
		t.Errorf("ForwardInto = %v, %v; want %v", dst, err, out)
	}
	wantErr(t, net.ForwardInto(make([]float64, 3), x), "dst has 3")
	wantErr(t, net.ForwardInto(dst, []float64{1}), "input has 1")
	_, err = net.Forward([]float64{1, math.NaN()})
	wantErr(t, err, "input 1 is NaN")
}

func TestForwardAllocs(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{100, 100, 50, 10}})
	x := make([]float64, 100)
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := net.Forward(x); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("Forward allocates %v times per call, want 0", allocs)
	}
}

func TestStepAllocs(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{8, 6, 3}})
	rng := rand.New(rand.NewPCG(1, 2))
	X := randDense(rng, 20, 8)
	Y := targets(rng, 20, 3, Sigmoid)
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := net.Step(X, Y, MSE, 0.1); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("a warm training step allocates %v times, want 0", allocs)
	}
}

func TestPredict(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{1, 1}, Output: Identity})
	net.Layers[0].W.Set(0, 0, 1)
	net.Layers[0].B.SetVec(0, 0)
	got, err := net.Predict(mat.NewDense(3, 1, []float64{0.2, 0.5, 0.9}))
	if err != nil || got[0] != 0 || got[1] != 1 || got[2] != 1 {
		t.Errorf("Predict with one output = %v, %v; want [0 1 1]", got, err)
	}
	net2 := newTestNet(t, Config{Sizes: []int{2, 3}, Output: Identity})
	net2.Layers[0].W.Copy(mat.NewDense(2, 3, []float64{1, 0, 0, 0, 0, 1}))
	net2.Layers[0].B.Zero()
	got, err = net2.Predict(mat.NewDense(2, 2, []float64{5, 1, 1, 5}))
	if err != nil || got[0] != 0 || got[1] != 2 {
		t.Errorf("Predict argmax = %v, %v; want [0 2]", got, err)
	}
}

func TestShapeErrors(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{2, 3, 2}})
	X := mat.NewDense(4, 2, nil)
	Y := mat.NewDense(4, 2, nil)
	_, err := net.ForwardBatch(mat.NewDense(4, 3, nil))
	wantErr(t, err, "X is 4×3, want 2 columns (inputs)")
	_, err = net.Predict(nil)
	wantErr(t, err, "X is empty")
	_, err = net.Predict(&mat.Dense{})
	wantErr(t, err, "X is empty")
	bad := mat.NewDense(4, 2, nil)
	bad.Set(2, 1, math.Inf(1))
	_, err = net.Predict(bad)
	wantErr(t, err, "X[2][1] is +Inf")
	big := mat.NewDense(4, 4, nil)
	_, err = net.Predict(big.Slice(0, 4, 0, 2).(*mat.Dense))
	wantErr(t, err, "view")
	_, err = net.Backprop(X, mat.NewDense(3, 2, nil), MSE)
	wantErr(t, err, "Y is 3×2, want 4×2")
	_, err = net.Backprop(X, nil, MSE)
	wantErr(t, err, "Y is empty")
	_, err = net.Backprop(X, big.Slice(0, 4, 0, 2).(*mat.Dense), MSE)
	wantErr(t, err, "view")
	badY := mat.NewDense(4, 2, nil)
	badY.Set(0, 0, math.NaN())
	_, err = net.Loss(X, badY, MSE)
	wantErr(t, err, "Y[0][0] is NaN")
	_, err = net.Loss(X, Y, Loss(3))
	wantErr(t, err, "unknown loss")
	_, err = net.Step(X, Y, MSE, 0)
	wantErr(t, err, "learning rate 0")
	_, err = net.Step(X, Y, Loss(3), 0.1)
	wantErr(t, err, "unknown loss")
	tanhNet := newTestNet(t, Config{Sizes: []int{2, 2}, Output: Tanh})
	_, err = tanhNet.Loss(X, Y, CrossEntropy)
	wantErr(t, err, "CrossEntropy needs a Softmax or Sigmoid output layer, this network's output is Tanh")
}

func TestLossValues(t *testing.T) {
	// One identity neuron with w = 1, b = 0: outputs equal inputs.
	net := newTestNet(t, Config{Sizes: []int{1, 1}, Output: Identity})
	net.Layers[0].W.Set(0, 0, 1)
	net.Layers[0].B.SetVec(0, 0)
	X := mat.NewDense(2, 1, []float64{1, 3})
	Y := mat.NewDense(2, 1, []float64{0, 0})
	got, err := net.Loss(X, Y, MSE)
	if err != nil || got != 2.5 { // (1² + 3²) / (2·2)
		t.Errorf("MSE = %v, %v; want 2.5", got, err)
	}
	// Softmax cross-entropy of uniform outputs is log k.
	sm := newTestNet(t, Config{Sizes: []int{1, 4}, Output: Softmax})
	sm.Layers[0].W.Zero()
	sm.Layers[0].B.Zero()
	Y4, _ := OneHot([]int{2}, 4)
	got, err = sm.Loss(mat.NewDense(1, 1, []float64{1}), Y4, CrossEntropy)
	if err != nil || math.Abs(got-math.Log(4)) > 1e-15 {
		t.Errorf("cross-entropy of uniform softmax = %v, %v; want log 4", got, err)
	}
	// Sigmoid cross-entropy at z = 0 is log 2, whatever the target.
	sg := newTestNet(t, Config{Sizes: []int{1, 1}})
	sg.Layers[0].W.Zero()
	sg.Layers[0].B.Zero()
	got, err = sg.Loss(mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{1}), CrossEntropy)
	if err != nil || math.Abs(got-math.Ln2) > 1e-15 {
		t.Errorf("sigmoid cross-entropy at z=0 = %v, %v; want log 2", got, err)
	}
	// Huge logits stay finite.
	sg.Layers[0].B.SetVec(0, 800)
	got, _ = sg.Loss(mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0}), CrossEntropy)
	if math.Abs(got-800) > 1e-9 {
		t.Errorf("sigmoid cross-entropy with z=800, y=0 = %v, want 800", got)
	}
}

// TestPenaltyGradient checks the L2 and L1 penalty gradients numerically.
func TestPenaltyGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	net := newTestNet(t, Config{Sizes: []int{3, 4, 2}, Hidden: Tanh, Init: InitXavier})
	X := randDense(rng, 6, 3)
	Y := targets(rng, 6, 2, Sigmoid)
	const l2, l1, n = 0.3, 0.2, 10
	x, y := X.RawMatrix().Data, Y.RawMatrix().Data
	net.backprop(x, y, 6, MSE, l2, l1, n)
	w := net.Layers[1].W.RawMatrix().Data
	analytic := append([]float64(nil), net.Layers[1].GradW.RawMatrix().Data...)
	numeric, err := NumericalGradient(func([]float64) float64 {
		return net.backprop(x, y, 6, MSE, l2, l1, n)
	}, w, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	for i := range analytic {
		if relErr(analytic[i], numeric[i]) > 1e-6 {
			t.Errorf("penalised gradient %d: backprop %v, numeric %v", i, analytic[i], numeric[i])
		}
	}
}

// TestBadInputAfterPass checks that the batch methods, which look at X's
// values only when the first layer's weighted sums are not finite
// (check.go), name the first NaN or infinite input in row order, also
// where the weight it meets is 0 (Inf·0 is NaN), and that Step then leaves
// the weights alone.
func TestBadInputAfterPass(t *testing.T) {
	for _, tc := range []struct {
		name string
		bad  [][2]int // set to NaN, then +Inf, -Inf, ...
		zero bool     // the first layer's weights all 0
		want string
	}{
		{"NaN", [][2]int{{3, 1}}, false, "X[3][1] is NaN"},
		{"Inf meets zero weights", [][2]int{{2, 0}, {0, 2}}, true, "X[0][2] is +Inf"},
		{"first in row order", [][2]int{{4, 0}, {1, 3}, {1, 1}}, false, "X[1][1] is -Inf"},
	} {
		rng := rand.New(rand.NewPCG(2, 2))
		net, err := New(Config{Sizes: []int{4, 3, 2}, Hidden: ReLU, Output: Softmax}, rng)
		if err != nil {
			t.Fatal(err)
		}
		if tc.zero {
			net.Layers[0].W.Zero()
		}
		X, Y := mat.NewDense(5, 4, nil), mat.NewDense(5, 2, nil)
		for i := 0; i < 5; i++ {
			for j := 0; j < 4; j++ {
				X.Set(i, j, rng.Float64())
			}
			Y.Set(i, i%2, 1)
		}
		for k, p := range tc.bad {
			X.Set(p[0], p[1], []float64{math.NaN(), math.Inf(1), math.Inf(-1)}[k%3])
		}
		before := weights(net)
		calls := map[string]func() error{
			"ForwardBatch": func() error { _, err := net.ForwardBatch(X); return err },
			"Predict":      func() error { _, err := net.Predict(X); return err },
			"Loss":         func() error { _, err := net.Loss(X, Y, CrossEntropy); return err },
			"Backprop":     func() error { _, err := net.Backprop(X, Y, CrossEntropy); return err },
			"Step":         func() error { _, err := net.Step(X, Y, CrossEntropy, 0.1); return err },
			"GradCheck":    func() error { _, err := GradCheck(net, X, Y, CrossEntropy); return err },
		}
		for where, call := range calls {
			want := "nn: " + where + ": " + tc.want
			if err := call(); err == nil || err.Error() != want {
				t.Errorf("%s: %s: error %v, want %q", tc.name, where, err, want)
			}
		}
		if !slices.Equal(before, weights(net)) {
			t.Errorf("%s: the weights changed although the input was refused", tc.name)
		}
	}
}
