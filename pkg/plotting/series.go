package plotting

import (
	"errors"
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// A Line is a sequence of values, one per layer, step or epoch, the first
// at position 1, with the label its legend shows. Dashed draws it with a
// dashed line. NoMarkers draws the line alone, without a dot at each
// value: for a dense series (a value per epoch over hundreds of epochs),
// whose dots would merge into a beaded rope. Lines without markers are best
// told apart by colour and Dashed. First, if positive, puts the first value
// at position First instead of 1: 2 for a series of steps drawn from step 2
// on, whose step 1 lies far outside the range worth showing; it must not be
// negative.
type Line struct {
	Label     string
	Y         []float64
	Dashed    bool
	NoMarkers bool
	First     int
}

// Series draws each line's values against their position 1, 2, 3, …
// (whole-number ticks), with dots at the values (unless the line's
// NoMarkers is set), in the palette's colours
// and with a legend of their labels: for a quantity measured per layer or
// per step, such as the mean gradient size in each layer. xlabel and ylabel
// name the axes; with logY the y axis is logarithmic. It is an error if
// there are no lines, every line is empty, a value is NaN or ±Inf (the
// error names the line and position), or logY is set and a value is not
// positive.
//
//	fig, err := plotting.Series("Gradient size by layer", "layer", "mean |gradient|", true,
//		plotting.Line{Label: "sigmoid", Y: gSigmoid}, plotting.Line{Label: "ReLU", Y: gReLU})
func Series(title, xlabel, ylabel string, logY bool, lines ...Line) (*Figure, error) {
	return series("plotting.Series", title, xlabel, ylabel, SeriesOptions{LogY: logY}, lines)
}

// SeriesOptions are the settings of SeriesWith.
type SeriesOptions struct {
	// LogY makes the y axis logarithmic, as Series' logY does.
	LogY bool
	// Y fixes the y axis to exactly this range (positive with LogY), such
	// as {1e-12, 1} so that a log axis ends at a labelled 10⁰ and several
	// charts share one scale; the zero Range follows the data. Values
	// outside it are cut at the frame.
	Y Range
	// Counts marks a linear y axis for whole numbers, such as a number of
	// mistakes, as the x axis is: every tick on a whole number, none on a
	// half-count. It has no effect with LogY.
	Counts bool
	// XLabels names the positions of the x axis: XLabels[i] is written
	// under position i+1 in place of the number, one tick per label, for a
	// series over named settings, such as the candidate strengths of a
	// penalty ("0", "0.001", "0.01"), which are then evenly spaced whatever
	// their values. Every line must then end at or before position
	// len(XLabels).
	XLabels []string
	// Refs adds horizontal reference lines, grey and dotted as Frame.Refs
	// draws them (see Ref), after the lines in the legend: a level to
	// compare the values with, such as a minimum or a goal, which a
	// constant Line would colour like data. Each must be finite, and
	// positive with LogY.
	Refs []Ref
}

// SeriesWith is Series with settings (see SeriesOptions). It returns the
// errors Series does, and an error if opt.Y is not finite, is empty, or is
// not positive with LogY, if a line reaches a position past the last
// of opt.XLabels, or if a reference line of opt.Refs is not finite, or
// not positive with LogY.
//
//	fig, err := plotting.SeriesWith("Gradient size by layer", "layer", "mean |gradient|",
//		plotting.SeriesOptions{LogY: true, Y: plotting.Range{Min: 1e-12, Max: 1}},
//		plotting.Line{Label: "sigmoid", Y: gSigmoid}, plotting.Line{Label: "ReLU", Y: gReLU})
func SeriesWith(title, xlabel, ylabel string, opt SeriesOptions, lines ...Line) (*Figure, error) {
	return series("plotting.SeriesWith", title, xlabel, ylabel, opt, lines)
}

// series draws Series and SeriesWith, naming where in its errors.
func series(where, title, xlabel, ylabel string, opt SeriesOptions, lines []Line) (*Figure, error) {
	p, err := seriesChart(where, title, xlabel, ylabel, opt, lines)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, p)
}

