package plotting

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Range is a closed interval [Min, Max] of one axis.
type Range struct{ Min, Max float64 }

// boundaryCells is how many grid cells each axis of a decision boundary has.
const boundaryCells = 150

// grid is a plotter.GridXYZ of function values over a regular grid.
type grid struct {
	xs, ys []float64
	z      [][]float64 // z[column][row]
}

func (g grid) Dims() (c, r int)   { return len(g.xs), len(g.ys) }
func (g grid) Z(c, r int) float64 { return g.z[c][r] }
func (g grid) X(c int) float64    { return g.xs[c] }
func (g grid) Y(r int) float64    { return g.ys[r] }

// sampleGrid evaluates f at the centres of an n × n grid over xr × yr and
// reports the first non-finite value with its point.
func sampleGrid(where string, f func(x, y float64) float64, xr, yr Range, n int) (grid, error) {
	g := grid{xs: make([]float64, n), ys: make([]float64, n), z: make([][]float64, n)}
	for i := range n {
		g.xs[i] = xr.Min + (xr.Max-xr.Min)*(float64(i)+0.5)/float64(n)
		g.ys[i] = yr.Min + (yr.Max-yr.Min)*(float64(i)+0.5)/float64(n)
	}
	for c := range n {
		g.z[c] = make([]float64, n)
		for r := range n {
			v := f(g.xs[c], g.ys[r])
			if !isFinite(v) {
				return grid{}, fmt.Errorf("%s: f(%g, %g) = %g: values must be finite", where, g.xs[c], g.ys[r], v)
			}
			g.z[c][r] = v
		}
	}
	return g, nil
}

// checkPoints checks that points are finite (x, y) rows, with one class each
// in [0, 8) when classes is not nil.
func checkPoints(where string, points [][]float64, classes []int) error {
	if classes != nil && len(classes) != len(points) {
		return fmt.Errorf("%s: %d points but %d classes", where, len(points), len(classes))
	}
	for i, p := range points {
		if len(p) != 2 {
			return fmt.Errorf("%s: point %d has %d values, need 2 (x, y)", where, i, len(p))
		}
		if !isFinite(p[0]) || !isFinite(p[1]) {
			return fmt.Errorf("%s: point %d is (%g, %g): values must be finite", where, i, p[0], p[1])
		}
		if classes != nil && (classes[i] < 0 || classes[i] >= len(Palette)) {
			return fmt.Errorf("%s: point %d has class %d, need 0 to %d", where, i, classes[i], len(Palette)-1)
		}
	}
	return nil
}

// DecisionBoundary draws what a 2-D classifier decides over xr × yr.
// prob(x, y) is read as the probability of class 1: the background shades
// from pale blue (class 0, prob 0) through white (0.5) to pale orange
// (class 1, prob 1), values outside [0, 1] count as 0 or 1, and a black line
// marks prob = 0.5, the boundary. A class function that returns 0 or 1
// works too: the line is located by bisection on prob itself, so the
// boundary of a linear model (a perceptron's step(w·x + b)) is drawn as
// the exact straight line, not as the grid's staircase. points are (x, y)
// rows drawn over the background and under the line, coloured and shaped
// by classes (0 to 7); points may be empty. The legend shows each class's marker on its region's colour
// (or, with nil classes, the two regions) and the boundary's line, as
// "boundary (p = 0.5)", or "boundary" if prob took only the values 0 and 1
// (a class function has no probabilities); the entry is left out when no
// boundary lies in view (BoundaryOptions.KeepBoundaryKey keeps it, for
// an animation's frames). A map of probabilities (prob takes values
// between 0 and 1) has a colour bar beside it, from 0 to 1, to read the
// probabilities off the colours (BoundaryOptions.NoColorBar leaves it
// out). When the two
// ranges' lengths are within a factor of four, both axes have the same
// scale, so slopes and angles look as they are. It is an error if prob is nil, a
// range is empty, points and classes differ in length, a point is not two
// finite values, or prob returns NaN or ±Inf.
//
//	prob := func(x, y float64) float64 {
//		out, _ := net.Forward([]float64{x, y}) // a network with one sigmoid output
//		return out[0]
//	}
//	fig, err := plotting.DecisionBoundary("XOR", prob,
//		plotting.Range{Min: -0.5, Max: 1.5}, plotting.Range{Min: -0.5, Max: 1.5}, X, y)
func DecisionBoundary(title string, prob func(x, y float64) float64, xr, yr Range, points [][]float64, classes []int) (*Figure, error) {
	return decisionBoundary("plotting.DecisionBoundary", title, prob, xr, yr, points, classes, BoundaryOptions{})
}

