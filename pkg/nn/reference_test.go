package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// This file is the plain reference that every optimised path of the package
// is checked against: a network written with nothing but loops over
// float64s, in the articles' notation, one sample at a time. The package's
// own forward and backprop (network.go) call the named kernels of
// kernels.go, which use assembly, fused passes and parallel tiles; the
// tests below require them to agree with these loops to about 1e-12,
// whichever kernel runs (go test, and go test -tags purego for the plain
// Go kernels).
//
// For a layer l with weights W[i][j] (input i → neuron j) and biases b[j]:
//
//	z[j] = Σ_i a_prev[i]·W[i][j] + b[j]      a[j] = f(z[j])
//
// and backwards, for one sample, with δ = ∂L/∂z:
//
//	∂L/∂W[i][j] += a_prev[i]·δ[j]            ∂L/∂b[j] += δ[j]
//	δ_prev[i]    = f'(z_prev[i]) · Σ_j W[i][j]·δ[j]
//
// summed over the samples, each loss already divided by their number N.

// refLayer is one layer of the reference network.
type refLayer struct {
	W [][]float64 // W[i][j], In×Out
	b []float64
	f Activation
}

// refNet copies the weights of net into the reference form.
func refNet(net *Network) []refLayer {
	var ls []refLayer
	for _, l := range net.Layers {
		r := refLayer{W: make([][]float64, l.In), b: append([]float64(nil), l.B.RawVector().Data...), f: l.Activation}
		for i := range r.W {
			r.W[i] = append([]float64(nil), l.W.RawRowView(i)...)
		}
		ls = append(ls, r)
	}
	return ls
}

// refF is f(z) for one neuron; Softmax is handled by refForward.
func refF(f Activation, z float64) float64 {
	switch f {
	case Sigmoid:
		return 1 / (1 + math.Exp(-z))
	case Identity:
		return z
	case Step:
		if z >= 0 {
			return 1
		}
		return 0
	case Tanh:
		return math.Tanh(z)
	case ReLU:
		return math.Max(z, 0)
	case LeakyReLU:
		if z > 0 {
			return z
		}
		return 0.01 * z
	}
	panic(fmt.Sprintf("refF: %v", f))
}

// refDeriv is f'(z) for one neuron, with the package's choices at the kinks.
func refDeriv(f Activation, z float64) float64 {
	switch f {
	case Sigmoid:
		s := 1 / (1 + math.Exp(-z))
		return s * (1 - s)
	case Identity:
		return 1
	case Step:
		return 0
	case Tanh:
		t := math.Tanh(z)
		return 1 - t*t
	case ReLU:
		if z > 0 {
			return 1
		}
		return 0
	case LeakyReLU:
		if z > 0 {
			return 1
		}
		return 0.01
	}
	panic(fmt.Sprintf("refDeriv: %v", f))
}

// refForward runs one sample x through the layers and returns z and a of
// every layer (a[0] is x itself, z[0] unused).
func refForward(ls []refLayer, x []float64) (zs, as [][]float64) {
	zs, as = [][]float64{nil}, [][]float64{x}
	for _, l := range ls {
		prev := as[len(as)-1]
		z := make([]float64, len(l.b))
		a := make([]float64, len(l.b))
		for j := range z {
			z[j] = l.b[j]
			for i := range prev {
				z[j] += prev[i] * l.W[i][j]
			}
		}
		if l.f == Softmax {
			m := math.Inf(-1)
			for _, v := range z {
				m = math.Max(m, v)
			}
			sum := 0.0
			for j, v := range z {
				a[j] = math.Exp(v - m)
				sum += a[j]
			}
			for j := range a {
				a[j] /= sum
			}
		} else {
			for j, v := range z {
				a[j] = refF(l.f, v)
			}
		}
		zs, as = append(zs, z), append(as, a)
	}
	return zs, as
}

