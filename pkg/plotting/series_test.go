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
