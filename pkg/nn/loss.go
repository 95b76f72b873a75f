package nn

import (
	"fmt"
	"math"
)

// Loss measures how far the network's outputs A are from the targets Y,
// averaged over the N samples of a batch. The zero Loss is MSE, the choice of
// the articles.
type Loss int

// The losses.
const (
	// MSE is half the mean squared error, L = 1/(2N) Σ_samples Σ_outputs (a − y)²,
	// so that ∂L/∂a = (a − y)/N.
	MSE Loss = iota
	// CrossEntropy is −1/N Σ y·log a for a Softmax output (Y one-hot), and the
	// binary cross-entropy −1/N Σ [y·log a + (1−y)·log(1−a)] for a Sigmoid
	// output. It is computed from Z, fused with the output activation, so that
	// ∂L/∂Z = (a − y)/N exactly and log 0 never occurs. It requires a Softmax
	// or Sigmoid output layer.
	CrossEntropy
)

// String returns the loss's name, such as "MSE".
func (l Loss) String() string {
	switch l {
	case MSE:
		return "MSE"
	case CrossEntropy:
		return "CrossEntropy"
	}
	return fmt.Sprintf("Loss(%d)", int(l))
}

func (n *Network) checkLoss(where string, loss Loss) error {
	out := n.output().Activation
	switch loss {
	case MSE:
		return nil
	case CrossEntropy:
		if out != Softmax && out != Sigmoid {
			return fmt.Errorf("nn: %s: CrossEntropy needs a Softmax or Sigmoid output layer, this network's output is %v", where, out)
		}
		return nil
	}
	return fmt.Errorf("nn: %s: unknown loss %v", where, loss)
}

// dataLoss returns the mean loss of the last forward pass against the
// targets y (one row per sample).
func (n *Network) dataLoss(y []float64, loss Loss) float64 {
	out := n.output()
	rows, cols := out.A.Dims()
	a := out.A.RawMatrix().Data
	z := out.Z.RawMatrix().Data
	y = y[:rows*cols]
	var sum float64
	switch {
	case loss == MSE:
		for i, yi := range y {
			d := a[i] - yi
			sum += d * d
		}
		sum /= 2
	case out.Activation == Softmax:
		// −Σ y·log softmax(z), with log softmax(z)_j = z_j − log Σ e^z.
		for r := 0; r < rows; r++ {
			zr := z[r*cols : (r+1)*cols]
			lse := logSumExp(zr)
			for j, yj := range y[r*cols : (r+1)*cols] {
				if yj != 0 {
					sum -= yj * (zr[j] - lse)
				}
			}
		}
	default:
		// Sigmoid: −[y log σ(z) + (1−y) log(1−σ(z))] = softplus(z) − y·z.
		for i, yi := range y {
			sum += softplus(z[i]) - yi*z[i]
		}
	}
	return sum / float64(rows)
}

// outputDelta writes delta_L = ∂L/∂Z_L, the error of the output layer, and
// returns the mean loss of the last forward pass against the targets y:
//
//	MSE:          ∂L/∂A_L = (A_L − Y)/N,  delta_L = ∂L/∂A_L ⊙ f'(Z_L)
//	CrossEntropy: delta_L = (A_L − Y)/N   (f' cancels against the loss)
func (n *Network) outputDelta(y []float64, loss Loss, delta []float64) float64 {
	out := n.output()
	rows, cols := out.A.Dims()
	a := out.A.RawMatrix().Data
	inv := 1 / float64(rows)
	for i, yi := range y[:rows*cols] {
		delta[i] = (a[i] - yi) * inv
	}
	if loss == MSE {
		out.Activation.backward(delta, out.Z.RawMatrix().Data, a, rows, cols)
	}
	return n.dataLoss(y, loss)
}

// addPenalty adds the gradient of l2·ΣW²/2N + l1·Σ|W|/N to grad and returns
// the penalty's value.
func addPenalty(grad, w []float64, l2, l1 float64, n int) float64 {
	if l2 == 0 && l1 == 0 {
		return 0
	}
	inv := 1 / float64(n)
	var sq, abs float64
	if l1 == 0 {
		// The L2 penalty alone, without the sign tests of L1.
		c := l2 * inv
		for i, v := range w {
			sq += v * v
			grad[i] += c * v
		}
		return l2 * sq / 2 * inv
	}
	for i, v := range w {
		sq += v * v
		abs += math.Abs(v)
		g := l2 * v
		if v > 0 {
			g += l1
		} else if v < 0 {
			g -= l1
		}
		grad[i] += g * inv
	}
	return (l2*sq/2 + l1*abs) * inv
}

// logSumExp returns log Σ e^z without overflow.
func logSumExp(z []float64) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		if v > m {
			m = v
		}
	}
	var s float64
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// softplus returns log(1 + e^z) without overflow.
func softplus(z float64) float64 {
	return math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z)))
}
