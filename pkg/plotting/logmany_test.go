package plotting

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestLogTicksManyDecades(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max float64
		want     []string // labels of the ticks inside [min, max]
	}{
		{"seven decades, all labelled", 1e-6, 1.5, []string{"10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"}},
		{"eight decades, every 2nd", 1e-7, 1.5, []string{"10⁻⁶", "10⁻⁴", "10⁻²", "10⁰"}},
		{"24 decades, every 5th", 1e-23, 10, []string{"10⁻²⁰", "10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "10⁰"}},
		{"60 decades, every 10th", 1e-50, 1e10, []string{"10⁻⁵⁰", "10⁻⁴⁰", "10⁻³⁰", "10⁻²⁰", "10⁻¹⁰", "10⁰", "10¹⁰"}},
		{"whole float64 range", 1e-300, 1e300, []string{"10⁻³⁰⁰", "10⁻²⁰⁰", "10⁻¹⁰⁰", "10⁰", "10¹⁰⁰", "10²⁰⁰", "10³⁰⁰"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			n := 0
			for _, tk := range (logTicks{}).Ticks(tc.min, tc.max) {
				if tk.Value >= tc.min && tk.Value <= tc.max {
					n++
					if tk.Label != "" {
						got = append(got, tk.Label)
					}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("labels %q, want %q", got, tc.want)
			}
			if len(got) > maxLogLabels {
				t.Errorf("%d labels, want at most %d", len(got), maxLogLabels)
			}
		})
	}
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

// TestNotebookLayouts draws the layouts the lessons use most: a loss falling
// through 24 decades on a log axis, and two decision boundaries with 300
// points side by side in a Grid.
func TestNotebookLayouts(t *testing.T) {
	var loss []float64
	for e := range 2000 {
		loss = append(loss, 0.6*math.Pow(10, -11.6*float64(e)/1999))
	}
	f, err := Loss("MSE per epoch", true, Run{Label: "aluminium share only", TrainLoss: loss})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss_decades.png", f)
	rng := rand.New(rand.NewPCG(1, 2))
	var pts [][]float64
	var cls []int
	for range 300 {
		x, y := rng.NormFloat64(), rng.NormFloat64()
		pts = append(pts, []float64{x, y})
		c := 0
		if x*y < 0 {
			c = 1
		}
		cls = append(cls, c)
	}
	prob := func(x, y float64) float64 { return sigmoid(-4 * x * y) }
	var figs []*Figure
	for _, title := range []string{"3 hidden neurons", "50 hidden neurons"} {
		b, err := DecisionBoundary(title, prob, Range{-3, 3}, Range{-3, 3}, pts, cls)
		if err != nil {
			t.Fatal(err)
		}
		figs = append(figs, b)
	}
	g, err := Grid(2, figs...)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary_grid.png", g)
}
