package plotting

import (
	"image/color"
	"math"
	"strings"
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

// TestSamplePieces checks that a curve is cut at each jump inside the
// range, that no piece crosses a jump, that each piece reaches its jump
// with the value on its own side, and that bad jumps are errors.
func TestSamplePieces(t *testing.T) {
	step := func(x float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}
	stairs := func(x float64) float64 { return math.Floor(x) }
	stepAt := func(x float64) float64 { return step(x - 0.001) }
	tests := []struct {
		name       string
		f          func(float64) float64
		xmin, xmax float64
		jumps      []float64
		want       int       // pieces
		sides      []float64 // the value at the end of each piece but the last, at its jump
		err        string
	}{
		{"no jumps: the step's one piece jumps", step, -3, 3, nil, 1, nil, ""},
		{"jump on a sample", step, -3, 3, []float64{0}, 2, []float64{0}, ""},
		{"jump between samples", stepAt, -3, 3, []float64{0.001}, 2, []float64{0}, ""},
		{"jumps unsorted, one outside", stairs, -2.5, 2.5, []float64{1, -1, 0, 2, -2, 7}, 6, []float64{-3, -2, -1, 0, 1}, ""},
		{"jumps at the range's ends ignored", step, 0.5, 3, []float64{0.5, 3}, 1, nil, ""},
		{"NaN jump", step, -3, 3, []float64{math.NaN()}, 0, nil, "jumps must be finite"},
		{"infinite jump", step, -3, 3, []float64{math.Inf(1)}, 0, nil, "jumps must be finite"},
	}
	for _, tt := range tests {
		pieces, err := samplePieces("test", "f", tt.f, tt.xmin, tt.xmax, 401, tt.jumps)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(pieces) != tt.want {
			t.Fatalf("%s: %d pieces, want %d", tt.name, len(pieces), tt.want)
		}
		for i, piece := range pieces {
			if len(piece) < 2 {
				t.Errorf("%s: piece %d has %d points", tt.name, i, len(piece))
				continue
			}
			// Inside a piece f is continuous: no segment may jump, unless
			// the jump was not declared (the test can fail).
			jumped := false
			for k := 1; k < len(piece); k++ {
				if piece[k].X <= piece[k-1].X {
					t.Errorf("%s: piece %d goes back from %v to %v", tt.name, i, piece[k-1], piece[k])
				}
				jumped = jumped || math.Abs(piece[k].Y-piece[k-1].Y) > 0.5
			}
			if undeclared := tt.jumps == nil; jumped != undeclared {
				t.Errorf("%s: piece %d jumps: %v, want %v", tt.name, i, jumped, undeclared)
			}
			if i < len(tt.sides) {
				if end := piece[len(piece)-1]; end.Y != tt.sides[i] {
					t.Errorf("%s: piece %d ends at %v, want the value %g of its side", tt.name, i, end, tt.sides[i])
				}
			}
		}
		if first, last := pieces[0][0], pieces[len(pieces)-1]; first.X != tt.xmin || last[len(last)-1].X != tt.xmax {
			t.Errorf("%s: the pieces span %g to %g, want %g to %g", tt.name, first.X, last[len(last)-1].X, tt.xmin, tt.xmax)
		}
	}
}
