package exercises

import (
	"math"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// xorCloud draws n points as lessons 4 and 5 do: a 2-D standard normal, labelled by XOR of the signs,
// then each label flipped with probability flip (lesson 5's noisyCloud; flip 0 is its xorCloud).
func xorCloud(rng *rand.Rand, n int, flip float64) (X, Y *mat.Dense) {
	X, Y = mat.NewDense(n, 2, nil), mat.NewDense(n, 1, nil)
	for i := 0; i < n; i++ {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		X.Set(i, 0, a)
		X.Set(i, 1, b)
		if (a > 0) != (b > 0) {
			Y.Set(i, 0, 1)
		}
	}
	if flip > 0 {
		for i := 0; i < n; i++ {
			if rng.Float64() < flip {
				Y.Set(i, 0, 1-Y.At(i, 0))
			}
		}
	}
	return X, Y
}

// noisyData returns the lesson's small noisy data: 60 training, 200 validation and 200 test
// points, drawn in that order from rand.NewPCG(5, 1).
func noisyData() (Xtr, Ytr, Xval, Yval, Xte, Yte *mat.Dense) {
	rng := rand.New(rand.NewPCG(5, 1))
	Xtr, Ytr = xorCloud(rng, 60, 0.1)
	Xval, Yval = xorCloud(rng, 200, 0.1)
	Xte, Yte = xorCloud(rng, 200, 0.1)
	return
}

// cloudData returns the lesson's clean cloud of 300 training points, drawn from
// rand.NewPCG(2017, 1).
func cloudData() (Xc, Yc *mat.Dense) {
	return xorCloud(rand.New(rand.NewPCG(2017, 1)), 300, 0)
}

// cleanTestData returns lesson 4's clean test set, Xclean and Yclean: the 300 points drawn
// after cloudData's from the same generator.
func cleanTestData() (X, Y *mat.Dense) {
	rng := rand.New(rand.NewPCG(2017, 1))
	xorCloud(rng, 300, 0)
	return xorCloud(rng, 300, 0)
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

// argmaxFrom1 returns the epoch, counted from 1, with the largest value of v, or 0 if v is empty.
func argmaxFrom1(v []float64) int {
	if len(v) == 0 {
		return 0
	}
	best := 0
	for e, x := range v {
		if x > v[best] {
			best = e
		}
	}
	return best + 1
}

// patience returns where early stopping with the given patience stops on the validation losses
// v (v[i] after epoch i+1): the epoch stop after which the lowest value so far, at epoch best, has
// not improved for patience epochs; stop is 0 (and best the lowest epoch) if that never happens.
func patience(v []float64, patience int) (stop, best int) {
	for i, l := range v {
		if best == 0 || l < v[best-1] {
			best = i + 1
		}
		if i+1-best >= patience {
			return i + 1, best
		}
	}
	return 0, best
}

// noisyNet trains the lesson's 2-50-1 network (Xavier weights from rand.NewPCG(7, 7), SGD(10),
// the given L2 penalty) on (X, Y) for epochs epochs, with (Xv, Yv) as its held-out set when
// they are not nil, and returns the network and its history.
func noisyNet(X, Y, Xv, Yv *mat.Dense, epochs int, l2 float64) (*nn.Network, nn.History, error) {
	net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Init: nn.InitXavier}, rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		return nil, nn.History{}, err
	}
	h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: epochs, Optimizer: nn.SGD(10), L2: l2, TestX: Xv, TestY: Yv})
	return net, h, err
}

// accuracyOf is the share of the rows of X that net classifies as the 0/1 column Y says.
func accuracyOf(net *nn.Network, X, Y *mat.Dense) (float64, error) {
	pred, err := net.Predict(X)
	if err != nil {
		return 0, err
	}
	labels := make([]int, len(pred))
	for i := range labels {
		labels[i] = int(math.Round(Y.At(i, 0)))
	}
	return nn.Accuracy(pred, labels)
}

// sameWeights reports whether a and b have layers of the same shapes with weights and biases
// equal to within 1e-9.
func sameWeights(a, b *nn.Network) bool {
	if a == nil || b == nil || len(a.Layers) != len(b.Layers) {
		return false
	}
	for i, la := range a.Layers {
		lb := b.Layers[i]
		if la == nil || lb == nil || la.W == nil || lb.W == nil || la.B == nil || lb.B == nil {
			return false
		}
		if !mat.EqualApprox(la.W, lb.W, 1e-9) || !mat.EqualApprox(la.B, lb.B, 1e-9) {
			return false
		}
	}
	return true
}

