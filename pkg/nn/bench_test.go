package nn

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The benchmarks of the README's speed section. cmd/nnbench runs
// ForwardOne, DigitsSeed and DigitsBest and sets them beside the same
// workloads in numpy and scikit-learn (scripts/bench_numpy.py).

// BenchmarkForwardOne times the forward pass of one input vector through a
// 100-100-50-10 sigmoid network (the seed article's timing example).
func BenchmarkForwardOne(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	net, err := New(Config{Sizes: []int{100, 100, 50, 10}}, rng)
	if err != nil {
		b.Fatal(err)
	}
	x := make([]float64, 100)
	for i := range x {
		x[i] = rng.Float64()
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := net.Forward(x); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSplit is the scaled 60/40 digits split shared by the benchmarks.
func benchSplit(b *testing.B) (Xtr, Xte *mat.Dense, Ytr *mat.Dense, ytr, yte []int) {
	b.Helper()
	Xtr, Xte, ytr, yte = digitsSplit(b, 1)
	Ytr, err := OneHot(ytr, 10)
	if err != nil {
		b.Fatal(err)
	}
	return Xtr, Xte, Ytr, ytr, yte
}

// testAccuracy returns the accuracy of net on (X, labels).
func testAccuracy(b *testing.B, net *Network, X *mat.Dense, labels []int) float64 {
	pred, err := net.Predict(X)
	if err != nil {
		b.Fatal(err)
	}
	acc, err := Accuracy(pred, labels)
	if err != nil {
		b.Fatal(err)
	}
	return acc
}

// BenchmarkDigitsSeed times the seed article's whole recipe, one op per run:
// a 64-30-10 sigmoid network with uniform [0,1) weights, 3000 full-batch
// gradient steps of 0.25 on the mean squared error against one-hot targets,
// then the test accuracy, reported as "acc". Loading and scaling the data
// are outside the timing, as in scripts/bench_numpy.py.
func BenchmarkDigitsSeed(b *testing.B) {
	Xtr, Xte, Ytr, _, yte := benchSplit(b)
	var acc float64
	for b.Loop() {
		// Every op trains the same network (cmd/nnbench gives numpy these
		// very initial weights), so acc does not depend on b.N.
		net, err := New(Config{Sizes: []int{64, 30, 10}}, rand.New(rand.NewPCG(2, 1)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Train(net, Xtr, Ytr, TrainConfig{Epochs: 3000, Optimizer: SGD(0.25)}); err != nil {
			b.Fatal(err)
		}
		acc = testAccuracy(b, net, Xte, yte)
	}
	b.ReportMetric(acc, "acc")
}

// rawSplit is the benchmark's 60/40 digits split (the same samples as
// benchSplit) before scaling, with the pixels 0–16 as LoadDigits reads them.
func rawSplit(t testing.TB) (XtrRaw, XteRaw *mat.Dense, ytr, yte []int) {
	t.Helper()
	X, labels, err := LoadDigits("../../data/digits.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	XtrRaw, XteRaw, ytr, yte, err = TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		t.Fatal(err)
	}
	return XtrRaw, XteRaw, ytr, yte
}

// bestRecipe trains our best digits network on the raw training images
// XtrRaw with labels ytr and initial-weight seed, and returns it with the
// scaler that test images must go through:
//
//   - the training set grows fivefold with ShiftImages (each image also
//     moved one pixel down, up, right and left), and a StandardScaler is
//     fitted on the grown set;
//   - 64-256-10, ReLU then softmax, He initialisation;
//   - cross-entropy with L2 = 1, Adam at 0.004 decaying 15 % per epoch
//     (ExpDecay(0.85)), minibatches of 64, 15 epochs.
//
// On the benchmark's split it reaches 0.985 with seed 1, and 0.979–0.988
// over seeds 1–6 (5 of 6 at least 0.98); scikit-learn's MLPClassifier(100)
// on the same samples reaches 0.968. Without the shifted copies the same
// kind of network stays near 0.967 however long it trains.
func bestRecipe(XtrRaw *mat.Dense, ytr []int, seed uint64) (*Network, *StandardScaler, error) {
	Xaug, yaug, err := ShiftImages(XtrRaw, ytr, 8, 8)
	if err != nil {
		return nil, nil, err
	}
	scaler := new(StandardScaler)
	Xtr, err := scaler.FitTransform(Xaug)
	if err != nil {
		return nil, nil, err
	}
	Ytr, err := OneHot(yaug, 10)
	if err != nil {
		return nil, nil, err
	}
	rng := rand.New(rand.NewPCG(3, seed))
	net, err := New(Config{Sizes: []int{64, 256, 10}, Hidden: ReLU, Output: Softmax, Init: InitHe}, rng)
	if err != nil {
		return nil, nil, err
	}
	_, err = Train(net, Xtr, Ytr, TrainConfig{
		Epochs: 15, BatchSize: 64, Optimizer: Adam(0.004), Schedule: ExpDecay(0.85),
		Loss: CrossEntropy, L2: 1, Rand: rng,
	})
	return net, scaler, err
}

// BenchmarkDigitsBest times our best recipe on the same split, one op per
// run (augmenting and scaling the training set included), and reports its
// test accuracy as "acc".
func BenchmarkDigitsBest(b *testing.B) {
	XtrRaw, XteRaw, ytr, yte := rawSplit(b)
	var acc float64
	for b.Loop() {
		net, scaler, err := bestRecipe(XtrRaw, ytr, 1) // the same network every op
		if err != nil {
			b.Fatal(err)
		}
		Xte, err := scaler.Transform(XteRaw)
		if err != nil {
			b.Fatal(err)
		}
		acc = testAccuracy(b, net, Xte, yte)
	}
	b.ReportMetric(acc, "acc")
}

// BenchmarkBatchSize shows how the cost of one training step of the seed
// network (forward, backward, update) grows with the batch, from one
// sample to the whole training set.
func BenchmarkBatchSize(b *testing.B) {
	Xtr, _, Ytr, _, _ := benchSplit(b)
	n, _ := Xtr.Dims()
	for _, size := range []int{1, 8, 32, 128, 512, n} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			X := Xtr.Slice(0, size, 0, 64).(*mat.Dense)
			Y := Ytr.Slice(0, size, 0, 10).(*mat.Dense)
			X, Y = mat.DenseCopyOf(X), mat.DenseCopyOf(Y)
			net, err := New(Config{Sizes: []int{64, 30, 10}}, rand.New(rand.NewPCG(2, 0)))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := net.Step(X, Y, MSE, 0.25); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/sample")
		})
	}
}

// BenchmarkHiddenWidth shows how the cost of one full-batch step on the
// digits training set grows with the width of the hidden layer.
func BenchmarkHiddenWidth(b *testing.B) {
	Xtr, _, Ytr, _, _ := benchSplit(b)
	for _, width := range []int{30, 100, 300} {
		b.Run(fmt.Sprint(width), func(b *testing.B) {
			net, err := New(Config{Sizes: []int{64, width, 10}}, rand.New(rand.NewPCG(2, 0)))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := net.Step(Xtr, Ytr, MSE, 0.25); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

var mnistOnce struct {
	sync.Once
	X, Y *mat.Dense
}

// syntheticMNIST returns 60000 seeded random samples of 784 values in
// [0, 1) with random one-hot targets: the shape of MNIST, not its content.
func syntheticMNIST() (X, Y *mat.Dense) {
	mnistOnce.Do(func() {
		const n, d = 60000, 784
		rng := rand.New(rand.NewPCG(60000, 784))
		x := make([]float64, n*d)
		for i := range x {
			x[i] = rng.Float64()
		}
		y := make([]float64, n*10)
		for i := 0; i < n; i++ {
			y[i*10+rng.IntN(10)] = 1
		}
		mnistOnce.X, mnistOnce.Y = mat.NewDense(n, d, x), mat.NewDense(n, 10, y)
	})
	return mnistOnce.X, mnistOnce.Y
}

// BenchmarkMNISTEpoch times one epoch of minibatch SGD (batches of 128) of a
// 784-100-10 ReLU/softmax network on a synthetic MNIST-sized set.
func BenchmarkMNISTEpoch(b *testing.B) {
	X, Y := syntheticMNIST()
	rng := rand.New(rand.NewPCG(5, 0))
	net, err := New(Config{Sizes: []int{784, 100, 10}, Hidden: ReLU, Output: Softmax, Init: InitHe}, rng)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Train(net, X, Y, TrainConfig{
			Epochs: 1, BatchSize: 128, Optimizer: SGD(0.05), Loss: CrossEntropy, Rand: rng,
		}); err != nil {
			b.Fatal(err)
		}
	}
}
