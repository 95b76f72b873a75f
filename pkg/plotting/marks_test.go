package plotting

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// drawnAt draws ch at the standard size and 72 dpi (one pixel per point)
// and returns the picture and a function that gives the pixel of a data
// point. ch's legend must be inside the data area (a Frame corner), so
// that the data area is the one ch.Plot.DataCanvas computes.
func drawnAt(t *testing.T, ch *chart) (*image.RGBA, func(x, y float64) image.Point) {
	t.Helper()
	if !ch.inside || ch.equal {
		t.Fatal("drawnAt needs a chart with its legend inside and free aspect")
	}
	c := vgimg.NewWith(vgimg.UseWH(figWidth, figHeight), vgimg.UseDPI(72), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(c)
	ch.draw(dc)
	da := ch.Plot.DataCanvas(dc)
	tx, ty := ch.Plot.Transforms(&da)
	img, ok := c.Image().(*image.RGBA)
	if !ok {
		t.Fatalf("canvas image is %T, want *image.RGBA", c.Image())
	}
	h := float64(img.Bounds().Dy())
	return img, func(x, y float64) image.Point {
		return image.Point{X: int(math.Round(float64(tx(x)))), Y: int(math.Round(h - float64(ty(y))))}
	}
}

// near reports whether a pixel within one pixel of pt has colour want, up
// to anti-aliasing (each channel within 40).
func near(img *image.RGBA, pt image.Point, want color.Color) bool {
	wr, wg, wb, _ := want.RGBA()
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			got := img.RGBAAt(pt.X+dx, pt.Y+dy)
			if absDiff(got.R, wr>>8) <= 40 && absDiff(got.G, wg>>8) <= 40 && absDiff(got.B, wb>>8) <= 40 {
				return true
			}
		}
	}
	return false
}

func absDiff(a uint8, b uint32) uint32 { return uint32(max(int(a)-int(b), int(b)-int(a))) }

// legendLabels returns ch's legend labels in order.
func legendLabels(ch *chart) []string {
	var out []string
	for _, e := range ch.entries {
		out = append(out, e.label)
	}
	return out
}