// refGrads returns the mean loss over the samples X with targets Y, and the
// gradients ∂L/∂W and ∂L/∂b of every layer, with the penalties
// l2·ΣW²/2N + l1·Σ|W|/N (N = len(X)).
func refGrads(ls []refLayer, X, Y [][]float64, loss Loss, l2, l1 float64) (L float64, gW [][][]float64, gb [][]float64) {
	N := float64(len(X))
	for _, l := range ls {
		g := make([][]float64, len(l.W))
		for i := range g {
			g[i] = make([]float64, len(l.b))
		}
		gW, gb = append(gW, g), append(gb, make([]float64, len(l.b)))
	}
	for s, x := range X {
		y := Y[s]
		zs, as := refForward(ls, x)
		out := len(ls)
		a, z := as[out], zs[out]
		// δ of the output layer.
		delta := make([]float64, len(a))
		for j := range a {
			switch {
			case loss == MSE:
				L += (a[j] - y[j]) * (a[j] - y[j]) / 2 / N
			case ls[out-1].f == Softmax:
				if y[j] != 0 {
					L -= y[j] * math.Log(a[j]) / N
				}
			default: // binary cross-entropy on a sigmoid
				L -= (y[j]*math.Log(a[j]) + (1-y[j])*math.Log(1-a[j])) / N
			}
			delta[j] = (a[j] - y[j]) / N // ∂L/∂a (MSE), or ∂L/∂z (cross-entropy)
		}
		if loss == MSE {
			if ls[out-1].f == Softmax {
				// δ_j = Σ_k ∂L/∂a_k · ∂a_k/∂z_j = a_j (∂L/∂a_j − Σ_k ∂L/∂a_k a_k)
				dot := 0.0
				for k := range a {
					dot += delta[k] * a[k]
				}
				for j := range delta {
					delta[j] = a[j] * (delta[j] - dot)
				}
			} else {
				for j := range delta {
					delta[j] *= refDeriv(ls[out-1].f, z[j])
				}
			}
		}
		// Back through the layers.
		for l := out - 1; l >= 0; l-- {
			prev := as[l]
			for i := range prev {
				for j := range delta {
					gW[l][i][j] += prev[i] * delta[j]
				}
			}
			for j := range delta {
				gb[l][j] += delta[j]
			}
			if l == 0 {
				break
			}
			dPrev := make([]float64, len(prev))
			for i := range prev {
				for j := range delta {
					dPrev[i] += ls[l].W[i][j] * delta[j]
				}
				dPrev[i] *= refDeriv(ls[l-1].f, zs[l][i])
			}
			delta = dPrev
		}
	}
	for l, layer := range ls {
		for i, row := range layer.W {
			for j, w := range row {
				L += (l2*w*w/2 + l1*math.Abs(w)) / N
				gW[l][i][j] += (l2*w + l1*sign(w)) / N
			}
		}
	}
	return L, gW, gb
}

func sign(w float64) float64 {
	switch {
	case w > 0:
		return 1
	case w < 0:
		return -1
	}
	return 0
}

// refState is what the reference optimisers remember: one velocity (or
// first moment) and one second moment per parameter, weights then biases
// flattened layer by layer, and the step count.
type refState struct {
	m, v []float64
	t    int
}

// refUpdate applies one step of o with learning rate lr to every parameter
// of ls, with the gradients gW and gb, written out for one parameter at a
// time.
func refUpdate(ls []refLayer, gW [][][]float64, gb [][]float64, o Optimizer, lr float64, st *refState) {
	st.t++
	k := 0
	update := func(p *float64, g float64) {
		if k == len(st.m) {
			st.m, st.v = append(st.m, 0), append(st.v, 0)
		}
		switch o.method {
		case methodSGD:
			*p -= lr * g
		case methodMomentum:
			st.m[k] = o.mu*st.m[k] - lr*g
			*p += st.m[k]
		case methodAdam:
			st.m[k] = o.beta1*st.m[k] + (1-o.beta1)*g
			st.v[k] = o.beta2*st.v[k] + (1-o.beta2)*g*g
			mHat := st.m[k] / (1 - math.Pow(o.beta1, float64(st.t)))
			vHat := st.v[k] / (1 - math.Pow(o.beta2, float64(st.t)))
			*p -= lr * mHat / (math.Sqrt(vHat) + o.epsilon)
		}
		k++
	}
	for l := range ls {
		for i := range ls[l].W {
			for j := range ls[l].W[i] {
				update(&ls[l].W[i][j], gW[l][i][j])
			}
		}
		for j := range ls[l].b {
			update(&ls[l].b[j], gb[l][j])
		}
	}
}

