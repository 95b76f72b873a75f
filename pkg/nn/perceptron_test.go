package nn

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

var truthTableInputs = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}

func TestPerceptronLearnsLogicGates(t *testing.T) {
	for _, tc := range []struct {
		name   string
		labels []int
	}{
		{"AND", []int{0, 0, 0, 1}},
		{"OR", []int{0, 1, 1, 1}},
		{"NAND", []int{1, 1, 1, 0}},
	} {
		for seed := uint64(1); seed <= 5; seed++ {
			p, err := NewPerceptron(2, rand.New(rand.NewPCG(seed, 0)))
			if err != nil {
				t.Fatal(err)
			}
			history, err := p.Fit(truthTableInputs, tc.labels, 0.1, 100)
			if err != nil {
				t.Fatalf("%s seed %d: %v (history %v)", tc.name, seed, err, history)
			}
			if history[len(history)-1] != 0 {
				t.Fatalf("%s seed %d: the last epoch should have no errors, history %v", tc.name, seed, history)
			}
			for i, x := range truthTableInputs {
				got, err := p.Predict(x)
				if err != nil {
					t.Fatal(err)
				}
				if got != tc.labels[i] {
					t.Errorf("%s seed %d: the trained perceptron should give %d for %v, got %d", tc.name, seed, tc.labels[i], x, got)
				}
			}
		}
	}
}

func TestPerceptronNeverLearnsXOR(t *testing.T) {
	p, err := NewPerceptron(2, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		t.Fatal(err)
	}
	history, err := p.Fit(truthTableInputs, []int{0, 1, 1, 0}, 0.1, 50)
	if !errors.Is(err, ErrNotConverged) {
		t.Fatalf("XOR is not linearly separable, Fit should return ErrNotConverged, got %v", err)
	}
	if !strings.Contains(err.Error(), "epoch 50 of 50") {
		t.Errorf("the error should name the last epoch: %v", err)
	}
	if len(history) != 50 {
		t.Fatalf("the history should cover all 50 epochs, got %d", len(history))
	}
	for e, wrong := range history {
		if wrong == 0 {
			t.Fatalf("no line computes XOR, yet epoch %d had no errors", e+1)
		}
	}
}

func TestPerceptronDeterministic(t *testing.T) {
	run := func() (*Perceptron, []int) {
		p, err := NewPerceptron(3, rand.New(rand.NewPCG(42, 1)))
		if err != nil {
			t.Fatal(err)
		}
		X := [][]float64{{1, 0, 0}, {0, 1, 1}, {1, 1, 0}, {0, 0, 1}}
		h, err := p.Fit(X, []int{1, 0, 1, 0}, 0.5, 100)
		if err != nil {
			t.Fatal(err)
		}
		return p, h
	}
	p1, h1 := run()
	p2, h2 := run()
	if !slices.Equal(p1.W, p2.W) || p1.B != p2.B || !slices.Equal(h1, h2) {
		t.Fatalf("the same seed should give the same perceptron: %+v %v vs %+v %v", p1, h1, p2, h2)
	}
	for _, w := range p1.W {
		if w < -100 || w > 100 {
			t.Fatalf("weights should stay small on this data, got %v", p1.W)
		}
	}
}

func TestPerceptronErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	if _, err := NewPerceptron(0, rng); err == nil || !strings.Contains(err.Error(), "nInputs is 0") {
		t.Errorf("NewPerceptron(0): %v", err)
	}
	if _, err := NewPerceptron(2, nil); err == nil || !strings.Contains(err.Error(), "rng is nil") {
		t.Errorf("NewPerceptron with nil rng: %v", err)
	}
	p, err := NewPerceptron(2, rng)
	if err != nil {
		t.Fatal(err)
	}
	before := *p
	before.W = slices.Clone(p.W)
	ok := truthTableInputs
	cases := []struct {
		name      string
		X         [][]float64
		y         []int
		lr        float64
		maxEpochs int
		want      string
	}{
		{"empty", nil, nil, 0.1, 10, "X is empty"},
		{"lengths", ok, []int{0, 1}, 0.1, 10, "X has 4 rows but y has 2 labels"},
		{"short row", [][]float64{{0, 0}, {1}}, []int{0, 1}, 0.1, 10, "X[1] has 1 values, the perceptron has 2 inputs"},
		{"NaN", [][]float64{{0, math.NaN()}}, []int{0}, 0.1, 10, "X[0][1] is NaN"},
		{"label", ok, []int{0, 1, 2, 0}, 0.1, 10, "y[2] is 2, labels must be 0 or 1"},
		{"negative label", ok, []int{0, -1, 1, 0}, 0.1, 10, "y[1] is -1"},
		{"zero lr", ok, []int{0, 0, 0, 1}, 0, 10, "learning rate 0 must be positive"},
		{"NaN lr", ok, []int{0, 0, 0, 1}, math.NaN(), 10, "learning rate NaN must be positive"},
		{"Inf lr", ok, []int{0, 0, 0, 1}, math.Inf(1), 10, "learning rate +Inf must be positive"},
		{"epochs", ok, []int{0, 0, 0, 1}, 0.1, 0, "maxEpochs is 0"},
	}
	for _, tc := range cases {
		h, err := p.Fit(tc.X, tc.y, tc.lr, tc.maxEpochs)
		if err == nil || !strings.Contains(err.Error(), tc.want) || h != nil {
			t.Errorf("%s: error %v, history %v; want an error containing %q and no history", tc.name, err, h, tc.want)
		}
	}
	if !slices.Equal(p.W, before.W) || p.B != before.B {
		t.Error("a Fit that returns an input error must leave the perceptron unchanged")
	}
	if _, err := p.Predict([]float64{1, 2, 3}); err == nil || !strings.Contains(err.Error(), "Predict: x has 3 values") {
		t.Errorf("Predict with a long x: %v", err)
	}
	if _, err := p.Predict([]float64{1, math.Inf(-1)}); err == nil || !strings.Contains(err.Error(), "x[1] is -Inf") {
		t.Errorf("Predict with -Inf: %v", err)
	}
}
