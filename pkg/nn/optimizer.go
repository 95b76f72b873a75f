package nn

import (
	"fmt"
	"math"

	"github.com/neurons-in-go/course/pkg/nn/internal/gemm"
)

// Method is the rule an Optimizer uses to turn gradients into weight changes.
type Method int

// The optimisation methods.
const (
	// MethodSGD is plain gradient descent, w ← w − η·g: full-batch gradient
	// descent with BatchSize 0, stochastic gradient descent with minibatches.
	MethodSGD Method = iota
	// MethodMomentum keeps a velocity v ← μ·v − η·g and moves w ← w + v.
	MethodMomentum
	// MethodAdam scales each step by running averages of the gradient and of
	// its square (Kingma and Ba, 2015).
	MethodAdam
)

// String returns the method's name, such as "MethodAdam".
func (m Method) String() string {
	switch m {
	case MethodSGD:
		return "MethodSGD"
	case MethodMomentum:
		return "MethodMomentum"
	case MethodAdam:
		return "MethodAdam"
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// Optimizer says how Train updates the weights. Build one with SGD, Momentum
// or Adam; LearningRate must be positive, and a zero Momentum, Beta1, Beta2 or
// Epsilon takes the usual default (0.9, 0.9, 0.999, 1e-8).
type Optimizer struct {
	Method       Method
	LearningRate float64 // η, the step size
	Momentum     float64 // μ for MethodMomentum
	Beta1, Beta2 float64 // decay rates of Adam's running averages
	Epsilon      float64 // Adam's guard against division by zero
}

// SGD returns plain gradient descent with the given learning rate.
func SGD(learningRate float64) Optimizer {
	return Optimizer{Method: MethodSGD, LearningRate: learningRate}
}

// Momentum returns gradient descent with momentum mu (0.9 is usual).
func Momentum(learningRate, mu float64) Optimizer {
	return Optimizer{Method: MethodMomentum, LearningRate: learningRate, Momentum: mu}
}

// Adam returns the Adam optimiser with the usual β1 = 0.9, β2 = 0.999,
// ε = 1e-8; 0.001 is a good first learning rate.
func Adam(learningRate float64) Optimizer {
	return Optimizer{Method: MethodAdam, LearningRate: learningRate, Beta1: 0.9, Beta2: 0.999, Epsilon: 1e-8}
}

func (o Optimizer) check() error {
	if !(o.LearningRate > 0) || math.IsInf(o.LearningRate, 0) {
		return fmt.Errorf("nn: optimizer learning rate is %v, want a positive number", o.LearningRate)
	}
	if o.Method < MethodSGD || o.Method > MethodAdam {
		return fmt.Errorf("nn: unknown optimizer method %v", o.Method)
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"Momentum", o.Momentum}, {"Beta1", o.Beta1}, {"Beta2", o.Beta2}} {
		if p.v < 0 || p.v >= 1 || math.IsNaN(p.v) {
			return fmt.Errorf("nn: optimizer %s is %v, want a number in [0, 1)", p.name, p.v)
		}
	}
	if o.Epsilon < 0 || math.IsNaN(o.Epsilon) {
		return fmt.Errorf("nn: optimizer Epsilon is %v, want a non-negative number", o.Epsilon)
	}
	return nil
}

func orDefault(v, def float64) float64 {
	if v == 0 {
		return def
	}
	return v
}

// optimizerState holds what an optimiser remembers between steps.
type optimizerState struct {
	opt Optimizer
	t   int // number of steps taken, for Adam's bias correction
}

// reset prepares every layer's state buffers for a new run.
func (s *optimizerState) reset(n *Network) {
	s.t = 0
	for _, l := range n.Layers {
		size := 0
		if s.opt.Method != MethodSGD {
			size = len(l.W.RawMatrix().Data) + l.Out
		}
		l.vel = resize(l.vel, size)
		clear(l.vel)
		if s.opt.Method == MethodAdam {
			l.m2 = resize(l.m2, size)
			clear(l.m2)
		}
	}
}

func resize(s []float64, n int) []float64 {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]float64, n)
}

