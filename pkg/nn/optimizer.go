package nn

import (
	"errors"
	"fmt"
	"math"
)

// Adding an optimizer (say RMSProp) takes these edits:
//
//  1. here: a method constant; an exported constructor beside SGD, Momentum
//     and Adam, documenting its update rule and the usual settings; any new
//     settings as Optimizer fields; a case in String and, for settings
//     Train must refuse, in check;
//  2. here: its memory in newOptimizerState (one slice per layer, the
//     weights then the biases, as vel and sq hold them) and its update in
//     step; a plain loop is fine, and only a measured need moves it behind
//     a named operation in kernels.go (as adam is);
//  3. reference_test.go: the same update, one parameter at a time, in
//     refUpdate, so the reference test checks Train against it;
//  4. train_test.go: a row in TestTrainOptimizersLearnXOR;
//  5. doc.go's Training section, which lists the optimizers, and, if the
//     playground should offer it, the optimizer switch in
//     internal/playground/model.go and the playground's settings form.

// method is the rule an Optimizer uses to turn gradients into weight changes.
type method int

const (
	methodSGD      method = iota + 1 // w ← w − η·g (0 is an unset Optimizer)
	methodMomentum                   // v ← μ·v − η·g, w ← w + v
	methodAdam                       // Kingma and Ba, 2015
)

// Optimizer says how Train turns gradients into weight changes. Build one
// with SGD, Momentum or Adam; the zero Optimizer is not usable (Train says
// so).
type Optimizer struct {
	method       method
	learningRate float64 // η, the step size
	mu           float64 // Momentum's μ
	beta1, beta2 float64 // decay rates of Adam's running averages
	epsilon      float64 // Adam's guard against division by zero
}

// SGD returns plain gradient descent, w ← w − η·∂L/∂w, with learning rate
// η: full-batch gradient descent with TrainConfig.BatchSize 0, stochastic
// gradient descent with minibatches.
func SGD(learningRate float64) Optimizer {
	return Optimizer{method: methodSGD, learningRate: learningRate}
}

// Momentum returns gradient descent with momentum: a velocity
// v ← μ·v − η·∂L/∂w and w ← w + v, with μ = mu in [0, 1) (0.9 is usual).
func Momentum(learningRate, mu float64) Optimizer {
	return Optimizer{method: methodMomentum, learningRate: learningRate, mu: mu}
}

// Adam returns the Adam optimiser (Kingma and Ba, 2015) with the usual
// β1 = 0.9, β2 = 0.999 and ε = 1e-8; 0.001 is a good first learning rate.
func Adam(learningRate float64) Optimizer {
	return Optimizer{method: methodAdam, learningRate: learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8}
}

// String describes the optimiser as the call that builds it, such as
// "Adam(0.001)".
func (o Optimizer) String() string {
	switch o.method {
	case methodMomentum:
		return fmt.Sprintf("Momentum(%v, %v)", o.learningRate, o.mu)
	case methodAdam:
		return fmt.Sprintf("Adam(%v)", o.learningRate)
	}
	return fmt.Sprintf("SGD(%v)", o.learningRate)
}

// check reports a learning rate or momentum that Train cannot use.
func (o Optimizer) check() error {
	if o.method == 0 {
		return errors.New("no optimizer: set TrainConfig.Optimizer, e.g. to nn.SGD(0.25) or nn.Adam(0.001)")
	}
	if !(o.learningRate > 0) || math.IsInf(o.learningRate, 0) {
		return fmt.Errorf("%v: learning rate %v, want a positive number", o, o.learningRate)
	}
	if o.method == methodMomentum && !(o.mu >= 0 && o.mu < 1) {
		return fmt.Errorf("%v: momentum %v, want a number in [0, 1)", o, o.mu)
	}
	return nil
}

// optimizerState is what an optimiser remembers between steps: for each
// layer, the velocity (Momentum) or the running average of the gradient
// (Adam) in vel, and Adam's running average of the squared gradient in sq,
// each holding the weights then the biases.
type optimizerState struct {
	opt     Optimizer
	t       int // steps taken, for Adam's bias correction
	vel, sq [][]float64
}

func newOptimizerState(o Optimizer, n *Network) *optimizerState {
	s := &optimizerState{opt: o}
	if o.method == methodSGD {
		return s
	}
	for _, l := range n.Layers {
		size := l.In*l.Out + l.Out
		s.vel = append(s.vel, make([]float64, size))
		if o.method == methodAdam {
			s.sq = append(s.sq, make([]float64, size))
		}
	}
	return s
}

