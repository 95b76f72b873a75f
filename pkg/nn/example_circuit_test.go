package nn_test

import (
	"fmt"

	"github.com/neurons-in-go/course/pkg/nn"
)

// The single neuron of Karpathy's "Hacker's guide to neural networks":
// σ(a·x + b·y + c), its gradients, and one step that raises its output.
func ExampleValue_Backward() {
	a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
	x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
	neuron := func() *nn.Value { return a.Mul(x).Add(b.Mul(y)).Add(c).Sigmoid() }

	out := neuron()
	if err := out.Backward(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("output %.4f\n", out.Data)
	for _, v := range []*nn.Value{a, b, c, x, y} {
		fmt.Printf("d out/d %s = %.3f\n", v.Label, v.Grad)
	}

	for _, v := range []*nn.Value{a, b, c, x, y} {
		v.Data += 0.01 * v.Grad // a small step along the gradient
	}
	fmt.Printf("after one step %.5f\n", neuron().Data)
	// Output:
	// output 0.8808
	// d out/d a = -0.105
	// d out/d b = 0.315
	// d out/d c = 0.105
	// d out/d x = 0.105
	// d out/d y = 0.210
	// after one step 0.88255
}

// The gradient of (x+y)·z: addition distributes the gradient, multiplication
// swaps the inputs.
func ExampleValue_Mul() {
	x, y, z := nn.NewValue(-2, "x"), nn.NewValue(5, "y"), nn.NewValue(-4, "z")
	f := x.Add(y).Mul(z)
	if err := f.Backward(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Data, []float64{x.Grad, y.Grad, z.Grad})
	// Output:
	// -12 [-4 -4 3]
}
