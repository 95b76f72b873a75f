package exercises

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// lessonTrain is lesson 3's train, as the notebook writes it, from the lesson's start w0, b0
// (rand.NewPCG(1, 2)) with η = 0.1.
func lessonTrain(y []int, maxEpochs int) ([]float64, float64, []int) {
	rng := rand.New(rand.NewPCG(1, 2))
	w := []float64{rng.Float64() - 0.5, rng.Float64() - 0.5}
	b := rng.Float64() - 0.5
	var wrongPerEpoch []int
	for range maxEpochs {
		wrong := 0
		for i, x := range corners {
			out := 0
			if w[0]*x[0]+w[1]*x[1]+b > 0 {
				out = 1
			}
			if e := float64(y[i] - out); e != 0 {
				wrong++
				w[0] += 0.1 * e * x[0]
				w[1] += 0.1 * e * x[1]
				b += 0.1 * e
			}
		}
		wrongPerEpoch = append(wrongPerEpoch, wrong)
		if wrong == 0 {
			break
		}
	}
	return w, b, wrongPerEpoch
}

func TestCheck3_1(t *testing.T) {
	nand := []int{1, 1, 1, 0}
	type answer struct {
		y     []int
		w     []float64
		b     float64
		wrong []int
	}
	trained := func(y []int, epochs int) answer {
		w, b, wrong := lessonTrain(y, epochs)
		return answer{y, w, b, wrong}
	}
	right := trained(nand, 100)
	if last := right.wrong[len(right.wrong)-1]; last != 0 || len(right.wrong) < 3 {
		t.Fatalf("the exercise needs NAND to converge after a few epochs, got %v", right.wrong)
	}
	tests := []struct {
		name string
		a    answer
		hint string
	}{
		{"trained NAND", right, ""},
		{"AND labels", trained([]int{0, 0, 0, 1}, 100), "AND's"},
		{"OR labels", trained([]int{0, 1, 1, 1}, 100), "OR's"},
		{"NOR labels", trained([]int{1, 0, 0, 0}, 100), "NOR's"},
		{"XOR labels", trained([]int{0, 1, 1, 0}, 100), "XOR's"},
		{"starter labels", trained([]int{0, 0, 0, 0}, 100), "the starter's"},
		{"other labels", trained([]int{1, 1, 0, 1}, 100), "not NAND's"},
		{"label 2", answer{[]int{1, 1, 2, 0}, right.w, right.b, right.wrong}, "label 3 is 2"},
		{"too few epochs", trained(nand, 2), "training stopped at maxEpochs"},
		{"no epochs", trained(nand, 0), "empty"},
		{"hand-picked line", answer{nand, []float64{-1, -1}, 1.5, []int{0}}, "not the line train reaches"},
		{"another η", answer{nand, []float64{-0.2, -0.1}, 0.25, []int{2, 0}}, "not the line train reaches"},
		{"w of another run", answer{nand, []float64{0.2, 0.1}, -0.25, right.wrong}, "answers [0 0 0 1] on the corners: it computes AND"},
		{"line trained on AND's labels", func() answer { a := trained([]int{0, 0, 0, 1}, 100); a.y = nand; return a }(), "it computes AND, so train was given AND's labels"},
		{"line trained on OR's labels", func() answer { a := trained([]int{0, 1, 1, 1}, 100); a.y = nand; return a }(), "it computes OR"},
		{"a line that answers 1 0 1 0", answer{nand, []float64{0.2, -0.5}, 0.1, right.wrong}, "this line answers [1 0 1 0]"},
		{"AND's wrong list", answer{nand, right.w, right.b, trained([]int{0, 0, 0, 1}, 100).wrong}, "not the one that run gives"},
		{"one-epoch list", answer{nand, right.w, right.b, []int{0}}, "not the one that run gives"},
		{"nil labels", answer{nil, right.w, right.b, right.wrong}, "labels are nil"},
		{"three labels", answer{nand[:3], right.w, right.b, right.wrong}, "expected 4 labels"},
		{"nil weights", answer{nand, nil, 0, right.wrong}, "weights are nil"},
		{"short", answer{nand, []float64{1}, 0, right.wrong}, "expected 2 weights"},
		{"NaN", answer{nand, []float64{math.NaN(), 1}, 0, right.wrong}, "NaN"},
		{"Inf bias", answer{nand, []float64{1, 1}, math.Inf(1), right.wrong}, "+Inf"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check3_1(tt.a.y, tt.a.w, tt.a.b, tt.a.wrong), "3.1", tt.hint)
	}
}