// TestMarksDrawn marks the largest and the smallest value of a curve on
// FunctionsFrame, the smallest so close to 0 that a reference line there
// would vanish in the axis, and checks that each mark is drawn at its
// point in its own colour, over the curve and the zero line, and listed
// in the legend after the curve and the reference lines.
func TestMarksDrawn(t *testing.T) {
	f := func(deg float64) float64 { return 1.0967 + 1.0845*math.Cos(2*(deg-73.2)*math.Pi/180) }
	fr := Frame{
		Legend: TopRight,
		Refs:   []Ref{{Label: "c = 1", Y: 1}},
		Marks: []Mark{
			{Label: "largest", X: 73.2, Y: f(73.2)},
			{Label: "smallest", X: 163.2, Y: f(163.2)},
			{X: 30, Y: f(30)}, // no label: drawn, not in the legend
		},
	}
	ch, err := functionsPlot("test", "curvature", "θ", "c", 0, 180, fr, []Fn{{Label: "c(θ)", F: f}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(legendLabels(ch), "|"), "c(θ)|c = 1|largest|smallest"; got != want {
		t.Errorf("legend %q, want %q", got, want)
	}
	img, at := drawnAt(t, ch)
	for i, m := range fr.Marks {
		want := markStyles[i].Color
		if pt := at(m.X, m.Y); !near(img, pt, want) {
			t.Errorf("mark %d (%q) at (%g, %.4f): pixel %v is %v, want the mark's colour %v", i, m.Label, m.X, m.Y, pt, img.RGBAAt(pt.X, pt.Y), want)
		}
	}
	// The test can fail: the curve away from the marks is blue, not a mark's colour.
	if pt := at(120, f(120)); near(img, pt, markStyles[0].Color) || !near(img, pt, Blue) {
		t.Errorf("curve at θ = 120: pixel %v is %v, want the curve's blue", pt, img.RGBAAt(pt.X, pt.Y))
	}
	fig, err := chartFigure("test", ch)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "marks.png", fig)
}

// TestMarksWidenAxes checks that a mark outside the data widens the axes
// to show it, on FunctionsFrame, Descent1DFrame and ScatterFitFrame, and
// that a fixed range of the Frame is kept (the mark is clipped).
func TestMarksWidenAxes(t *testing.T) {
	sq := func(x float64) float64 { return x * x }
	far := []Mark{{Label: "far", X: 3, Y: -5}}
	fn, err := functionsPlot("t", "t", "x", "y", 0, 1, Frame{Marks: far}, []Fn{{F: sq}})
	if err != nil {
		t.Fatal(err)
	}
	d1, err := descent1DPlot("t", "t", sq, 0, 1, []float64{1, 0.5}, Frame{Marks: far}, -1, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sf, err := scatterFitPlot("t", "t", "x", "y", []float64{0, 1}, []float64{0, 1}, Fn{F: sq}, false, Frame{Marks: far})
	if err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]*chart{"FunctionsFrame": fn, "Descent1DFrame": d1, "ScatterFitFrame": sf} {
		if ch.X.Max < 3 || ch.Y.Min > -5 {
			t.Errorf("%s: axes x to %g, y from %g do not show the mark at (3, −5)", name, ch.X.Max, ch.Y.Min)
		}
	}
	fixed, err := functionsPlot("t", "t", "x", "y", 0, 1, Frame{X: Range{0, 1}, Y: Range{0, 1}, Marks: far}, []Fn{{F: sq}})
	if err != nil {
		t.Fatal(err)
	}
	if fixed.X.Max != 1 || fixed.Y.Min != 0 {
		t.Errorf("fixed frame: axes x to %g, y from %g; want the Frame's [0, 1] × [0, 1]", fixed.X.Max, fixed.Y.Min)
	}
}

// TestScatterFitFrameLine checks that ScatterFitFrame draws the fitted
// line across fr.X, far beyond the data, with a mark on it, while
// ScatterFit keeps the line and the axes to the data's range.
func TestScatterFitFrameLine(t *testing.T) {
	x, y := []float64{0.2, 0.3, 0.4}, []float64{1, 2, 3}
	line := func(x float64) float64 { return 10*x - 1 }
	fr := Frame{X: Range{0, 1}, Legend: TopLeft, Marks: []Mark{{Label: "prediction", X: 0.5, Y: 4}}}
	ch, err := scatterFitPlot("t", "beyond", "share", "load", x, y, Fn{Label: "ŷ", F: line}, false, fr)
	if err != nil {
		t.Fatal(err)
	}
	if ch.X.Min != 0 || ch.X.Max != 1 {
		t.Errorf("x axis [%g, %g], want the Frame's [0, 1]", ch.X.Min, ch.X.Max)
	}
	if got, want := strings.Join(legendLabels(ch), "|"), "data|ŷ|prediction"; got != want {
		t.Errorf("legend %q, want %q", got, want)
	}
	img, at := drawnAt(t, ch)
	line1 := lineStyle(1, false).Color
	for _, px := range []float64{0.05, 0.9} {
		if pt := at(px, line(px)); !near(img, pt, line1) {
			t.Errorf("no fitted line at x = %g, far from the data: pixel %v is %v", px, pt, img.RGBAAt(pt.X, pt.Y))
		}
		if pt := at(px, line(px)+2); near(img, pt, line1) {
			t.Errorf("the line's colour at (%g, %g), off the line: the test cannot tell", px, line(px)+2)
		}
	}
	if pt := at(0.5, 4); !near(img, pt, markStyles[0].Color) {
		t.Errorf("mark at (0.5, 4): pixel %v is %v, want %v", pt, img.RGBAAt(pt.X, pt.Y), markStyles[0].Color)
	}
	plain, err := scatterFitPlot("t", "data only", "share", "load", x, y, Fn{Label: "ŷ", F: line}, false, Frame{})
	if err != nil {
		t.Fatal(err)
	}
	if plain.X.Min < 0.19 || plain.X.Max > 0.41 {
		t.Errorf("ScatterFit: x axis [%g, %g], want the data's [0.2, 0.4] padded a little", plain.X.Min, plain.X.Max)
	}
	fig, err := ScatterFitFrame("Beyond the observations", "share", "load", x, y, Fn{Label: "ŷ = 10x − 1", F: line}, true, Frame{X: Range{0, 1}, Marks: fr.Marks})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "scatter_frame.png", fig)
}