// Check5_1 checks exercise 5.1: stopAt must be the number of epochs after which the unpenalised
// network's validation loss is lowest, netStop a fresh network trained as fitNoisy does for that
// many epochs, and testAcc and testLoss netStop's accuracy and MSE loss on the test set. The check
// draws the lesson's data and trains the networks itself, and names the likely mistake: an epoch
// counted from 0, the training loss or the validation accuracy watched, the epoch where a patience
// stops, a network trained differently or not retrained, the wrong data set or the wrong network
// measured.
func Check5_1(stopAt int, netStop *nn.Network, testAcc, testLoss float64) Result {
	const ex = "5.1"
	return safely(ex, func() Result {
		Xtr, Ytr, Xval, Yval, Xte, Yte := noisyData()
		_, h, err := noisyNet(Xtr, Ytr, Xval, Yval, 3000, 0)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		want := argminFrom1(h.TestLoss)
		// onTest is the epoch a student who chose on the test set would find.
		_, ht, err := noisyNet(Xtr, Ytr, Xte, Yte, 3000, 0)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		onTest := argminFrom1(ht.TestLoss)
		// atMaxAcc reports whether epoch e (from 1) has the highest validation accuracy: the
		// accuracy moves in steps of 1/200, so several epochs may share the maximum.
		maxAcc := h.TestAccuracy[argmaxFrom1(h.TestAccuracy)-1]
		atMaxAcc := func(e int) bool { return e >= 1 && e <= len(h.TestAccuracy) && h.TestAccuracy[e-1] == maxAcc }
		patStop, patBest := patience(h.TestLoss, 100)
		pat2Stop, _ := patience(h.TestLoss, 200)
		switch {
		case stopAt == 0 && netStop == nil && testAcc == 0:
			return notYet(ex, "find the epoch with the lowest validation loss in valLoss first.")
		case stopAt == want-1:
			return notYet(ex, "off by one: index i of valLoss holds the loss after epoch i+1, and stopAt counts epochs.")
		case stopAt == want+1:
			return notYet(ex, "stopAt is one epoch too many: index i of valLoss holds epoch i+1, so add 1 to the index of the lowest value once.")
		case stopAt == argminFrom1(h.TrainLoss) || stopAt == argminFrom1(h.TrainLoss)-1 || stopAt == len(h.TrainLoss):
			return notYet(ex, "that is the last epoch, where the training loss is lowest, and so is the L2 run's validation loss. Early stopping watches the validation loss of the network without a penalty, valLoss.")
		case stopAt != want && (stopAt == onTest || stopAt == onTest-1):
			return notYet(ex, "that is where the test loss is lowest. Choosing the epoch on the test set makes its score no longer an honest estimate: choose on the validation loss, valLoss.")
		case stopAt != want && (atMaxAcc(stopAt) || atMaxAcc(stopAt+1)):
			return notYet(ex, "that is where the validation accuracy is highest. The exercise stops where the validation loss, valLoss, is lowest: the loss changes smoothly, while 200 points give the accuracy in steps of half a point.")
		case stopAt != want && patStop > 0 && (stopAt == patStop || stopAt == patBest):
			return notYet(ex, "%d is where a patience of 100 epochs stops (after epoch %d, keeping epoch %d), as section 2 describes; this exercise looks at the whole history and wants the lowest validation loss over all %d epochs.", stopAt, patStop, patBest, len(h.TestLoss))
		case stopAt != want && pat2Stop > 0 && stopAt == pat2Stop:
			return notYet(ex, "%d is where a patience of 200 epochs stops, not the epoch it keeps: pass the epoch whose validation loss is lowest.", stopAt)
		case stopAt != want:
			return notYet(ex, "the validation loss is not lowest after %d epochs; look for the smallest value of valLoss (index i holds epoch i+1).", stopAt)
		case netStop == nil:
			return notYet(ex, "netStop is nil: train a fresh network for %d epochs and pass it.", want)
		}
		net, _, err := noisyNet(Xtr, Ytr, nil, nil, want, 0)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		if !sameWeights(netStop, net) {
			if long, _, err := noisyNet(Xtr, Ytr, nil, nil, len(h.TrainLoss), 0); err == nil && sameWeights(netStop, long) {
				return notYet(ex, "netStop has trained for all %d epochs; train a fresh network for %d.", len(h.TrainLoss), want)
			}
			if pen, _, err := noisyNet(Xtr, Ytr, nil, nil, want, 0.01); err == nil && sameWeights(netStop, pen) {
				return notYet(ex, "netStop was trained with the L2 penalty; early stopping is the other cure: train without one (fitNoisy(0, 0, stopAt)).")
			}
			if best, _, err := noisyNet(Xtr, Ytr, nil, nil, len(h.TrainLoss), 0.01); err == nil && sameWeights(netStop, best) {
				return notYet(ex, "netStop is section 4's netBest, trained for all %d epochs with the L2 penalty; early stopping trains a fresh network without a penalty for stopAt epochs.", len(h.TrainLoss))
			}
			for _, off := range []int{-1, 1} {
				if near1, _, err := noisyNet(Xtr, Ytr, nil, nil, want+off, 0); err == nil && sameWeights(netStop, near1) {
					word := "too few"
					if off > 0 {
						word = "too many"
					}
					return notYet(ex, "netStop has trained for %d epochs, one epoch %s: stopAt is right, so train for stopAt epochs (the index of the lowest loss is stopAt-1, one less).", want+off, word)
				}
			}
			return notYet(ex, "netStop's weights are not those of a fresh network trained as fitNoisy does for %d epochs: 2-50-1 with Xavier weights from rand.NewPCG(7, 7), SGD(10), no penalty, on Xtr and Ytr.", want)
		}
		if bad := badNumber(testAcc); bad != "" {
			return notYet(ex, "the test accuracy is %s.", bad)
		}
		ref, err := accuracyOf(net, Xte, Yte)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		if near(testAcc, ref, 1e-9) {
			return checkStopLoss(ex, want, ref, net, testLoss, Xtr, Ytr, Xval, Yval, Xte, Yte, len(h.TrainLoss))
		}
		if near(testAcc, 100*ref, 1e-9) {
			return notYet(ex, "that is a percentage; give the accuracy as a fraction between 0 and 1, as accuracyOn returns it.")
		}
		onTrain, err1 := accuracyOf(net, Xtr, Ytr)
		onVal, err2 := accuracyOf(net, Xval, Yval)
		if err1 != nil || err2 != nil {
			return notYet(ex, "the reference could not be computed: %v %v", err1, err2)
		}
		switch {
		case near(testAcc, onTrain, 1e-9):
			return notYet(ex, "that is netStop's accuracy on the 60 training points; measure it on the test set, Xtest and Ytest.")
		case near(testAcc, onVal, 1e-9):
			return notYet(ex, "that is netStop's accuracy on the validation set, which chose the epoch; measure it on the test set, Xtest and Ytest.")
		case onClean(func(X, Y *mat.Dense) (float64, error) { return accuracyOf(net, X, Y) }, testAcc):
			return notYet(ex, "that is netStop's accuracy on Xclean and Yclean, lesson 4's clean test set (section 6 uses it); this exercise's test set is Xtest and Ytest, drawn noisy with the 60 training points.")
		case near(testAcc, 1-ref, 1e-9):
			return notYet(ex, "that is the error rate, 1 − accuracy; pass netStop's accuracy on the test set, accuracyOn(netStop, Xtest, Ytest).")
		case near(testAcc, math.Round(100*ref)/100, 1e-9) || near(testAcc, math.Round(10*ref)/10, 1e-9):
			return notYet(ex, "that is the test accuracy rounded; pass accuracyOn's value as it is.")
		}
		if long, _, err := noisyNet(Xtr, Ytr, nil, nil, len(h.TrainLoss), 0); err == nil {
			if onLong, err := accuracyOf(long, Xte, Yte); err == nil && near(testAcc, onLong, 1e-9) {
				return notYet(ex, "that is the test accuracy of the network trained for all %d epochs (testFree); measure netStop: accuracyOn(netStop, Xtest, Ytest).", len(h.TrainLoss))
			}
		}
		return notYet(ex, "netStop is right, but %g is not its accuracy on the test set: pass accuracyOn(netStop, Xtest, Ytest).", testAcc)
	})
}