func TestCheck3_2(t *testing.T) {
	route := func(u, v, ug, vg, og float64) (float64, float64) {
		if u >= v {
			return ug + og, vg
		}
		return ug, vg + og
	}
	tests := []struct {
		name  string
		grads func(u, v, ug, vg, og float64) (float64, float64)
		hint  string
	}{
		{"routes", route, ""},
		{"starter", func(u, v, ug, vg, og float64) (float64, float64) { return ug, vg }, "no gradient reached"},
		{"only the U-wins branch", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + og, vg
			}
			return ug, vg
		}, "here V's (the larger input). If your gate handles only one case"},
		{"only the V-wins branch", func(u, v, ug, vg, og float64) (float64, float64) {
			if v > u {
				return ug, vg + og
			}
			return ug, vg
		}, "here U's (the larger input). If your gate handles only one case"},
		{"add gate", func(u, v, ug, vg, og float64) (float64, float64) { return ug + og, vg + og }, "add gate"},
		{"to the loser", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug, vg + og
			}
			return ug + og, vg
		}, "smaller input"},
		{"overwrites", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return og, vg
			}
			return ug, og
		}, "use +="},
		{"times value", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + u*og, vg
			}
			return ug, vg + v*og
		}, "multiplied by its own value; a max gate's local gradient is 1"},
		{"signs flipped", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug - og, vg
			}
			return ug, vg - og
		}, "every sign is flipped"},
		{"multiply gate's swap", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + v*og, vg + u*og
			}
			return ug + v*og, vg + u*og
		}, "multiply gate's swap"},
		{"multiply gate's swap, winner only", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + v*og, vg
			}
			return ug, vg + u*og
		}, "multiply gate's swap"},
		{"wipes the loser", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + og, 0
			}
			return 0, vg + og
		}, "loser's earlier gradient was wiped"},
		{"adds the output's value", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + u, vg
			}
			return ug, vg + v
		}, "output's value"},
		{"subtracts from the loser", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + og, vg - og
			}
			return ug - og, vg + og
		}, "the loser must receive nothing"},
		{"adds 1", func(u, v, ug, vg, og float64) (float64, float64) {
			if u >= v {
				return ug + 1, vg
			}
			return ug, vg + 1
		}, "received 1"},
		{"panics", func(u, v, ug, vg, og float64) (float64, float64) { panic("boom") }, "panicked: boom"},
		{"NaN", func(u, v, ug, vg, og float64) (float64, float64) { return math.NaN(), math.NaN() }, "want"},
		{"ties to V", func(u, v, ug, vg, og float64) (float64, float64) {
			if u > v {
				return ug + og, vg
			}
			return ug, vg + og
		}, "gave the gradient to V"},
		{"ties split", func(u, v, ug, vg, og float64) (float64, float64) {
			switch {
			case u > v:
				return ug + og, vg
			case u < v:
				return ug, vg + og
			}
			return ug + og/2, vg + og/2
		}, "split the gradient"},
		{"ties to both", func(u, v, ug, vg, og float64) (float64, float64) {
			switch {
			case u > v:
				return ug + og, vg
			case u < v:
				return ug, vg + og
			}
			return ug + og, vg + og
		}, "counted twice"},
		{"ties to neither", func(u, v, ug, vg, og float64) (float64, float64) {
			switch {
			case u > v:
				return ug + og, vg
			case u < v:
				return ug, vg + og
			}
			return ug, vg
		}, "neither input"},
		{"compares sizes", func(u, v, ug, vg, og float64) (float64, float64) {
			if math.Abs(u) >= math.Abs(v) {
				return ug + og, vg
			}
			return ug, vg + og
		}, "input of larger size"},
		{"compares the Grads (>=)", func(u, v, ug, vg, og float64) (float64, float64) {
			if ug >= vg {
				return ug + og, vg
			}
			return ug, vg + og
		}, "compare g.U.Value and g.V.Value, the values, not the Grads"},
		{"compares the Grads (>)", func(u, v, ug, vg, og float64) (float64, float64) {
			if ug > vg {
				return ug + og, vg
			}
			return ug, vg + og
		}, "compare g.U.Value and g.V.Value, the values, not the Grads"},
		{"nil", nil, "nil"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check3_2(tt.grads), "3.2", tt.hint)
	}
}

