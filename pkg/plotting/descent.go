package plotting

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Descent1D draws gradient descent on a function of one variable: the curve
// f over [xmin, xmax] (widened to hold every visited point), the points
// (x, f(x)) for each x in path joined by the steps taken, and the first and
// last point of path marked and labelled "first point" and "last point"
// (path may be a part of a longer descent, such as path[1:] or the first
// ten steps; Descent1DSteps labels them with step numbers instead), with
// the lines x = 0 and y = 0 where they lie inside the chart. The y range and the legend corner come from the curve alone
// (the visited points lie on it), so the frames of an animation that grows
// path inside [xmin, xmax] keep the same axes and legend. It is an error if
// f is nil, path is empty, the range is empty, or a value is NaN or ±Inf
// (the error names the step).
//
//	fig, err := plotting.Descent1D("rate 0.1", f, -3, 3, xs)
func Descent1D(title string, f func(x float64) float64, xmin, xmax float64, path []float64) (*Figure, error) {
	return descent1D("plotting.Descent1D", title, f, xmin, xmax, path, Frame{}, -1, PathOptions{})
}

// Descent1DSteps is Descent1DFrame for a path whose first value is step
// first of the descent (0 for the starting point): the markers' legend
// reads "step first" and "step first+len(path)−1", which stays true for a
// part of a longer path. fr may be the zero Frame. It is an error if first
// is negative.
//
//	fig, err := plotting.Descent1DSteps("after the first jump", f, 0.4, 2.6, path[1:], 1, plotting.Frame{})
func Descent1DSteps(title string, f func(x float64) float64, xmin, xmax float64, path []float64, first int, fr Frame) (*Figure, error) {
	const where = "plotting.Descent1DSteps"
	if first < 0 {
		return nil, fmt.Errorf("%s: first = %d: a step number cannot be negative", where, first)
	}
	return descent1D(where, title, f, xmin, xmax, path, fr, first, PathOptions{})
}

// Descent1DPath is Descent1DSteps with opt saying which steps get a dot
// (see PathOptions): for a long path, a plain line with dots on the first
// few steps only. It returns the errors Descent1DSteps does, and an error
// if opt.MarkFirst or opt.MarkEvery is negative.
//
//	fig, err := plotting.Descent1DPath("2000 steps", f, -3, 3, xs, 0, plotting.Frame{},
//		plotting.PathOptions{MarkFirst: 10})
func Descent1DPath(title string, f func(x float64) float64, xmin, xmax float64, path []float64, first int, fr Frame, opt PathOptions) (*Figure, error) {
	const where = "plotting.Descent1DPath"
	if first < 0 {
		return nil, fmt.Errorf("%s: first = %d: a step number cannot be negative", where, first)
	}
	if err := opt.check(where); err != nil {
		return nil, err
	}
	if len(opt.Contours) > 0 {
		return nil, fmt.Errorf("%s: PathOptions.Contours is for the contour lines of Descent2DPath; a curve has none", where)
	}
	return descent1D(where, title, f, xmin, xmax, path, fr, first, opt)
}

// Descent1DFrame is Descent1D with the axes and legend corner fixed by fr
// and fr's reference lines and marks drawn (see Frame): for an animation whose path
// leaves [xmin, xmax], or one that should zoom to fr.Y. The curve is drawn over [xmin, xmax] widened to hold
// the path; fr.X, if set, is the visible part. It is an error if fr holds
// an empty or non-finite range, a non-finite reference line or mark, or an
// unknown corner.
//
//	fr := plotting.Frame{X: plotting.Range{Min: -3, Max: 3}, Y: plotting.Range{Min: 0, Max: 9}, Legend: plotting.TopRight}
//	fig, err := plotting.Descent1DFrame("step 3", f, -3, 3, xs[:4], fr)
func Descent1DFrame(title string, f func(x float64) float64, xmin, xmax float64, path []float64, fr Frame) (*Figure, error) {
	return descent1D("plotting.Descent1DFrame", title, f, xmin, xmax, path, fr, -1, PathOptions{})
}