// BoundaryOptions are the settings of DecisionBoundaryWith.
type BoundaryOptions struct {
	// ClassNames name the classes in the legend: ClassNames[c] is shown
	// for class c instead of "class c", such as "flipped label" for
	// points drawn as class 2; an empty or missing name keeps "class c".
	// With nil classes, the first two name the regions ("cat side").
	ClassNames []string
	// KeepBoundaryKey keeps the boundary's legend entry on a chart with no
	// boundary in view (every point of the plane on one side of 0.5),
	// which otherwise leaves it out: for the frames of an animation, whose
	// legend then stays put from frame to frame.
	KeepBoundaryKey bool
	// NoColorBar leaves out the colour bar that a map of probabilities
	// (prob takes values between 0 and 1) has beside it, for a chart that
	// only needs the regions and the boundary. A class function (only 0
	// and 1) has no colour bar anyway.
	NoColorBar bool
	// Ringed draws the points with these indices (into points) again,
	// over all the others so that no neighbour hides them, each with a
	// black ring round its class's marker, so that a point can show both
	// its class and something more about it, such as a label flipped by
	// noise; RingName names the rings in the legend ("ringed" if empty).
	Ringed   []int
	RingName string
	// Outline, if not nil, draws the curve where it is 0 as a dashed grey
	// line over the regions and the points, such as the true boundary the data were
	// labelled by (x² + y² − 1.5 for a disc), so that the learned boundary
	// can be compared with it; OutlineName names it in the legend ("true
	// boundary" if empty). Outline's values must be finite.
	Outline     func(x, y float64) float64
	OutlineName string
}

// DecisionBoundaryWith is DecisionBoundary with settings (see
// BoundaryOptions). It returns the errors DecisionBoundary does, an
// error if opt.ClassNames has more names than there are classes (8), an
// error if an index in opt.Ringed is not that of a point, and an error if
// opt.Outline is not finite.
//
//	fig, err := plotting.DecisionBoundaryWith("Noisy labels", prob, xr, yr, X, y,
//		plotting.BoundaryOptions{ClassNames: []string{"class 0", "class 1", "flipped label"}})
func DecisionBoundaryWith(title string, prob func(x, y float64) float64, xr, yr Range, points [][]float64, classes []int, opt BoundaryOptions) (*Figure, error) {
	return decisionBoundary("plotting.DecisionBoundaryWith", title, prob, xr, yr, points, classes, opt)
}

// decisionBoundary draws DecisionBoundary and DecisionBoundaryWith,
// naming where in its errors.
func decisionBoundary(where, title string, prob func(x, y float64) float64, xr, yr Range, points [][]float64, classes []int, opt BoundaryOptions) (*Figure, error) {
	ch, err := boundaryChart(where, title, prob, xr, yr, points, classes, opt)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, ch)
}

