package nn_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// A 2-4-1 network learns XOR by full-batch gradient descent.
func Example_xor() {
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	rng := rand.New(rand.NewPCG(1, 0))
	net, err := nn.New(nn.Config{Sizes: []int{2, 4, 1}, Hidden: nn.Tanh, Init: nn.InitXavier}, rng)
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 2000, Optimizer: nn.SGD(2)})
	if err != nil {
		fmt.Println(err)
		return
	}
	pred, _ := net.Predict(X)
	fmt.Println("XOR:", pred)
	fmt.Printf("loss fell: %v\n", h.TrainLoss[h.Last()] < h.TrainLoss[0]/10)
	// Output:
	// XOR: [0 1 1 0]
	// loss fell: true
}

// Digits: split 60/40, grow the training set fivefold with one-pixel shifts,
// scale with statistics of the grown training set, and train a 64-256-10 ReLU
// network with a softmax output on cross-entropy, using Adam with a decaying
// rate on minibatches of 64 (the recipe of BenchmarkDigitsBest). The
// article's recipe, 64-30-10 sigmoid with 3000 full-batch steps at 0.25,
// reaches about 0.87; see TestDigitsSeedRecipe.
func Example_digits() {
	X, labels, err := nn.LoadDigits("../../data/digits.csv.gz")
	if err != nil {
		fmt.Println(err)
		return
	}
	Xtr, Xte, ytr, yte, _ := nn.TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(1, 0)))
	Xtr, ytr, _ = nn.ShiftImages(Xtr, ytr, 8, 8)
	var scaler nn.StandardScaler
	Xtr, _ = scaler.FitTransform(Xtr)
	Xte, _ = scaler.Transform(Xte)
	Y, _ := nn.OneHot(ytr, 10)

	rng := rand.New(rand.NewPCG(3, 1))
	net, _ := nn.New(nn.Config{Sizes: []int{64, 256, 10}, Hidden: nn.ReLU, Output: nn.Softmax, Init: nn.InitHe}, rng)
	_, err = nn.Train(net, Xtr, Y, nn.TrainConfig{
		Epochs: 15, BatchSize: 64, Optimizer: nn.Adam(0.004), Schedule: nn.ExpDecay(0.85),
		Loss: nn.CrossEntropy, L2: 1, Rand: rng,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	pred, _ := net.Predict(Xte)
	acc, _ := nn.Accuracy(pred, yte)
	fmt.Println("training samples:", len(ytr))
	fmt.Println("test samples:", len(yte))
	fmt.Println("test accuracy at least 0.98:", acc >= 0.98)
	// Output:
	// training samples: 5390
	// test samples: 719
	// test accuracy at least 0.98: true
}

// GradCheck compares backpropagation with central differences on a small
// network; a correct implementation agrees to far better than 1e-6.
func ExampleGradCheck() {
	rng := rand.New(rand.NewPCG(3, 0))
	net, _ := nn.New(nn.Config{Sizes: []int{3, 5, 2}, Hidden: nn.Tanh, Output: nn.Softmax, Init: nn.InitXavier}, rng)
	X := mat.NewDense(2, 3, []float64{0.5, -1, 2, 0, 0.3, -0.7})
	Y, _ := nn.OneHot([]int{1, 0}, 2)
	worst, err := nn.GradCheck(net, X, Y, nn.CrossEntropy)
	fmt.Println(worst < 1e-6, err)
	// Output: true <nil>
}

// NumericalGradient estimates the gradient of f(x, y, z) = (x+y)·z at
// (−2, 5, −4), the circuit of the Karpathy lesson.
func ExampleNumericalGradient() {
	f := func(v []float64) float64 { return (v[0] + v[1]) * v[2] }
	g, err := nn.NumericalGradient(f, []float64{-2, 5, -4}, 1e-5)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f %.4f %.4f\n", g[0], g[1], g[2])
	// Output: -4.0000 -4.0000 3.0000
}

// Every activation can be evaluated on a single number.
func ExampleActivation() {
	fmt.Printf("σ(-5)=%.3f σ(0)=%.1f σ(5)=%.3f σ'(3)=%.4f\n",
		nn.Sigmoid.F(-5), nn.Sigmoid.F(0), nn.Sigmoid.F(5), nn.Sigmoid.Deriv(3))
	fmt.Println(nn.ReLU.F(-2), nn.LeakyReLU.F(-2), nn.Step.F(0.5))
	// Output:
	// σ(-5)=0.007 σ(0)=0.5 σ(5)=0.993 σ'(3)=0.0452
	// 0 -0.02 1
}

// Train with a validation set: epochs count from 1 in OnEpoch and in
// History.Epochs, and TestName names the held-out set in the history (for
// plotting.Run's HeldOut) and in errors. Here OnEpoch stops training after
// the first epoch whose validation accuracy is perfect.
func ExampleTrain_validation() {
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	net, err := nn.New(nn.Config{Sizes: []int{2, 4, 1}, Hidden: nn.Tanh, Init: nn.InitXavier}, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := nn.Train(net, X, Y, nn.TrainConfig{
		Epochs: 2000, Optimizer: nn.SGD(2),
		TestX: X, TestY: Y, TestName: "validation", // the same four points, to keep the example short
		OnEpoch: func(epoch int, h nn.History) error {
			if h.TestAccuracy[epoch-1] == 1 { // epoch e is at index e−1
				return nn.ErrStop
			}
			return nil
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("stopped after epoch %d of 2000; %s accuracy %.2f\n", h.Epochs(), h.TestName, h.TestAccuracy[h.Last()])
	_, err = nn.Train(net, X, Y, nn.TrainConfig{Epochs: 1, Optimizer: nn.SGD(2),
		TestX: mat.NewDense(4, 3, nil), TestY: Y, TestName: "validation"})
	fmt.Println(err)
	// Output:
	// stopped after epoch 35 of 2000; validation accuracy 1.00
	// nn: Train (validation set): X is 4×3, want 2 columns (inputs)
}
