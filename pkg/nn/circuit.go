package nn

import (
	"errors"
	"fmt"
	"math"
)

// Value is one wire of a real-valued circuit: a number (Data) and the
// gradient of the circuit's output with respect to that number (Grad).
//
// Every operation on Values (Add, Mul, Sigmoid, ...) creates a new Value,
// remembers which Values it was made from, and keeps a small function that
// knows how to push the output's gradient back to those inputs by the chain
// rule. Backward, called on the final output, runs those functions from the
// output back to the inputs. This is the whole of backpropagation; the
// design follows Andrej Karpathy's micrograd.
//
// A Value used twice (for example x in x*x) receives the sum of the
// gradients from both uses, because each use adds to Grad rather than
// overwriting it. Call ZeroGrad before a second Backward on the same graph.
type Value struct {
	// Data is the number this wire carries, computed on the forward pass.
	Data float64
	// Grad is d(output)/d(Data), filled in by Backward on the output.
	Grad float64
	// Label is a name for printing and drawing the circuit ("a", "x", "a*x").
	Label string
	// Op names the operation that produced this Value ("+", "*", "sigmoid"),
	// or is empty for a Value made by NewValue.
	Op string

	inputs   []*Value
	backward func() // pushes this Value's Grad to its inputs
	err      error  // set when an operation was given a nil operand
}

// NewValue returns a leaf Value (an input or a parameter of the circuit)
// holding data, named label.
func NewValue(data float64, label string) *Value {
	return &Value{Data: data, Label: label}
}

// Inputs returns the Values this Value was computed from, in operand order,
// or nil for a leaf. The lessons use it to draw the circuit.
func (v *Value) Inputs() []*Value {
	if v == nil {
		return nil
	}
	return append([]*Value(nil), v.inputs...)
}

// String returns a short description such as "Value(a: data=1, grad=-0.105)".
func (v *Value) String() string {
	if v == nil {
		return "Value(nil)"
	}
	name := v.Label
	if name == "" {
		name = v.Op
	}
	return fmt.Sprintf("Value(%s: data=%.4g, grad=%.4g)", name, v.Data, v.Grad)
}

// newOpValue makes the output of operation op on inputs, or, when an operand
// is nil, an output carrying an error that Backward will report.
func newOpValue(op string, data float64, inputs ...*Value) *Value {
	out := &Value{Data: data, Op: op, inputs: inputs}
	for i, in := range inputs {
		if in == nil {
			out.Data = math.NaN()
			out.inputs = nil
			out.err = fmt.Errorf("nn: Backward: %s: operand %d is a nil *Value", op, i+1)
			return out
		}
	}
	return out
}

// valueData returns v.Data, or NaN for a nil operand (newOpValue reports it).
func valueData(v *Value) float64 {
	if v == nil {
		return math.NaN()
	}
	return v.Data
}

// Add returns v + w. The gradient of a sum is distributed unchanged to both
// inputs: d(v+w)/dv = d(v+w)/dw = 1.
func (v *Value) Add(w *Value) *Value {
	out := newOpValue("+", valueData(v)+valueData(w), v, w)
	out.backward = func() {
		v.Grad += out.Grad
		w.Grad += out.Grad
	}
	return out
}

// Mul returns v · w. Each input's gradient is the other input's value times
// the output's gradient: d(v·w)/dv = w, d(v·w)/dw = v.
func (v *Value) Mul(w *Value) *Value {
	out := newOpValue("*", valueData(v)*valueData(w), v, w)
	out.backward = func() {
		v.Grad += w.Data * out.Grad
		w.Grad += v.Data * out.Grad
	}
	return out
}

// Neg returns −v. Its local gradient is −1.
func (v *Value) Neg() *Value {
	out := newOpValue("neg", -valueData(v), v)
	out.backward = func() {
		v.Grad -= out.Grad
	}
	return out
}

// Sub returns v − w. The gradient reaches v unchanged and w negated.
func (v *Value) Sub(w *Value) *Value {
	out := newOpValue("-", valueData(v)-valueData(w), v, w)
	out.backward = func() {
		v.Grad += out.Grad
		w.Grad -= out.Grad
	}
	return out
}

