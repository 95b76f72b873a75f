package plotting

import (
	"fmt"
	"math"
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

// TestPathContours checks that PathOptions.Contours draws the contour lines at
// the given values, labelled, where the lines cross the diagonal from the
// minimum to the top right corner, and that bad levels are errors.
func TestPathContours(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + y*y }
	r := Range{Min: -1, Max: 1}
	g, err := sampleGrid("test", f, r, r, 120)
	if err != nil {
		t.Fatal(err)
	}
	// A path along the diagonal pushes the labels off it.
	diagonal := plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}}
	tests := []struct {
		level  float64
		path   plotter.XYs
		at     plotter.XY
		inside bool
	}{
		{0.25, nil, plotter.XY{X: 0.3536, Y: 0.3536}, true}, // the circle of radius 0.5, on the diagonal
		{0.81, nil, plotter.XY{X: 0.6364, Y: 0.6364}, true}, // radius 0.9
		{3, nil, plotter.XY{}, false},                       // outside the chart
		{1.99, nil, plotter.XY{}, false},                    // only in the corners, near the edges
		// 5% of the span (0.1) away from the diagonal: 0.1/0.5 radians round the circle.
		{0.25, diagonal, plotter.XY{X: 0.5 * math.Cos(math.Pi/4-0.2), Y: 0.5 * math.Sin(math.Pi/4-0.2)}, true},
	}
	for _, tc := range tests {
		at, ok := labelPoint(g, isoLines(g, tc.level, lerpAt(tc.level)), r, r, tc.path)
		if ok != tc.inside {
			t.Errorf("level %g: found %v, want %v", tc.level, ok, tc.inside)
			continue
		}
		if tc.path != nil && at.X < at.Y { // either side of the diagonal path will do
			at.X, at.Y = at.Y, at.X
		}
		if ok && (math.Abs(at.X-tc.at.X) > 0.03 || math.Abs(at.Y-tc.at.Y) > 0.03) {
			t.Errorf("level %g: label at (%.3f, %.3f), want near (%.3f, %.3f)", tc.level, at.X, at.Y, tc.at.X, tc.at.Y)
		}
	}
	// On a slope rising to the right the contours are upright lines: a label
	// keeps 8% of the x span from the side edges, so the line x = 0.9 (5% from
	// the right edge) gets none and x = 0.8 (10%) gets one.
	slope, err := sampleGrid("test", func(x, _ float64) float64 { return x }, r, r, 120)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		level  float64
		inside bool
	}{{0.9, false}, {0.8, true}} {
		if at, ok := labelPoint(slope, isoLines(slope, tc.level, lerpAt(tc.level)), r, r, nil); ok != tc.inside || (ok && math.Abs(at.X-tc.level) > 0.03) {
			t.Errorf("upright line x = %g: label at %v (found %v), want found %v", tc.level, at, ok, tc.inside)
		}
	}
	path := [][]float64{{-0.8, 0.6}, {-0.4, 0.3}, {0, 0}}
	plain, err := Descent2DPath("t", "x", "y", f, r, r, path, 0, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	labelled, err := Descent2DPath("t", "x", "y", f, r, r, path, 0, PathOptions{Contours: []float64{0.81, 0.25}})
	if err != nil {
		t.Fatal(err)
	}
	if string(plain.PNG()) == string(labelled.PNG()) {
		t.Error("Contours should change the contour lines drawn")
	}
	for _, bad := range [][]float64{{0.25, math.NaN()}, {math.Inf(1)}} {
		_, err := Descent2DPath("t", "x", "y", f, r, r, path, 0, PathOptions{Contours: bad})
		if err == nil || !strings.Contains(err.Error(), "PathOptions.Contours[") {
			t.Errorf("Contours %v: error %v, want one naming the level", bad, err)
		}
	}
	_, err = Descent1DPath("t", func(x float64) float64 { return x * x }, -1, 1, []float64{1, 0.5}, 0, Frame{}, PathOptions{Contours: []float64{1}})
	if err == nil || !strings.Contains(err.Error(), "Descent2DPath") {
		t.Errorf("Descent1DPath with Contours: error %v, want one saying they are for Descent2DPath", err)
	}
}

// TestPathNoLine checks that PathOptions.NoLine drops the line joining the
// steps but keeps their dots, and that it cannot be combined with NoMarkers.
func TestPathNoLine(t *testing.T) {
	f := func(x float64) float64 { return x * x }
	path := []float64{-1, 0.2, 0.9, 1}
	orange := func(opt PathOptions) int { // pixels close to the path's orange
		fig, err := Descent1DPath("t", f, -1, 1, path, 0, Frame{}, opt)
		if err != nil {
			t.Fatal(err)
		}
		img := fig.Image()
		n := 0
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				c := img.RGBAAt(x, y)
				if d := math.Abs(float64(c.R)-float64(Orange.R)) + math.Abs(float64(c.G)-float64(Orange.G)) + math.Abs(float64(c.B)-float64(Orange.B)); d < 30 {
					n++
				}
			}
		}
		return n
	}
	withLine, dotsOnly := orange(PathOptions{}), orange(PathOptions{NoLine: true})
	if dotsOnly == 0 || 2*dotsOnly > withLine {
		t.Errorf("NoLine should keep the dots and drop the line: %d orange pixels, against %d with the line", dotsOnly, withLine)
	}
	_, err := Descent1DPath("t", f, -1, 1, path, 0, Frame{}, PathOptions{NoLine: true, NoMarkers: true})
	if err == nil || !strings.Contains(err.Error(), "NoLine") {
		t.Errorf("NoLine with NoMarkers: error %v, want one naming NoLine", err)
	}
}
