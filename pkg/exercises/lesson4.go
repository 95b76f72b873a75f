package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// xorCorners and xorTargets are the four XOR samples of lesson 4, one per row.
var (
	xorCorners = mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	xorTargets = mat.NewDense(4, 1, []float64{0, 1, 1, 0})
)

// xorSuccesses is exercise 4.1's reference: of the networks 2-hidden-1 built by nn.New with its
// default weights from the seeds rand.NewPCG(s, 2), s = 1…10, and trained on the four corners for
// 2000 epochs of SGD(1), the number that compute XOR.
func xorSuccesses(hidden int) (int, error) {
	n := 0
	for s := uint64(1); s <= 10; s++ {
		net, err := nn.New(nn.Config{Sizes: []int{2, hidden, 1}}, rand.New(rand.NewPCG(s, 2)))
		if err != nil {
			return 0, err
		}
		if _, err := nn.Train(net, xorCorners, xorTargets, nn.TrainConfig{Epochs: 2000, Optimizer: nn.SGD(1)}); err != nil {
			return 0, err
		}
		pred, err := net.Predict(xorCorners)
		if err != nil {
			return 0, err
		}
		if fmt.Sprint(pred) == "[0 1 1 0]" {
			n++
		}
	}
	return n, nil
}

// Check4_1 checks exercise 4.1: n221 and n231 must be the numbers of seeds (of 1…10) from which
// a 2-2-1 and a 2-3-1 network, built and trained as the exercise says, learn XOR.
func Check4_1(n221, n231 int) Result {
	const ex = "4.1"
	return safely(ex, func() Result {
		want2, err := xorSuccesses(2)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		want3, err := xorSuccesses(3)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		switch {
		case n221 == want2 && n231 == want3:
			return correct(ex, "2 hidden neurons learn XOR from %d of 10 starts, 3 from %d: a bigger network than necessary is easier to train.", want2, want3)
		case n221 == 0 && n231 == 0:
			return notYet(ex, "both counts are 0: train a network for each seed and count those whose Predict gives [0 1 1 0].")
		case n221 == want3 && n231 == want2 && want2 != want3:
			return notYet(ex, "the two counts are swapped: the first is for 2 hidden neurons.")
		case n221 == 10-want2 && n231 == 10-want3:
			return notYet(ex, "these look like the failures; count the seeds that do learn XOR.")
		case n221 < 0 || n221 > 10 || n231 < 0 || n231 > 10:
			return notYet(ex, "a count of seeds out of 10 lies between 0 and 10, got %d and %d.", n221, n231)
		}
		return notYet(ex, "got %d and %d. Use the default weights (nn.Config with Sizes only), seeds rand.NewPCG(s, 2) for s = 1…10, 2000 epochs of nn.SGD(1), and Predict on X4.", n221, n231)
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

// argminFrom1 returns the epoch, counted from 1, with the smallest value of v, or 0 if v is empty.
func argminFrom1(v []float64) int {
	if len(v) == 0 {
		return 0
	}
	best := 0
	for e, x := range v {
		if x < v[best] {
			best = e
		}
	}
	return best + 1
}

// noisyNet trains lesson 4's 2-50-1 network (Xavier weights from rand.NewPCG(7, 7), SGD(10), no
// penalty) on (X, Y) for epochs epochs and returns its accuracy on (Xt, Yt).
func noisyNet(X, Y, Xt, Yt *mat.Dense, epochs int) (float64, error) {
	net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Init: nn.InitXavier}, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		return 0, err
	}
	if _, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: epochs, Optimizer: nn.SGD(10)}); err != nil {
		return 0, err
	}
	pred, err := net.Predict(Xt)
	if err != nil {
		return 0, err
	}
	labels := make([]int, len(pred))
	for i := range labels {
		labels[i] = int(math.Round(Yt.At(i, 0)))
	}
	return nn.Accuracy(pred, labels)
}

