package nn

import (
	"math"
	"strings"
	"testing"
)

// neuron builds Karpathy's single neuron σ(a·x + b·y + c) from leaves.
func karpathyNeuron(a, b, c, x, y *Value) *Value {
	return a.Mul(x).Add(b.Mul(y)).Add(c).Sigmoid()
}

func approxEq(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func TestCircuitKarpathyNeuron(t *testing.T) {
	a, b, c := NewValue(1, "a"), NewValue(2, "b"), NewValue(-3, "c")
	x, y := NewValue(-1, "x"), NewValue(3, "y")
	out := karpathyNeuron(a, b, c, x, y)
	if !approxEq(out.Data, 0.8808, 5e-5) {
		t.Fatalf("σ(a·x+b·y+c) should be 0.8808, got %.6f", out.Data)
	}
	if err := out.Backward(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		v    *Value
		want float64
	}{{a, -0.105}, {b, 0.315}, {c, 0.105}, {x, 0.105}, {y, 0.210}} {
		if !approxEq(tc.v.Grad, tc.want, 5e-4) {
			t.Errorf("gradient of %s should be %.3f, got %.6f", tc.v.Label, tc.want, tc.v.Grad)
		}
	}
	for _, v := range []*Value{a, b, c, x, y} {
		v.Data += 0.01 * v.Grad
	}
	// The article prints 0.8825; the exact value is 0.88255.
	if next := karpathyNeuron(a, b, c, x, y); !approxEq(next.Data, 0.8825, 1e-4) {
		t.Fatalf("after one step of 0.01 the neuron should give 0.8825, got %.6f", next.Data)
	}
}

func TestCircuitSumTimesProduct(t *testing.T) {
	x, y, z := NewValue(-2, "x"), NewValue(5, "y"), NewValue(-4, "z")
	f := x.Add(y).Mul(z)
	if f.Data != -12 {
		t.Fatalf("(x+y)·z at (-2,5,-4) should be -12, got %v", f.Data)
	}
	if err := f.Backward(); err != nil {
		t.Fatal(err)
	}
	if x.Grad != -4 || y.Grad != -4 || z.Grad != 3 {
		t.Fatalf("gradients should be [-4 -4 3], got [%v %v %v]", x.Grad, y.Grad, z.Grad)
	}
}

func TestValueUsedTwiceAccumulates(t *testing.T) {
	x := NewValue(3, "x")
	f := x.Mul(x).Add(x) // x² + x, df/dx = 2x + 1 = 7
	if err := f.Backward(); err != nil {
		t.Fatal(err)
	}
	if x.Grad != 7 {
		t.Fatalf("d(x²+x)/dx at 3 should be 7 (both uses add up), got %v", x.Grad)
	}
	// A second Backward without ZeroGrad is wrong: the stale gradient of the
	// intermediate x*x (1) is pushed again along with the new one, so x
	// gets 7 + (2·3·2 + 1) = 20 rather than 7. ZeroGrad fixes it.
	if err := f.Backward(); err != nil {
		t.Fatal(err)
	}
	if x.Grad != 20 {
		t.Fatalf("a second Backward without ZeroGrad should give the stale total 20, got %v", x.Grad)
	}
	f.ZeroGrad()
	if x.Grad != 0 || f.Grad != 0 {
		t.Fatalf("ZeroGrad should clear every gradient, got x=%v f=%v", x.Grad, f.Grad)
	}
	if err := f.Backward(); err != nil {
		t.Fatal(err)
	}
	if x.Grad != 7 {
		t.Fatalf("after ZeroGrad, Backward should give 7 again, got %v", x.Grad)
	}
}

// centralDifference1D is a central difference of f at x, used to check
// every operation's backward function.
func centralDifference1D(f func(float64) float64, x float64) float64 {
	const h = 1e-6
	return (f(x+h) - f(x-h)) / (2 * h)
}

func TestValueOperationsMatchNumericalGradients(t *testing.T) {
	w := 0.7 // the second operand of binary operations
	ops := []struct {
		name string
		op   func(v, w *Value) *Value
		f    func(x float64) float64 // the same function on plain numbers
	}{
		{"Add", func(v, w *Value) *Value { return v.Add(w) }, func(x float64) float64 { return x + w }},
		{"Sub", func(v, w *Value) *Value { return v.Sub(w) }, func(x float64) float64 { return x - w }},
		{"SubRight", func(v, w *Value) *Value { return w.Sub(v) }, func(x float64) float64 { return w - x }},
		{"Mul", func(v, w *Value) *Value { return v.Mul(w) }, func(x float64) float64 { return x * w }},
		{"Neg", func(v, _ *Value) *Value { return v.Neg() }, func(x float64) float64 { return -x }},
		{"Pow3", func(v, _ *Value) *Value { return v.Pow(3) }, func(x float64) float64 { return x * x * x }},
		{"PowInv", func(v, _ *Value) *Value { return v.Pow(-1) }, func(x float64) float64 { return 1 / x }},
		{"Exp", func(v, _ *Value) *Value { return v.Exp() }, math.Exp},
		{"Sigmoid", func(v, _ *Value) *Value { return v.Sigmoid() }, func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }},
		{"Tanh", func(v, _ *Value) *Value { return v.Tanh() }, math.Tanh},
		{"ReLU", func(v, _ *Value) *Value { return v.ReLU() }, func(x float64) float64 { return math.Max(0, x) }},
		{"Max", func(v, w *Value) *Value { return v.Max(w) }, func(x float64) float64 { return math.Max(x, w) }},
		{"MaxRight", func(v, w *Value) *Value { return w.Max(v) }, func(x float64) float64 { return math.Max(w, x) }},
	}
	for _, tc := range ops {
		for _, x := range []float64{-1.3, 0.4, 2.1} {
			v := NewValue(x, "v")
			out := tc.op(v, NewValue(w, "w"))
			if !approxEq(out.Data, tc.f(x), 1e-12) {
				t.Errorf("%s(%v): forward %v, want %v", tc.name, x, out.Data, tc.f(x))
			}
			if err := out.Backward(); err != nil {
				t.Fatalf("%s(%v): %v", tc.name, x, err)
			}
			if num := centralDifference1D(tc.f, x); !approxEq(v.Grad, num, 1e-6*(1+math.Abs(num))) {
				t.Errorf("%s(%v): gradient %v, numerical %v", tc.name, x, v.Grad, num)
			}
		}
	}
}