// boundaryChart builds the chart that decisionBoundary draws.
func boundaryChart(where, title string, prob func(x, y float64) float64, xr, yr Range, points [][]float64, classes []int, opt BoundaryOptions) (*chart, error) {
	if len(opt.ClassNames) > len(Palette) {
		return nil, fmt.Errorf("%s: BoundaryOptions.ClassNames has %d names, but classes run from 0 to %d", where, len(opt.ClassNames), len(Palette)-1)
	}
	if prob == nil {
		return nil, errors.New(where + ": prob is nil")
	}
	if err := checkRange(where, "x", xr.Min, xr.Max); err != nil {
		return nil, err
	}
	if err := checkRange(where, "y", yr.Min, yr.Max); err != nil {
		return nil, err
	}
	if err := checkPoints(where, points, classes); err != nil {
		return nil, err
	}
	for k, i := range opt.Ringed {
		if i < 0 || i >= len(points) {
			return nil, fmt.Errorf("%s: BoundaryOptions.Ringed[%d] is %d, but the points run from 0 to %d", where, k, i, len(points)-1)
		}
	}
	g, err := sampleGrid(where, prob, xr, yr, boundaryCells)
	if err != nil {
		return nil, err
	}
	ch := newChart(title, "x₁", "x₂")
	ch.equal = equalAspect(xr, yr)
	p := ch.Plot
	clamp := func(v float64) float64 { return math.Max(0, math.Min(1, v)) }
	zmin, zmax := math.Inf(1), math.Inf(-1)
	step := true // prob took only the values 0 and 1 (after clamping)
	for c := range g.z {
		for r := range g.z[c] {
			v := clamp(g.z[c][r])
			g.z[c][r] = v
			zmin, zmax = math.Min(zmin, v), math.Max(zmax, v)
			step = step && (v == 0 || v == 1)
		}
	}
	img, err := boundaryImage(where, prob, g, xr, yr)
	if err != nil {
		return nil, err
	}
	p.Add(plotter.NewImage(img, xr.Min, yr.Min, xr.Max, yr.Max))
	hasLine := zmin < 0.5 && zmax > 0.5
	// The boundary and the outline are drawn over the class points (and
	// under the rings), so that a dense cloud of markers does not hide
	// them where the reader is asked to look.
	var curves []plot.Plotter
	if hasLine {
		lines, err := boundaryLines(where, prob, g)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			curves = append(curves, newPolyline(l, boundaryStyle))
		}
	}
	if opt.Outline != nil {
		lines, err := outlineLines(where, opt.Outline, xr, yr)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			curves = append(curves, newPolyline(l, outlineStyle))
		}
	}
	addClassPoints(ch, points, classes, opt.ClassNames)
	p.Add(curves...)
	if len(opt.Ringed) > 0 {
		addRings(ch, points, classes, opt.Ringed, opt.RingName)
	}
	// The boundary's entry is a key to the line, shown when the line is
	// drawn (or asked for, so that an animation's legend stays put from
	// frame to frame). A class function (only 0 and 1) has a boundary but
	// no probability 0.5.
	if hasLine || opt.KeepBoundaryKey {
		label := "boundary (p = 0.5)"
		if step {
			label = "boundary"
		}
		ch.addLegend(label, newPolyline(nil, boundaryStyle))
	}
	if opt.Outline != nil {
		name := opt.OutlineName
		if name == "" {
			name = "true boundary"
		}
		ch.addLegend(name, newPolyline(nil, outlineStyle))
	}
	// A map of probabilities is read off its colours: a colour bar says
	// which colour is which probability.
	ch.colorBar = !step && !opt.NoColorBar
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xr.Min, xr.Max, yr.Min, yr.Max
	return ch, nil
}

// boundaryLines returns the lines prob = 0.5 through g, the clamped
// samples of prob.
func boundaryLines(where string, prob func(x, y float64) float64, g grid) ([]plotter.XYs, error) {
	clamp := func(v float64) float64 { return math.Max(0, math.Min(1, v)) }
	// The line prob = 0.5, located on each crossed grid edge: where
	// prob jumps across the edge (a step function), by bisection on
	// prob itself, so the boundary is exact (a straight line for a
	// linear model), not a staircase of the grid; where it changes
	// smoothly, by linear interpolation, which is as good there.
	var bad error
	lerp := lerpAt(0.5)
	at := func(lo, hi plotter.XY, zlo, zhi float64) plotter.XY {
		if zhi-zlo <= jump {
			return lerp(lo, hi, zlo, zhi)
		}
		for range 24 {
			m := plotter.XY{X: (lo.X + hi.X) / 2, Y: (lo.Y + hi.Y) / 2}
			v := prob(m.X, m.Y)
			if !isFinite(v) {
				if bad == nil {
					bad = fmt.Errorf("%s: prob(%g, %g) = %g: values must be finite", where, m.X, m.Y, v)
				}
				return m
			}
			if clamp(v) >= 0.5 {
				hi = m
			} else {
				lo = m
			}
		}
		return plotter.XY{X: (lo.X + hi.X) / 2, Y: (lo.Y + hi.Y) / 2}
	}
	lines := isoLines(g, 0.5, at)
	if bad != nil {
		return nil, bad
	}
	return lines, nil
}