// descent1D draws Descent1D and Descent1DFrame.
func descent1D(where, title string, f func(x float64) float64, xmin, xmax float64, path []float64, fr Frame, first int, opt PathOptions) (*Figure, error) {
	p, err := descent1DPlot(where, title, f, xmin, xmax, path, fr, first, opt)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, p)
}

// descent1DPlot builds the plot that descent1D draws; first < 0 labels the
// markers "first point" and "last point", else "step first" and so on.
func descent1DPlot(where, title string, f func(x float64) float64, xmin, xmax float64, path []float64, fr Frame, first int, opt PathOptions) (*chart, error) {
	if f == nil {
		return nil, errors.New(where + ": f is nil")
	}
	if len(path) == 0 {
		return nil, errors.New(where + ": path is empty: no steps to draw")
	}
	if err := checkRange(where, "x", xmin, xmax); err != nil {
		return nil, err
	}
	if err := checkFinite(where, "path", path); err != nil {
		return nil, err
	}
	if err := fr.check(where, false); err != nil {
		return nil, err
	}
	for _, x := range path {
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
	}
	xs, ys, err := sampleFunc(where, "f", f, xmin, xmax, samples)
	if err != nil {
		return nil, err
	}
	p := newChart(title, "x", "f(x)")
	if !fr.NoZeroLines {
		p.Add(zeroLines{})
	}
	curve := make(plotter.XYs, len(xs))
	for i := range xs {
		curve[i] = plotter.XY{X: xs[i], Y: ys[i]}
	}
	cl := newPolyline(curve, draw.LineStyle{Color: Blue, Width: lineWidth})
	p.Add(cl)
	p.addLegend("f", cl)
	steps := make(plotter.XYs, len(path))
	for i, x := range path {
		y := f(x)
		if !isFinite(y) {
			return nil, fmt.Errorf("%s: step %d: f(%g) = %g: values must be finite", where, i, x, y)
		}
		steps[i] = plotter.XY{X: x, Y: y}
	}
	addPath(p, steps, first, opt)
	// The y range and the legend's place come from the curve only: the
	// steps lie on it, and counting them too would move the axes (by a
	// hair: a step can fall between samples) and the legend from frame to
	// frame.
	p.Y.Min, p.Y.Max = ys[0], ys[0]
	for _, y := range ys {
		p.Y.Min, p.Y.Max = math.Min(p.Y.Min, y), math.Max(p.Y.Max, y)
	}
	fr.finish(p)
	return p, nil
}

// addPath draws a descent path: its steps as a line with dots, a green
// square at its first point and a vermillion star at its last, with legend
// entries "steps" and, for the markers, "first point" and "last point"
// (first < 0) or "step first" and "step first+len(steps)−1". A path of one
// point has one marker.
func addPath(p *chart, steps plotter.XYs, first int, opt PathOptions) {
	l := newPolyline(steps, draw.LineStyle{Color: Orange, Width: 1.5})
	if !opt.NoLine {
		p.Add(l)
	}
	if dots := opt.marked(steps); len(dots) > 0 {
		s, _ := plotter.NewScatter(dots)
		s.GlyphStyle = draw.GlyphStyle{Color: Orange, Radius: 2.5, Shape: draw.CircleGlyph{}}
		p.Add(s)
		if opt.NoLine {
			p.addLegend(opt.legend(len(steps)), s)
		} else {
			p.addLegend(opt.legend(len(steps)), l, s)
		}
	} else {
		p.addLegend("steps", l)
	}
	start, _ := plotter.NewScatter(steps[:1])
	start.GlyphStyle = draw.GlyphStyle{Color: Green, Radius: 5, Shape: draw.BoxGlyph{}}
	end, _ := plotter.NewScatter(steps[len(steps)-1:])
	end.GlyphStyle = draw.GlyphStyle{Color: Vermillion, Radius: 6, Shape: starGlyph{}}
	startLabel, endLabel := "first point", "last point"
	if first >= 0 {
		startLabel = fmt.Sprintf("step %d", first)
		endLabel = fmt.Sprintf("step %d", first+len(steps)-1)
	}
	if len(steps) == 1 {
		p.Add(start)
		if first < 0 {
			startLabel = "the only point"
		}
		p.addLegend(startLabel, start)
		return
	}
	p.Add(start, end)
	p.addLegend(startLabel, start)
	p.addLegend(endLabel, end)
}