// rows returns the rows of m as slices.
func rows(m *mat.Dense) [][]float64 {
	r, _ := m.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = append([]float64(nil), m.RawRowView(i)...)
	}
	return out
}

// closeTo reports whether got and want agree to tol, relative to the larger
// of |want| and 1.
func closeTo(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

const refTol = 1e-11

// sameWeights compares the network's weights with the reference's.
func sameWeights(t *testing.T, what string, net *Network, ls []refLayer) {
	t.Helper()
	for l, layer := range net.Layers {
		for i := range ls[l].W {
			for j, w := range ls[l].W[i] {
				if got := layer.W.At(i, j); !closeTo(got, w, refTol) {
					t.Fatalf("%s: layer %d W[%d][%d] = %v, reference %v", what, l, i, j, got, w)
				}
			}
		}
		for j, b := range ls[l].b {
			if got := layer.B.AtVec(j); !closeTo(got, b, refTol) {
				t.Fatalf("%s: layer %d b[%d] = %v, reference %v", what, l, j, got, b)
			}
		}
	}
}

// refCases are the networks the reference checks: every activation and
// loss, with shapes that exercise the kernels' tails (sizes not multiples
// of 4, 8 or 16) and the articles' 64-30-10.
var refCases = []refCase{
	{[]int{64, 30, 10}, Sigmoid, Sigmoid, MSE, 37},
	{[]int{2, 3, 1}, Sigmoid, Sigmoid, MSE, 4},
	{[]int{5, 7, 3}, Tanh, Softmax, CrossEntropy, 9},
	{[]int{5, 17, 6, 2}, ReLU, Sigmoid, CrossEntropy, 13},
	{[]int{3, 9, 4}, LeakyReLU, Identity, MSE, 6},
	{[]int{4, 6, 3}, Identity, Softmax, MSE, 5},
	{[]int{3, 5, 2}, Step, Tanh, MSE, 7},
	{[]int{9, 33, 20, 11}, Sigmoid, Softmax, CrossEntropy, 70},
	// Large enough for gemm to split the products over goroutines.
	{[]int{64, 128, 10}, ReLU, Softmax, CrossEntropy, 600},
}

func (c refCase) String() string {
	return fmt.Sprintf("%v %v/%v %v", c.sizes, c.hidden, c.output, c.loss)
}

// refCase is one network shape and loss for the reference tests, with
// the number of samples.
type refCase struct {
	sizes          []int
	hidden, output Activation
	loss           Loss
	rows           int
}

// refSetup builds a case's network and data.
func refSetup(t *testing.T, c refCase) (*Network, *mat.Dense, *mat.Dense) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(len(c.sizes)), uint64(c.rows)))
	net, err := New(Config{Sizes: c.sizes, Hidden: c.hidden, Output: c.output, Init: InitXavier}, rng)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range net.Layers { // non-zero biases, so that they are tested too
		for j := range l.B.RawVector().Data {
			l.B.SetVec(j, rng.NormFloat64()/4)
		}
	}
	X := randDense(rng, c.rows, c.sizes[0])
	Y := targets(rng, c.rows, c.sizes[len(c.sizes)-1], c.output)
	return net, X, Y
}

// TestForwardMatchesReference checks Forward, ForwardBatch and Loss.
func TestForwardMatchesReference(t *testing.T) {
	for _, c := range refCases {
		t.Run(c.String(), func(t *testing.T) {
			net, X, Y := refSetup(t, c)
			ls := refNet(net)
			out, err := net.ForwardBatch(X)
			if err != nil {
				t.Fatal(err)
			}
			for s, x := range rows(X) {
				_, as := refForward(ls, x)
				want := as[len(as)-1]
				one, err := net.Forward(x)
				if err != nil {
					t.Fatal(err)
				}
				for j, w := range want {
					if !closeTo(out.At(s, j), w, refTol) || !closeTo(one[j], w, refTol) {
						t.Fatalf("sample %d output %d: ForwardBatch %v, Forward %v, reference %v", s, j, out.At(s, j), one[j], w)
					}
				}
			}
			want, _, _ := refGrads(ls, rows(X), rows(Y), c.loss, 0, 0)
			got, err := net.Loss(X, Y, c.loss)
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(got, want, refTol) {
				t.Errorf("Loss = %v, reference %v", got, want)
			}
		})
	}
}