// Check4_2 checks exercise 4.2: epochs must be the epoch (counted from 1) with the lowest
// validation loss in h (the history of the unpenalised network, whose TestLoss is the
// validation loss), and testAcc the test accuracy of a fresh network trained as lesson 4's
// fitNoisy does for that many epochs on (Xtr, Ytr), measured on (Xtest, Ytest).
func Check4_2(epochs int, testAcc float64, h nn.History, Xtr, Ytr, Xtest, Ytest *mat.Dense) Result {
	const ex = "4.2"
	return safely(ex, func() Result {
		if len(h.TestLoss) == 0 {
			return notYet(ex, "the history has no validation losses: pass hFree, trained with the validation set as TestX and TestY.")
		}
		for _, m := range []struct {
			name string
			m    *mat.Dense
			cols int
		}{{"Xtr", Xtr, 2}, {"Ytr", Ytr, 1}, {"Xtest", Xtest, 2}, {"Ytest", Ytest, 1}} {
			if msg := checkMatrix(m.name, m.m, m.cols); msg != "" {
				return notYet(ex, "%s", msg)
			}
		}
		want := argminFrom1(h.TestLoss)
		switch {
		case epochs == 0 && testAcc == 0:
			return notYet(ex, "find the epoch with the lowest validation loss in hFree.TestLoss first.")
		case epochs == want-1:
			return notYet(ex, "off by one: History counts epochs from 0, so the epoch at index %d is epoch %d.", want-1, want)
		case epochs == argminFrom1(h.TrainLoss) || epochs == len(h.TrainLoss):
			return notYet(ex, "that is where the training loss is lowest (the end). Early stopping watches the validation loss, h.TestLoss.")
		case epochs != want:
			return notYet(ex, "the validation loss is not lowest after %d epochs; look for the smallest value of hFree.TestLoss (and count from 1).", epochs)
		}
		if bad := badNumber(testAcc); bad != "" {
			return notYet(ex, "the test accuracy is %s.", bad)
		}
		ref, err := noisyNet(Xtr, Ytr, Xtest, Ytest, want)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		if near(testAcc, ref, 1e-9) {
			return correct(ex, "stopped after %d epochs, the network gets %.1f%% of the test set right: early stopping, chosen on the validation set.", want, 100*ref)
		}
		if want-1 < len(h.TestAccuracy) && near(testAcc, h.TestAccuracy[want-1], 1e-9) {
			return notYet(ex, "that is the validation accuracy at that epoch; measure the retrained network on the test set.")
		}
		if long, err := noisyNet(Xtr, Ytr, Xtest, Ytest, len(h.TrainLoss)); err == nil && near(testAcc, long, 1e-9) {
			return notYet(ex, "that is the test accuracy after all %d epochs; retrain a fresh network for %d.", len(h.TrainLoss), want)
		}
		return notYet(ex, "the epoch is right, but the test accuracy %.3f is not what a fresh network trained as fitNoisy does (seed 7, 7; SGD(10); no penalty) for %d epochs gets on Xtest.", testAcc, want)
	})
}

// wildEdge is exercise 4.3's reference: the smallest learning rate k/10, k = 10…25, at which
// lesson 4's ReLU network (2-50-1, linear output, Xavier weights from rand.NewPCG(7, 7)) fails
// to train for 300 epochs on (X, Y), or 0 if none does.
func wildEdge(X, Y *mat.Dense) (float64, error) {
	for k := 10; k <= 25; k++ {
		net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Hidden: nn.ReLU, Output: nn.Identity, Init: nn.InitXavier},
			rand.New(rand.NewPCG(7, 7)))
		if err != nil {
			return 0, err
		}
		if _, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 300, Optimizer: nn.SGD(float64(k) / 10)}); err != nil {
			return float64(k) / 10, nil
		}
	}
	return 0, nil
}