// outlineLines returns the curves where outline = 0 over xr × yr. They
// are located as the jumps of the step function outline > 0, by bisection
// on outline itself, so they are exact, not a staircase of the grid.
func outlineLines(where string, outline func(x, y float64) float64, xr, yr Range) ([]plotter.XYs, error) {
	var bad error
	side := func(x, y float64) float64 {
		v := outline(x, y)
		if !isFinite(v) && bad == nil {
			bad = fmt.Errorf("%s: BoundaryOptions.Outline(%g, %g) = %g: values must be finite", where, x, y, v)
		}
		if v > 0 {
			return 1
		}
		return 0
	}
	g, err := sampleGrid(where, side, xr, yr, boundaryCells)
	if err != nil {
		return nil, err
	}
	lines, err := boundaryLines(where, side, g)
	if bad != nil {
		return nil, bad
	}
	return lines, err
}

// outlineStyle draws BoundaryOptions.Outline: dashed, grey, thinner than
// the learned boundary, so the two are told apart where they run close.
var outlineStyle = draw.LineStyle{Color: color.Gray{0x40}, Width: 1.5, Dashes: []vg.Length{5, 3}}

// boundaryStyle draws the line prob = 0.5 of a decision boundary.
var boundaryStyle = draw.LineStyle{Color: Black, Width: 2}

// The background of a decision boundary: pale blue for class 0 (prob 0),
// white at 0.5, pale orange for class 1 (prob 1).
var (
	class0Tint = tint(Blue, 0.3)
	class1Tint = tint(Orange, 0.35)
)

// The colour bar of a map of probabilities: its width, its gap from the
// data area, and the room it takes with its labels to the right of it.
const (
	colorBarWidth = 10
	colorBarGap   = 12
	colorBarRoom  = 62
)

// drawColorBar draws, to the right of the data area da, a bar of
// probColor from 0 (bottom) to 1 (top), as tall as da, with the ticks 0,
// 0.5 and 1 labelled and the label "p(class 1)" beside it.
func drawColorBar(c draw.Canvas, da draw.Canvas, tickStyle, labelStyle text.Style) {
	x0 := da.Max.X + colorBarGap
	x1 := x0 + colorBarWidth
	h := da.Max.Y - da.Min.Y
	const strips = 100
	for i := range strips {
		y0 := da.Min.Y + h*vg.Length(i)/strips
		y1 := da.Min.Y + h*vg.Length(i+1)/strips
		c.SetColor(probColor((float64(i) + 0.5) / strips))
		// A hair taller than the strip, so no seam shows between strips.
		c.Fill(vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x1, Y: min(y1+0.3, da.Max.Y)}}.Path())
	}
	frame := draw.LineStyle{Color: color.Gray{0x80}, Width: 0.5}
	c.StrokeLines(frame, []vg.Point{{X: x0, Y: da.Min.Y}, {X: x1, Y: da.Min.Y}, {X: x1, Y: da.Max.Y}, {X: x0, Y: da.Max.Y}, {X: x0, Y: da.Min.Y}})
	ts := tickStyle
	ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
	var widest vg.Length
	for _, v := range []float64{0, 0.5, 1} {
		y := da.Min.Y + h*vg.Length(v)
		c.StrokeLine2(frame, x1, y, x1+3, y)
		l := tickLabel(v, 1)
		c.FillText(ts, vg.Point{X: x1 + 5, Y: y}, l)
		widest = max(widest, ts.Width(l))
	}
	ls := labelStyle
	ls.Rotation = math.Pi / 2
	ls.XAlign, ls.YAlign = draw.XCenter, draw.YTop
	c.FillText(ls, vg.Point{X: x1 + 5 + widest + 4, Y: da.Min.Y + h/2}, "p(class 1)")
}