// checkStopLoss is the last part of Check5_1, once stopAt, netStop and the test accuracy are right:
// testLoss must be net's MSE loss on the test set (Xte, Yte). It names the networks and sets whose
// loss a student may pass instead: section 4's L2 network (whose test accuracy may equal netStop's
// by chance, so the loss is what tells them apart), the 3000-epoch network, the training and
// validation sets.
func checkStopLoss(ex string, want int, acc float64, net *nn.Network, testLoss float64, Xtr, Ytr, Xval, Yval, Xte, Yte *mat.Dense, epochs int) Result {
	if bad := badNumber(testLoss); bad != "" {
		return notYet(ex, "the test loss is %s.", bad)
	}
	ref, err := net.Loss(Xte, Yte, nn.MSE)
	if err != nil {
		return notYet(ex, "the reference could not be computed: %v", err)
	}
	if near(testLoss, ref, 1e-9) {
		return correct(ex, "stopped after %d epochs, the network gets %.1f%% of the test set right, with a test loss of %.4f: early stopping, with the epoch chosen on the validation set.", want, 100*acc, ref)
	}
	if testLoss == 0 {
		return notYet(ex, "the accuracy is right; now set stopTestLoss to netStop's loss on the test set, netStop.Loss(Xtest, Ytest, nn.MSE).")
	}
	others := []struct {
		X, Y    *mat.Dense
		epochs  int
		l2      float64
		mistake string
	}{
		{Xte, Yte, epochs, 0.01, "that is the test loss of section 4's L2 network (netBest), not netStop's; its test accuracy may be the same by chance, but the two networks differ."},
		{Xte, Yte, epochs, 0, "that is the test loss of the network trained for all 3000 epochs (netFree); measure netStop."},
		{Xval, Yval, want, 0, "that is netStop's loss on the validation set, which chose the epoch; measure it on the test set, Xtest and Ytest."},
		{Xtr, Ytr, want, 0, "that is netStop's loss on the 60 training points; measure it on the test set, Xtest and Ytest."},
	}
	for _, o := range others {
		other, _, err := noisyNet(Xtr, Ytr, nil, nil, o.epochs, o.l2)
		if err != nil {
			continue
		}
		if l, err := other.Loss(o.X, o.Y, nn.MSE); err == nil && near(testLoss, l, 1e-9) {
			return notYet(ex, "%s", o.mistake)
		}
	}
	if onClean(func(X, Y *mat.Dense) (float64, error) { return net.Loss(X, Y, nn.MSE) }, testLoss) {
		return notYet(ex, "that is netStop's loss on Xclean and Yclean, lesson 4's clean test set (section 6 uses it); this exercise's test set is Xtest and Ytest, drawn noisy with the 60 training points.")
	}
	if near(testLoss, math.Round(1e4*ref)/1e4, 1e-12) || near(testLoss, math.Round(1e3*ref)/1e3, 1e-12) {
		return notYet(ex, "that is the test loss rounded; pass netStop.Loss(Xtest, Ytest, nn.MSE) as it is.")
	}
	if near(testLoss, 2*ref, 1e-9) {
		return notYet(ex, "that is twice the test loss: nn.MSE is the mean of the squared errors halved, ½·mean((a − y)²); pass netStop.Loss(Xtest, Ytest, nn.MSE) as it is.")
	}
	return notYet(ex, "the accuracy is right, but %g is not netStop's loss on the test set: pass netStop.Loss(Xtest, Ytest, nn.MSE).", testLoss)
}

