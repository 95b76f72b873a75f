package plotting

import (
	"image/color"
	"testing"
)

func TestFunctionCharts(t *testing.T) {
	f, err := Functions("Step and sigmoid", -6, 6, Fn{Label: "step", F: step}, Fn{Label: "sigmoid", F: sigmoid}, Fn{Label: "sigmoid'", F: func(x float64) float64 { return sigmoid(x) * (1 - sigmoid(x)) }, Dashed: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "functions.png", f)
	x := []float64{1, 2, 3, 4, 5, 6}
	y := []float64{1.2, 1.9, 3.4, 3.8, 5.3, 5.9}
	s, err := ScatterFit("Fit", "size", "price", x, y, Fn{Label: "least squares", F: func(x float64) float64 { return 0.97*x + 0.1 }}, true)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "scatter.png", s)
	g, err := Grid(2, f, s)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "grid.png", g)
}

// TestLessonFunctionCharts draws lesson 5's f and f′ and lesson 2's loss
// by weight, and checks that their zero lines are drawn.
func TestLessonFunctionCharts(t *testing.T) {
	f := func(x float64) float64 { return x*x*x*x - 3*x*x*x + 2 }
	df := func(x float64) float64 { return 4*x*x*x - 9*x*x }
	fig, err := FunctionsXY("f(x) = x⁴ − 3x³ + 2 and its slope", "x", "f(x) and f′(x)", -1, 3,
		Fn{Label: "f(x)", F: f}, Fn{Label: "f′(x)", F: df, Dashed: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson5-f-and-slope.png", fig)
	// The line y = 0 crosses the whole data area in zeroGrey: find a row
	// of the picture that is zeroGrey across most of its width.
	img := fig.Image()
	b := img.Bounds()
	rows := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		n := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if img.RGBAAt(x, y) == (color.RGBA{zeroGrey.Y, zeroGrey.Y, zeroGrey.Y, 255}) {
				n++
			}
		}
		if n > b.Dx()/2 {
			rows++
		}
	}
	if rows == 0 {
		t.Error("f and f′: no zero line across the chart")
	}
	xs := []float64{0.5, 1, 1.5, 2, 2.5}
	ys := []float64{0, 0, 1, 1, 1}
	loss := func(w float64) float64 {
		total := 0.0
		for k := range xs {
			r := sigmoid(10*(w*xs[k]-1.5)) - ys[k]
			total += r * r
		}
		return total/float64(len(xs)) - 0.2
	}
	fig, err = FunctionsXY("Loss as a function of the weight w", "weight w", "loss", -1, 4, Fn{Label: "sigmoid neuron", F: loss})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson2-loss-by-weight.png", fig)
	fig, err = Descent1D("rate 0.05", f, -1, 3, []float64{-0.5, 0.3, 1.2, 2.1, 2.3, 2.25})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson5-descent.png", fig)
}