// Check4_3 checks exercise 4.3: eta must be the smallest learning rate among 1.0, 1.1, …, 2.5 at
// which training lesson 4's ReLU network (trainWild) on (Xc, Yc) fails within 300 epochs.
func Check4_3(eta float64, Xc, Yc *mat.Dense) Result {
	const ex = "4.3"
	return safely(ex, func() Result {
		if msg := checkMatrix("Xc", Xc, 2); msg != "" {
			return notYet(ex, "%s", msg)
		}
		if msg := checkMatrix("Yc", Yc, 1); msg != "" {
			return notYet(ex, "%s", msg)
		}
		if bad := badNumber(eta); bad != "" {
			return notYet(ex, "η is %s.", bad)
		}
		want, err := wildEdge(Xc, Yc)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		switch {
		case near(eta, want, 1e-6):
			return correct(ex, "training first fails at η = %.1f; at %.1f it still completes its 300 epochs.", want, want-0.1)
		case eta == 0:
			return notYet(ex, "try the rates 1.0, 1.1, … in turn and stop at the first one whose nn.Train returns an error.")
		case near(eta, want-0.1, 1e-6):
			return notYet(ex, "at η = %.1f training still completes: that is the largest rate that works. The question asks for the smallest that fails.", eta)
		case eta > want:
			return notYet(ex, "training fails at η = %.1f, but it already fails at a smaller rate.", eta)
		}
		return notYet(ex, "at η = %.1f training completes its 300 epochs; look higher.", eta)
	})
}

// Check4_4 checks exercise 4.4: l1Grad(W, λ, N) must return a new matrix with λ·sign(w)/N for
// every weight w of W (0 for w = 0), and leave W unchanged.
func Check4_4(l1Grad func(W *mat.Dense, lambda float64, N int) *mat.Dense) Result {
	const ex = "4.4"
	return safely(ex, func() Result {
		if l1Grad == nil {
			return notYet(ex, "the function is nil.")
		}
		cases := []struct {
			w      []float64
			r, c   int
			lambda float64
			n      int
		}{
			{[]float64{0.5, -2, 0, 3, -0.01, 1e-3}, 2, 3, 0.3, 4},
			{[]float64{-1, 4, 0.2, -0.7}, 4, 1, 2, 60},
		}
		for _, tc := range cases {
			W := mat.NewDense(tc.r, tc.c, append([]float64(nil), tc.w...))
			got := l1Grad(W, tc.lambda, tc.n)
			if got == nil {
				return notYet(ex, "l1Grad returned nil; return a matrix the shape of W.")
			}
			if r, c := got.Dims(); r != tc.r || c != tc.c {
				return notYet(ex, "for a %d×%d W the gradient is %d×%d; it should have W's shape.", tc.r, tc.c, r, c)
			}
			for i, w := range tc.w {
				if W.RawMatrix().Data[i] != w {
					return notYet(ex, "l1Grad changed W; compute the gradient in a new matrix.")
				}
			}
			k := tc.lambda / float64(tc.n)
			var sign, l2, noN, flipped, zeroIsOne []float64
			for _, w := range tc.w {
				s := 0.0
				if w > 0 {
					s = 1
				} else if w < 0 {
					s = -1
				}
				sign = append(sign, k*s)
				l2 = append(l2, k*w)
				noN = append(noN, tc.lambda*s)
				flipped = append(flipped, -k*s)
				z := s
				if w == 0 {
					z = 1
				}
				zeroIsOne = append(zeroIsOne, k*z)
			}
			g := mat.DenseCopyOf(got).RawMatrix().Data
			switch {
			case allNear(g, sign, 1e-12):
				continue
			case allZero(g):
				return notYet(ex, "the gradient is all zeros; each weight's entry is λ·sign(w)/N.")
			case allNear(g, l2, 1e-12):
				return notYet(ex, "that is the L2 penalty's gradient, λw/N. L1's uses only the sign of w.")
			case allNear(g, noN, 1e-12):
				return notYet(ex, "divide by N, the number of training samples, as the penalty does.")
			case allNear(g, flipped, 1e-12):
				return notYet(ex, "the signs are flipped: the gradient of |w| is +1 for positive w.")
			case allNear(g, zeroIsOne, 1e-12):
				return notYet(ex, "a weight that is exactly 0 has sign 0 (pkg/nn leaves it alone), not 1.")
			}
			return notYet(ex, "for W = %v, λ = %g, N = %d the gradient should be %.4g, got %.4g.", tc.w, tc.lambda, tc.n, sign, g)
		}
		return correct(ex, "each weight is pulled towards 0 by the same λ/N whatever its size, which is why L1 leaves many weights at (nearly) 0.")
	})
}