func TestCheck3_3(t *testing.T) {
	// The reference from nn.Value, as the lesson computes it.
	a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
	x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
	if err := a.Mul(x).Add(b.Mul(y)).Add(c).Tanh().Backward(); err != nil {
		t.Fatal(err)
	}
	right := []float64{a.Grad, b.Grad, c.Grad, x.Grad, y.Grad}
	s := 1 / (1 + math.Exp(-2))
	d := s * (1 - s)
	tn := math.Tanh(2)
	scaled := func(k float64) []float64 { return []float64{-k, 3 * k, k, k, 2 * k} }
	// A student who builds tanh as 2σ(s) − 1 from Values (that is tanh(s/2)).
	twiceSigmoid := func() []float64 {
		a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
		x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
		f := a.Mul(x).Add(b.Mul(y)).Add(c).Sigmoid().Mul(nn.NewValue(2, "2")).Sub(nn.NewValue(1, "1"))
		if err := f.Backward(); err != nil {
			t.Fatal(err)
		}
		return []float64{a.Grad, b.Grad, c.Grad, x.Grad, y.Grad}
	}()
	tanhNeuron := func(p []float64) float64 { return math.Tanh(p[0]*p[3] + p[1]*p[4] + p[2]) }
	point := []float64{1, 2, -3, -1, 3}
	// The numerical gradient the exercise suggests for comparison, with a step h.
	numerical := func(h float64) []float64 {
		g, err := nn.NumericalGradient(tanhNeuron, point, h)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	// One-sided differences (f(p + h) − f(p))/h, written by hand; h < 0 gives backward differences.
	oneSided := func(h float64) []float64 {
		g := make([]float64, len(point))
		for i := range point {
			p := append([]float64(nil), point...)
			p[i] += h
			g[i] = (tanhNeuron(p) - tanhNeuron(point)) / h
		}
		return g
	}
	// A student who builds the tanh neuron from Part 1's gates after its step of 0.01 along the
	// sigmoid neuron's gradients (a.Value, …, y.Value no longer hold the exercise's point).
	steppedPoint := func() []float64 {
		p := []*nn.Value{nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c"), nn.NewValue(-1, "x"), nn.NewValue(3, "y")}
		if err := p[0].Mul(p[3]).Add(p[1].Mul(p[4])).Add(p[2]).Sigmoid().Backward(); err != nil {
			t.Fatal(err)
		}
		q := make([]*nn.Value, len(p))
		for i, v := range p {
			q[i] = nn.NewValue(v.Data+0.01*v.Grad, v.Label)
		}
		if err := q[0].Mul(q[3]).Add(q[1].Mul(q[4])).Add(q[2]).Tanh().Backward(); err != nil {
			t.Fatal(err)
		}
		return []float64{q[0].Grad, q[1].Grad, q[2].Grad, q[3].Grad, q[4].Grad}
	}
	tests := []struct {
		name  string
		grads []float64
		hint  string
	}{
		{"nn.Value", right, ""},
		{"the chain rule by hand", []float64{-1 / math.Pow(math.Cosh(2), 2), 3 / math.Pow(math.Cosh(2), 2), 1 / math.Pow(math.Cosh(2), 2), 1 / math.Pow(math.Cosh(2), 2), 2 / math.Pow(math.Cosh(2), 2)}, ""},
		{"typed from a 6-digit printout", []float64{-0.070651, 0.211952, 0.070651, 0.070651, 0.141302}, "look rounded or estimated"},
		{"typed from a 4-digit printout", []float64{-0.0707, 0.2120, 0.0707, 0.0707, 0.1413}, "look rounded or estimated"},
		{"typed from a 3-digit printout", []float64{-0.071, 0.212, 0.071, 0.071, 0.141}, "look rounded"},
		{"starter", make([]float64, 5), "all gradients are 0"},
		{"starter's make kept, then append", append(make([]float64, 5), right...), "starts with the starter's five zeros"},
		{"typed from a 2-digit printout", []float64{-0.07, 0.21, 0.07, 0.07, 0.14}, "look rounded or estimated"},
		{"nn.NumericalGradient with h = 1e-2", numerical(1e-2), "central differences with h = 0.01"},
		{"nn.NumericalGradient with h = 1e-3", numerical(1e-3), "central differences with h = 1e-3"},
		{"forward differences, h = 1e-5", oneSided(1e-5), "forward differences with h = 1e-5"},
		{"forward differences, h = 1e-2", oneSided(1e-2), "forward differences with h = 0.01"},
		{"backward differences, h = 1e-3", oneSided(-1e-3), "backward differences with h = 1e-3"},
		{"nn.NumericalGradient with h = 1e-4", numerical(1e-4), "central differences with h = 1e-4"},
		{"nn.NumericalGradient with h = 1e-5", numerical(1e-5), "central differences with h = 1e-5"},
		{"nn.NumericalGradient with h = 1e-6", numerical(1e-6), "central differences with h = 1e-6"},
		{"nn.NumericalGradient with h = 1e-7", numerical(1e-7), "central differences with h = 1e-7"},
		{"forward differences, h = 1e-7", oneSided(1e-7), "forward differences with h = 1e-7"},
		{"sigmoid", scaled(d), "sigmoid neuron"},
		{"1 - tanh", scaled(1 - tn), "1 − tanh²"},
		{"sech instead of sech²", scaled(1 / math.Cosh(2)), "1/cosh(s), which is not tanh′"},
		{"signs", scaled(-(1 - tn*tn)), "sign"},
		{"order x, y, c, a, b", []float64{right[3], right[4], right[2], right[0], right[1]}, "a's gradient and x's are exchanged"},
		{"order c, a, b, x, y", []float64{right[2], right[0], right[1], right[3], right[4]}, "wrong order"},
		{"built at Part 1's stepped point", steppedPoint(), "after Part 1's step of 0.01"},
		{"reused the sigmoid's Values", []float64{-d + right[0], 3*d + right[1], d + right[2], d + right[3], 2*d + right[4]}, "Make fresh Values with nn.NewValue for this neuron"},
		{"reused them, ran twice", []float64{-d + 2*right[0], 3*d + 2*right[1], d + 2*right[2], d + 2*right[3], 2*d + 2*right[4]}, "earlier Backward"},
		{"s(1-s) on tanh", scaled(tn * (1 - tn)), "s(1 − s)"},
		{"Backward twice on fresh Values", func() []float64 {
			a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
			x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
			f := a.Mul(x).Add(b.Mul(y)).Add(c).Tanh()
			for range 2 {
				if err := f.Backward(); err != nil {
					t.Fatal(err)
				}
			}
			return []float64{a.Grad, b.Grad, c.Grad, x.Grad, y.Grad}
		}(), "Backward ran twice"},
		{"nil", nil, "nil"},
		{"short", right[:4], "expected 5"},
		{"NaN", []float64{math.NaN(), 0, 0, 0, 0}, "NaN"},
		{"2σ(s) − 1 for tanh", twiceSigmoid, "tanh(s/2)"},
		{"Tanh left out", []float64{-1, 3, 1, 1, 2}, "the gradients of ax + by + c alone: the last gate, Tanh, is missing"},
		{"ReLU in place of Tanh", func() []float64 {
			a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
			x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
			if err := a.Mul(x).Add(b.Mul(y)).Add(c).ReLU().Backward(); err != nil {
				t.Fatal(err)
			}
			return []float64{a.Grad, b.Grad, c.Grad, x.Grad, y.Grad}
		}(), "the last gate, Tanh, is missing"},
		{"reused the sigmoid's Values, zeroed only a, b, c", func() []float64 {
			// The lesson's va … vy after the sigmoid's Backward, with only the parameters cleaned,
			// as Part 4's training loop cleans only the parameters.
			a, b, c := nn.NewValue(1, "a"), nn.NewValue(2, "b"), nn.NewValue(-3, "c")
			x, y := nn.NewValue(-1, "x"), nn.NewValue(3, "y")
			if err := a.Mul(x).Add(b.Mul(y)).Add(c).Sigmoid().Backward(); err != nil {
				t.Fatal(err)
			}
			a.Grad, b.Grad, c.Grad = 0, 0, 0
			if err := a.Mul(x).Add(b.Mul(y)).Add(c).Tanh().Backward(); err != nil {
				t.Fatal(err)
			}
			return []float64{a.Grad, b.Grad, c.Grad, x.Grad, y.Grad}
		}(), "Backward also fills the Grad of x and y"},
		{"x and y left at 0", []float64{right[0], right[1], right[2], 0, 0}, "∂f/∂x and ∂f/∂y are 0"},
		{"∂f/∂s in all five places", []float64{1 - tn*tn, 1 - tn*tn, 1 - tn*tn, 1 - tn*tn, 1 - tn*tn}, "∂f/∂s at the sum"},
		{"each input times its own value", []float64{1 * (1 - tn*tn), 2 * (1 - tn*tn), -3 * (1 - tn*tn), -1 * (1 - tn*tn), 3 * (1 - tn*tn)}, "a multiply gate swaps"},
		{"own values, c right", []float64{1 * (1 - tn*tn), 2 * (1 - tn*tn), 1 - tn*tn, -1 * (1 - tn*tn), 3 * (1 - tn*tn)}, "∂(ax)/∂a is x, the other input (not a)"},
		{"f's value five times", []float64{tn, tn, tn, tn, tn}, "the value of f itself"},
		{"the inputs' Data", []float64{1, 2, -3, -1, 3}, "the inputs' values"},
		{"other", []float64{1, 2, 3, 4, 5}, "compare with nn.NumericalGradient"},
		{"wrong point c = +3, tiny gradients", func() []float64 {
			d := 1 - math.Pow(math.Tanh(8), 2) // s = −1 + 6 + 3 = 8
			return []float64{-d, 3 * d, d, d, 2 * d}
		}(), "got [-4.5e-07 1.35e-06 4.5e-07 4.5e-07 9e-07]"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check3_3(tt.grads), "3.3", tt.hint)
	}
}

// TestCheck3_3NumericalSweep feeds Check3_3 central differences for every step h from 1e-10 to
// 1, 2000 per decade: none is exact, so none may pass (at a tolerance of 1e-12, some would).
func TestCheck3_3NumericalSweep(t *testing.T) {
	tanhNeuron := func(p []float64) float64 { return math.Tanh(p[0]*p[3] + p[1]*p[4] + p[2]) }
	for k := range 20001 {
		h := math.Pow(10, -10+float64(k)/2000)
		g, err := nn.NumericalGradient(tanhNeuron, []float64{1, 2, -3, -1, 3}, h)
		if err != nil {
			t.Fatal(err)
		}
		if r := Check3_3(g); r.Correct {
			t.Errorf("central differences with h = %.4g passed: %q", h, r.String())
		}
	}
}

func TestCheck3_4(t *testing.T) {
	p, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	X3 := [][]float64{{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 1}}
	if _, err := p.Fit(X3, []int{0, 1, 1, 0}, 0.1, 100); err != nil {
		t.Fatal(err)
	}
	// A student who gives the third input x₁ + x₂ instead of x₁x₂: Fit cannot converge, since
	// that input is a linear function of the first two.
	pSum, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pSum.Fit([][]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 2}}, []int{0, 1, 1, 0}, 0.1, 100); err == nil {
		t.Fatal("a perceptron should not learn XOR with the third input x₁ + x₂")
	}
	fit3 := func(rng *rand.Rand, eta float64) *nn.Perceptron {
		p, err := nn.NewPerceptron(3, rng)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Fit(X3, []int{0, 1, 1, 0}, eta, 100); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A student whose Fit stopped after epochs epochs (it returns nn.ErrNotConverged).
	early := func(epochs int) *nn.Perceptron {
		p, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Fit(X3, []int{0, 1, 1, 0}, 0.1, epochs); !errors.Is(err, nn.ErrNotConverged) {
			t.Fatalf("Fit for %d epoch(s) should not have converged yet, got %v", epochs, err)
		}
		return p
	}
	// A student who trained on another gate's labels.
	labelled := func(labels []int) *nn.Perceptron {
		p, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Fit(X3, labels, 0.1, 100); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A student who never called Fit: the weights NewPerceptron drew.
	unfit, err := nn.NewPerceptron(3, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		w    []float64
		b    float64
		hint string
	}{
		{"trained", p.W, p.B, ""},
		{"Fit never called", unfit.W, unfit.B, "the weights nn.NewPerceptron drew"},
		{"third input x₁ + x₂", pSum.W, pSum.B, "the product x₁x₂"},
		{"by hand", []float64{1, 1, -2}, -0.5, "train them with Fit"},
		{"η = 1", fit3(rand.New(rand.NewPCG(1, 2)), 1).W, fit3(rand.New(rand.NewPCG(1, 2)), 1).B, "with η = 1"},
		{"seeds swapped", fit3(rand.New(rand.NewPCG(2, 1)), 0.1).W, fit3(rand.New(rand.NewPCG(2, 1)), 0.1).B, "rand.NewPCG(2, 1)"},
		{"lesson's rng reused", fit3(lessonRNG(), 0.1).W, fit3(lessonRNG(), 0.1).B, "the lesson's rng, which has already drawn"},
		{"hand-set, another plane", []float64{2, 2, -5}, -1, "set the weights by hand"},
		{"starter", []float64{0, 0, 0}, 0, "train a perceptron"},
		{"two inputs", []float64{1, 1}, -0.5, "third input"},
		{"AND labels", []float64{0.1, 0.1, 0.1}, -0.15, "answers [0 0 0 1]"},
		{"Fit for 1 epoch", early(1).W, early(1).B, "after 1 epoch(s), before it has converged"},
		{"Fit for 2 epochs", early(2).W, early(2).B, "after 2 epoch(s), before it has converged"},
		{"trained on AND's labels", labelled([]int{0, 0, 0, 1}).W, labelled([]int{0, 0, 0, 1}).B, "AND's labels"},
		{"trained on OR's labels", labelled([]int{0, 1, 1, 1}).W, labelled([]int{0, 1, 1, 1}).B, "OR's labels"},
		{"nil", nil, 0, "nil"},
		{"NaN", []float64{1, math.NaN(), 1}, 0, "NaN"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check3_4(tt.w, tt.b), "3.4", tt.hint)
	}
}

// discData returns lesson 3's disc: 60 points uniform in [-2, 2]², class 1 inside x² + y² < 1.5.
func discData() (X, Y *mat.Dense) {
	rng := rand.New(rand.NewPCG(3, 4))
	X, Y = mat.NewDense(60, 2, nil), mat.NewDense(60, 1, nil)
	for i := 0; i < 60; i++ {
		a, b := 4*rng.Float64()-2, 4*rng.Float64()-2
		X.Set(i, 0, a)
		X.Set(i, 1, b)
		if a*a+b*b < 1.5 {
			Y.Set(i, 0, 1)
		}
	}
	return X, Y
}

// discAnswer is exercise 3.5's answer as a student computes it, with a chosen generator, seeds
// and weight init.
func discAnswer(t *testing.T, X, Y *mat.Dense, init nn.Init, seeds []uint64, seed func(uint64) *rand.Rand) [][]float64 {
	t.Helper()
	table := make([][]float64, 4)
	for i := range table {
		for _, s := range seeds {
			net, err := nn.New(nn.Config{Sizes: []int{2, i + 1, 1}, Hidden: nn.Tanh, Output: nn.Sigmoid, Init: init}, seed(s))
			if err != nil {
				t.Fatal(err)
			}
			h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 1000, Optimizer: nn.SGD(4)})
			if err != nil {
				t.Fatal(err)
			}
			table[i] = append(table[i], h.TrainAccuracy[h.Last()])
		}
	}
	return table
}

