package exercises

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// xorCloud draws n points as lesson 4 does: a 2-D standard normal, labelled by XOR of the signs,
// each label flipped with probability flip (lesson 4's noisyCloud; flip 0 is its xorCloud).
func xorCloud(rng *rand.Rand, n int, flip float64) (X, Y *mat.Dense) {
	X, Y = mat.NewDense(n, 2, nil), mat.NewDense(n, 1, nil)
	for i := 0; i < n; i++ {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		X.Set(i, 0, a)
		X.Set(i, 1, b)
		if (a > 0) != (b > 0) {
			Y.Set(i, 0, 1)
		}
	}
	if flip > 0 {
		for i := 0; i < n; i++ {
			if rng.Float64() < flip {
				Y.Set(i, 0, 1-Y.At(i, 0))
			}
		}
	}
	return X, Y
}

func TestCheck4_1(t *testing.T) {
	n2, err := xorSuccesses(2)
	if err != nil {
		t.Fatal(err)
	}
	n3, err := xorSuccesses(3)
	if err != nil {
		t.Fatal(err)
	}
	if n2 >= n3 {
		t.Fatalf("the exercise needs 2 hidden neurons to fail more often than 3, got %d and %d", n2, n3)
	}
	tests := []struct {
		name     string
		n21, n31 int
		hint     string
	}{
		{"right", n2, n3, ""},
		{"starter", 0, 0, "both counts are 0"},
		{"swapped", n3, n2, "swapped"},
		{"failures", 10 - n2, 10 - n3, "failures"},
		{"out of range", 11, 12, "between 0 and 10"},
		{"other", n2, n3 - 1, "Use the default weights"},
	}
	for _, tt := range tests {
		expect(t, tt.name, Check4_1(tt.n21, tt.n31), tt.hint)
	}
}

// noisyData returns lesson 4's section 8 data: 60 training, 200 validation, 200 test points.
func noisyData() (Xtr, Ytr, Xval, Yval, Xte, Yte *mat.Dense) {
	rng := rand.New(rand.NewPCG(5, 1))
	Xtr, Ytr = xorCloud(rng, 60, 0.1)
	Xval, Yval = xorCloud(rng, 200, 0.1)
	Xte, Yte = xorCloud(rng, 200, 0.1)
	return
}

func TestCheck4_2(t *testing.T) {
	Xtr, Ytr, Xval, Yval, Xte, Yte := noisyData()
	net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Init: nn.InitXavier}, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		t.Fatal(err)
	}
	const epochs = 3000
	h, err := nn.Train(net, Xtr, Ytr, nn.TrainConfig{Epochs: epochs, Optimizer: nn.SGD(10), TestX: Xval, TestY: Yval})
	if err != nil {
		t.Fatal(err)
	}
	stop := argminFrom1(h.TestLoss)
	if stop < 100 || stop > 2900 {
		t.Fatalf("the validation loss should be lowest well inside the run, got epoch %d", stop)
	}
	right, err := noisyNet(Xtr, Ytr, Xte, Yte, stop)
	if err != nil {
		t.Fatal(err)
	}
	all, err := noisyNet(Xtr, Ytr, Xte, Yte, epochs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		epochs int
		acc    float64
		h      nn.History
		Xtr    *mat.Dense
		hint   string
	}{
		{"right", stop, right, h, Xtr, ""},
		{"starter", 0, 0, h, Xtr, "find the epoch"},
		{"counted from 0", stop - 1, right, h, Xtr, "off by one"},
		{"training loss", epochs, all, h, Xtr, "training loss"},
		{"other epoch", stop + 7, right, h, Xtr, "not lowest after"},
		{"validation accuracy", stop, h.TestAccuracy[stop-1], h, Xtr, "validation accuracy"},
		{"not retrained", stop, all, h, Xtr, "after all 3000 epochs"},
		{"other accuracy", stop, right + 0.123, h, Xtr, "not what a fresh network"},
		{"NaN accuracy", stop, math.NaN(), h, Xtr, "NaN"},
		{"empty history", stop, right, nn.History{}, Xtr, "no validation losses"},
		{"nil data", stop, right, h, nil, "Xtr is nil"},
	}
	for _, tt := range tests {
		expect(t, tt.name, Check4_2(tt.epochs, tt.acc, tt.h, tt.Xtr, Ytr, Xte, Yte), tt.hint)
	}
}

func TestCheck4_3(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 1))
	Xc, Yc := xorCloud(rng, 300, 0)
	edge, err := wildEdge(Xc, Yc)
	if err != nil {
		t.Fatal(err)
	}
	if edge <= 1 || edge > 2.5 {
		t.Fatalf("the edge should lie above 1 (where lesson 4 trains) and at most 2.5 (where it explodes), got %g", edge)
	}
	tests := []struct {
		name string
		eta  float64
		X    *mat.Dense
		hint string
	}{
		{"right", edge, Xc, ""},
		{"float loop", edge + 1e-15, Xc, ""},
		{"starter", 0, Xc, "try the rates"},
		{"largest that works", edge - 0.1, Xc, "largest rate that works"},
		{"the lesson's", 2.5, Xc, "already fails at a smaller rate"},
		{"too small", 1.0, Xc, "look higher"},
		{"NaN", math.NaN(), Xc, "NaN"},
		{"nil", edge, nil, "Xc is nil"},
		{"wrong shape", edge, mat.NewDense(3, 3, nil), "want 2 columns"},
	}
	for _, tt := range tests {
		expect(t, tt.name, Check4_3(tt.eta, tt.X, Yc), tt.hint)
	}
}

func TestCheck4_4(t *testing.T) {
	apply := func(f func(w, k float64) float64) func(*mat.Dense, float64, int) *mat.Dense {
		return func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			g := mat.DenseCopyOf(W)
			g.Apply(func(_, _ int, w float64) float64 { return f(w, lambda/float64(n)) }, W)
			return g
		}
	}
	sign := func(w float64) float64 {
		switch {
		case w > 0:
			return 1
		case w < 0:
			return -1
		}
		return 0
	}
	tests := []struct {
		name string
		f    func(*mat.Dense, float64, int) *mat.Dense
		hint string
	}{
		{"right", apply(func(w, k float64) float64 { return k * sign(w) }), ""},
		{"starter", func(W *mat.Dense, _ float64, _ int) *mat.Dense { r, c := W.Dims(); return mat.NewDense(r, c, nil) }, "all zeros"},
		{"L2", apply(func(w, k float64) float64 { return k * w }), "L2 penalty"},
		{"no N", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * float64(n) * sign(w) })(W, lambda, n)
		}, "divide by N"},
		{"flipped", apply(func(w, k float64) float64 { return -k * sign(w) }), "flipped"},
		{"math.Copysign", apply(func(w, k float64) float64 { return math.Copysign(k, w) }), "sign 0"},
		{"in place", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			W.Apply(func(_, _ int, w float64) float64 { return lambda * sign(w) / float64(n) }, W)
			return W
		}, "changed W"},
		{"nil result", func(*mat.Dense, float64, int) *mat.Dense { return nil }, "returned nil"},
		{"wrong shape", func(*mat.Dense, float64, int) *mat.Dense { return mat.NewDense(1, 1, nil) }, "W's shape"},
		{"panics", func(W *mat.Dense, _ float64, _ int) *mat.Dense { return mat.NewDense(0, 0, nil) }, "panicked"},
		{"other", apply(func(w, k float64) float64 { return k * sign(w) * 2 }), "should be"},
		{"nil", nil, "nil"},
	}
	for _, tt := range tests {
		expect(t, tt.name, Check4_4(tt.f), tt.hint)
	}
}
