package nn

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// digitsSplit loads the digits, splits them 60/40 with seed, and scales both
// sets with a scaler fitted on the training set.
func digitsSplit(t testing.TB, seed uint64) (Xtr, Xte *mat.Dense, ytr, yte []int) {
	t.Helper()
	X, labels, err := LoadDigits("../../data/digits.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	Xtr, Xte, ytr, yte, err = TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(seed, 0)))
	if err != nil {
		t.Fatal(err)
	}
	var s StandardScaler
	if Xtr, err = s.FitTransform(Xtr); err != nil {
		t.Fatal(err)
	}
	if Xte, err = s.Transform(Xte); err != nil {
		t.Fatal(err)
	}
	return Xtr, Xte, ytr, yte
}

// TestDigitsSeedRecipe reproduces the article: 64-30-10 sigmoid, uniform [0,1)
// weights, 3000 full-batch steps of 0.25 on half-MSE against one-hot targets.
func TestDigitsSeedRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("3000 full-batch steps take a few seconds")
	}
	Xtr, Xte, ytr, yte := digitsSplit(t, 1)
	Y, err := OneHot(ytr, 10)
	if err != nil {
		t.Fatal(err)
	}
	net, err := New(Config{Sizes: []int{64, 30, 10}}, rand.New(rand.NewPCG(2, 0)))
	if err != nil {
		t.Fatal(err)
	}
	h, err := Train(net, Xtr, Y, TrainConfig{Epochs: 3000, Optimizer: SGD(0.25)})
	if err != nil {
		t.Fatal(err)
	}
	pred, err := net.Predict(Xte)
	if err != nil {
		t.Fatal(err)
	}
	acc, _ := Accuracy(pred, yte)
	t.Logf("seed recipe: final loss %.4f, train acc %.3f, test acc %.3f", h.TrainLoss[h.Last()], h.TrainAccuracy[h.Last()], acc)
	if acc < 0.83 || acc > 0.93 {
		t.Errorf("the article's recipe should reach about 0.86 test accuracy, got %.3f", acc)
	}
}

// TestDigitsBestRecipe trains the recipe of BenchmarkDigitsBest (64-256-10
// ReLU + softmax cross-entropy, Adam on minibatches, training set grown
// fivefold by ShiftImages) and requires at least 0.98 test accuracy.
func TestDigitsBestRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("training takes about half a second")
	}
	XtrRaw, XteRaw, ytr, yte := rawSplit(t)
	net, scaler, err := bestRecipe(XtrRaw, ytr, 1)
	if err != nil {
		t.Fatal(err)
	}
	Xte, err := scaler.Transform(XteRaw)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := net.Predict(Xte)
	if err != nil {
		t.Fatal(err)
	}
	acc, _ := Accuracy(pred, yte)
	t.Logf("best recipe: test acc %.4f", acc)
	if acc < 0.98 {
		t.Errorf("the best recipe should reach at least 0.98 test accuracy, got %.4f", acc)
	}
}