// PathOptions say which steps of a descent path get a dot, for
// Descent1DPath and Descent2DPath. The zero PathOptions dots every step, as
// Descent1D and Descent2D do; a path of thousands of steps, whose dots
// would merge into a bar, reads better as a plain line with dots on a few.
// The first and last point keep their markers whatever the options.
type PathOptions struct {
	// NoMarkers draws the path as a plain line, without dots.
	NoMarkers bool
	// NoLine draws the path as dots only, without the line joining them:
	// for a path whose steps are short chords of the curve, which the line
	// would cover. It cannot be combined with NoMarkers.
	NoLine bool
	// MarkFirst, if positive, puts dots on only the first MarkFirst
	// points of the path, where the steps are still far apart.
	MarkFirst int
	// MarkEvery, if 2 or more, puts dots on only every MarkEvery-th point,
	// counted from the path's first (index 0, MarkEvery, 2·MarkEvery, …).
	// With MarkFirst too, a point needs both to get a dot.
	MarkEvery int
	// Levels, if not empty, names the function whose contour lines
	// Descent2DPath draws (such as "MSE") and adds a legend entry that gives
	// the values of its darkest and lightest line: "MSE on the lines:
	// 0.05 (dark) to 90 (light)". Descent1DPath has no contour lines and
	// ignores it.
	Levels string
	// Contours, for Descent2DPath only, draws the contour lines at exactly
	// these values of f, each labelled with its value, instead of twelve
	// unlabelled lines at quantiles of f, so that the reader can read f off
	// the map. A label sits on its line where the line passes closest to
	// the straight line from the lowest point of f in the chart to the
	// chart's top right corner (a diagonal column of labels on a bowl),
	// stepping aside from the path, on a white patch under the path.
	Contours []float64
}

// check reports a negative MarkFirst or MarkEvery, or a contour value that
// is not finite.
func (opt PathOptions) check(where string) error {
	for i, v := range opt.Contours {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%s: PathOptions.Contours[%d] = %g: a contour value must be finite", where, i, v)
		}
	}
	if opt.NoLine && opt.NoMarkers {
		return fmt.Errorf("%s: PathOptions.NoLine with NoMarkers would draw no path at all; drop one of them", where)
	}
	if opt.MarkFirst < 0 {
		return fmt.Errorf("%s: PathOptions.MarkFirst = %d: need a number of points, or 0 for all", where, opt.MarkFirst)
	}
	if opt.MarkEvery < 0 {
		return fmt.Errorf("%s: PathOptions.MarkEvery = %d: need a spacing in points, or 0 for every point", where, opt.MarkEvery)
	}
	return nil
}

// legend returns the legend label of a path of n points with dots: "steps",
// or, when only some points have one, which.
func (opt PathOptions) legend(n int) string {
	first := opt.MarkFirst > 0 && opt.MarkFirst < n
	every := opt.MarkEvery > 1
	switch {
	case first && every:
		return fmt.Sprintf("steps (dots: every %s of the first %d)", ordinal(opt.MarkEvery), opt.MarkFirst)
	case first:
		return fmt.Sprintf("steps (dots: the first %d)", opt.MarkFirst)
	case every:
		return fmt.Sprintf("steps (dots: every %s)", ordinal(opt.MarkEvery))
	}
	return "steps"
}

// ordinal writes n ≥ 2 as an English ordinal: 2nd, 3rd, 10th, 21st.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprint(n, suffix)
}

// marked returns the points of steps that get a dot.
func (opt PathOptions) marked(steps plotter.XYs) plotter.XYs {
	if opt.NoMarkers {
		return nil
	}
	n := len(steps)
	if opt.MarkFirst > 0 {
		n = min(n, opt.MarkFirst)
	}
	every := max(1, opt.MarkEvery)
	var dots plotter.XYs
	for i := 0; i < n; i += every {
		dots = append(dots, steps[i])
	}
	return dots
}

