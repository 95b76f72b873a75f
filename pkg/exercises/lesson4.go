package exercises

import (
	"fmt"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// xorCorners and xorTargets are the four XOR samples of lesson 4, one per row.
var (
	xorCorners = mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	xorTargets = mat.NewDense(4, 1, []float64{0, 1, 1, 0})
)

// xorRecipe is one way of building and training a small network on the XOR corners: the
// exercise's, or a likely mistake.
type xorRecipe struct {
	init   nn.Init
	eta    float64
	epochs int
	seed   func(s uint64) *rand.Rand
}

// learns reports whether a 2-hidden-1 network built and trained by r from seed s computes XOR.
func (r xorRecipe) learns(hidden int, s uint64) (bool, error) {
	net, err := nn.New(nn.Config{Sizes: []int{2, hidden, 1}, Init: r.init}, r.seed(s))
	if err != nil {
		return false, err
	}
	if _, err := nn.Train(net, xorCorners, xorTargets, nn.TrainConfig{Epochs: r.epochs, Optimizer: nn.SGD(r.eta)}); err != nil {
		return false, err
	}
	pred, err := net.Predict(xorCorners)
	if err != nil {
		return false, err
	}
	return fmt.Sprint(pred) == "[0 1 1 0]", nil
}

// outcomes returns r.learns for hidden = 2 and 3 and the seeds 1…10, in that order.
func (r xorRecipe) outcomes() ([]bool, error) {
	var out []bool
	for _, hidden := range []int{2, 3} {
		for s := uint64(1); s <= 10; s++ {
			ok, err := r.learns(hidden, s)
			if err != nil {
				return nil, err
			}
			out = append(out, ok)
		}
	}
	return out, nil
}

// exercise41 is exercise 4.1's recipe: nn.New's default weights from rand.NewPCG(s, 2), 2000
// epochs of SGD(1).
var exercise41 = xorRecipe{init: nn.InitUniform, eta: 1, epochs: 2000, seed: func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(s, 2)) }}

