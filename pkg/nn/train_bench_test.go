package nn

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkTrainStep measures one full-batch gradient step (forward, backward,
// update) of a 64-30-10 sigmoid network on 1078 samples, the size of the
// digits training set; once warm it must not allocate.
func BenchmarkTrainStep(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	net, err := New(Config{Sizes: []int{64, 30, 10}}, rng)
	if err != nil {
		b.Fatal(err)
	}
	X := randDense(rng, 1078, 64)
	Y := targets(rng, 1078, 10, Softmax)
	if _, err := net.Step(X, Y, MSE, 0.25); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := net.Step(X, Y, MSE, 0.25); err != nil {
			b.Fatal(err)
		}
	}
}
