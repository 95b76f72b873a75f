package nn

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func randDense(rng *rand.Rand, r, c int) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, rng.NormFloat64())
		}
	}
	return m
}

// targets returns Y suited to the loss and output: one-hot rows for Softmax,
// values in (0, 1) otherwise.
func targets(rng *rand.Rand, r, c int, out Activation) *mat.Dense {
	y := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		if out == Softmax {
			y.Set(i, rng.IntN(c), 1)
			continue
		}
		for j := 0; j < c; j++ {
			y.Set(i, j, rng.Float64())
		}
	}
	return y
}

func TestGradCheckAllCombinations(t *testing.T) {
	hidden := []Activation{Sigmoid, Identity, Tanh, ReLU, LeakyReLU, Softmax}
	outputs := []Activation{Sigmoid, Identity, Tanh, ReLU, LeakyReLU, Softmax}
	depths := [][]int{{3, 2}, {3, 4, 2}, {3, 5, 4, 3}}
	for _, loss := range []Loss{MSE, CrossEntropy} {
		for _, out := range outputs {
			if loss == CrossEntropy && out != Softmax && out != Sigmoid {
				continue
			}
			for _, hid := range hidden {
				for _, sizes := range depths {
					name := fmt.Sprintf("%v/%v/%v/%v", loss, hid, out, sizes)
					t.Run(name, func(t *testing.T) {
						rng := rand.New(rand.NewPCG(1, uint64(len(sizes))))
						net, err := New(Config{Sizes: sizes, Hidden: hid, Output: out, Init: InitXavier}, rng)
						if err != nil {
							t.Fatal(err)
						}
						X := randDense(rng, 5, sizes[0])
						Y := targets(rng, 5, sizes[len(sizes)-1], out)
						e, err := GradCheck(net, X, Y, loss)
						if err != nil {
							t.Fatal(err)
						}
						if e > 1e-6 {
							t.Errorf("backprop and central differences disagree: max relative error %.3g > 1e-6", e)
						}
					})
				}
			}
		}
	}
}