// onClean reports whether got is what measure gives on lesson 4's clean test set.
func onClean(measure func(X, Y *mat.Dense) (float64, error), got float64) bool {
	v, err := measure(cleanTestData())
	return err == nil && near(got, v, 1e-9)
}

// wildEdge is exercise 5.2's reference: the smallest learning rate k/10, k = 10…25, at which
// lesson 5's ReLU network (2-50-1, linear output, Xavier weights from rand.NewPCG(7, 7)) fails
// to train for 300 epochs on (X, Y), or 0 if none does.
func wildEdge(X, Y *mat.Dense) (float64, error) {
	for k := 10; k <= 25; k++ {
		failsIn, err := wildFailEpoch(X, Y, float64(k)/10, nn.InitXavier)
		if err != nil {
			return 0, err
		}
		if failsIn > 0 {
			return float64(k) / 10, nil
		}
	}
	return 0, nil
}

// wildFailEpoch returns the epoch in which nn.Train stops with an error when it trains the
// lesson's ReLU network (2-50-1, linear output, seeded rand.NewPCG(7, 7)) made with init at the
// rate eta for 300 epochs, or 0 if training completes.
func wildFailEpoch(X, Y *mat.Dense, eta float64, init nn.Init) (int, error) {
	net, err := nn.New(nn.Config{Sizes: []int{2, 50, 1}, Hidden: nn.ReLU, Output: nn.Identity, Init: init},
		rand.New(rand.NewPCG(7, 7)))
	if err != nil {
		return 0, err
	}
	h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 300, Optimizer: nn.SGD(eta)})
	if err == nil {
		return 0, nil
	}
	return h.Epochs(), nil
}

