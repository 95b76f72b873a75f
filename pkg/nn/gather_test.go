package nn

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestTrainBadInputRestores checks what gather.go promises: with
// minibatches, copied in place or ahead on another goroutine, a NaN or
// infinite input anywhere in X is reported as the check before training
// reports it (the first in row order), Train returns no history, and the
// network's weights are those it had before.
func TestTrainBadInputRestores(t *testing.T) {
	for _, tc := range []struct {
		name          string
		rows, cols    int
		batch         int
		bad           [][2]int // NaN or Inf positions; the first in row order is reported
		want          string
		prefetchAhead bool
	}{
		{"inline, last batch", 50, 4, 8, [][2]int{{49, 3}}, "nn: Train: X[49][3] is NaN", false},
		{"inline, two bad", 50, 4, 8, [][2]int{{40, 0}, {7, 2}}, "nn: Train: X[7][2] is +Inf", false},
		{"ahead, last batch", 600, 200, 128, [][2]int{{599, 199}}, "nn: Train: X[599][199] is NaN", true},
		{"ahead, first row", 600, 200, 128, [][2]int{{0, 5}}, "nn: Train: X[0][5] is NaN", true},
		{"ahead, two bad", 600, 200, 128, [][2]int{{500, 1}, {300, 0}}, "nn: Train: X[300][0] is +Inf", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ahead := tc.batch*tc.cols >= prefetchValues; ahead != tc.prefetchAhead {
				t.Fatalf("batch %d×%d copied ahead: %v, want %v", tc.batch, tc.cols, ahead, tc.prefetchAhead)
			}
			rng := rand.New(rand.NewPCG(3, uint64(tc.rows)))
			X, Y := mat.NewDense(tc.rows, tc.cols, nil), mat.NewDense(tc.rows, 2, nil)
			for i := 0; i < tc.rows; i++ {
				for j := 0; j < tc.cols; j++ {
					X.Set(i, j, rng.Float64())
				}
				Y.Set(i, i%2, 1)
			}
			X.Set(tc.bad[0][0], tc.bad[0][1], math.NaN())
			for _, p := range tc.bad[1:] {
				X.Set(p[0], p[1], math.Inf(1))
			}
			net, err := New(Config{Sizes: []int{tc.cols, 5, 2}, Hidden: ReLU, Output: Softmax}, rng)
			if err != nil {
				t.Fatal(err)
			}
			before := weights(net)
			h, err := Train(net, X, Y, TrainConfig{Epochs: 3, BatchSize: tc.batch, Optimizer: SGD(0.1), Loss: CrossEntropy, Rand: rng})
			if err == nil || err.Error() != tc.want {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if h.Last() != -1 {
				t.Errorf("history has %d epochs, want none", h.Epochs())
			}
			if after := weights(net); !slices.Equal(before, after) {
				t.Errorf("the weights changed although Train refused X")
			}
		})
	}
}

// TestTrainAheadMatchesInline checks that copying minibatches ahead on
// another goroutine trains exactly as copying them in place.
func TestTrainAheadMatchesInline(t *testing.T) {
	run := func(threshold int) ([]float64, History) {
		saved := prefetchValues
		defer func() { prefetchValues = saved }()
		prefetchValues = threshold
		rng := rand.New(rand.NewPCG(9, 9))
		X, Y := mat.NewDense(700, 150, nil), mat.NewDense(700, 3, nil)
		for i := 0; i < 700; i++ {
			for j := 0; j < 150; j++ {
				X.Set(i, j, rng.Float64())
			}
			Y.Set(i, rng.IntN(3), 1)
		}
		net, err := New(Config{Sizes: []int{150, 20, 3}, Hidden: ReLU, Output: Softmax}, rng)
		if err != nil {
			t.Fatal(err)
		}
		h, err := Train(net, X, Y, TrainConfig{Epochs: 4, BatchSize: 64, Optimizer: Momentum(0.05, 0.9), Loss: CrossEntropy, Rand: rng})
		if err != nil {
			t.Fatal(err)
		}
		return weights(net), h
	}
	wIn, hIn := run(1 << 62) // every batch copied in place
	wAh, hAh := run(1)       // every batch copied ahead
	if !slices.Equal(wIn, wAh) || !slices.Equal(hIn.TrainLoss, hAh.TrainLoss) || !slices.Equal(hIn.TrainAccuracy, hAh.TrainAccuracy) {
		t.Errorf("copying ahead trained differently:\n in place %v\n ahead    %v", hIn.TrainLoss, hAh.TrainLoss)
	}
}

func weights(n *Network) []float64 {
	var w []float64
	for _, l := range n.Layers {
		w = append(w, l.W.RawMatrix().Data...)
		w = append(w, l.B.RawVector().Data...)
	}
	return w
}
