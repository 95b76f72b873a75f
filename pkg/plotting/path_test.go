package plotting

import (
	"fmt"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"
)

// TestPathOptions checks which points of a path get a dot, the legend that
// says so, and that negative settings are errors naming the field.
func TestPathOptions(t *testing.T) {
	steps := make(plotter.XYs, 100)
	for i := range steps {
		steps[i] = plotter.XY{X: float64(i), Y: 0}
	}
	tests := []struct {
		opt    PathOptions
		dots   []float64 // the x (the index) of each dotted point
		legend string
	}{
		{PathOptions{}, nil, "steps"},
		{PathOptions{NoMarkers: true}, []float64{}, "steps"},
		{PathOptions{MarkFirst: 3}, []float64{0, 1, 2}, "steps (dots: the first 3)"},
		{PathOptions{MarkFirst: 500}, nil, "steps"},
		{PathOptions{MarkEvery: 40}, []float64{0, 40, 80}, "steps (dots: every 40th)"},
		{PathOptions{MarkEvery: 1}, nil, "steps"},
		{PathOptions{MarkFirst: 50, MarkEvery: 22}, []float64{0, 22, 44}, "steps (dots: every 22nd of the first 50)"},
	}
	for _, tc := range tests {
		got := tc.opt.marked(steps)
		if tc.dots == nil { // every point
			if len(got) != len(steps) {
				t.Errorf("%+v: %d dots, want all %d", tc.opt, len(got), len(steps))
			}
		} else {
			var xs []float64
			for _, p := range got {
				xs = append(xs, p.X)
			}
			if fmt.Sprint(xs) != fmt.Sprint(tc.dots) && !(len(xs) == 0 && len(tc.dots) == 0) {
				t.Errorf("%+v: dots at %v, want %v", tc.opt, xs, tc.dots)
			}
		}
		if l := tc.opt.legend(len(steps)); l != tc.legend {
			t.Errorf("%+v: legend %q, want %q", tc.opt, l, tc.legend)
		}
	}
	f := func(x, y float64) float64 { return x*x + y*y }
	path := [][]float64{{1, 1}, {0.5, 0.5}, {0.2, 0.2}}
	for _, bad := range []PathOptions{{MarkFirst: -1}, {MarkEvery: -2}} {
		_, err := Descent2DPath("t", "x", "y", f, Range{Min: -1, Max: 1}, Range{Min: -1, Max: 1}, path, 0, bad)
		if err == nil || !strings.Contains(err.Error(), "PathOptions.Mark") {
			t.Errorf("%+v: error %v, want one naming the PathOptions field", bad, err)
		}
		_, err = Descent1DPath("t", func(x float64) float64 { return x * x }, -1, 1, []float64{1, 0.5}, 0, Frame{}, bad)
		if err == nil || !strings.Contains(err.Error(), "PathOptions.Mark") {
			t.Errorf("1D %+v: error %v, want one naming the PathOptions field", bad, err)
		}
	}
	fig, err := Descent2DPath("t", "x", "y", f, Range{Min: -1, Max: 1}, Range{Min: -1, Max: 1}, path, 0, PathOptions{MarkFirst: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "descent2dpath.png", fig)
}
