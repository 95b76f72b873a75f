package plotting

import (
	"math"
	"testing"
)

func TestBoundaryAndDescentCharts(t *testing.T) {
	prob := func(x, y float64) float64 { return sigmoid(8*(x+y-1)) * sigmoid(-8*(x+y-2.2)) }
	pts := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.2, 0.9}, {0.9, 0.1}}
	cls := []int{0, 1, 1, 0, 1, 1}
	f, err := DecisionBoundary("XOR", prob, Range{-0.5, 1.5}, Range{-0.5, 1.5}, pts, cls)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary.png", f)
	fx := func(x float64) float64 { return x*x*x*x - 3*x*x + x }
	var path []float64
	x := 2.0
	for i := 0; i < 15; i++ {
		path = append(path, x)
		x -= 0.05 * (4*x*x*x - 6*x + 1)
	}
	d1, err := Descent1D("Gradient descent, rate 0.05", fx, -2.2, 2.2, path)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "descent1d.png", d1)
	fxy := func(x, y float64) float64 { return x*x + 5*y*y }
	var p2 [][]float64
	a, b := -1.8, 1.0
	for i := 0; i < 20; i++ {
		p2 = append(p2, []float64{a, b})
		a, b = a-0.15*2*a, b-0.15*10*b
	}
	d2, err := Descent2D("Descent on x² + 5y²", fxy, Range{-2, 2}, Range{-1.2, 1.2}, p2)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "descent2d.png", d2)
}

// TestLessonUnitSquare draws lesson 3's decision lines on the unit square.
func TestLessonUnitSquare(t *testing.T) {
	unit := Range{Min: -0.5, Max: 1.5}
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	and, err := DecisionBoundary("AND", func(x, y float64) float64 { return step(x + y - 1.5) }, unit, unit, X, []int{0, 0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	or, err := DecisionBoundary("OR", func(x, y float64) float64 { return step(x + y - 0.5) }, unit, unit, X, []int{0, 1, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	g, err := Grid(2, and, or)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson3-unit-square.png", g)
	// Lesson 3's mistakes per epoch: counts from 0, where gonum's ticks
	// once labelled "-0".
	var xor, and2 []float64
	for e := range 30 {
		xor = append(xor, float64(2+e%2))
		and2 = append(and2, math.Max(0, float64(3-e)))
	}
	s, err := Series("Wrong answers per epoch", "epoch", "wrong answers (of 4)", false,
		Line{Label: "XOR", Y: xor}, Line{Label: "AND", Y: and2})
	if err != nil {
		t.Fatal(err)
	}
	g, err = Grid(2, and, s)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson3-mistakes-per-epoch.png", g)
}

func TestMarkerRadius(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want float64
	}{{0, 2 * glyphRadius}, {4, 2 * glyphRadius}, {100, glyphRadius}, {300, glyphRadius}} {
		if got := float64(markerRadius(tc.n)); got != tc.want {
			t.Errorf("markerRadius(%d) = %g, want %g", tc.n, got, tc.want)
		}
	}
	if r := markerRadius(20); r <= glyphRadius || r >= 2*glyphRadius {
		t.Errorf("markerRadius(20) = %g, want between %g and %g", r, glyphRadius, 2*glyphRadius)
	}
}

// TestBoundaryLinesExact checks that DecisionBoundary's line for a
// perceptron, a step of w·x + b, lies on w·x + b = 0 (not on the grid's
// staircase), and that a smooth sigmoid's line is as close.
func TestBoundaryLinesExact(t *testing.T) {
	w1, w2, b := 0.7, 1.1, -1.5
	z := func(x, y float64) float64 { return w1*x + w2*y + b }
	for _, tc := range []struct {
		name string
		prob func(x, y float64) float64
		tol  float64 // largest distance from the line, in units of x
	}{
		{"step", func(x, y float64) float64 {
			if z(x, y) > 0 {
				return 1
			}
			return 0
		}, 1e-6},
		{"sigmoid", func(x, y float64) float64 { return sigmoid(z(x, y)) }, 1e-6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Range{-0.5, 1.5}
			g, err := sampleGrid("test", tc.prob, r, r, boundaryCells)
			if err != nil {
				t.Fatal(err)
			}
			for c := range g.z {
				for i := range g.z[c] {
					g.z[c][i] = math.Max(0, math.Min(1, g.z[c][i]))
				}
			}
			lines, err := boundaryLines("test", tc.prob, g)
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) != 1 || len(lines[0]) < 100 {
				t.Fatalf("%d lines, want one across the grid", len(lines))
			}
			norm := math.Hypot(w1, w2)
			for _, q := range lines[0] {
				if d := math.Abs(z(q.X, q.Y)) / norm; d > tc.tol {
					t.Fatalf("(%g, %g) is %g from the line", q.X, q.Y, d)
				}
			}
		})
	}
}