// discSlip is exercise 3.5's answer computed the way a student who made one slip computes it:
// the hidden activation act, epochs of SGD(eta), and with reuse one network built before the seed
// loop (from the first seed) and trained on for every seed.
func discSlip(t *testing.T, X, Y *mat.Dense, act nn.Activation, epochs int, eta float64, reuse bool) [][]float64 {
	t.Helper()
	table := make([][]float64, 4)
	for i := range table {
		net, err := nn.New(nn.Config{Sizes: []int{2, i + 1, 1}, Hidden: act, Output: nn.Sigmoid, Init: nn.InitXavier}, rand.New(rand.NewPCG(1, 6)))
		if err != nil {
			t.Fatal(err)
		}
		for s := uint64(1); s <= 5; s++ {
			if !reuse {
				if net, err = nn.New(nn.Config{Sizes: []int{2, i + 1, 1}, Hidden: act, Output: nn.Sigmoid, Init: nn.InitXavier}, rand.New(rand.NewPCG(s, 6))); err != nil {
					t.Fatal(err)
				}
			}
			h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: epochs, Optimizer: nn.SGD(eta)})
			if err != nil {
				t.Fatal(err)
			}
			table[i] = append(table[i], h.TrainAccuracy[h.Last()])
		}
	}
	return table
}

