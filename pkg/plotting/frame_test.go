package plotting

import (
	"image/color"
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
		{"negative XStep", Frame{XStep: -45}, "Frame.XStep = -45"},
		{"NaN XStep", Frame{XStep: math.NaN()}, "Frame.XStep = NaN"},
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

// TestFrameNoZeroLines draws a step over [−6, 6] with and without the zero
// lines: with NoZeroLines no vertical grey line runs through the step's jump
// at x = 0.
func TestFrameNoZeroLines(t *testing.T) {
	step := func(x float64) float64 {
		if x >= 0 {
			return 1
		}
		return 0
	}
	grey := color.RGBA{zeroGrey.Y, zeroGrey.Y, zeroGrey.Y, 255}
	// greyColumns counts the columns of the picture that are in the zero
	// lines' grey over at least a third of their height: vertical lines.
	greyColumns := func(fr Frame) int {
		fig, err := FunctionsFrame("step", "z", "step(z)", -6, 6, fr, Fn{Label: "step", F: step, Jumps: []float64{0}})
		if err != nil {
			t.Fatal(err)
		}
		img := fig.Image()
		b := img.Bounds()
		cols := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			n := 0
			for y := b.Min.Y; y < b.Max.Y; y++ {
				if img.RGBAAt(x, y) == grey {
					n++
				}
			}
			if n > b.Dy()/3 {
				cols++
			}
		}
		return cols
	}
	if n := greyColumns(Frame{}); n == 0 {
		t.Error("default frame: no vertical line x = 0 in the zero lines' grey")
	}
	if n := greyColumns(Frame{NoZeroLines: true}); n != 0 {
		t.Errorf("NoZeroLines: %d columns in the zero lines' grey, want none", n)
	}
}