// TestBackpropMatchesReference checks Backprop's gradients and Step's update.
func TestBackpropMatchesReference(t *testing.T) {
	for _, c := range refCases {
		t.Run(c.String(), func(t *testing.T) {
			net, X, Y := refSetup(t, c)
			ls := refNet(net)
			wantL, gW, gb := refGrads(ls, rows(X), rows(Y), c.loss, 0, 0)
			gotL, err := net.Backprop(X, Y, c.loss)
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(gotL, wantL, refTol) {
				t.Errorf("Backprop loss = %v, reference %v", gotL, wantL)
			}
			for l, layer := range net.Layers {
				for i := range gW[l] {
					for j, g := range gW[l][i] {
						if got := layer.GradW.At(i, j); !closeTo(got, g, refTol) {
							t.Fatalf("layer %d ∂L/∂W[%d][%d] = %v, reference %v", l, i, j, got, g)
						}
					}
				}
				for j, g := range gb[l] {
					if got := layer.GradB.AtVec(j); !closeTo(got, g, refTol) {
						t.Fatalf("layer %d ∂L/∂b[%d] = %v, reference %v", l, j, got, g)
					}
				}
			}
			// One gradient-descent step.
			if _, err := net.Step(X, Y, c.loss, 0.1); err != nil {
				t.Fatal(err)
			}
			refUpdate(ls, gW, gb, SGD(0.1), 0.1, &refState{})
			sameWeights(t, "after Step", net, ls)
		})
	}
}

// TestTrainMatchesReference runs a few epochs of Train with every optimiser,
// penalties and minibatches, and the same steps with the reference loops.
func TestTrainMatchesReference(t *testing.T) {
	opts := []Optimizer{SGD(0.3), Momentum(0.1, 0.9), Adam(0.01)}
	for _, c := range refCases {
		if c.rows > 100 {
			// Training at these rates on random data is chaotic: rounding
			// differences (fused multiply-adds, parallel sums) grow from
			// step to step. Forward and Backprop check this case.
			continue
		}
		for _, o := range opts {
			for _, batch := range []int{0, 3} {
				t.Run(fmt.Sprintf("%v %v batch %d", refCase(c), o, batch), func(t *testing.T) {
					net, X, Y := refSetup(t, c)
					ls := refNet(net)
					const epochs, l2, l1 = 3, 0.01, 0.001
					cfg := TrainConfig{Epochs: epochs, BatchSize: batch, Optimizer: o, Loss: c.loss, L2: l2, L1: l1,
						Schedule: ExpDecay(0.9), Rand: rand.New(rand.NewPCG(4, 2))}
					h, err := Train(net, X, Y, cfg)
					if err != nil {
						t.Fatal(err)
					}
					// The same run in loops: the same shuffles, from a
					// generator seeded alike, and the same batches.
					xs, ys := rows(X), rows(Y)
					N := len(xs)
					if batch == 0 {
						batch = N
					}
					order := make([]int, N)
					for i := range order {
						order[i] = i
					}
					shuffle := rand.New(rand.NewPCG(4, 2))
					st := &refState{}
					for e := range epochs {
						lr := o.learningRate * math.Pow(0.9, float64(e))
						if batch < N {
							shuffle.Shuffle(N, func(i, j int) { order[i], order[j] = order[j], order[i] })
						}
						var epochLoss float64
						for lo := 0; lo < N; lo += batch {
							var bx, by [][]float64
							for _, i := range order[lo:min(lo+batch, N)] {
								bx, by = append(bx, xs[i]), append(by, ys[i])
							}
							// Train's penalties use the whole set's N.
							L, gW, gb := refGrads(ls, bx, by, c.loss, l2*float64(len(bx))/float64(N), l1*float64(len(bx))/float64(N))
							epochLoss += L * float64(len(bx))
							refUpdate(ls, gW, gb, o, lr, st)
						}
						if got := h.TrainLoss[e]; !closeTo(got, epochLoss/float64(N), 1e-10) {
							t.Errorf("epoch %d: Train's loss %v, reference %v", e, got, epochLoss/float64(N))
						}
					}
					sameWeights(t, "after Train", net, ls)
				})
			}
		}
	}
}