// firstToFailWithin reports whether the rate eta, which fails in some epoch e, is the smallest
// rate of the grid to fail within e epochs although the smaller rate want fails within 300: the
// edge that runs of e epochs find. It returns e.
func firstToFailWithin(X, Y *mat.Dense, eta, want float64) (int, bool) {
	e, err := wildFailEpoch(X, Y, eta, nn.InitXavier)
	if err != nil || e == 0 {
		return 0, false
	}
	for k := math.Round(10 * want); k < math.Round(10*eta); k++ {
		// A smaller rate that fails by epoch e would be the edge of e-epoch runs too.
		if ek, err := wildFailEpoch(X, Y, k/10, nn.InitXavier); err != nil || (ek > 0 && ek <= e) {
			return e, false
		}
	}
	return e, true
}

// Check5_2 checks exercise 5.2: eta must be the smallest learning rate among 1.0, 1.1, …, 2.5 at
// which training the lesson's ReLU network (trainWild) fails within 300 epochs. The check draws
// the lesson's cloud and trains the networks itself.
func Check5_2(eta float64) Result {
	const ex = "5.2"
	return safely(ex, func() Result {
		if bad := badNumber(eta); bad != "" {
			return notYet(ex, "η is %s.", bad)
		}
		Xc, Yc := cloudData()
		want, err := wildEdge(Xc, Yc)
		if err != nil {
			return notYet(ex, "the reference could not be computed: %v", err)
		}
		k := math.Round(10 * eta)
		// A rate below the edge may be a student's "does not learn": the rates from 1.2 up complete
		// their 300 epochs near a coin toss, so say first what failing means.
		const failsMeans = "fails means nn.Train returns an error (the loss or a weight became infinite or NaN), not a low accuracy: "
		switch {
		case near(eta, want, 1e-6):
			return correct(ex, "training first fails at η = %.1f; at %.1f it still completes its 300 epochs.", want, want-0.1)
		case eta == 0:
			return notYet(ex, "edge is still 0: try the rates 1.0, 1.1, … in turn with trainWild(η, nn.Schedule{}, 0, 300) and stop at the first whose error is not nil. If your loop ends without a failure, check that each run gets its own rate, all 300 epochs and no ClipNorm (the clip stops the overflow; it is for the run after the search), on trainWild's ReLU network: section 1's sigmoid network does not fail at these rates, as its output cannot leave (0, 1).")
		case near(eta, 10*want, 1e-6):
			return notYet(ex, "η = %g is ten times a rate to try: if you loop over k = 10, 11, …, 25, the rate is k/10.", eta)
		case eta == math.Trunc(eta) && eta > 2.5 && eta <= 300:
			return notYet(ex, "η = %g is not one of the rates to try (1.0, 1.1, …, 2.5): if it is the epoch named in nn.Train's error, the question asks for the learning rate instead.", eta)
		case k < 10 || k > 25 || !near(eta, k/10, 1e-6):
			return notYet(ex, "η = %g is not one of the rates to try: choose from 1.0, 1.1, 1.2, …, 2.5.", eta)
		case near(eta, want-0.1, 1e-6):
			return notYet(ex, "%sat η = %g training still completes its 300 epochs: that is the largest rate whose training completes. The question asks for the smallest that fails.", failsMeans, eta)
		case eta == 2 && want < 2:
			return notYet(ex, "training fails at η = 2, but it already fails at a smaller rate. If you stopped at the first failure, look at how you make the rates: with an int k, Go's k/10 divides integers and gives only 1 and 2; write float64(k)/10.")
		case eta > want:
			if e, short := firstToFailWithin(Xc, Yc, eta, want); short {
				return notYet(ex, "training fails at η = %g, but it already fails at a smaller rate. %.1f is the first rate to fail within %d epochs: if your runs were that short, give each all 300 epochs; if not, stop at the first failure, with a fresh network for each rate.", eta, eta, e)
			}
			return notYet(ex, "training fails at η = %g, but it already fails at a smaller rate: stop at the first failure, and give each rate a fresh network (trainWild makes one per call).", eta)
		case near(eta, 1, 1e-6):
			// The first rate to try: an inverted test stops at the first run that completes.
			return notYet(ex, "at η = 1.0, the first rate to try, training completes its 300 epochs: if your loop stopped there, it may be testing err == nil, while a failure is err != nil. If yours did fail at 1.0, make each network with trainWild (Xavier weights, Init: nn.InitXavier, from rand.NewPCG(7, 7)). Then look higher.")
		}
		// A network made without Init: nn.InitXavier may fail at a rate where trainWild's
		// completes; say which network the question means.
		if failsIn, err := wildFailEpoch(Xc, Yc, eta, nn.InitUniform); err == nil && failsIn > 0 {
			return notYet(ex, "%swith trainWild's network (Xavier weights, Init: nn.InitXavier, from rand.NewPCG(7, 7)) training at η = %g completes its 300 epochs; if yours returned an error there, make each network with trainWild. Then look higher.", failsMeans, eta)
		}
		return notYet(ex, "%sat η = %g training completes its 300 epochs; look higher.", failsMeans, eta)
	})
}