// probColor returns the background colour for a probability in [0, 1].
func probColor(v float64) color.RGBA {
	white := color.RGBA{255, 255, 255, 255}
	if v < 0.5 {
		return mix(class0Tint, white, v*2)
	}
	return mix(white, class1Tint, (v-0.5)*2)
}

// jump is the change of a (clamped) probability between neighbouring grid
// samples above which DecisionBoundary treats it as a step: it bisects for
// the boundary and colours the cells next to it pixel by pixel.
const jump = 0.2

// superSample is how many sub-pixels each way a background cell next to a
// sharp change of class is split into.
const superSample = 4

// boundaryImage returns the background of a decision boundary: each cell
// of g coloured by its (clamped) probability, as superSample × superSample
// pixels. A cell whose neighbour lies on the other side of 0.5 with a jump
// of more than 0.2 (the edge of a step function's region) is coloured pixel
// by pixel from prob at the sub-pixel centres, so the edge of the colour
// follows the boundary line instead of the grid's staircase.
func boundaryImage(where string, prob func(x, y float64) float64, g grid, xr, yr Range) (*image.RGBA, error) {
	n := len(g.xs)
	img := image.NewRGBA(image.Rect(0, 0, n*superSample, n*superSample))
	dx, dy := (xr.Max-xr.Min)/float64(n), (yr.Max-yr.Min)/float64(n)
	sharp := func(c, r int) bool {
		v := g.z[c][r]
		for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			c2, r2 := c+d[0], r+d[1]
			if c2 < 0 || r2 < 0 || c2 >= n || r2 >= n {
				continue
			}
			w := g.z[c2][r2]
			if (v >= 0.5) != (w >= 0.5) && math.Abs(v-w) > jump {
				return true
			}
		}
		return false
	}
	for c := range n {
		for r := range n {
			fine := sharp(c, r)
			col := probColor(g.z[c][r])
			for i := range superSample {
				for j := range superSample {
					if fine {
						x := xr.Min + dx*(float64(c)+(float64(i)+0.5)/superSample)
						y := yr.Min + dy*(float64(r)+(float64(j)+0.5)/superSample)
						v := prob(x, y)
						if !isFinite(v) {
							return nil, fmt.Errorf("%s: prob(%g, %g) = %g: values must be finite", where, x, y, v)
						}
						col = probColor(math.Max(0, math.Min(1, v)))
					}
					// Image rows run top down.
					img.SetRGBA(c*superSample+i, (n-1-r)*superSample+(superSample-1-j), col)
				}
			}
		}
	}
	return img, nil
}

// equalAspect reports whether a chart of xr × yr is drawn with equal
// scales on both axes: when the two spans differ by at most a factor of
// four, so that the chart shows the plane's geometry (slopes, angles,
// circles) while a very long, thin range still fills the chart.
func equalAspect(xr, yr Range) bool {
	ratio := (xr.Max - xr.Min) / (yr.Max - yr.Min)
	return ratio <= 4 && ratio >= 0.25
}

// addClassPoints draws points coloured and shaped by class, each with a
// white outline so it stands out on any background, and adds one legend
// entry per class present. Without classes every point is class 0. The
// fewer the points, the bigger the markers (see markerRadius).
func addClassPoints(p *chart, points [][]float64, classes []int, names []string) {
	name := func(c int) string {
		if c < len(names) && names[c] != "" {
			return names[c]
		}
		return fmt.Sprintf("class %d", c)
	}
	r := markerRadius(len(points))
	byClass := map[int]plotter.XYs{}
	for i, q := range points {
		c := 0
		if classes != nil {
			c = classes[i]
		}
		byClass[c] = append(byClass[c], plotter.XY{X: q[0], Y: q[1]})
	}
	for c := range len(Palette) {
		xy, ok := byClass[c]
		if !ok {
			continue
		}
		halo, _ := plotter.NewScatter(xy)
		halo.GlyphStyle = draw.GlyphStyle{Color: color.White, Radius: r + 1.5, Shape: glyphShapes[c]}
		s, _ := plotter.NewScatter(xy)
		s.GlyphStyle = draw.GlyphStyle{Color: colorAt(c), Radius: r, Shape: glyphShapes[c]}
		p.Add(halo, s)
		if classes != nil {
			thumbs := []plot.Thumbnailer{s}
			if c < 2 {
				// The region of the class's colour, behind its marker.
				thumbs = []plot.Thumbnailer{swatch(regionTint(c)), s}
			}
			p.addLegend(name(c), thumbs...)
		}
	}
	if classes == nil {
		p.addLegend(name(0)+" side", swatch(class0Tint))
		p.addLegend(name(1)+" side", swatch(class1Tint))
	}
}

