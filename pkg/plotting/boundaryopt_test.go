package plotting

import (
	"image/color"
	"math"
	"strings"
	"testing"
)

// TestBoundaryLegend checks the legend of a decision boundary: class names
// of one's own, "boundary" for a class function (only 0 and 1) and
// "boundary (p = 0.5)" for a probability, left out when no boundary is in
// view unless KeepBoundaryKey keeps it, and an error naming ClassNames when it has too many names.
func TestBoundaryLegend(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	pts := [][]float64{{-0.5, 0}, {0.5, 0}, {0, 0.5}}
	cls := []int{0, 1, 2}
	sigmoidProb := func(x, y float64) float64 { return sigmoid(4 * x) }
	step := func(x, y float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}
	tests := []struct {
		name    string
		prob    func(x, y float64) float64
		classes []int
		names   []string
		keep    bool
		want    string
	}{
		{"probability", sigmoidProb, cls, nil, false, "class 0|class 1|class 2|boundary (p = 0.5)"},
		{"step", step, cls, nil, false, "class 0|class 1|class 2|boundary"},
		{"named", step, cls, []string{"", "", "flipped label"}, false, "class 0|class 1|flipped label|boundary"},
		{"no boundary in view, probability", func(x, y float64) float64 { return 0.3 }, cls, nil, false, "class 0|class 1|class 2"},
		{"no boundary in view, step", func(x, y float64) float64 { return 0 }, cls, nil, false, "class 0|class 1|class 2"},
		{"no boundary in view, kept", func(x, y float64) float64 { return 0.3 }, cls, nil, true, "class 0|class 1|class 2|boundary (p = 0.5)"},
		{"no boundary in view, step, kept", func(x, y float64) float64 { return 0 }, cls, nil, true, "class 0|class 1|class 2|boundary"},
		{"named sides", sigmoidProb, nil, []string{"cat", "dog"}, false, "cat side|dog side|boundary (p = 0.5)"},
	}
	for _, tc := range tests {
		ch, err := boundaryChart("t", "t", tc.prob, r, r, pts, tc.classes, BoundaryOptions{ClassNames: tc.names, KeepBoundaryKey: tc.keep})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(legendLabels(ch), "|"); got != tc.want {
			t.Errorf("%s: legend %q, want %q", tc.name, got, tc.want)
		}
	}
	f, err := DecisionBoundaryWith("Noisy labels", step, r, r, pts, cls, BoundaryOptions{ClassNames: []string{"", "", "flipped label"}})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary-names.png", f)
	_, err = DecisionBoundaryWith("bad", step, r, r, pts, cls, BoundaryOptions{ClassNames: make([]string, 9)})
	if err == nil || !strings.Contains(err.Error(), "BoundaryOptions.ClassNames") {
		t.Errorf("9 class names: error %v, want one naming BoundaryOptions.ClassNames", err)
	}
}

// TestBoundaryColorBar checks that a map of probabilities has a colour bar
// that shows the colours of 0 and 1 (which the map itself does not), and
// that a class function, or NoColorBar, has none.
func TestBoundaryColorBar(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	// Probabilities from 0.3 to 0.7: the ends of the bar, near 0 and 1,
	// have colours the map does not.
	soft := func(x, y float64) float64 { return 0.5 + 0.2*math.Tanh(x+y) }
	step := func(x, y float64) float64 {
		if x+y > 0 {
			return 1
		}
		return 0
	}
	for _, tc := range []struct {
		name string
		prob func(x, y float64) float64
		opt  BoundaryOptions
		want bool
	}{
		{"probabilities", soft, BoundaryOptions{}, true},
		{"probabilities, NoColorBar", soft, BoundaryOptions{NoColorBar: true}, false},
		{"class function", step, BoundaryOptions{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := boundaryChart("t", "t", tc.prob, r, r, nil, nil, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if ch.colorBar != tc.want {
				t.Errorf("colorBar = %v, want %v", ch.colorBar, tc.want)
			}
			f, err := chartFigure("t", ch)
			if err != nil {
				t.Fatal(err)
			}
			img := f.Image()
			b := img.Bounds()
			found := map[color.RGBA]bool{}
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					found[img.RGBAAt(x, y)] = true
				}
			}
			for _, v := range []float64{0.005, 0.995} {
				if c := probColor(v); found[c] != tc.want {
					t.Errorf("colour of p = %g drawn: %v, want %v", v, found[c], tc.want)
				}
			}
		})
	}
}

// TestBoundaryRings checks that Ringed adds one legend entry, named by
// RingName or "ringed", after the classes, that the figure draws, and that
// an index outside the points is an error naming BoundaryOptions.Ringed.
func TestBoundaryRings(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	pts := [][]float64{{-0.5, 0}, {0.5, 0}, {0, 0.5}}
	cls := []int{0, 1, 1}
	step := func(x, y float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}
	for _, tc := range []struct {
		name   string
		ringed []int
		label  string
		want   string
	}{
		{"none", nil, "", "class 0|class 1|boundary"},
		{"named", []int{2}, "flipped label", "class 0|class 1|flipped label|boundary"},
		{"unnamed", []int{0, 2}, "", "class 0|class 1|ringed|boundary"},
	} {
		ch, err := boundaryChart("t", "t", step, r, r, pts, cls, BoundaryOptions{Ringed: tc.ringed, RingName: tc.label})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(legendLabels(ch), "|"); got != tc.want {
			t.Errorf("%s: legend %q, want %q", tc.name, got, tc.want)
		}
	}
	f, err := DecisionBoundaryWith("Flipped labels ringed", step, r, r, pts, cls, BoundaryOptions{Ringed: []int{2}, RingName: "flipped label"})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary-rings.png", f)
	for _, bad := range [][]int{{3}, {-1}} {
		_, err := DecisionBoundaryWith("bad", step, r, r, pts, cls, BoundaryOptions{Ringed: bad})
		if err == nil || !strings.Contains(err.Error(), "BoundaryOptions.Ringed[0]") {
			t.Errorf("Ringed %v: error %v, want one naming BoundaryOptions.Ringed[0]", bad, err)
		}
	}
}

