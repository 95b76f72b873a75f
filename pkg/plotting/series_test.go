package plotting

import (
	"math"
	"strings"
	"testing"
)

func TestSeriesAndFunctionsXY(t *testing.T) {
	g := []float64{0.25, 0.06, 0.015, 0.004, 0.001}
	r := []float64{0.3, 0.28, 0.3, 0.29, 0.31}
	for _, logY := range []bool{false, true} {
		f, err := Series("gradient by layer", "layer", "mean |gradient|", logY,
			Line{Label: "sigmoid", Y: g}, Line{Label: "ReLU", Y: r, Dashed: true}, Line{Label: "none"})
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, "series.png", f)
	}
	one, err := Series("one value", "step", "v", false, Line{Y: []float64{2}})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series_one.png", one)
	fx, err := FunctionsXY("loss by weight", "w", "loss", -1, 4, Fn{Label: "sq", F: func(x float64) float64 { return x * x }})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "functionsxy.png", fx)
	if svg := fx.svgText(); !strings.Contains(svg, ">loss</text>") || !strings.Contains(svg, ">w</text>") || strings.Contains(svg, ">f(x)</text>") {
		t.Error("FunctionsXY's SVG lacks its axis labels")
	}
}

func TestSeriesBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		logY  bool
		lines []Line
		want  string
	}{
		{"no lines", false, nil, "no lines"},
		{"all empty", false, []Line{{Label: "a"}, {}}, "every line is empty"},
		{"NaN", false, []Line{{Label: "a", Y: []float64{1, math.NaN()}}}, `line 0 ("a"): Y[1] (position 2) is NaN`},
		{"Inf", false, []Line{{Y: []float64{1}}, {Y: []float64{math.Inf(1)}}}, "line 1: Y[0] (position 1) is +Inf"},
		{"log of zero", true, []Line{{Y: []float64{1, 0}}}, "log scale needs positive values"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Series("t", "x", "y", tc.logY, tc.lines...)
			if err == nil || f != nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "plotting.Series") {
				t.Errorf("got %v, %v; want an error containing %q", f, err, tc.want)
			}
		})
	}
}

func TestFrameBadInput(t *testing.T) {
	sq := Fn{F: func(x float64) float64 { return x * x }}
	for _, tc := range []struct {
		name string
		fr   Frame
		want string
	}{
		{"empty Y", Frame{Y: Range{1, 1}}, "Frame.Y range [1, 1] is empty"},
		{"NaN X", Frame{X: Range{math.NaN(), 1}}, "Frame.X range [NaN, 1] must be finite"},
		{"corner", Frame{Legend: 9}, "Frame.Legend = 9 is not a corner"},
		{"negative corner", Frame{Legend: -1}, "is not a corner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := FunctionsFrame("t", "x", "y", 0, 1, tc.fr, sq); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("FunctionsFrame: %v, want %q", err, tc.want)
			}
			if _, err := Descent1DFrame("t", sq.F, 0, 1, []float64{1}, tc.fr); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Descent1DFrame: %v, want %q", err, tc.want)
			}
		})
	}
	if err := (Frame{Y: Range{-1, 1}}).check("w", true); err == nil || !strings.Contains(err.Error(), "positive on a log scale") {
		t.Errorf("a negative log range: %v", err)
	}
}

// TestDescent1DFramesStill checks that the frames of a descent animation
// keep their axes and legend corner while the path grows.
func TestDescent1DFramesStill(t *testing.T) {
	f := func(x float64) float64 { return (x-1)*(x-1)*(x+1) + 2 }
	path := []float64{2.5}
	for range 30 {
		x := path[len(path)-1]
		path = append(path, x-0.05*(3*x*x-2*x-1))
	}
	for _, fr := range []Frame{{}, {Legend: BottomRight}, {X: Range{-1, 3}, Y: Range{0, 12}, Legend: TopLeft}} {
		first, err := descent1DPlot("t", "", f, 0, 3, path[:1], fr, -1)
		if err != nil {
			t.Fatal(err)
		}
		for n := 2; n <= len(path); n++ {
			p, err := descent1DPlot("t", "", f, 0, 3, path[:n], fr, -1)
			if err != nil {
				t.Fatal(err)
			}
			if p.X.Min != first.X.Min || p.X.Max != first.X.Max || p.Y.Min != first.Y.Min || p.Y.Max != first.Y.Max {
				t.Fatalf("frame %d (%+v): axes [%g, %g]×[%g, %g], first frame [%g, %g]×[%g, %g]", n, fr,
					p.X.Min, p.X.Max, p.Y.Min, p.Y.Max, first.X.Min, first.X.Max, first.Y.Min, first.Y.Max)
			}
			if p.Legend.Top != first.Legend.Top || p.Legend.Left != first.Legend.Left {
				t.Fatalf("frame %d (%+v): legend moved", n, fr)
			}
		}
		if fr.Legend == TopLeft && (!first.Legend.Top || !first.Legend.Left || first.Y.Max != 12 || first.X.Min != -1) {
			t.Errorf("Frame %+v not applied: legend top %v left %v, y max %g, x min %g", fr, first.Legend.Top, first.Legend.Left, first.Y.Max, first.X.Min)
		}
		if fr.Legend == BottomRight && (first.Legend.Top || first.Legend.Left) {
			t.Errorf("Frame %+v not applied", fr)
		}
	}
	a, err := Animate(len(path), 0, func(i int) (*Figure, error) {
		return Descent1DFrame("walk", f, 0, 3, path[:i+1], Frame{Y: Range{0, 12}, Legend: TopLeft})
	})
	if err != nil {
		t.Fatal(err)
	}
	saveGallery(t, "descent_frames.gif", a)
}

func TestFunctionsFrameFixesY(t *testing.T) {
	for _, w := range []float64{1, 5} {
		fr := Frame{Y: Range{-0.1, 1.1}}
		f, err := FunctionsFrame("w", "x", "σ(wx)", -6, 6, fr, Fn{Label: "σ(wx)", F: func(x float64) float64 { return sigmoid(w * x) }})
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, "functions_frame.png", f)
	}
	// A fixed y range that the data overflows: auto legend, no headroom.
	f, err := FunctionsFrame("clipped", "x", "y", -2, 2, Frame{Y: Range{0, 1}},
		Fn{Label: "x²", F: func(x float64) float64 { return x * x }}, Fn{Label: "1-x²", F: func(x float64) float64 { return 1 - x*x }})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "functions_clipped.png", f)
}
