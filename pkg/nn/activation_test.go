package nn

import (
	"math"
	"strings"
	"testing"
)

func TestActivationValues(t *testing.T) {
	tests := []struct {
		f         Activation
		z, want   float64
		wantDeriv float64
	}{
		{Sigmoid, 0, 0.5, 0.25},
		{Sigmoid, 3, 0.9525741268224334, 0.045176659730912},
		{Identity, -2, -2, 1},
		{Step, 0, 1, 0},
		{Step, -0.1, 0, 0},
		{Tanh, 0, 0, 1},
		{ReLU, -1, 0, 0},
		{ReLU, 2, 2, 1},
		{LeakyReLU, -1, -0.01, 0.01},
		{LeakyReLU, 2, 2, 1},
		{Softmax, 5, 1, 0},
	}
	for _, tt := range tests {
		if got := tt.f.F(tt.z); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%v.F(%v) = %v, want %v", tt.f, tt.z, got, tt.want)
		}
		if got := tt.f.Deriv(tt.z); math.Abs(got-tt.wantDeriv) > 1e-12 {
			t.Errorf("%v.Deriv(%v) = %v, want %v", tt.f, tt.z, got, tt.wantDeriv)
		}
	}
	if !math.IsNaN(Softmax.F(math.NaN())) {
		t.Error("Softmax.F(NaN) should be NaN")
	}
}

// TestDerivMatchesNumeric checks every scalar derivative against central
// differences away from the kinks.
func TestDerivMatchesNumeric(t *testing.T) {
	for f := Sigmoid; f < Softmax; f++ {
		for _, z := range []float64{-2.5, -0.7, 0.3, 1.9} {
			g, err := NumericalGradient(func(x []float64) float64 { return f.F(x[0]) }, []float64{z}, 1e-6)
			if err != nil {
				t.Fatal(err)
			}
			num := g[0]
			if math.Abs(num-f.Deriv(z)) > 1e-7 {
				t.Errorf("%v.Deriv(%v) = %v, central difference gives %v", f, z, f.Deriv(z), num)
			}
		}
	}
}

func TestActivationApply(t *testing.T) {
	z := []float64{1, 2, 3}
	dst := make([]float64, 3)
	if err := Softmax.Apply(dst, z); err != nil {
		t.Fatal(err)
	}
	if s := dst[0] + dst[1] + dst[2]; math.Abs(s-1) > 1e-15 || !(dst[0] < dst[1] && dst[1] < dst[2]) {
		t.Errorf("softmax(1,2,3) = %v, want increasing probabilities summing to 1", dst)
	}
	// Large inputs must not overflow.
	if err := Softmax.Apply(dst, []float64{1000, 1000, 1000}); err != nil || math.Abs(dst[0]-1.0/3) > 1e-15 {
		t.Errorf("softmax(1000,1000,1000) = %v, %v; want thirds", dst, err)
	}
	for f := Sigmoid; f < Softmax; f++ {
		if err := f.Apply(dst, z); err != nil {
			t.Fatal(err)
		}
		for i := range z {
			if dst[i] != f.F(z[i]) {
				t.Errorf("%v.Apply gives %v at %d, F gives %v", f, dst[i], i, f.F(z[i]))
			}
		}
	}
	if err := ReLU.Apply(make([]float64, 2), z); err == nil || !strings.Contains(err.Error(), "length") {
		t.Errorf("Apply with mismatched lengths: error %v, want one about lengths", err)
	}
}

func TestEnumStrings(t *testing.T) {
	tests := []struct{ got, want string }{
		{Sigmoid.String(), "Sigmoid"},
		{LeakyReLU.String(), "LeakyReLU"},
		{Activation(42).String(), "Activation(42)"},
		{InitUniform.String(), "InitUniform"},
		{InitXavier.String(), "InitXavier"},
		{InitHe.String(), "InitHe"},
		{Init(9).String(), "Init(9)"},
		{MSE.String(), "MSE"},
		{CrossEntropy.String(), "CrossEntropy"},
		{Loss(7).String(), "Loss(7)"},
		{SGD(0.25).String(), "SGD(0.25)"},
		{Momentum(0.1, 0.9).String(), "Momentum(0.1, 0.9)"},
		{Adam(0.001).String(), "Adam(0.001)"},
		{Schedule{}.String(), "constant"},
		{StepDecay(100, 0.5).String(), "StepDecay(100, 0.5)"},
		{ExpDecay(0.99).String(), "ExpDecay(0.99)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
}
