package nn

import (
	"fmt"
	"math"
)

// Activation is the function a layer applies to its weighted sums Z to give its
// outputs A = f(Z). The zero Activation is Sigmoid, the choice of the articles.
//
// Each activation can be called on a single number, which is how the lessons
// draw and discuss them:
//
//	nn.Sigmoid.F(0)     // 0.5
//	nn.Sigmoid.Deriv(3) // 0.0452, the local gradient at 3
//
// Softmax is the exception: it needs a whole vector (see Apply), and on a
// single number it behaves as softmax of a one-element vector. A value that
// is not one of the constants below gives NaN from F and Deriv, an error
// from Apply, and an error from every Network method.
type Activation int

// The activations a layer can use.
const (
	// Sigmoid is the logistic function 1/(1+e^-z), squashing any z into (0, 1).
	Sigmoid Activation = iota
	// Identity passes z through unchanged (a linear layer).
	Identity
	// Step is the Heaviside step: 1 for z ≥ 0, else 0. Its derivative is 0
	// everywhere it exists, so gradient descent cannot train it; the lessons
	// use it in networks built by hand.
	Step
	// Tanh is the hyperbolic tangent, squashing z into (-1, 1).
	Tanh
	// ReLU is max(0, z).
	ReLU
	// LeakyReLU is z for z > 0 and 0.01·z otherwise, so negative inputs still
	// pass a small gradient.
	LeakyReLU
	// Softmax turns a vector z into probabilities e^z_i / Σ_j e^z_j.
	Softmax
	numActivations
)

// leakySlope is the slope of LeakyReLU for negative inputs.
const leakySlope = 0.01

var activationNames = [...]string{"Sigmoid", "Identity", "Step", "Tanh", "ReLU", "LeakyReLU", "Softmax"}

// String returns the activation's name, such as "Sigmoid".
func (f Activation) String() string {
	if f < 0 || f >= numActivations {
		return fmt.Sprintf("Activation(%d)", int(f))
	}
	return activationNames[f]
}

// valid reports whether f is one of the defined activations.
func (f Activation) valid() bool { return f >= 0 && f < numActivations }

// F returns f(z) for a single number z.
func (f Activation) F(z float64) float64 {
	switch f {
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
		if z > 0 {
			return z
		}
		return 0
	case LeakyReLU:
		if z > 0 {
			return z
		}
		return leakySlope * z
	case Softmax:
		if math.IsNaN(z) {
			return z
		}
		return 1
	case Sigmoid:
		return sigmoid(z)
	}
	return math.NaN()
}

// Deriv returns the derivative f'(z) for a single number z. At z = 0, where
// ReLU and LeakyReLU have a kink and no derivative, it returns the slope on
// the left: 0 for ReLU, 0.01 for LeakyReLU. Step's derivative is 0
// wherever it exists, and Deriv returns 0 at z = 0 too. For Softmax, which
// on a single number is the constant 1, it returns 0.
func (f Activation) Deriv(z float64) float64 {
	switch f {
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
		return leakySlope
	case Softmax:
		return 0
	case Sigmoid:
		s := sigmoid(z)
		return s * (1 - s)
	}
	return math.NaN()
}

// Apply writes f(z) into dst for a whole vector z (one sample). For Softmax
// the result sums to 1; for the others each element is F of the same element.
// dst and z must have the same length and may be the same slice.
func (f Activation) Apply(dst, z []float64) error {
	if !f.valid() {
		return fmt.Errorf("nn: Apply: unknown activation %v", f)
	}
	if len(dst) != len(z) {
		return fmt.Errorf("nn: %v.Apply: dst has length %d, z has length %d", f, len(dst), len(z))
	}
	f.apply(dst, z, 1, len(z))
	return nil
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// apply computes a = f(z) for rows×cols row-major data.
func (f Activation) apply(a, z []float64, rows, cols int) {
	z = z[:rows*cols]
	a = a[:len(z)]
	switch f {
	case Identity:
		copy(a, z)
	case Softmax:
		for r := 0; r < rows; r++ {
			softmaxRow(a[r*cols:(r+1)*cols], z[r*cols:(r+1)*cols])
		}
	case Sigmoid:
		sigmoidAll(a, z)
	case Tanh:
		for i, v := range z {
			a[i] = math.Tanh(v)
		}
	case ReLU:
		for i, v := range z {
			a[i] = max(v, 0)
		}
	default:
		for i, v := range z {
			a[i] = f.F(v)
		}
	}
}

// softmaxRow writes softmax(z) into a, subtracting max(z) first so that
// e^z cannot overflow.
func softmaxRow(a, z []float64) {
	m := math.Inf(-1)
	for _, v := range z {
		if v > m {
			m = v
		}
	}
	var sum float64
	for i, v := range z {
		e := math.Exp(v - m)
		a[i] = e
		sum += e
	}
	for i := range a {
		a[i] /= sum
	}
}

// backward turns dA = ∂L/∂A into delta = ∂L/∂Z = dA ⊙ f'(Z), in place in dA,
// for rows×cols row-major data. It uses the outputs A where that is cheaper
// (σ' = A(1−A), tanh' = 1−A²), and the full Jacobian for Softmax:
// delta_i = A_i (dA_i − Σ_j dA_j A_j).
func (f Activation) backward(dA, z, a []float64, rows, cols int) {
	n := rows * cols
	dA, z, a = dA[:n], z[:n], a[:n]
	switch f {
	case Identity:
	case Sigmoid:
		sigmoidBackward(dA, a) // dA ⊙ A(1 − A)
	case Tanh:
		for i, t := range a {
			dA[i] *= 1 - t*t
		}
	case Softmax:
		for r := 0; r < rows; r++ {
			g := dA[r*cols : (r+1)*cols]
			s := a[r*cols : (r+1)*cols]
			var dot float64
			for j := range g {
				dot += g[j] * s[j]
			}
			for j := range g {
				g[j] = s[j] * (g[j] - dot)
			}
		}
	case ReLU:
		reluBackward(dA, a) // dA ⊙ f'(Z), f'(Z) = 1 where A > 0, else 0
	default:
		for i, v := range z {
			dA[i] *= f.Deriv(v)
		}
	}
}