// starGlyph draws a filled five-pointed star.
type starGlyph struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (starGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	var path vg.Path
	for i := range 10 {
		r := sty.Radius
		if i%2 == 1 {
			r *= 0.45
		}
		a := math.Pi/2 + float64(i)*math.Pi/5
		q := vg.Point{X: pt.X + r*vg.Length(math.Cos(a)), Y: pt.Y + r*vg.Length(math.Sin(a))}
		if i == 0 {
			path.Move(q)
		} else {
			path.Line(q)
		}
	}
	path.Close()
	c.SetColor(sty.Color)
	c.Fill(path)
}

// Descent2D draws gradient descent on a function of two variables: contour
// lines of f over xr × yr (twelve levels at quantiles of f, dark for low
// values), and the path of (x, y) rows visited: the path that nn.Descend2D
// returns. Markers show the first and the last point of path, labelled
// "first point" and "last point" (path may be a part of a longer descent;
// Descent2DSteps labels them with step numbers). The ranges widen to hold
// the whole path; when their lengths are within a factor of four, both
// axes have the same scale, so the shape of f's valleys is what the eye
// sees. The contour lines are traced by the package's own marching
// squares, whose time and memory grow only with the grid, whatever f is.
// It is an error if f is nil, path is
// empty, a range is empty, a path row is not two finite values, or f
// returns NaN or ±Inf.
//
//	fig, err := plotting.Descent2D("bowl", f, plotting.Range{Min: -2, Max: 2},
//		plotting.Range{Min: -2, Max: 2}, path)
func Descent2D(title string, f func(x, y float64) float64, xr, yr Range, path [][]float64) (*Figure, error) {
	return descent2D("plotting.Descent2D", title, "x", "y", f, xr, yr, path, -1, PathOptions{})
}

// Descent2DSteps is Descent2D for a path whose first row is step first of
// the descent (0 for the starting point): the markers' legend reads "step
// first" and "step first+len(path)−1", true also for a part of a longer
// path. It is an error if first is negative.
//
//	fig, err := plotting.Descent2DSteps("steps 10 to 40", f, xr, yr, path[10:41], 10)
func Descent2DSteps(title string, f func(x, y float64) float64, xr, yr Range, path [][]float64, first int) (*Figure, error) {
	const where = "plotting.Descent2DSteps"
	if first < 0 {
		return nil, fmt.Errorf("%s: first = %d: a step number cannot be negative", where, first)
	}
	return descent2D(where, title, "x", "y", f, xr, yr, path, first, PathOptions{})
}

// Descent2DXY is Descent2DSteps with axis labels of its own, xlabel below
// and ylabel beside the chart, instead of "x" and "y": for a landscape
// over named parameters, such as a loss over the weight w (across) and the
// bias b (up). It is an error if first is negative.
//
//	fig, err := plotting.Descent2DXY("L(w, b), η = 0.5", "weight w", "bias b",
//		loss, wRange, bRange, path, 0)
func Descent2DXY(title, xlabel, ylabel string, f func(x, y float64) float64, xr, yr Range, path [][]float64, first int) (*Figure, error) {
	const where = "plotting.Descent2DXY"
	if first < 0 {
		return nil, fmt.Errorf("%s: first = %d: a step number cannot be negative", where, first)
	}
	return descent2D(where, title, xlabel, ylabel, f, xr, yr, path, first, PathOptions{})
}

// Descent2DPath is Descent2DXY with opt saying which steps get a dot (see
// PathOptions): for a path of thousands of steps, a plain line with dots on
// the first few or on every k-th. With opt.Levels the legend also gives the
// values of the darkest and the lightest contour line. It returns the errors Descent2DXY does,
// and an error if opt.MarkFirst or opt.MarkEvery is negative.
//
//	fig, err := plotting.Descent2DPath("L(w, b), 2000 steps", "weight w", "bias b",
//		loss, wRange, bRange, path, 0, plotting.PathOptions{MarkFirst: 20})
func Descent2DPath(title, xlabel, ylabel string, f func(x, y float64) float64, xr, yr Range, path [][]float64, first int, opt PathOptions) (*Figure, error) {
	const where = "plotting.Descent2DPath"
	if first < 0 {
		return nil, fmt.Errorf("%s: first = %d: a step number cannot be negative", where, first)
	}
	if err := opt.check(where); err != nil {
		return nil, err
	}
	return descent2D(where, title, xlabel, ylabel, f, xr, yr, path, first, opt)
}