// discFirst is exercise 3.5's answer from a student who trains the right networks for 1000
// epochs but appends h.TrainAccuracy[0], the accuracy after the first epoch.
func discFirst(t *testing.T, X, Y *mat.Dense) [][]float64 {
	t.Helper()
	table := make([][]float64, 4)
	for i := range table {
		for s := uint64(1); s <= 5; s++ {
			net, err := nn.New(nn.Config{Sizes: []int{2, i + 1, 1}, Hidden: nn.Tanh, Output: nn.Sigmoid, Init: nn.InitXavier}, rand.New(rand.NewPCG(s, 6)))
			if err != nil {
				t.Fatal(err)
			}
			h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 1000, Optimizer: nn.SGD(4)})
			if err != nil {
				t.Fatal(err)
			}
			table[i] = append(table[i], h.TrainAccuracy[0])
		}
	}
	return table
}

// swappedTable computes, independently of the check, what discAccuracies returns when it calls
// discAccuracy(seed, hidden): the row for h hidden neurons holds seed h's networks with 1…5 hidden.
func swappedTable(t *testing.T, X, Y *mat.Dense) [][]float64 {
	t.Helper()
	table := make([][]float64, 4)
	for i := range table {
		for hidden := 1; hidden <= 5; hidden++ {
			net, err := nn.New(nn.Config{Sizes: []int{2, hidden, 1}, Hidden: nn.Tanh, Output: nn.Sigmoid, Init: nn.InitXavier}, rand.New(rand.NewPCG(uint64(i+1), 6)))
			if err != nil {
				t.Fatal(err)
			}
			h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 1000, Optimizer: nn.SGD(4)})
			if err != nil {
				t.Fatal(err)
			}
			table[i] = append(table[i], h.TrainAccuracy[h.Last()])
		}
	}
	return table
}