// addRings draws the points with the given indices again, over every
// other point, each with a black ring round it, and adds a legend entry
// named name. Drawn last, a ringed point stays visible where its
// neighbours' markers would otherwise cover it.
func addRings(p *chart, points [][]float64, classes []int, idx []int, name string) {
	if name == "" {
		name = "ringed"
	}
	r := markerRadius(len(points))
	xy := make(plotter.XYs, len(idx))
	for k, i := range idx {
		xy[k] = plotter.XY{X: points[i][0], Y: points[i][1]}
		c := 0
		if classes != nil {
			c = classes[i]
		}
		halo, _ := plotter.NewScatter(xy[k : k+1])
		halo.GlyphStyle = draw.GlyphStyle{Color: color.White, Radius: r + 1.5, Shape: glyphShapes[c]}
		s, _ := plotter.NewScatter(xy[k : k+1])
		s.GlyphStyle = draw.GlyphStyle{Color: colorAt(c), Radius: r, Shape: glyphShapes[c]}
		ring, _ := plotter.NewScatter(xy[k : k+1])
		ring.GlyphStyle = draw.GlyphStyle{Color: color.Black, Radius: r + 2.5, Shape: ringGlyph{width: 1.2}}
		p.Add(halo, s, ring)
	}
	legend, _ := plotter.NewScatter(xy)
	legend.GlyphStyle = draw.GlyphStyle{Color: color.Black, Radius: r + 2.5, Shape: ringGlyph{width: 1.2}}
	p.addLegend(name, legend)
}

// A ringGlyph is a circle outline of the given line width; gonum's
// RingGlyph has a fixed, hairline width that is hard to see on a tinted
// background.
type ringGlyph struct{ width vg.Length }

// DrawGlyph implements draw.GlyphDrawer.
func (g ringGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	c.SetLineStyle(draw.LineStyle{Color: sty.Color, Width: g.width})
	var path vg.Path
	path.Move(vg.Point{X: pt.X + sty.Radius, Y: pt.Y})
	path.Arc(pt, sty.Radius, 0, 2*math.Pi)
	path.Close()
	c.Stroke(path)
}

// regionTint returns the background colour of class c (0 or 1) in a
// decision boundary.
func regionTint(c int) color.RGBA {
	if c == 0 {
		return class0Tint
	}
	return class1Tint
}

// A swatch is a legend thumbnail filled with one colour, with a thin grey
// outline so a pale colour shows on white.
type swatch color.RGBA

// Thumbnail implements plot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) {
	r := vg.Rectangle{Min: vg.Point{X: c.Min.X, Y: c.Min.Y + 1}, Max: vg.Point{X: c.Max.X, Y: c.Max.Y - 1}}
	pts := []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min}
	c.FillPolygon(color.RGBA(s), pts)
	c.StrokeLines(draw.LineStyle{Color: color.Gray{0xA0}, Width: 0.5}, pts)
}

// markerRadius returns the marker radius for a scatter of n points: the
// theme's glyphRadius from 100 points up, growing as n^(-1/4) below that to
// twice that size for 6 points or fewer, so a handful of points (the four
// XOR corners) stand out while hundreds do not blot each other out.
func markerRadius(n int) vg.Length {
	scale := math.Pow(100/math.Max(1, float64(n)), 0.25)
	return glyphRadius * vg.Length(math.Max(1, math.Min(2, scale)))
}

// tint mixes c with white, keeping the fraction keep of c.
func tint(c color.RGBA, keep float64) color.RGBA {
	return mix(color.RGBA{255, 255, 255, 255}, c, keep)
}

// mix returns a + t(b - a), channel by channel, for t in [0, 1].
func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + t*(float64(y)-float64(x)))) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}