// TestDescent2DXYLabels checks that Descent2DXY names its axes with the
// labels given, where Descent2DSteps writes x and y.
func TestDescent2DXYLabels(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	r := Range{-2, 2}
	path := [][]float64{{1.8, 0.9}, {1.2, -0.5}, {0.7, 0.3}}
	labelled, err := Descent2DXY("bowl", "weight w", "bias b", f, r, r, path, 0)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Descent2DSteps("bowl", f, r, r, path, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		fig  *Figure
		has  []string
		not  []string
	}{
		{"Descent2DXY", labelled, []string{">weight w<", ">bias b<", ">step 0<", ">step 2<"}, []string{">x<", ">y<"}},
		{"Descent2DSteps", plain, []string{">x<", ">y<"}, []string{">weight w<"}},
	} {
		svg := tc.fig.svgText()
		for _, s := range tc.has {
			if !strings.Contains(svg, s) {
				t.Errorf("%s: the SVG has no text %q", tc.name, s)
			}
		}
		for _, s := range tc.not {
			if strings.Contains(svg, s) {
				t.Errorf("%s: the SVG has the text %q", tc.name, s)
			}
		}
	}
	checkFigure(t, "descent2dxy.png", labelled)
}

func TestMarksBadInput(t *testing.T) {
	nan := math.NaN()
	sq := func(x float64) float64 { return x * x }
	for _, tc := range []struct {
		name string
		fr   Frame
		want string
	}{
		{"NaN x", Frame{Marks: []Mark{{Label: "a", X: nan, Y: 1}}}, `Frame.Marks[0] ("a") is at (NaN, 1): need finite values`},
		{"Inf y", Frame{Marks: []Mark{{X: 0, Y: 1}, {Label: "b", X: 0, Y: math.Inf(-1)}}}, `Frame.Marks[1] ("b") is at (0, -Inf)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := map[string]func() (*Figure, error){
				"FunctionsFrame": func() (*Figure, error) { return FunctionsFrame("t", "x", "y", 0, 1, tc.fr, Fn{F: sq}) },
				"Descent1DFrame": func() (*Figure, error) { return Descent1DFrame("t", sq, 0, 1, []float64{1}, tc.fr) },
				"ScatterFitFrame": func() (*Figure, error) {
					return ScatterFitFrame("t", "x", "y", []float64{1}, []float64{1}, Fn{F: sq}, false, tc.fr)
				},
			}
			for name, call := range calls {
				f, err := call()
				if f != nil || err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "plotting."+name+": ") {
					t.Errorf("%s: %v, want an error %q", name, err, tc.want)
				}
			}
		})
	}
	if err := (Frame{Marks: []Mark{{Label: "zero", X: 1, Y: 0}}}).check("w", true); err == nil || !strings.Contains(err.Error(), "log scale needs a positive value") {
		t.Errorf("a mark at y = 0 on a log scale: %v", err)
	}
	if _, err := ScatterFitFrame("t", "x", "y", []float64{1}, []float64{1}, Fn{}, false, Frame{X: Range{1, 0}}); err == nil || !strings.Contains(err.Error(), "Frame.X range [1, 0]") {
		t.Errorf("ScatterFitFrame with an empty Frame.X: %v", err)
	}
}
