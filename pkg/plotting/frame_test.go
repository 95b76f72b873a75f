package plotting

import (
	"math"
	"strings"
	"testing"
)

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