func TestCircuitMaxRoutesGradient(t *testing.T) {
	a, b := NewValue(2, "a"), NewValue(2, "b")
	m := a.Max(b)
	if err := m.Backward(); err != nil {
		t.Fatal(err)
	}
	if a.Grad != 1 || b.Grad != 0 {
		t.Fatalf("on a tie Max should route the gradient to the receiver, got a=%v b=%v", a.Grad, b.Grad)
	}
	r := NewValue(0, "r").ReLU()
	if err := r.Backward(); err != nil {
		t.Fatal(err)
	}
	if r.Inputs()[0].Grad != 0 {
		t.Fatalf("ReLU at 0 should pass no gradient, got %v", r.Inputs()[0].Grad)
	}
}

func TestCircuitErrors(t *testing.T) {
	var nilValue *Value
	x := NewValue(1, "x")
	cases := []struct {
		name string
		out  *Value
		want string
	}{
		{"nil right operand", x.Mul(nil), `*: operand 2 is a nil`},
		{"nil receiver", nilValue.Add(x), `+: operand 1 is a nil`},
		{"nil deep in circuit", x.Add(nilValue.Exp()), `exp: operand 1 is a nil`},
		{"NaN from Pow", NewValue(-2, "neg").Pow(0.5).Add(x), `"^0.5" holds NaN`},
		{"Inf leaf", NewValue(math.Inf(1), "big").Mul(x), `value "big" holds +Inf`},
		{"unnamed leaf", NewValue(math.NaN(), "").Mul(x), `unnamed leaf value holds NaN`},
	}
	for _, tc := range cases {
		err := tc.out.Backward()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
		if x.Grad != 0 {
			t.Errorf("%s: a failing Backward must not change gradients, x.Grad=%v", tc.name, x.Grad)
		}
	}
	if err := nilValue.Backward(); err == nil {
		t.Error("Backward on a nil *Value should return an error")
	}
	nilValue.ZeroGrad() // must not panic
}

func TestValueStringAndInputs(t *testing.T) {
	a, b := NewValue(1, "a"), NewValue(2, "")
	p := a.Mul(b)
	if got := a.String(); got != "Value(a: data=1, grad=0)" {
		t.Errorf("String of a leaf: %q", got)
	}
	if got := p.String(); got != "Value(*: data=2, grad=0)" {
		t.Errorf("String of an unlabelled product: %q", got)
	}
	in := p.Inputs()
	if len(in) != 2 || in[0] != a || in[1] != b {
		t.Fatalf("Inputs of a*b should be [a b], got %v", in)
	}
	in[0] = nil // a copy: changing it must not change the circuit
	if p.Inputs()[0] != a {
		t.Fatal("Inputs must return a copy")
	}
	if a.Inputs() != nil {
		t.Fatal("a leaf has no inputs")
	}
}
