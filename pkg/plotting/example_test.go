package plotting_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/neurons-in-go/course/pkg/plotting"
)

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func ExampleFunctions() {
	fig, err := plotting.Functions("Sigmoid and its derivative", -6, 6,
		plotting.Fn{Label: "σ(x)", F: sigmoid},
		plotting.Fn{Label: "σ'(x)", F: func(x float64) float64 { return sigmoid(x) * (1 - sigmoid(x)) }, Dashed: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "sigmoid.png")))
	fmt.Println(fig.Size())
	// Output:
	// <nil>
	// 720 450
}

func ExampleLoss() {
	fig, err := plotting.Loss("3 vs 50 hidden", true,
		plotting.Run{Label: "3 hidden", TrainLoss: []float64{0.7, 0.5, 0.45, 0.43}},
		plotting.Run{Label: "50 hidden", TrainLoss: []float64{0.7, 0.3, 0.1, 0.05}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "loss.svg")))
	_, err = plotting.Loss("diverged", false, plotting.Run{Label: "rate 10", TrainLoss: []float64{1, math.NaN()}})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Loss: run 0 ("rate 10"): TrainLoss at epoch 2 is NaN (did training diverge?)
}

func ExampleDecisionBoundary() {
	and := func(x, y float64) float64 { return sigmoid(10 * (x + y - 1.5)) }
	r := plotting.Range{Min: -0.5, Max: 1.5}
	fig, err := plotting.DecisionBoundary("AND", and, r, r,
		[][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, []int{0, 0, 0, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "and.png")))
	// Output: <nil>
}

func ExampleAnimate() {
	f := func(x float64) float64 { return x * x }
	x, path := 2.0, []float64{}
	for range 10 {
		path = append(path, x)
		x -= 0.3 * 2 * x
	}
	anim, err := plotting.Animate(len(path), 0, func(i int) (*plotting.Figure, error) {
		return plotting.Descent1D(fmt.Sprintf("step %d", i), f, -2.5, 2.5, path[:i+1])
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames(), anim.Save(filepath.Join(os.TempDir(), "descent.gif")))
	// Output: 10 <nil>
}
