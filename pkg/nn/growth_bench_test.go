package nn

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// growthRows are the training steps of the README's growth table: one step
// of Step (forward, backward, update) of a ReLU/softmax network on a batch
// with cross-entropy, starting from the MNIST step (784-100-10, batch 128)
// and growing one dimension at a time. cmd/nnbench reads the group, sizes
// and batch from the benchmark's name and has numpy run the same steps.
var growthRows = []struct {
	group string
	sizes []int
	batch int
}{
	{"base", []int{784, 100, 10}, 128},
	{"batch", []int{784, 100, 10}, 32},
	{"batch", []int{784, 100, 10}, 512},
	{"batch", []int{784, 100, 10}, 1024},
	{"width", []int{784, 30, 10}, 128},
	{"width", []int{784, 300, 10}, 128},
	{"width", []int{784, 1000, 10}, 128},
	{"input", []int{64, 100, 10}, 128},
	{"input", []int{256, 100, 10}, 128},
	{"depth", []int{784, 100, 100, 10}, 128},
	{"depth", []int{784, 100, 100, 100, 10}, 128},
}

// BenchmarkGrowth times one Step of each of growthRows, named
// Growth/<group>/<sizes>/<batch>, e.g. Growth/batch/784-100-10/512.
func BenchmarkGrowth(b *testing.B) {
	for _, row := range growthRows {
		sizes := make([]string, len(row.sizes))
		for i, s := range row.sizes {
			sizes[i] = strconv.Itoa(s)
		}
		name := fmt.Sprintf("%s/%s/%d", row.group, strings.Join(sizes, "-"), row.batch)
		b.Run(name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(17, uint64(row.batch)))
			net, err := New(Config{Sizes: row.sizes, Hidden: ReLU, Output: Softmax, Init: InitHe}, rng)
			if err != nil {
				b.Fatal(err)
			}
			X := uniformDense(rng, row.batch, row.sizes[0])
			Y := targets(rng, row.batch, row.sizes[len(row.sizes)-1], Softmax)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := net.Step(X, Y, CrossEntropy, 0.05); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// uniformDense returns an r×c matrix of values uniform in [0, 1), like
// pixel intensities.
func uniformDense(rng *rand.Rand, r, c int) *mat.Dense {
	x := make([]float64, r*c)
	for i := range x {
		x[i] = rng.Float64()
	}
	return mat.NewDense(r, c, x)
}