// descent2D draws Descent2D and its variants, with the axes labelled
// xlabel and ylabel; first < 0 labels the markers "first point" and "last
// point".
func descent2D(where, title, xlabel, ylabel string, f func(x, y float64) float64, xr, yr Range, path [][]float64, first int, opt PathOptions) (*Figure, error) {
	if f == nil {
		return nil, errors.New(where + ": f is nil")
	}
	if len(path) == 0 {
		return nil, errors.New(where + ": path is empty: no steps to draw")
	}
	if err := checkRange(where, "x", xr.Min, xr.Max); err != nil {
		return nil, err
	}
	if err := checkRange(where, "y", yr.Min, yr.Max); err != nil {
		return nil, err
	}
	if err := checkPoints(where, path, nil); err != nil {
		return nil, err
	}
	steps := make(plotter.XYs, len(path))
	for i, q := range path {
		steps[i] = plotter.XY{X: q[0], Y: q[1]}
		xr.Min, xr.Max = math.Min(xr.Min, q[0]), math.Max(xr.Max, q[0])
		yr.Min, yr.Max = math.Min(yr.Min, q[1]), math.Max(yr.Max, q[1])
	}
	g, err := sampleGrid(where, f, xr, yr, 120)
	if err != nil {
		return nil, err
	}
	p := newChart(title, xlabel, ylabel)
	p.equal = equalAspect(xr, yr)
	levels := contourLevels(g, 12)
	if len(opt.Contours) > 0 {
		levels = append([]float64(nil), opt.Contours...)
		sort.Float64s(levels)
	}
	colors := ramp(len(levels)).Colors()
	var labels contourLabels
	for i, level := range levels {
		lines := isoLines(g, level, lerpAt(level))
		for _, l := range lines {
			p.Add(newPolyline(l, draw.LineStyle{Color: colors[i], Width: 1.5}))
		}
		if len(opt.Contours) > 0 {
			if at, ok := labelPoint(g, lines, xr, yr, steps); ok {
				labels = append(labels, contourLabel{at: at, text: levelLabel(level)})
			}
		}
	}
	if len(labels) > 0 {
		p.Add(labels)
	}
	if opt.Levels != "" && len(levels) > 0 {
		mid := newPolyline(nil, draw.LineStyle{Color: colors[len(colors)/2], Width: 1.5})
		p.addLegend(fmt.Sprintf("%s on the lines: %s (dark) to %s (light)", opt.Levels,
			levelLabel(levels[0]), levelLabel(levels[len(levels)-1])), mid)
	}
	addPath(p, steps, first, opt)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xr.Min, xr.Max, yr.Min, yr.Max
	return chartFigure(where, p)
}

// levelLabel writes a contour level with two significant digits, without
// an exponent for the values a loss usually takes (0.0012, 0.35, 87, 4500).
func levelLabel(v float64) string {
	if a := math.Abs(v); v != 0 && (a < 1e-4 || a >= 1e5) {
		return strconv.FormatFloat(v, 'g', 2, 64)
	}
	s := strconv.FormatFloat(v, 'g', 2, 64)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strings.Replace(s, "-", "−", 1)
}

// contourLevels returns up to n distinct levels at evenly spaced quantiles
// of g's values, skipping the very lowest and highest.
func contourLevels(g grid, n int) []float64 {
	var all []float64
	for _, col := range g.z {
		all = append(all, col...)
	}
	sort.Float64s(all)
	var levels []float64
	for i := 1; i <= n; i++ {
		// Squared spacing puts more levels near the minimum, where the path ends.
		q := math.Pow(float64(i)/float64(n+1), 2)
		v := all[int(q*float64(len(all)-1))]
		if len(levels) == 0 || v > levels[len(levels)-1] {
			levels = append(levels, v)
		}
	}
	return levels
}

