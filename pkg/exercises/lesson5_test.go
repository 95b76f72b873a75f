package exercises

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"

	"gonum.org/v1/gonum/mat"
)

func TestCheck5_1(t *testing.T) {
	Xtr, Ytr, Xval, Yval, Xte, Yte := noisyData()
	const epochs = 3000
	_, h, err := noisyNet(Xtr, Ytr, Xval, Yval, epochs, 0)
	if err != nil {
		t.Fatal(err)
	}
	stop := argminFrom1(h.TestLoss)
	if stop < 100 || stop > 2900 {
		t.Fatalf("the validation loss should be lowest well inside the run, got epoch %d", stop)
	}
	netOf := func(epochs int, l2 float64) *nn.Network {
		net, _, err := noisyNet(Xtr, Ytr, nil, nil, epochs, l2)
		if err != nil {
			t.Fatal(err)
		}
		return net
	}
	accOf := func(net *nn.Network, X, Y *mat.Dense) float64 {
		a, err := accuracyOf(net, X, Y)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	Xclean, Yclean := cleanTestData()
	netStop, netLong, netL2, netBest := netOf(stop, 0), netOf(epochs, 0), netOf(stop, 0.01), netOf(epochs, 0.01)
	right := accOf(netStop, Xte, Yte)
	onTrain := accOf(netStop, Xtr, Ytr)
	onVal := accOf(netStop, Xval, Yval)
	if right == onTrain || right == onVal {
		t.Fatalf("the test accuracy %.3f should differ from the training (%.3f) and validation (%.3f) accuracies", right, onTrain, onVal)
	}
	maxAcc := argmaxFrom1(h.TestAccuracy)
	if maxAcc == stop || maxAcc-1 == stop {
		t.Fatalf("the highest validation accuracy (epoch %d) should not be where the loss is lowest (%d)", maxAcc, stop)
	}
	// The last epoch with the highest validation accuracy (a loop with >=) is another answer.
	lastMaxAcc := maxAcc
	for e, a := range h.TestAccuracy {
		if a == h.TestAccuracy[maxAcc-1] {
			lastMaxAcc = e + 1
		}
	}
	if lastMaxAcc == maxAcc || h.TestAccuracy[stop-1] == h.TestAccuracy[maxAcc-1] {
		t.Fatalf("several epochs should share the highest validation accuracy (first %d, last %d), and not the lowest-loss one (%d)", maxAcc, lastMaxAcc, stop)
	}
	// A network from another seed, and one trained 10 epochs longer, both of which may score the
	// same test accuracy as the right one: the check must look at the weights.
	otherSeed, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Init: nn.InitXavier}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nn.Train(otherSeed, Xtr, Ytr, nn.TrainConfig{Epochs: stop, Optimizer: nn.SGD(10)}); err != nil {
		t.Fatal(err)
	}
	netLater := netOf(stop+10, 0)
	rounded := math.Round(100*right) / 100
	if rounded == right {
		rounded = math.Round(10*right) / 10
	}
	_, ht, err := noisyNet(Xtr, Ytr, Xte, Yte, epochs, 0)
	if err != nil {
		t.Fatal(err)
	}
	onTest := argminFrom1(ht.TestLoss)
	if d := onTest - stop; d >= -1 && d <= 1 {
		t.Fatalf("the test loss should be lowest away from the validation loss's epoch %d, got %d", stop, onTest)
	}
	lowTrain := argminFrom1(h.TrainLoss)
	// The lesson's section 2: a patience of 100 epochs stops after epoch 113 and keeps epoch 13.
	patStop, patBest := patience(h.TestLoss, 100)
	if patStop != 113 || patBest != 13 {
		t.Fatalf("a patience of 100 should stop after epoch 113 and keep epoch 13, got %d and %d", patStop, patBest)
	}
	// Section 2 again: a patience of 200 stops after epoch 665 and keeps the lowest, epoch 465.
	pat2Stop, pat2Best := patience(h.TestLoss, 200)
	if pat2Stop != 665 || pat2Best != stop {
		t.Fatalf("a patience of 200 should stop after epoch 665 and keep epoch %d, got %d and %d", stop, pat2Stop, pat2Best)
	}
	t.Logf("lowest validation loss after epoch %d, test loss after %d (test accuracy %.3f, against %.3f), training loss after %d", stop, onTest, accOf(netOf(onTest, 0), Xte, Yte), right, lowTrain)
	tests := []struct {
		name   string
		epochs int
		net    *nn.Network
		acc    float64
		hint   string
	}{
		{"right", stop, netStop, right, ""},
		{"starter", 0, nil, 0, "find the epoch"},
		{"counted from 0", stop - 1, netOf(stop-1, 0), right, "off by one"},
		{"training loss", epochs, netLong, accOf(netLong, Xte, Yte), "training loss"},
		{"lowest training loss, as an index", lowTrain - 1, netOf(lowTrain-1, 0), right, "training loss"},
		{"the L2 run's lowest validation loss, in the last epoch", epochs, netBest, accOf(netBest, Xte, Yte), "the L2 run's validation loss"},
		{"chosen on the test loss", onTest, netOf(onTest, 0), accOf(netOf(onTest, 0), Xte, Yte), "test loss is lowest"},
		{"chosen on the test loss, as an index", onTest - 1, netOf(onTest-1, 0), right, "test loss is lowest"},
		{"highest validation accuracy", maxAcc, netOf(maxAcc, 0), right, "validation accuracy is highest"},
		{"last highest validation accuracy", lastMaxAcc, netOf(lastMaxAcc, 0), right, "validation accuracy is highest"},
		{"last highest validation accuracy, as an index", lastMaxAcc - 1, netOf(lastMaxAcc-1, 0), right, "validation accuracy is highest"},
		{"3000-epoch accuracy", stop, netStop, accOf(netLong, Xte, Yte), "trained for all 3000 epochs (testFree)"},
		{"other epoch", stop + 7, netStop, right, "not lowest after"},
		{"where a patience of 100 stops", patStop, netOf(patStop, 0), accOf(netOf(patStop, 0), Xte, Yte), "patience of 100"},
		{"the epoch a patience of 100 keeps", patBest, netOf(patBest, 0), accOf(netOf(patBest, 0), Xte, Yte), "patience of 100"},
		{"where a patience of 200 stops", pat2Stop, netOf(pat2Stop, 0), accOf(netOf(pat2Stop, 0), Xte, Yte), "patience of 200"},
		{"counted one epoch too many", stop + 1, netOf(stop+1, 0), right, "stopAt is one epoch too many"},
		{"no network", stop, nil, right, "netStop is nil"},
		{"training set as the test set", stop, netStop, onTrain, "60 training points"},
		{"validation set", stop, netStop, onVal, "validation set"},
		{"validation accuracy from the history", stop, netStop, h.TestAccuracy[stop-1], "validation set"},
		{"lesson 4's clean test set", stop, netStop, accOf(netStop, Xclean, Yclean), "lesson 4's clean test set"},
		{"not retrained", stop, netLong, accOf(netLong, Xte, Yte), "all 3000 epochs"},
		{"with L2", stop, netL2, accOf(netL2, Xte, Yte), "L2 penalty"},
		{"netBest passed as netStop", stop, netBest, accOf(netBest, Xte, Yte), "section 4's netBest"},
		{"trained one epoch too few (the index)", stop, netOf(stop-1, 0), right, "one epoch too few"},
		{"trained one epoch too many", stop, netOf(stop+1, 0), right, "one epoch too many"},
		{"another seed", stop, otherSeed, accOf(otherSeed, Xte, Yte), "rand.NewPCG(7, 7)"},
		{"10 epochs more, reported right", stop, netLater, right, "weights are not those"},
		{"copied the printed accuracy", stop, netLater, right, "for " + fmt.Sprint(stop) + " epochs"},
		{"rounded", stop, netStop, rounded, "rounded"},
		{"percentage", stop, netStop, 100 * right, "percentage"},
		{"the error rate", stop, netStop, 1 - right, "error rate, 1 − accuracy"},
		{"other accuracy", stop, netStop, right + 0.123, "not its accuracy on the test set"},
		{"NaN accuracy", stop, netStop, math.NaN(), "NaN"},
	}
	lossOf := func(net *nn.Network, X, Y *mat.Dense) float64 {
		l, err := net.Loss(X, Y, nn.MSE)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	rightLoss := lossOf(netStop, Xte, Yte)
	for _, tt := range tests {
		r := Check5_1(tt.epochs, tt.net, tt.acc, rightLoss)
		expectResult(t, tt.name, r, "5.1", tt.hint)
		// While stopAt is wrong, a hint never hands over the epoch: it names the mistake and the rule.
		if !r.Correct && tt.epochs != stop && strings.Contains(r.Message, fmt.Sprint(stop)) {
			t.Errorf("%s: the hint gives away the epoch %d: %q", tt.name, stop, r.Message)
		}
	}
	// On this draw the L2 network of section 4 scores what netStop scores on the test set, so the
	// accuracy alone would let testBest through: the test loss tells the two networks apart.
	if accOf(netBest, Xte, Yte) != right {
		t.Logf("netBest's test accuracy %.3f differs from netStop's %.3f on this draw", accOf(netBest, Xte, Yte), right)
	}
	lossTests := []struct {
		name string
		acc  float64
		loss float64
		hint string
	}{
		{"right", right, rightLoss, ""},
		{"testBest's accuracy, netStop's loss", accOf(netBest, Xte, Yte), rightLoss, ""},
		{"loss not yet set", right, 0, "now set stopTestLoss"},
		{"netBest's test loss", right, lossOf(netBest, Xte, Yte), "section 4's L2 network (netBest)"},
		{"netFree's test loss", right, lossOf(netLong, Xte, Yte), "all 3000 epochs (netFree)"},
		{"validation loss", right, lossOf(netStop, Xval, Yval), "validation set"},
		{"validation loss from the history", right, h.TestLoss[stop-1], "validation set"},
		{"training loss", right, lossOf(netStop, Xtr, Ytr), "60 training points"},
		{"loss on lesson 4's clean test set", right, lossOf(netStop, Xclean, Yclean), "lesson 4's clean test set"},
		{"twice the loss", right, 2 * rightLoss, "twice the test loss"},
		{"the printed loss, rounded to 4 digits", right, math.Round(1e4*rightLoss) / 1e4, "test loss rounded"},
		{"rounded to 3 digits", right, math.Round(1e3*rightLoss) / 1e3, "test loss rounded"},
		{"other loss", right, rightLoss + 0.01, "not netStop's loss on the test set"},
		{"NaN loss", right, math.NaN(), "NaN"},
	}
	for _, tt := range lossTests {
		if tt.acc != right {
			continue // the accuracies differ on this draw, so the case says nothing about the loss
		}
		expectResult(t, tt.name, Check5_1(stop, netStop, tt.acc, tt.loss), "5.1", tt.hint)
	}
}

func TestCheck5_2(t *testing.T) {
	Xc, Yc := cloudData()
	edge, err := wildEdge(Xc, Yc)
	if err != nil {
		t.Fatal(err)
	}
	if edge <= 1 || edge > 2.5 {
		t.Fatalf("the edge should lie above 1 (where lesson 4 trains) and at most 2.5 (where it explodes), got %g", edge)
	}
	// The edge a search with runs of 8 epochs finds, as a student's Epochs: 8 would.
	shortEdge := 0.0
	for k := 10; k <= 25 && shortEdge == 0; k++ {
		net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Hidden: nn.ReLU, Output: nn.Identity, Init: nn.InitXavier},
			rand.New(rand.NewPCG(7, 7)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := nn.Train(net, Xc, Yc, nn.TrainConfig{Epochs: 8, Optimizer: nn.SGD(float64(k) / 10)}); err != nil {
			shortEdge = float64(k) / 10
		}
	}
	if shortEdge <= edge {
		t.Fatalf("runs of 8 epochs should first fail above the edge %g, got %g", edge, shortEdge)
	}
	tests := []struct {
		name string
		eta  float64
		hint string
	}{
		{"right", edge, ""},
		{"float loop", edge + 1e-15, ""},
		{"starter", 0, "try the rates"},
		{"no rate found to fail (edge left at 0)", 0, "ends without a failure"},
		{"section 1's sigmoid network, which never fails (edge left at 0)", 0, "sigmoid network does not fail"},
		{"ClipNorm: 1 inside the search loop, which never fails (edge left at 0)", 0, "no ClipNorm"},
		{"runs of 8 epochs", shortEdge, "within 8 epochs: if your runs were that short"},
		{"largest that completes", edge - 0.1, "largest rate whose training completes"},
		{"largest that completes, read as failing to learn", edge - 0.1, "fails means nn.Train returns an error"},
		{"the lesson's", 2.5, "already fails at a smaller rate"},
		{"one too far", edge + 0.1, "already fails at a smaller rate"},
		{"one network reused across the rates, which first fails at 2.5", 2.5, "a fresh network"},
		{"rates from integer division k/10", 2, "float64(k)/10"},
		{"too small", 1.0, "look higher"},
		{"an inverted test (err == nil) that stops at the first rate that completes", 1.0, "testing err == nil"},
		{"a network made without Init: nn.InitXavier, which fails already at 1.0", 1.0, "Init: nn.InitXavier"},
		{"two steps below the edge", edge - 0.2, "look higher"},
		{"a rate that completes but does not learn (1.2)", 1.2, "fails means nn.Train returns an error"},
		{"a rate that completes but does not learn (1.5)", 1.5, "fails means nn.Train returns an error"},
		{"a rate that completes but does not learn (1.7)", 1.7, "fails means nn.Train returns an error"},
		{"between two rates", edge - 0.05, "choose from 1.0"},
		{"below the grid", 0.5, "choose from 1.0"},
		{"above the grid", 3.5, "choose from 1.0"},
		{"loop counter k, not k/10", 10 * edge, "the rate is k/10"},
		{"the failing epoch at the edge", 10, "epoch named in nn.Train's error"},
		{"the failing epoch at 2.5", 8, "epoch named in nn.Train's error"},
		{"NaN", math.NaN(), "NaN"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check5_2(tt.eta), "5.2", tt.hint)
	}
}

func TestCheck5_3(t *testing.T) {
	apply := func(f func(w, k float64) float64) func(*mat.Dense, float64, int) *mat.Dense {
		return func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			g := mat.DenseCopyOf(W)
			g.Apply(func(_, _ int, w float64) float64 { return f(w, lambda/float64(n)) }, W)
			return g
		}
	}
	sign := func(w float64) float64 {
		switch {
		case w > 0:
			return 1
		case w < 0:
			return -1
		}
		return 0
	}
	tests := []struct {
		name string
		f    func(*mat.Dense, float64, int) *mat.Dense
		hint string
	}{
		{"right", apply(func(w, k float64) float64 { return k * sign(w) }), ""},
		{"starter", func(W *mat.Dense, _ float64, _ int) *mat.Dense { r, c := W.Dims(); return mat.NewDense(r, c, nil) }, "all zeros"},
		{"1/N in integer division", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, _ float64) float64 { return lambda * sign(w) * float64(1/n) })(W, lambda, n)
		}, "integer division"},
		{"Apply reading the new zero matrix", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			r, c := W.Dims()
			g := mat.NewDense(r, c, nil)
			g.Apply(func(_, _ int, w float64) float64 { return lambda * sign(w) / float64(n) }, g)
			return g
		}, "g.Apply(f, W)"},
		{"L2", apply(func(w, k float64) float64 { return k * w }), "L2 penalty"},
		{"no N", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * float64(n) * sign(w) })(W, lambda, n)
		}, "divide by N"},
		{"flipped", apply(func(w, k float64) float64 { return -k * sign(w) }), "flipped"},
		{"times N", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, k float64) float64 { return lambda * float64(n) * sign(w) })(W, lambda, n)
		}, "does not multiply"},
		{"sign forgotten", apply(func(w, k float64) float64 { return k }), "every entry is +λ/N"},
		{"the penalty itself", apply(func(w, k float64) float64 { return k * math.Abs(w) }), "not its slope"},
		{"math.Copysign", apply(func(w, k float64) float64 { return math.Copysign(k, w) }), "sign 0"},
		{"sign(0) = −1", apply(func(w, k float64) float64 {
			if w > 0 {
				return k
			}
			return -k
		}), "not −1"},
		{"in place", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			W.Apply(func(_, _ int, w float64) float64 { return lambda * sign(w) / float64(n) }, W)
			return W
		}, "changed W"},
		{"nil result", func(*mat.Dense, float64, int) *mat.Dense { return nil }, "returned nil"},
		{"wrong shape", func(*mat.Dense, float64, int) *mat.Dense { return mat.NewDense(1, 1, nil) }, "W's shape"},
		{"panics", func(W *mat.Dense, _ float64, _ int) *mat.Dense { return mat.NewDense(0, 0, nil) }, "panicked"},
		{"w/|w|", apply(func(w, k float64) float64 { return k * w / math.Abs(w) }), "divides by zero"},
		{"over 2N", apply(func(w, k float64) float64 { return k * sign(w) / 2 }), "half the gradient"},
		{"w/(|w|+ε)", apply(func(w, k float64) float64 { return k * w / (math.Abs(w) + 1e-12) }), "w/(|w|+ε)"},
		{"float32 arithmetic", apply(func(w, k float64) float64 { return float64(float32(k) * float32(sign(w))) }), "float32 arithmetic"},
		{"η = 5 of the XOR cell folded in", apply(func(w, k float64) float64 { return 5 * k * sign(w) }), "includes the step size η = 5"},
		{"η = 10 of the noisy cloud folded in", apply(func(w, k float64) float64 { return 10 * k * sign(w) }), "includes the step size η = 10"},
		{"small weights zeroed", apply(func(w, k float64) float64 {
			if math.Abs(w) < 0.05 {
				return 0
			}
			return k * sign(w)
		}), "small nonzero weights"},
		{"tanh(1e6·w)", apply(func(w, k float64) float64 { return k * math.Tanh(1e6*w) }), "tanh(cw)"},
		{"tanh(1000·w), saturated at w = −0.01", apply(func(w, k float64) float64 { return k * math.Tanh(1000*w) }), "tanh(cw)"},
		{"w/√(w²+ε)", apply(func(w, k float64) float64 { return k * w / math.Sqrt(w*w+1e-8) }), "w/√(w²+ε)"},
		{"sign(w) alone", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, _ float64) float64 { return sign(w) })(W, lambda, n)
		}, "sign(w) alone"},
		{"other", apply(func(w, k float64) float64 { return k * sign(w) * 3 }), "compare each entry"},
		{"twice the gradient, as if |w| were w²", apply(func(w, k float64) float64 { return 2 * k * sign(w) }), "twice the gradient"},
		{"λ forgotten", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, _ float64) float64 { return sign(w) / float64(n) })(W, lambda, n)
		}, "λ is missing"},
		{"the weight after a step", apply(func(w, k float64) float64 { return w - k*sign(w) }), "weight after a step"},
		{"the weight plus the gradient", apply(func(w, k float64) float64 { return w + k*sign(w) }), "weight after a step"},
		{"N as the number of weights", func(W *mat.Dense, lambda float64, _ int) *mat.Dense {
			r, c := W.Dims()
			return apply(func(w, _ float64) float64 { return lambda * sign(w) / float64(r*c) })(W, lambda, 1)
		}, "the number of weights in W"},
		{"N as the rows of W", func(W *mat.Dense, lambda float64, _ int) *mat.Dense {
			r, _ := W.Dims()
			return apply(func(w, _ float64) float64 { return lambda * sign(w) / float64(r) })(W, lambda, 1)
		}, "the number of rows of W"},
		{"N as the columns of W", func(W *mat.Dense, lambda float64, _ int) *mat.Dense {
			_, c := W.Dims()
			return apply(func(w, _ float64) float64 { return lambda * sign(w) / float64(c) })(W, lambda, 1)
		}, "the number of columns of W"},
		{"N − 1, the sample-variance divisor", func(W *mat.Dense, lambda float64, n int) *mat.Dense {
			return apply(func(w, _ float64) float64 { return lambda * sign(w) / float64(n-1) })(W, lambda, n)
		}, "by N − 1"},
		{"N hard-coded to 4, the N of the lesson's XOR cell", func(W *mat.Dense, lambda float64, _ int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * sign(w) })(W, lambda, 4)
		}, "λ·sign(w)/4: you divide by a fixed number whatever N is"},
		{"N hard-coded to 60, the size of the noisy training set", func(W *mat.Dense, lambda float64, _ int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * sign(w) })(W, lambda, 60)
		}, "λ·sign(w)/60: you divide by a fixed number whatever N is"},
		{"λ hard-coded to lambdaXOR = 0.001", func(W *mat.Dense, _ float64, n int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * sign(w) })(W, 0.001, n)
		}, "0.001·sign(w)/N: your entries do not change with λ"},
		{"λ and N hard-coded", func(W *mat.Dense, _ float64, _ int) *mat.Dense {
			return apply(func(w, k float64) float64 { return k * sign(w) })(W, 0.001, 4)
		}, "whatever λ and N are"},
		{"nil", nil, "nil"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check5_3(tt.f), "5.3", tt.hint)
	}
}