// step applies one update with learning rate lr to every layer.
func (s *optimizerState) step(n *Network, lr float64) {
	s.t++
	o := s.opt
	for _, l := range n.Layers {
		w, gw := l.W.RawMatrix().Data, l.GradW.RawMatrix().Data
		b, gb := l.B.RawVector().Data, l.GradB.RawVector().Data
		switch o.Method {
		case MethodSGD:
			axpy(w, -lr, gw)
			axpy(b, -lr, gb)
		case MethodMomentum:
			mu := orDefault(o.Momentum, 0.9)
			momentum(w, gw, l.vel[:len(w)], lr, mu)
			momentum(b, gb, l.vel[len(w):], lr, mu)
		case MethodAdam:
			b1, b2 := orDefault(o.Beta1, 0.9), orDefault(o.Beta2, 0.999)
			eps := orDefault(o.Epsilon, 1e-8)
			// Fold the bias corrections 1/(1−β^t) into the step size.
			c1 := 1 - math.Pow(b1, float64(s.t))
			c2 := 1 - math.Pow(b2, float64(s.t))
			alpha := lr * math.Sqrt(c2) / c1
			epsHat := eps * math.Sqrt(c2)
			adam(w, gw, l.vel[:len(w)], l.m2[:len(w)], alpha, b1, b2, epsHat)
			adam(b, gb, l.vel[len(w):], l.m2[len(w):], alpha, b1, b2, epsHat)
		}
	}
}

func momentum(w, g, v []float64, lr, mu float64) {
	for i := range w {
		v[i] = mu*v[i] - lr*g[i]
		w[i] += v[i]
	}
}

// adam applies Adam's update to w (see gemm.Adam: four values at a time on
// AVX2 CPUs, with exactly the scalar loop's result). Its only error is for
// slices of different lengths, and step passes equal ones.
func adam(w, g, m, v []float64, alpha, b1, b2, eps float64) {
	_ = gemm.Adam(w, g, m, v, alpha, b1, b2, eps)
}

// ScheduleKind names a learning-rate schedule.
type ScheduleKind int

// The learning-rate schedules.
const (
	// Constant keeps the learning rate fixed.
	Constant ScheduleKind = iota
	// StepDecayKind multiplies the rate by Factor every Every epochs.
	StepDecayKind
	// ExpDecayKind multiplies the rate by Factor after every epoch.
	ExpDecayKind
)

// Schedule changes the learning rate from epoch to epoch. The zero Schedule
// keeps it constant; build others with StepDecay and ExpDecay.
type Schedule struct {
	Kind   ScheduleKind
	Every  int     // epochs between drops, for StepDecayKind
	Factor float64 // multiplier per drop, in (0, 1]
}

// StepDecay returns a schedule that multiplies the learning rate by factor
// every `every` epochs: rate = base·factor^⌊epoch/every⌋.
func StepDecay(every int, factor float64) Schedule {
	return Schedule{Kind: StepDecayKind, Every: every, Factor: factor}
}

// ExpDecay returns a schedule that multiplies the learning rate by factor
// after every epoch: rate = base·factor^epoch.
func ExpDecay(factor float64) Schedule {
	return Schedule{Kind: ExpDecayKind, Factor: factor}
}

// Rate returns the learning rate for epoch (counting from 0) given the base
// rate.
func (s Schedule) Rate(base float64, epoch int) float64 {
	switch s.Kind {
	case StepDecayKind:
		return base * math.Pow(s.Factor, float64(epoch/s.Every))
	case ExpDecayKind:
		return base * math.Pow(s.Factor, float64(epoch))
	}
	return base
}

func (s Schedule) check() error {
	switch s.Kind {
	case Constant:
		return nil
	case StepDecayKind:
		if s.Every <= 0 {
			return fmt.Errorf("nn: StepDecay every %d epochs, want a positive number", s.Every)
		}
	case ExpDecayKind:
	default:
		return fmt.Errorf("nn: unknown schedule kind %d", int(s.Kind))
	}
	if !(s.Factor > 0 && s.Factor <= 1) {
		return fmt.Errorf("nn: schedule factor %v, want a number in (0, 1]", s.Factor)
	}
	return nil
}
