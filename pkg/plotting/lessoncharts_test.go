package plotting

import (
	"image/color"
	"math"
	"testing"
)

// The charts a careful reader of the lessons could not read: run with
// -gallery DIR to look at them.

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

// TestLessonDigitCharts draws lesson 6's mistakes grid and the shifted
// copies of a digit, and checks that a red frame leaves the digit's edge
// pixels alone.
func TestLessonDigitCharts(t *testing.T) {
	digit := make([]float64, 64)
	for i := range digit {
		r, c := i/8, i%8
		// A ring that touches every edge of the 8×8 box.
		if d := math.Hypot(float64(r)-3.5, float64(c)-3.5); d > 2.5 {
			digit[i] = 16
		}
	}
	images := make([][]float64, 20)
	truth, pred := make([]int, 20), make([]int, 20)
	for i := range images {
		images[i] = digit
		truth[i], pred[i] = 0, 0
	}
	pred[3], pred[17] = 6, 8
	fig, err := Digits("Test digits", images, truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson6-mistakes.png", fig)
	// No pixel of the picture is both red and where a digit pixel is dark:
	// count pure mistake-red pixels next to the darkest grey.
	img := fig.Image()
	b := img.Bounds()
	touching := 0
	for y := b.Min.Y + 1; y < b.Max.Y-1; y++ {
		for x := b.Min.X + 1; x < b.Max.X-1; x++ {
			if img.RGBAAt(x, y) != mistakeRed {
				continue
			}
			for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				if c := img.RGBAAt(x+d[0], y+d[1]); c.R < 0x40 && c.G < 0x40 && c.B < 0x40 {
					touching++
				}
			}
		}
	}
	if touching > 0 {
		t.Errorf("red frames touch %d dark digit pixels", touching)
	}
	shifted, err := Images("One training digit and its four shifted copies", [][]float64{digit, digit, digit, digit, digit},
		[]string{"original", "↓ down 1", "↑ up 1", "→ right 1", "← left 1"})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson6-shifts.png", shifted)
	if _, err := Images("x", [][]float64{digit}, []string{"a", "b"}); err == nil {
		t.Error("Images with 1 image and 2 captions: no error")
	}
}

// TestAnimationShownOnce checks that an Animation has one method
// gophernotes displays (HTML, an <img> of the GIF), so a notebook stores it
// once.
func TestAnimationShownOnce(t *testing.T) {
	var a interface{} = &Animation{}
	shown := 0
	for _, ok := range []bool{
		is[interface{ HTML() string }](a), is[interface{ PNG() []byte }](a), is[interface{ SVG() string }](a),
		is[interface{ JPEG() []byte }](a), is[interface{ Markdown() string }](a), is[interface{ JSON() map[string]interface{} }](a),
	} {
		if ok {
			shown++
		}
	}
	if shown != 1 || !is[interface{ HTML() string }](a) {
		t.Errorf("an Animation has %d display methods, want only HTML", shown)
	}
}

// is reports whether v implements the interface I.
func is[I any](v interface{}) bool {
	_, ok := v.(I)
	return ok
}