// labelPoint returns where a contour level's label goes: the point of its
// lines, at least 8% of the x span and 4% of the y span inside xr × yr (a
// label is wider than tall; closer to a side edge it would leave a stub of its
// line between it and the edge), closest to the straight
// line from g's lowest point to the top right corner (distances measured
// in fractions of the spans, as the eye sees them). Points within 5% of
// the path are passed over, so the path does not run through the label,
// unless every point is that close. It reports false if no point of the
// lines lies inside.
func labelPoint(g grid, lines []plotter.XYs, xr, yr Range, path plotter.XYs) (plotter.XY, bool) {
	w, h := xr.Max-xr.Min, yr.Max-yr.Min
	low := plotter.XY{X: g.xs[0], Y: g.ys[0]}
	lowest := math.Inf(1)
	for c, col := range g.z {
		for r, v := range col {
			if v < lowest {
				lowest, low = v, plotter.XY{X: g.xs[c], Y: g.ys[r]}
			}
		}
	}
	// The ray from low to the corner, in fractions of the spans.
	ax, ay := (low.X-xr.Min)/w, (low.Y-yr.Min)/h
	dx, dy := 1-ax, 1-ay
	length := math.Hypot(dx, dy)
	// nearPath reports whether (u, v) is within 5% of a segment of the path.
	nearPath := func(u, v float64) bool {
		for i := range path {
			a, b := path[i], path[max(i-1, 0)]
			au, av := (a.X-xr.Min)/w, (a.Y-yr.Min)/h
			bu, bv := (b.X-xr.Min)/w, (b.Y-yr.Min)/h
			su, sv := bu-au, bv-av
			t := 0.0
			if l2 := su*su + sv*sv; l2 > 0 {
				t = math.Max(0, math.Min(1, ((u-au)*su+(v-av)*sv)/l2))
			}
			if math.Hypot(u-au-t*su, v-av-t*sv) < 0.05 {
				return true
			}
		}
		return false
	}
	var best, crowded plotter.XY
	bestDist, crowdedDist := math.Inf(1), math.Inf(1)
	for _, l := range lines {
		for _, q := range l {
			u, v := (q.X-xr.Min)/w, (q.Y-yr.Min)/h
			if u < 0.08 || u > 0.92 || v < 0.04 || v > 0.96 {
				continue
			}
			var dist float64
			if length == 0 {
				dist = math.Hypot(u-ax, v-ay)
			} else {
				// Distance to the segment from low to the corner.
				t := math.Max(0, math.Min(1, ((u-ax)*dx+(v-ay)*dy)/(length*length)))
				dist = math.Hypot(u-ax-t*dx, v-ay-t*dy)
			}
			switch {
			case !nearPath(u, v) && dist < bestDist:
				best, bestDist = q, dist
			case dist < crowdedDist:
				crowded, crowdedDist = q, dist
			}
		}
	}
	if math.IsInf(bestDist, 1) {
		return crowded, !math.IsInf(crowdedDist, 1)
	}
	return best, true
}

// A contourLabel is the value of a contour line, written on the line.
type contourLabel struct {
	at   plotter.XY
	text string
}

// contourLabels draws contour labels: each centred on its point, on a
// white patch that hides the contour line under the text.
type contourLabels []contourLabel

// Plot implements plot.Plotter.
func (ls contourLabels) Plot(c draw.Canvas, p *plot.Plot) {
	x, y := p.Transforms(&c)
	ts := text.Style{Font: sans(tickSize), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: richText{}, Color: color.Gray{0x30}}
	for _, l := range ls {
		at := vg.Point{X: x(l.at.X), Y: y(l.at.Y)}
		wd, ht := ts.Width(l.text)+4, ts.Height(l.text)+1
		c.SetColor(color.White)
		c.Fill(vg.Rectangle{Min: vg.Point{X: at.X - wd/2, Y: at.Y - ht/2}, Max: vg.Point{X: at.X + wd/2, Y: at.Y + ht/2}}.Path())
		c.FillText(ts, at, l.text)
	}
}
