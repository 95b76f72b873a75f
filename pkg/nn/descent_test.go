package nn

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// quarticSlope is the derivative of the article's f(x) = x⁴ − 3x³ + 2.
func quarticSlope(x float64) float64 { return 4*x*x*x - 9*x*x }

func TestDescend1DArticle(t *testing.T) {
	path, err := Descend1D(quarticSlope, 6, 0.01, 0.00001, 10000)
	if err != nil {
		t.Fatal(err)
	}
	last := path[len(path)-1]
	if got := fmt.Sprintf("%.6f", last); got != "2.249965" {
		t.Fatalf("the article's descent ends at 2.249965, got %s after %d steps", got, len(path)-1)
	}
	if path[0] != 6 {
		t.Fatalf("the path starts at x0 = 6, got %v", path[0])
	}
	if d := math.Abs(path[len(path)-1] - path[len(path)-2]); d > 0.00001 {
		t.Fatalf("the last step should be within precision, moved %v", d)
	}
	if d := math.Abs(path[len(path)-2] - path[len(path)-3]); d <= 0.00001 {
		t.Fatalf("the descent should stop at the first small step, the one before moved %v", d)
	}
}

func TestDescend1DDivergesAndStops(t *testing.T) {
	path, err := Descend1D(quarticSlope, 6, 0.1, 0.00001, 1000)
	if err == nil || !strings.Contains(err.Error(), "step size 0.1 is too large") || !strings.Contains(err.Error(), "at step") {
		t.Fatalf("step 0.1 from 6 diverges; want an error naming the step size, got %v", err)
	}
	if errors.Is(err, ErrNotConverged) {
		t.Error("divergence is not the same failure as running out of steps")
	}
	if len(path) < 2 {
		t.Fatalf("the path before divergence should be returned, got %v", path)
	}
	for _, x := range path {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			t.Fatalf("the returned path must hold only finite points, got %v", path)
		}
	}

	path, err = Descend1D(quarticSlope, 6, 0.0001, 0.00001, 20)
	if !errors.Is(err, ErrNotConverged) || !strings.Contains(err.Error(), "after 20 steps") {
		t.Fatalf("20 tiny steps cannot converge; want ErrNotConverged, got %v", err)
	}
	if len(path) != 21 {
		t.Fatalf("the full path of 20 steps has 21 points, got %d", len(path))
	}
}

// bowlGradient is the gradient of f(x, y) = (x − 1)² + 10(y + 2)², a
// stretched bowl with its minimum at (1, −2).
func bowlGradient(x, y float64) (float64, float64) { return 2 * (x - 1), 20 * (y + 2) }

func TestDescend2D(t *testing.T) {
	path, err := Descend2D(bowlGradient, -3, 3, 0.04, 1e-8, 10000)
	if err != nil {
		t.Fatal(err)
	}
	n := len(path)
	for i, q := range path {
		if len(q) != 2 {
			t.Fatalf("point %d is %v, want {x, y}", i, q)
		}
	}
	if x, y := path[0][0], path[0][1]; x != -3 || y != 3 {
		t.Fatalf("the path starts at (-3, 3), got (%v, %v)", x, y)
	}
	if x, y := path[n-1][0], path[n-1][1]; !approxEq(x, 1, 1e-6) || !approxEq(y, -2, 1e-6) {
		t.Fatalf("the descent should reach the minimum (1, -2), got (%v, %v) after %d steps", x, y, n-1)
	}

	path, err = Descend2D(bowlGradient, -3, 3, 0.2, 1e-8, 1000)
	if err == nil || !strings.Contains(err.Error(), "step size 0.2 is too large") {
		t.Fatalf("step 0.2 overshoots the steep direction; want a divergence error, got %v", err)
	}
	for i, q := range path {
		if x, y := q[0], q[1]; math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
			t.Fatalf("the returned path must hold only finite points, point %d is (%v, %v)", i, x, y)
		}
	}

	path, err = Descend2D(bowlGradient, -3, 3, 0.001, 1e-8, 5)
	if !errors.Is(err, ErrNotConverged) || len(path) != 6 {
		t.Fatalf("5 tiny steps: want ErrNotConverged and 6 points, got %v and %d", err, len(path))
	}
}

func TestDescentErrors(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		name                string
		x0, step, precision float64
		maxSteps            int
		want                string
	}{
		{"zero step", 6, 0, 1e-5, 10, "step 0 must be positive"},
		{"negative step", 6, -0.1, 1e-5, 10, "step -0.1 must be positive"},
		{"NaN step", 6, nan, 1e-5, 10, "step NaN must be positive"},
		{"Inf step", 6, inf, 1e-5, 10, "step +Inf must be positive"},
		{"zero precision", 6, 0.01, 0, 10, "precision 0 must be positive"},
		{"Inf precision", 6, 0.01, inf, 10, "precision +Inf must be positive"},
		{"no steps", 6, 0.01, 1e-5, 0, "maxSteps is 0"},
		{"NaN start", nan, 0.01, 1e-5, 10, "starting coordinate 1 is NaN"},
	}
	for _, tc := range cases {
		if p, err := Descend1D(quarticSlope, tc.x0, tc.step, tc.precision, tc.maxSteps); err == nil || !strings.Contains(err.Error(), "Descend1D: "+tc.want) || p != nil {
			t.Errorf("Descend1D %s: error %v, path %v; want %q and no path", tc.name, err, p, tc.want)
		}
		if p, err := Descend2D(bowlGradient, tc.x0, 0, tc.step, tc.precision, tc.maxSteps); err == nil || !strings.Contains(err.Error(), "Descend2D: "+tc.want) || p != nil {
			t.Errorf("Descend2D %s: error %v, path %v; want %q and no path", tc.name, err, p, tc.want)
		}
	}
	if _, err := Descend2D(bowlGradient, 0, inf, 0.01, 1e-5, 10); err == nil || !strings.Contains(err.Error(), "starting coordinate 2 is +Inf") {
		t.Errorf("Descend2D with an infinite y0: %v", err)
	}
	if _, err := Descend1D(nil, 6, 0.01, 1e-5, 10); err == nil || !strings.Contains(err.Error(), "df is nil") {
		t.Errorf("Descend1D(nil): %v", err)
	}
	if _, err := Descend2D(nil, 6, 0, 0.01, 1e-5, 10); err == nil || !strings.Contains(err.Error(), "grad is nil") {
		t.Errorf("Descend2D(nil): %v", err)
	}
}