// TestBoundaryOutline checks that Outline's curve lies on the zero set it
// is given (a circle, to within a bisection's precision), that it gets a
// legend entry after the boundary's, named by OutlineName or "true
// boundary", that the figure draws, and that a non-finite Outline is an
// error naming BoundaryOptions.Outline.
func TestBoundaryOutline(t *testing.T) {
	r := Range{Min: -2, Max: 2}
	circle := func(x, y float64) float64 { return x*x + y*y - 1.5 }
	lines, err := outlineLines("t", circle, r, r)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range lines {
		for _, p := range l {
			n++
			if d := math.Abs(math.Hypot(p.X, p.Y) - math.Sqrt(1.5)); d > 1e-4 {
				t.Fatalf("outline point (%g, %g) is %g off the circle of radius √1.5", p.X, p.Y, d)
			}
		}
	}
	if n < 50 {
		t.Errorf("the outline of a circle has %d points, want a closed curve of at least 50", n)
	}
	pts := [][]float64{{0, 0}, {1.8, 1.8}}
	cls := []int{1, 0}
	prob := func(x, y float64) float64 { return 1 / (1 + math.Exp(4*(x*x+y*y-1.2))) }
	for _, tc := range []struct {
		name, outlineName, want string
	}{
		{"default name", "", "class 0|class 1|boundary (p = 0.5)|true boundary"},
		{"named", "x₁² + x₂² = 1.5", "class 0|class 1|boundary (p = 0.5)|x₁² + x₂² = 1.5"},
	} {
		ch, err := boundaryChart("t", "t", prob, r, r, pts, cls, BoundaryOptions{Outline: circle, OutlineName: tc.outlineName})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(legendLabels(ch), "|"); got != tc.want {
			t.Errorf("%s: legend %q, want %q", tc.name, got, tc.want)
		}
	}
	f, err := DecisionBoundaryWith("Disc with its true boundary", prob, r, r, pts, cls, BoundaryOptions{Outline: circle})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary-outline.png", f)
	nan := func(x, y float64) float64 {
		if x > 1 {
			return math.NaN()
		}
		return x
	}
	if _, err := DecisionBoundaryWith("bad", prob, r, r, pts, cls, BoundaryOptions{Outline: nan}); err == nil || !strings.Contains(err.Error(), "BoundaryOptions.Outline") {
		t.Errorf("a NaN outline: error %v, want one naming BoundaryOptions.Outline", err)
	}
}

// TestBoundaryOverPoints checks that the boundary line and the outline are
// drawn over the class points: a dense column of markers right on each
// curve leaves as many of the curve's pixels showing as the same column
// away from the curve does, where markers drawn over the curve would hide
// most of them.
func TestBoundaryOverPoints(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	step := func(x, y float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}
	// column returns n points on the vertical line x, half of class 0, half
	// of class 1.
	column := func(x float64, n int) ([][]float64, []int) {
		pts, cls := make([][]float64, n), make([]int, n)
		for i := range n {
			pts[i] = []float64{x, -1 + 2*(float64(i)+0.5)/float64(n)}
			cls[i] = i % 2
		}
		return pts, cls
	}
	// count returns how many pixels of f are within 12 of grey level v on
	// every channel.
	count := func(f *Figure, v uint8) int {
		img := f.Image()
		b := img.Bounds()
		n := 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := img.RGBAAt(x, y)
				if absDiff(c.R, uint32(v)) <= 12 && absDiff(c.G, uint32(v)) <= 12 && absDiff(c.B, uint32(v)) <= 12 {
					n++
				}
			}
		}
		return n
	}
	for _, tc := range []struct {
		name string
		x    float64 // the curve's x, where the points go
		opt  BoundaryOptions
		grey uint8 // the curve's colour
	}{
		{"boundary", 0, BoundaryOptions{}, 0},
		{"outline", 0.5, BoundaryOptions{Outline: func(x, y float64) float64 { return x - 0.5 }}, outlineStyle.Color.(color.Gray).Y},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pts, cls := column(-0.5, 300)
			bare, err := DecisionBoundaryWith("t", step, r, r, pts, cls, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			pts, cls = column(tc.x, 300)
			dense, err := DecisionBoundaryWith("t", step, r, r, pts, cls, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			want, got := count(bare, tc.grey), count(dense, tc.grey)
			if want < 100 {
				t.Fatalf("with the points away from the curve, the chart has %d pixels of the curve's colour, want a drawn curve", want)
			}
			if got < want*9/10 {
				t.Errorf("with 300 points on the curve, %d of its %d pixels show: the points are drawn over it", got, want)
			}
		})
	}
}