// Pow returns v raised to the constant power p. Its local gradient is
// p·v^(p−1). A negative v with a fractional p gives NaN, which Backward
// reports as an error.
func (v *Value) Pow(p float64) *Value {
	out := newOpValue(fmt.Sprintf("^%g", p), math.Pow(valueData(v), p), v)
	out.backward = func() {
		v.Grad += p * math.Pow(v.Data, p-1) * out.Grad
	}
	return out
}

// Exp returns e^v. Its local gradient is e^v itself.
func (v *Value) Exp() *Value {
	out := newOpValue("exp", math.Exp(valueData(v)), v)
	out.backward = func() {
		v.Grad += out.Data * out.Grad
	}
	return out
}

// Sigmoid returns σ(v) = 1/(1+e^−v). Its local gradient is σ(v)·(1−σ(v)),
// computed from the output, so the forward pass is not repeated.
func (v *Value) Sigmoid() *Value {
	s := 1 / (1 + math.Exp(-valueData(v)))
	out := newOpValue("sigmoid", s, v)
	out.backward = func() {
		v.Grad += s * (1 - s) * out.Grad
	}
	return out
}

// Tanh returns tanh(v). Its local gradient is 1 − tanh(v)².
func (v *Value) Tanh() *Value {
	t := math.Tanh(valueData(v))
	out := newOpValue("tanh", t, v)
	out.backward = func() {
		v.Grad += (1 - t*t) * out.Grad
	}
	return out
}

// ReLU returns max(0, v). The gradient passes through where v > 0 and is
// stopped (multiplied by 0) elsewhere, including at v = 0.
func (v *Value) ReLU() *Value {
	out := newOpValue("relu", math.Max(0, valueData(v)), v)
	out.backward = func() {
		if v.Data > 0 {
			v.Grad += out.Grad
		}
	}
	return out
}

// Max returns the larger of v and w. The gradient is routed entirely to the
// input that won; on a tie it goes to v, the receiver.
func (v *Value) Max(w *Value) *Value {
	out := newOpValue("max", math.Max(valueData(v), valueData(w)), v, w)
	out.backward = func() {
		if v.Data >= w.Data {
			v.Grad += out.Grad
		} else {
			w.Grad += out.Grad
		}
	}
	return out
}

// graph returns every Value that v depends on, v included, in topological
// order: each Value comes after all the Values it was computed from.
func (v *Value) graph() []*Value {
	var order []*Value
	visited := map[*Value]bool{}
	var visit func(*Value)
	visit = func(n *Value) {
		if visited[n] {
			return
		}
		visited[n] = true
		for _, in := range n.inputs {
			visit(in)
		}
		order = append(order, n)
	}
	visit(v)
	return order
}

// Backward computes the gradient of v with respect to every Value in its
// circuit. It sets v.Grad to 1 (dv/dv), sorts the circuit so that each
// Value comes after its inputs, and calls each Value's backward function in
// reverse order, so a Value's Grad is complete before it is pushed further.
//
// Gradients are added to what Grad already holds; call ZeroGrad first when
// running Backward again on the same circuit. Backward returns an error,
// and computes no gradients, when an operation was given a nil operand or
// a Value in the circuit holds NaN or ±Inf; the error names the operation,
// or the Value by its label.
func (v *Value) Backward() error {
	if v == nil {
		return errors.New("nn: Backward: called on a nil *Value")
	}
	order := v.graph()
	for _, n := range order {
		if n.err != nil {
			return n.err
		}
		if math.IsNaN(n.Data) || math.IsInf(n.Data, 0) {
			return fmt.Errorf("nn: Backward: %s holds %v; the circuit's forward pass is not finite", n.describe(), n.Data)
		}
	}
	v.Grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		if order[i].backward != nil {
			order[i].backward()
		}
	}
	return nil
}

// describe names a Value for an error message.
func (v *Value) describe() string {
	switch {
	case v.Label != "":
		return fmt.Sprintf("value %q", v.Label)
	case v.Op != "":
		return fmt.Sprintf("the output of %q", v.Op)
	}
	return "an unnamed leaf value"
}

// ZeroGrad sets Grad to 0 on v and on every Value v was computed from, so
// that a following Backward starts from clean gradients.
func (v *Value) ZeroGrad() {
	if v == nil {
		return
	}
	for _, n := range v.graph() {
		n.Grad = 0
	}
}