// xorSuccesses is exercise 4.1's reference count: the seeds 1…10 from which the exercise's recipe
// learns XOR with the given number of hidden neurons.
func xorSuccesses(hidden int) (int, error) {
	n := 0
	for s := uint64(1); s <= 10; s++ {
		ok, err := exercise41.learns(hidden, s)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// Check4_1 checks exercise 4.1: learnsXOR(hidden, seed) must say whether a 2-hidden-1 network,
// built and trained on the four corners as the exercise says, computes XOR. It calls the function
// for 2 and 3 hidden neurons and the seeds 1…10 and names the step of the recipe that differs.
func Check4_1(learnsXOR func(hidden int, seed uint64) bool) Result {
	const ex = "4.1"
	if learnsXOR == nil {
		return notYet(ex, "learnsXOR is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		want, err := exercise41.outcomes()
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		var got []bool
		for _, hidden := range []int{2, 3} {
			for s := uint64(1); s <= 10; s++ {
				got = append(got, learnsXOR(hidden, s))
			}
		}
		count := func(v []bool) (n2, n3 int) {
			for i, ok := range v {
				if ok && i < 10 {
					n2++
				} else if ok {
					n3++
				}
			}
			return n2, n3
		}
		same := func(a, b []bool) bool {
			for i := range a {
				if a[i] != b[i] {
					return false
				}
			}
			return true
		}
		if same(got, want) {
			n2, n3 := count(want)
			return correct(ex, "2 hidden neurons learn XOR from %d of the 10 starts, 3 from %d: a bigger network than necessary is easier to train.", n2, n3)
		}
		n2, n3 := count(got)
		constant := func(v []bool) bool { // the same answer for every seed
			for i := range v {
				if v[i] != v[0] {
					return false
				}
			}
			return true
		}
		wrong := func(v []bool) bool { // every answer the opposite of the reference
			for i := range v {
				if v[i] == want[i] {
					return false
				}
			}
			return true
		}
		switch {
		case n2 == 0 && n3 == 0:
			return notYet(ex, "learnsXOR says false for every seed, but most of these networks do learn XOR. Train each one for the full 2000 epochs of nn.SGD(1), then return whether its Predict on X4 gives [0 1 1 0].")
		case n2 == 10 && n3 == 10:
			return notYet(ex, "learnsXOR says true for every seed, but some of these networks do not learn XOR. Build each one from its own seed, rand.New(rand.NewPCG(seed, 2)), train it, then compare its Predict on X4 with [0 1 1 0].")
		case wrong(got):
			return notYet(ex, "every answer is the opposite: return true when the network computes XOR.")
		case constant(got[:10]) && constant(got[10:]):
			return notYet(ex, "your answers do not change with seed: build each network from rand.New(rand.NewPCG(seed, 2)).")
		case same(got[:10], want[10:]) && same(got[10:], want[10:]) || same(got[:10], want[:10]) && same(got[10:], want[:10]):
			return notYet(ex, "the answers do not depend on hidden: build the network with Sizes []int{2, hidden, 1}.")
		}
		mistakes := []struct {
			r    xorRecipe
			hint string
		}{
			{xorRecipe{nn.InitXavier, 1, 2000, exercise41.seed}, "these are Xavier's starting weights; the exercise uses nn.New's default (Config with Sizes only, weights uniform in [0, 1))."},
			{xorRecipe{nn.InitUniform, 5, 2000, exercise41.seed}, "the learning rate is not 1: this exercise trains with nn.SGD(1)."},
			{xorRecipe{nn.InitUniform, 10, 2000, exercise41.seed}, "the learning rate is not 1: this exercise trains with nn.SGD(1)."},
			{xorRecipe{nn.InitUniform, 1, 2000, func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(2, s)) }}, "the seed goes first: rand.NewPCG(seed, 2), not rand.NewPCG(2, seed)."},
			{xorRecipe{nn.InitUniform, 1, 2000, func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(s-1, 2)) }}, "the network for seed s should start from rand.NewPCG(s, 2); yours starts from the seed before (s − 1)."},
			{xorRecipe{nn.InitUniform, 1, 200, exercise41.seed}, "train for 2000 epochs; these answers are what 200 give."},
			{xorRecipe{nn.InitUniform, 1, 500, exercise41.seed}, "train for 2000 epochs; these answers are what 500 give."},
			{xorRecipe{nn.InitUniform, 1, 1000, exercise41.seed}, "train for 2000 epochs; these answers are what 1000 give."},
		}
		for _, m := range mistakes {
			v, err := m.r.outcomes()
			if err == nil && same(got, v) {
				return notYet(ex, "%s", m.hint)
			}
		}
		for i := range got {
			if got[i] != want[i] {
				hidden, s := 2+i/10, i%10+1
				verb := "does"
				if !want[i] {
					verb = "does not"
				}
				return notYet(ex, "with %d hidden neurons and seed %d your function says %v, but a network built and trained as the exercise says %s learn XOR. Check each step: nn.New(nn.Config{Sizes: []int{2, hidden, 1}}, rand.New(rand.NewPCG(seed, 2))), 2000 epochs of nn.SGD(1) on X4 and Y4, then Predict on X4.", hidden, s, got[i], verb)
			}
		}
		return notYet(ex, "compare your steps with the exercise: default weights, rand.NewPCG(seed, 2), 2000 epochs of nn.SGD(1), Predict on X4.")
	})
}

// checkMatrix reports what is wrong with a student's data matrix, or "".
func checkMatrix(name string, m *mat.Dense, cols int) string {
	if m == nil {
		return name + " is nil."
	}
	if r, c := m.Dims(); r == 0 || c != cols {
		return fmt.Sprintf("%s is %d×%d, want %d columns.", name, r, c, cols)
	}
	return ""
}