// seriesChart checks and builds the chart that series draws.
func seriesChart(where, title, xlabel, ylabel string, opt SeriesOptions, lines []Line) (*chart, error) {
	logY := opt.LogY
	if opt.Y != (Range{}) {
		if err := checkRange(where, "SeriesOptions.Y", opt.Y.Min, opt.Y.Max); err != nil {
			return nil, err
		}
		if logY && opt.Y.Min <= 0 {
			return nil, fmt.Errorf("%s: SeriesOptions.Y range [%g, %g] must be positive on a log scale", where, opt.Y.Min, opt.Y.Max)
		}
	}
	for i, r := range opt.Refs {
		if !isFinite(r.Y) || (logY && r.Y <= 0) {
			return nil, fmt.Errorf("%s: SeriesOptions.Refs[%d] (%q) is at y = %g: need a finite value, positive on a log scale", where, i, r.Label, r.Y)
		}
	}
	if len(lines) == 0 {
		return nil, errors.New(where + ": no lines to draw")
	}
	empty := true
	for i, ln := range lines {
		name := fmt.Sprint(i)
		if ln.Label != "" {
			name = fmt.Sprintf("%d (%q)", i, ln.Label)
		}
		if ln.First < 0 {
			return nil, fmt.Errorf("%s: line %s: First is %d: the first position must be 1 or more (0 means 1)", where, name, ln.First)
		}
		first := max(ln.First, 1)
		for j, v := range ln.Y {
			if !isFinite(v) {
				return nil, fmt.Errorf("%s: line %s: Y[%d] (position %d) is %g: values must be finite", where, name, j, first+j, v)
			}
			if logY && v <= 0 {
				return nil, fmt.Errorf("%s: line %s: Y[%d] (position %d) is %g: a log scale needs positive values", where, name, j, first+j, v)
			}
		}
		empty = empty && len(ln.Y) == 0
		if last := first + len(ln.Y) - 1; opt.XLabels != nil && len(ln.Y) > 0 && last > len(opt.XLabels) {
			return nil, fmt.Errorf("%s: line %s reaches position %d but SeriesOptions.XLabels names only %d positions", where, name, last, len(opt.XLabels))
		}
	}
	if empty {
		return nil, errors.New(where + ": every line is empty: no values to draw")
	}
	p := seriesPlot(title, xlabel, ylabel, logY, lines)
	addRefs(p, opt.Refs, 0) // the axis reaches each line
	refLegend(p, opt.Refs, 0)
	if opt.Y != (Range{}) {
		p.Y.Min, p.Y.Max = opt.Y.Min, opt.Y.Max
	}
	if opt.Counts && !logY {
		p.Y.Tick.Marker = integerTicks{}
	}
	if opt.XLabels != nil {
		p.X.Tick.Marker = labelTicks(opt.XLabels)
	}
	return p, nil
}

// seriesPlot draws Series' chart of lines, which Series has checked.
func seriesPlot(title, xlabel, ylabel string, logY bool, lines []Line) *chart {
	p := newChart(title, xlabel, ylabel)
	if logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
	}
	for i, ln := range lines {
		if len(ln.Y) == 0 {
			continue
		}
		first := max(ln.First, 1)
		xy := make(plotter.XYs, len(ln.Y))
		for j, v := range ln.Y {
			xy[j] = plotter.XY{X: float64(first + j), Y: v}
		}
		// A single value is drawn, and shown in the legend, as its dot
		// alone, even without markers: a line through one point is not
		// drawn.
		var thumbs []plot.Thumbnailer
		if len(xy) > 1 {
			l := newPolyline(xy, lineStyle(i, ln.Dashed))
			thumbs = append(thumbs, l)
			p.Add(l)
		}
		if !ln.NoMarkers || len(xy) == 1 {
			s, _ := plotter.NewScatter(xy)
			s.GlyphStyle = draw.GlyphStyle{Color: colorAt(i), Radius: glyphRadius, Shape: glyphShapes[i%len(glyphShapes)]}
			p.Add(s)
			thumbs = append(thumbs, s)
		}
		if ln.Label != "" {
			p.addLegend(ln.Label, thumbs...)
		}
	}
	p.X.Tick.Marker = positionTicks{}
	padX(p.Plot)
	padY(p.Plot)
	return p
}

// labelTicks marks positions 1, 2, 3, … of an x axis with the names
// labelTicks[0], labelTicks[1], …, one labelled tick per name.
type labelTicks []string

// Ticks implements plot.Ticker: a tick at each named position inside
// [min, max].
func (l labelTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for i, s := range l {
		if v := float64(i + 1); min <= v && v <= max {
			out = append(out, plot.Tick{Value: v, Label: s})
		}
	}
	return out
}