// Check5_3 checks exercise 5.3: l1Grad(W, λ, N) must return a new matrix holding the L1
// penalty's gradient for every weight of W, and leave W unchanged.
func Check5_3(l1Grad func(W *mat.Dense, lambda float64, N int) *mat.Dense) Result {
	const ex = "5.3"
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
			// N = 14: W's rows, columns and size (2, 3, 6) differ from N and N ± 1, so a divisor
			// taken from W's shape is not mistaken for N − 1, and one hard-coded to 4 fails here;
			// 5/N and 10/N (a step size folded in) differ from 1/2, 1/3 and 1/6 (W's shape) and N
			// from 5 and 10, so those mistakes cannot pass for one another. λ = 0.7 keeps
			// sign(w)/N (λ forgotten) apart from 2λ·sign(w)/N and from λ divided by 2, 3, 4 or 6
			// (W's shape, or N hard-coded to 4); λ = 0.5 would make 2λ = 1.
			{[]float64{0.5, -2, 0, 3, -0.01, 1e-3}, 2, 3, 0.7, 14},
			{[]float64{-1, 4, 0.2, -0.7, 1.5}, 5, 1, 2, 60},
			// Weights of ±1e-9 catch a smooth stand-in for the sign, such as tanh(cw), which is
			// still far from ±1 there.
			{[]float64{1e-9, 0, -1e-9, 2}, 2, 2, 0.5, 14},
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
			var plain, sign, l2, noN, timesN, constant, penalty, flipped, zeroIsOne, zeroIsMinusOne, noLambda, stepped, steppedUp, nMinus1 []float64
			// byShape: N taken from W's shape (its number of weights, rows or columns) instead of
			// the argument N, the number of training samples.
			byShape := map[string][]float64{}
			shapes := []struct {
				name string
				n    int
			}{{"the number of weights in W", tc.r * tc.c}, {"the number of rows of W", tc.r}, {"the number of columns of W", tc.c}}
			for _, w := range tc.w {
				s := 0.0
				if w > 0 {
					s = 1
				} else if w < 0 {
					s = -1
				}
				sign = append(sign, k*s)
				plain = append(plain, s)
				for _, sh := range shapes {
					byShape[sh.name] = append(byShape[sh.name], tc.lambda*s/float64(sh.n))
				}
				l2 = append(l2, k*w)
				noLambda = append(noLambda, s/float64(tc.n))
				stepped = append(stepped, w-k*s)
				steppedUp = append(steppedUp, w+k*s)
				noN = append(noN, tc.lambda*s)
				nMinus1 = append(nMinus1, tc.lambda*s/float64(tc.n-1))
				timesN = append(timesN, tc.lambda*float64(tc.n)*s)
				constant = append(constant, k)
				penalty = append(penalty, k*math.Abs(w))
				flipped = append(flipped, -k*s)
				z := s
				if w == 0 {
					z = 1
				}
				zeroIsOne = append(zeroIsOne, k*z)
				if w == 0 {
					z = -1
				}
				zeroIsMinusOne = append(zeroIsMinusOne, k*z)
			}
			g := mat.DenseCopyOf(got).RawMatrix().Data
			// nanAtZero: right everywhere except NaN where w = 0, as w/|w| gives.
			nanAtZero, hasZero := true, false
			half, twice := make([]float64, len(sign)), make([]float64, len(sign))
			for i, w := range tc.w {
				half[i], twice[i] = sign[i]/2, 2*sign[i]
				if w == 0 {
					hasZero = true
					nanAtZero = nanAtZero && math.IsNaN(g[i])
				} else {
					nanAtZero = nanAtZero && near(g[i], sign[i], 1e-12)
				}
			}
			// nearlySign: within 0.1% of the right entry everywhere but not exact, as
			// w/(|w|+ε) gives; smallZeroed: right but 0 for some small nonzero weights.
			nearlySign, smallZeroed, hasSmall := true, true, false
			for i, w := range tc.w {
				nearlySign = nearlySign && math.Abs(g[i]-sign[i]) <= 1e-3*k
				if w != 0 && math.Abs(w) < 0.05 {
					hasSmall = true
					smallZeroed = smallZeroed && g[i] == 0
				} else {
					smallZeroed = smallZeroed && near(g[i], sign[i], 1e-12)
				}
			}
			// shrunkSmall: right for the larger weights (within a relative 1e-6, as w/√(w²+ε) is), but
			// for small nonzero ones an entry of the right sign and at most λ/N, at least one of which
			// falls short, as a smooth stand-in for the sign gives (it may already reach ±λ/N at the
			// larger of the small weights).
			shrunkSmall, shrunkBy := hasSmall, 1.0
			for i, w := range tc.w {
				if w != 0 && math.Abs(w) < 0.05 {
					shrunkSmall = shrunkSmall && g[i]*sign[i] > 0 && math.Abs(g[i]) <= k*(1+1e-12)
					shrunkBy = math.Min(shrunkBy, math.Abs(g[i])/k)
				} else {
					shrunkSmall = shrunkSmall && (w == 0 && g[i] == 0 || relNear(g[i], sign[i], 1e-6))
				}
			}
			shrunkSmall = shrunkSmall && shrunkBy < 0.999
			// etaIn: every entry is λ·sign(w)/N times one of the lesson's step sizes, 5 (the XOR
			// corners) or 10 (the noisy cloud), as when a gradient includes the step. It is tested
			// before W's shape, since 5λ/N can equal λ divided by a row count.
			etaIn := 0.0
			for _, eta := range []float64{5, 10} {
				scaled := make([]float64, len(sign))
				for i := range sign {
					scaled[i] = eta * sign[i]
				}
				if allNear(g, scaled, 1e-12) {
					etaIn = eta
				}
			}
			shapeName := ""
			for _, sh := range shapes {
				if sh.n != tc.n && allNear(g, byShape[sh.name], 1e-12) {
					shapeName = sh.name
					break
				}
			}
			switch {
			case allNear(g, sign, 1e-12):
				continue
			case etaIn != 0:
				return notYet(ex, "your gradient is %g·λ·sign(w)/N: it includes the step size η = %g. Return only the slope, λ·sign(w)/N; stepWithPenalty multiplies by η.", etaIn, etaIn)
			case shapeName != "":
				return notYet(ex, "for a %d×%d W with N = %d your gradient divides λ·sign(w) by %s; N is the number of training samples, the argument N, whatever W's shape.", tc.r, tc.c, tc.n, shapeName)
			case allZero(g):
				return notYet(ex, "the gradient is all zeros: each entry should be the slope of the penalty λ|w|/N with respect to that weight. (1/N with an int N is Go's integer division, 0: divide by float64(N). And Apply reads its last argument: g.Apply(f, W), not g.Apply(f, g).)")
			case allNear(g, l2, 1e-12):
				return notYet(ex, "that is the L2 penalty's gradient, λw/N. L1's uses only the sign of w.")
			case allNear(g, noN, 1e-12):
				return notYet(ex, "divide by N, the number of training samples, as the penalty does.")
			case allNear(g, nMinus1, 1e-12):
				return notYet(ex, "your gradient divides λ·sign(w) by N − 1; the penalty λ|w|/N divides by N itself.")
			case allNear(g, timesN, 1e-12):
				return notYet(ex, "that is λ·N·sign(w): the penalty divides by N, the number of training samples, it does not multiply.")
			case allNear(g, constant, 1e-12):
				return notYet(ex, "every entry is +λ/N: the slope of |w| depends on the sign of w (+1 for positive, −1 for negative, 0 at 0).")
			case allNear(g, penalty, 1e-12):
				return notYet(ex, "that is the penalty λ|w|/N of each weight, not its slope: the slope of |w| is sign(w).")
			case allNear(g, flipped, 1e-12):
				return notYet(ex, "the signs are flipped: the gradient of |w| is +1 for positive w.")
			case allNear(g, zeroIsOne, 1e-12):
				return notYet(ex, "a weight that is exactly 0 has sign 0 (pkg/nn leaves it alone), not 1.")
			case allNear(g, zeroIsMinusOne, 1e-12):
				return notYet(ex, "a weight that is exactly 0 has sign 0 (pkg/nn leaves it alone), not −1: an if w > 0 … else … sends 0 to the else branch.")
			case hasZero && nanAtZero:
				return notYet(ex, "the entry for w = 0 is NaN: w/|w| divides by zero there. sign(0) is 0.")
			case allNear(g, plain, 1e-12):
				return notYet(ex, "each entry is sign(w) alone: the penalty λ|w|/N scales that slope by λ/N, so each entry is λ·sign(w)/N.")
			case allNear(g, twice, 1e-12):
				return notYet(ex, "that is twice the gradient, 2λ·sign(w)/N: the slope of |w| is sign(w), with no 2 to bring down as w² has, so each entry is λ·sign(w)/N.")
			case allNear(g, noLambda, 1e-12):
				return notYet(ex, "λ is missing: each entry is sign(w)/N, but the penalty's strength λ multiplies it, λ·sign(w)/N.")
			case allNear(g, stepped, 1e-12) || allNear(g, steppedUp, 1e-12):
				return notYet(ex, "that is the weight after a step, w ∓ λ·sign(w)/N, not the gradient: return only the penalty's slope for each weight; stepWithPenalty takes the step.")
			case allNear(g, half, 1e-12):
				return notYet(ex, "that is half the gradient: L1's penalty is λ/N·Σ|W|, without L2's ½, so each entry is λ·sign(w)/N, not λ·sign(w)/(2N).")
			case nearlySign:
				return notYet(ex, "within a hair of λ·sign(w)/N but not exact (a w/(|w|+ε), or float32 arithmetic?). Use the exact sign in float64: +1 for positive w, −1 for negative, 0 at 0.")
			case shrunkSmall:
				return notYet(ex, "for W = %v the entries of the small nonzero weights fall short of λ/N (down to %.3g of it): a smooth curve such as tanh(cw) or w/√(w²+ε) only approaches the slope of |w|, which is the same ±1 however close w is to 0.", tc.w, shrunkBy)
			case hasSmall && smallZeroed:
				return notYet(ex, "the entries of small nonzero weights are 0: L1 pulls every nonzero weight, however small, by ±λ/N; only w = 0 itself gets 0.")
			}
			// byScale: every entry is one factor times sign(w). fixedFor tells whether l1Grad gives
			// the same entries for another λ or N, as a hard-coded λ or divisor does.
			scale, byScale := 0.0, !allZero(g)
			for i, s := range plain {
				if s == 0 {
					byScale = byScale && g[i] == 0
					continue
				}
				if scale == 0 {
					scale = g[i] / s
				}
				byScale = byScale && relNear(g[i], scale*s, 1e-9)
			}
			fixedFor := func(lambda float64, n int) bool {
				p := l1Grad(mat.NewDense(tc.r, tc.c, append([]float64(nil), tc.w...)), lambda, n)
				if p == nil {
					return false
				}
				if r, c := p.Dims(); r != tc.r || c != tc.c {
					return false
				}
				return allNear(mat.DenseCopyOf(p).RawMatrix().Data, g, 1e-12)
			}
			if byScale && scale > 0 {
				fixedN, fixedLambda := fixedFor(tc.lambda, tc.n+1), fixedFor(2*tc.lambda, tc.n)
				switch {
				case fixedN && fixedLambda:
					return notYet(ex, "your gradient is the same whatever λ and N are: use the arguments lambda and N, λ·sign(w)/N.")
				case fixedN:
					return notYet(ex, "for N = %d and N = %d your gradient is the same, λ·sign(w)/%.6g: you divide by a fixed number whatever N is. Divide by the argument N, the number of training samples.", tc.n, tc.n+1, tc.lambda/scale)
				case fixedLambda:
					return notYet(ex, "for λ = %g and λ = %g your gradient is the same, %.6g·sign(w)/N: your entries do not change with λ. Use the argument lambda.", tc.lambda, 2*tc.lambda, scale*float64(tc.n))
				}
			}
			return notYet(ex, "for W = %v, λ = %g, N = %d your gradient is %.6g; compare each entry with λ·sign(w)/N.", tc.w, tc.lambda, tc.n, g)
		}
		return correct(ex, "each weight is pulled towards 0 by the same λ/N whatever its size, which is why L1 leaves many weights within a hair of 0.")
	})
}
