package nn

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// alloyData is the first lesson's example: shares of two metals and the
// load in tonnes at which a beam of that alloy breaks.
func alloyData() (*mat.Dense, []float64) {
	return mat.NewDense(3, 2, []float64{0.8, 0.2, 0.7, 0.3, 0.6, 0.4}), []float64{1, 2, 3}
}

func TestFitLeastSquaresAlloy(t *testing.T) {
	X, y := alloyData()
	m, err := FitLeastSquares(X, y)
	if err != nil {
		t.Fatal(err)
	}
	if m.Rank != 1 {
		t.Errorf("the two shares sum to 1, so the centred features have rank 1, got %d", m.Rank)
	}
	if !approxEq(m.W[0], -5, 1e-9) || !approxEq(m.W[1], 5, 1e-9) || !approxEq(m.B, 4, 1e-9) {
		t.Errorf("the minimum-norm fit should be W=[-5 5] B=4, got W=%v B=%v", m.W, m.B)
	}
	got, err := m.Predict([]float64{0.5, 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if !approxEq(got, 4, 1e-9) {
		t.Errorf("a 50/50 alloy should break at 4 t, got %v", got)
	}

	// Gradient descent finds a different weight vector (the features are
	// collinear) with the same predictions.
	gd, history, err := FitLinearGD(X, y, 1, 20000)
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 20000 || history[len(history)-1] >= history[0] {
		t.Fatalf("the loss should fall over 20000 epochs, history has %d entries from %v to %v", len(history), history[0], history[len(history)-1])
	}
	for _, x := range [][]float64{{0.8, 0.2}, {0.5, 0.5}, {0.3, 0.7}} {
		a, _ := m.Predict(x)
		b, _ := gd.Predict(x)
		if !approxEq(a, b, 1e-6) {
			t.Errorf("least squares and gradient descent disagree at %v: %v vs %v", x, a, b)
		}
	}
}

func randomRegression(rng *rand.Rand, n int, w []float64, b, noise float64) (*mat.Dense, []float64) {
	X := mat.NewDense(n, len(w), nil)
	y := make([]float64, n)
	for i := range n {
		y[i] = b + noise*rng.NormFloat64()
		for j, wj := range w {
			v := rng.NormFloat64()
			X.Set(i, j, v)
			y[i] += wj * v
		}
	}
	return X, y
}

func TestFitLinearGDAgreesWithLeastSquares(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	X, y := randomRegression(rng, 60, []float64{2, -1, 0.5}, 3, 0.1)
	ls, err := FitLeastSquares(X, y)
	if err != nil {
		t.Fatal(err)
	}
	if ls.Rank != 3 {
		t.Errorf("random features should have full rank 3, got %d", ls.Rank)
	}
	gd, history, err := FitLinearGD(X, y, 0.5, 3000)
	if err != nil {
		t.Fatal(err)
	}
	for j := range ls.W {
		if !approxEq(gd.W[j], ls.W[j], 1e-6) {
			t.Errorf("W[%d]: gradient descent %v, least squares %v", j, gd.W[j], ls.W[j])
		}
	}
	if !approxEq(gd.B, ls.B, 1e-6) {
		t.Errorf("B: gradient descent %v, least squares %v", gd.B, ls.B)
	}
	// The fit recovers the generating weights up to the noise.
	if !approxEq(ls.W[0], 2, 0.1) || !approxEq(ls.W[1], -1, 0.1) || !approxEq(ls.B, 3, 0.1) {
		t.Errorf("least squares should recover W≈[2 -1 0.5] B≈3, got %v %v", ls.W, ls.B)
	}
	for e := 1; e < len(history); e++ {
		if history[e] > history[e-1]+1e-15 {
			t.Fatalf("with a stable learning rate the loss never rises, epoch %d: %v > %v", e+1, history[e], history[e-1])
		}
	}
	if last := history[len(history)-1]; !approxEq(last, 0.01, 0.01) {
		t.Errorf("the final MSE should be near the noise variance 0.01, got %v", last)
	}
}

func TestFitLeastSquaresConstantFeatures(t *testing.T) {
	// A single sample (or constant features) carries no slope: W = 0, B = mean(y).
	m, err := FitLeastSquares(mat.NewDense(2, 1, []float64{7, 7}), []float64{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	if m.Rank != 0 || m.W[0] != 0 || m.B != 2 {
		t.Fatalf("constant feature: want Rank 0, W [0], B 2, got %+v", m)
	}
}

func TestFitLinearGDDiverges(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	X, y := randomRegression(rng, 20, []float64{1, 1}, 0, 0.1)
	m, history, err := FitLinearGD(X, y, 50, 1000)
	if err == nil || !strings.Contains(err.Error(), "learning rate 50 is too large") || !strings.Contains(err.Error(), "at epoch") {
		t.Fatalf("a learning rate of 50 should diverge with an error naming the epoch, got %v", err)
	}
	if m.W != nil || len(history) == 0 || len(history) >= 1000 {
		t.Fatalf("on divergence: zero model and the finite history, got %+v and %d entries", m, len(history))
	}
	for _, v := range history {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("history must hold only finite losses, got %v", v)
		}
	}
}

func TestLinearErrors(t *testing.T) {
	X, y := alloyData()
	nanX := mat.NewDense(2, 1, []float64{1, math.NaN()})
	infX := mat.NewDense(2, 1, []float64{1, math.Inf(1)})
	cases := []struct {
		name   string
		X      *mat.Dense
		y      []float64
		lr     float64
		epochs int
		want   string
	}{
		{"nil X", nil, nil, 0.1, 10, "X is empty"},
		{"empty X", &mat.Dense{}, nil, 0.1, 10, "X is empty"},
		{"mismatch", X, []float64{1, 2}, 0.1, 10, "X has 3 rows but y has 2 values"},
		{"NaN in X", nanX, []float64{1, 2}, 0.1, 10, "X[1][0] is NaN"},
		{"Inf in X", infX, []float64{1, 2}, 0.1, 10, "X[1][0] is +Inf"},
		{"NaN in y", X, []float64{1, math.NaN(), 3}, 0.1, 10, "y[1] is NaN"},
	}
	for _, tc := range cases {
		if _, err := FitLeastSquares(tc.X, tc.y); err == nil || !strings.Contains(err.Error(), "FitLeastSquares: "+tc.want) {
			t.Errorf("FitLeastSquares %s: error %v, want %q", tc.name, err, tc.want)
		}
		if _, _, err := FitLinearGD(tc.X, tc.y, tc.lr, tc.epochs); err == nil || !strings.Contains(err.Error(), "FitLinearGD: "+tc.want) {
			t.Errorf("FitLinearGD %s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	for _, lr := range []float64{0, -0.1, math.NaN(), math.Inf(1)} {
		if _, _, err := FitLinearGD(X, y, lr, 10); err == nil || !strings.Contains(err.Error(), "must be positive and finite") {
			t.Errorf("learning rate %v: error %v", lr, err)
		}
	}
	if _, _, err := FitLinearGD(X, y, 0.1, 0); err == nil || !strings.Contains(err.Error(), "epochs is 0") {
		t.Errorf("zero epochs: error %v", err)
	}
	m := LinearModel{W: []float64{1, 2}}
	if _, err := m.Predict([]float64{1}); err == nil || !strings.Contains(err.Error(), "x has 1 features, the model has 2 weights") {
		t.Errorf("Predict with a short x: %v", err)
	}
	if _, err := m.Predict([]float64{1, math.NaN()}); err == nil || !strings.Contains(err.Error(), "feature 1 is NaN") {
		t.Errorf("Predict with NaN: %v", err)
	}
}