// fiveHidden is the row of exercise 3.5's table for 5 hidden neurons, which a student who calls
// discAccuracy(hidden+1, seed) puts last.
func fiveHidden(t *testing.T, X, Y *mat.Dense) []float64 {
	t.Helper()
	var row []float64
	for s := uint64(1); s <= 5; s++ {
		net, err := nn.New(nn.Config{Sizes: []int{2, 5, 1}, Hidden: nn.Tanh, Output: nn.Sigmoid, Init: nn.InitXavier}, rand.New(rand.NewPCG(s, 6)))
		if err != nil {
			t.Fatal(err)
		}
		h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 1000, Optimizer: nn.SGD(4)})
		if err != nil {
			t.Fatal(err)
		}
		row = append(row, h.TrainAccuracy[h.Last()])
	}
	return row
}

func TestCheck3_5(t *testing.T) {
	X, Y := discData()
	pcg := func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(s, 6)) }
	swapped := func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(6, s)) }
	want := discAnswer(t, X, Y, nn.InitXavier, []uint64{1, 2, 3, 4, 5}, pcg)
	best := make([]float64, 4)
	for i, row := range want {
		for _, a := range row {
			best[i] = math.Max(best[i], a)
		}
	}
	// The exercise's answer: three hidden neurons are the fewest that get the disc right.
	if best[0] >= 0.8 || best[1] >= 0.95 || best[2] != 1 || best[3] != 1 {
		t.Fatalf("the exercise needs 1 and 2 hidden neurons to fail and 3 and 4 to succeed, got %v", best)
	}
	scaled := func(f func(float64) float64) [][]float64 { return tableMap(want, f) }
	rounded := scaled(func(a float64) float64 { return math.Round(100*a) / 100 })
	fewer := [][]float64{want[0][:4], want[1][:4], want[2][:4], want[3][:4]}
	last := [][]float64{want[0][4:], want[1][4:], want[2][4:], want[3][4:]}
	other := scaled(func(a float64) float64 { return a })
	other[1][2] -= 0.1
	tests := []struct {
		name string
		accs [][]float64
		X    *mat.Dense
		hint string
	}{
		{"right", want, X, ""},
		{"starter", [][]float64{make([]float64, 5), make([]float64, 5), make([]float64, 5), make([]float64, 5)}, X, "all accuracies are 0"},
		{"percent", scaled(func(a float64) float64 { return 100 * a }), X, "percentages"},
		{"reversed", [][]float64{want[3], want[2], want[1], want[0]}, X, "reversed"},
		{"rounded", rounded, X, "look rounded"},
		{"starter's make kept, then append", [][]float64{append(make([]float64, 5), want[0]...), append(make([]float64, 5), want[1]...), append(make([]float64, 5), want[2]...), append(make([]float64, 5), want[3]...)}, X, "the row for 1 hidden neuron(s) has 10 accuracies, the first five of them 0: your slice starts with the starter's five zeros"},
		{"seeds 2…6", discAnswer(t, X, Y, nn.InitXavier, []uint64{2, 3, 4, 5, 6}, pcg), X, "s = 2…6"},
		{"seeds 0…4", discAnswer(t, X, Y, nn.InitXavier, []uint64{0, 1, 2, 3, 4}, pcg), X, "s = 0…4"},
		{"seeds 1…4", fewer, X, "off by one"},
		{"last seed only", last, X, "not only the last"},
		{"PCG arguments swapped", discAnswer(t, X, Y, nn.InitXavier, []uint64{1, 2, 3, 4, 5}, swapped), X, "swapped"},
		{"default weights", discAnswer(t, X, Y, nn.InitUniform, []uint64{1, 2, 3, 4, 5}, pcg), X, "InitXavier"},
		{"Hidden left out: sigmoid", discSlip(t, X, Y, nn.Sigmoid, 1000, 4, false), X, "sigmoid hidden layer"},
		{"Part 4's 150 epochs", discSlip(t, X, Y, nn.Tanh, 150, 4, false), X, "after 150 epochs"},
		{"first epoch's accuracy", discFirst(t, X, Y), X, "h.TrainAccuracy[h.Last()]"},
		{"SGD(1)", discSlip(t, X, Y, nn.Tanh, 1000, 1, false), X, "nn.SGD(1)"},
		{"one network reused", discSlip(t, X, Y, nn.Tanh, 1000, 4, true), X, "build a new network for every seed"},
		{"right, through discSlip", discSlip(t, X, Y, nn.Tanh, 1000, 4, false), X, ""},
		// Mistakes in calling the lesson's discAccuracy(hidden, seed) helper.
		{"seed stuck at 1", discAnswer(t, X, Y, nn.InitXavier, []uint64{1, 1, 1, 1, 1}, pcg), X, "the seed stayed 1"},
		// Seed 1's run is the best at every size here, so the best of five repeated is the same table.
		{"best of five repeated", [][]float64{{best[0], best[0], best[0], best[0], best[0]}, {best[1], best[1], best[1], best[1], best[1]}, {best[2], best[2], best[2], best[2], best[2]}, {best[3], best[3], best[3], best[3], best[3]}}, X, "or you kept only the best"},
		{"seed stuck at 5 (loop variable misused)", discAnswer(t, X, Y, nn.InitXavier, []uint64{5, 5, 5, 5, 5}, pcg), X, "seed 5's"},
		{"hidden fixed at Part 4's 4", [][]float64{want[3], want[3], want[3], want[3]}, X, "not Part 4's 4"},
		{"hidden fixed at 1", [][]float64{want[0], want[0], want[0], want[0]}, X, "the 1-hidden-neuron row"},
		{"seeds backwards", discAnswer(t, X, Y, nn.InitXavier, []uint64{5, 4, 3, 2, 1}, pcg), X, "backwards"},
		{"discAccuracy(seed, hidden)", swappedTable(t, X, Y), X, "arguments of discAccuracy are swapped"},
		{"discAccuracy(hidden+1, seed)", [][]float64{want[1], want[2], want[3], fiveHidden(t, X, Y)}, X, "not hidden+1"},
		{"other", other, X, "with 2 hidden neuron(s) and seed s = 3"},
		{"nil", nil, X, "nil"},
		{"three rows", want[:3], X, "expected 4 rows"},
		{"NaN", [][]float64{{math.NaN(), 0, 0, 0, 0}, want[1], want[2], want[3]}, X, "NaN"},
		{"no data", want, nil, "discXM is nil"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check3_5(tt.accs, tt.X, Y), "3.5", tt.hint)
	}
	// The last-resort hint names the cell that is off, never the accuracy the recipe gives there.
	if s := Check3_5(other, X, Y).String(); strings.Contains(s, fmt.Sprintf("%.4f", want[1][2])) || strings.Contains(s, fmt.Sprintf("%.3f", want[1][2])) {
		t.Errorf("the hint for a wrong cell should not print the reference accuracy %.4f, got %q", want[1][2], s)
	}
}