// step applies one update with learning rate lr to every layer, from the
// gradients in GradW and GradB.
func (s *optimizerState) step(n *Network, lr float64) {
	s.t++
	o := s.opt
	for i, l := range n.Layers {
		w, gw := l.W.RawMatrix().Data, l.GradW.RawMatrix().Data
		b, gb := l.B.RawVector().Data, l.GradB.RawVector().Data
		switch o.method {
		case methodSGD:
			axpy(w, -lr, gw)
			axpy(b, -lr, gb)
		case methodMomentum:
			v := s.vel[i]
			momentum(w, gw, v[:len(w)], lr, o.mu)
			momentum(b, gb, v[len(w):], lr, o.mu)
		case methodAdam:
			// Fold the bias corrections 1/(1−β^t) into the step size.
			c1 := 1 - math.Pow(o.beta1, float64(s.t))
			c2 := 1 - math.Pow(o.beta2, float64(s.t))
			alpha := lr * math.Sqrt(c2) / c1
			epsHat := o.epsilon * math.Sqrt(c2)
			m, v := s.vel[i], s.sq[i]
			adam(w, gw, m[:len(w)], v[:len(w)], alpha, o.beta1, o.beta2, epsHat)
			adam(b, gb, m[len(w):], v[len(w):], alpha, o.beta1, o.beta2, epsHat)
		}
	}
}

// momentum moves w by the velocity v ← μ·v − η·g.
func momentum(w, g, v []float64, lr, mu float64) {
	for i := range w {
		v[i] = mu*v[i] - lr*g[i]
		w[i] += v[i]
	}
}

// scheduleKind names a learning-rate schedule.
type scheduleKind int

const (
	constantRate scheduleKind = iota
	stepDecay
	expDecay
)

// Schedule changes the learning rate from epoch to epoch. The zero Schedule
// keeps it constant; StepDecay and ExpDecay build the others.
type Schedule struct {
	kind   scheduleKind
	every  int     // epochs between drops, for StepDecay
	factor float64 // multiplier per drop
}

// StepDecay returns a schedule that multiplies the learning rate by factor
// after every `every` epochs: epoch e (counting from 1) trains at
// base·factor^⌊(e−1)/every⌋, so the first `every` epochs at base. Train
// requires every > 0 and factor in (0, 1].
func StepDecay(every int, factor float64) Schedule {
	return Schedule{kind: stepDecay, every: every, factor: factor}
}

// ExpDecay returns a schedule that multiplies the learning rate by factor
// after every epoch: epoch e (counting from 1) trains at base·factor^(e−1),
// so epoch 1 at base. Train requires factor in (0, 1].
func ExpDecay(factor float64) Schedule {
	return Schedule{kind: expDecay, factor: factor}
}

// String describes the schedule as the call that builds it, such as
// "ExpDecay(0.99)", or "constant".
func (s Schedule) String() string {
	switch s.kind {
	case stepDecay:
		return fmt.Sprintf("StepDecay(%d, %v)", s.every, s.factor)
	case expDecay:
		return fmt.Sprintf("ExpDecay(%v)", s.factor)
	}
	return "constant"
}

// Rate returns the learning rate of epoch, counting from 1, given the base
// rate: base for epoch 1. For an epoch below 1, or a schedule that Train
// rejects (StepDecay with every ≤ 0), it returns NaN.
func (s Schedule) Rate(base float64, epoch int) float64 {
	if epoch < 1 {
		return math.NaN()
	}
	done := epoch - 1 // epochs trained before this one
	switch s.kind {
	case stepDecay:
		if s.every <= 0 {
			return math.NaN()
		}
		return base * math.Pow(s.factor, float64(done/s.every))
	case expDecay:
		return base * math.Pow(s.factor, float64(done))
	}
	return base
}

// check reports a schedule that Train cannot use.
func (s Schedule) check() error {
	if s.kind == constantRate {
		return nil
	}
	if s.kind == stepDecay && s.every <= 0 {
		return fmt.Errorf("%v: every %d epochs, want a positive number", s, s.every)
	}
	if !(s.factor > 0 && s.factor <= 1) {
		return fmt.Errorf("%v: factor %v, want a number in (0, 1]", s, s.factor)
	}
	return nil
}
