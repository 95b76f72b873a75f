package nn_test

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// The alloy of the first lesson: the shares of two metals and the load at
// which a beam breaks. The shares always sum to 1, so only one direction of
// the features carries information (Rank 1), and the fit predicts 4 tonnes
// for a 50/50 alloy.
func ExampleFitLeastSquares() {
	X := mat.NewDense(3, 2, []float64{
		0.8, 0.2,
		0.7, 0.3,
		0.6, 0.4,
	})
	tonnes := []float64{1, 2, 3}
	m, err := nn.FitLeastSquares(X, tonnes)
	if err != nil {
		fmt.Println(err)
		return
	}
	load, err := m.Predict([]float64{0.5, 0.5})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("W = [%.2f %.2f], B = %.2f, rank %d\n", m.W[0], m.W[1], m.B, m.Rank)
	fmt.Printf("a 50/50 alloy breaks at %.2f t\n", load)
	// Output:
	// W = [-5.00 5.00], B = 4.00, rank 1
	// a 50/50 alloy breaks at 4.00 t
}

// Gradient descent on y = 2x + 1 reaches the same line as least squares.
func ExampleFitLinearGD() {
	X := mat.NewDense(4, 1, []float64{0, 1, 2, 3})
	y := []float64{1, 3, 5, 7}
	m, history, err := nn.FitLinearGD(X, y, 0.1, 2000)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("W = %.4f, B = %.4f\n", m.W[0], m.B)
	fmt.Printf("MSE after epoch 1: %.3f, after epoch %d below 1e-20: %v\n", history[0], len(history), history[len(history)-1] < 1e-20)
	// Output:
	// W = 2.0000, B = 1.0000
	// MSE after epoch 1: 7.059, after epoch 2000 below 1e-20: true
}

// A perceptron learns OR, a straight-line problem, but never XOR.
func ExamplePerceptron_Fit() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	rng := rand.New(rand.NewPCG(1, 2))

	or, _ := nn.NewPerceptron(2, rng)
	history, err := or.Fit(inputs, []int{0, 1, 1, 1}, 0.1, 100)
	fmt.Println("OR errors per epoch:", history, "error:", err)

	xor, _ := nn.NewPerceptron(2, rng)
	history, err = xor.Fit(inputs, []int{0, 1, 1, 0}, 0.1, 10)
	fmt.Println("XOR errors per epoch:", history)
	fmt.Println("XOR converged:", !errors.Is(err, nn.ErrNotConverged))
	// Output:
	// OR errors per epoch: [2 2 1 0] error: <nil>
	// XOR errors per epoch: [2 2 3 2 2 3 4 4 4 4]
	// XOR converged: false
}

// The article's gradient descent on f(x) = x⁴ − 3x³ + 2 from x = 6.
func ExampleDescend1D() {
	slope := func(x float64) float64 { return 4*x*x*x - 9*x*x } // f'(x)
	path, err := nn.Descend1D(slope, 6, 0.01, 0.00001, 10000)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("local minimum at %.6f after %d steps\n", path[len(path)-1], len(path)-1)
	fmt.Printf("first steps: %.4f %.4f %.4f\n", path[0], path[1], path[2])
	// Output:
	// local minimum at 2.249965 after 70 steps
	// first steps: 6.0000 0.6000 0.6238
}
