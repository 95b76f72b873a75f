package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Corner names where a chart's legend goes.
type Corner int

// The legend corners. LegendAuto, the zero value, puts the legend in rows
// between the title and the data area, where it never covers data; the
// others put it inside the data area, in that corner.
const (
	LegendAuto Corner = iota
	TopRight
	TopLeft
	BottomRight
	BottomLeft
)

// A Frame fixes what a chart's frame shows instead of following the data,
// so that the frames of an animation line up: the same axes and the legend
// in the same corner on every frame. A zero Range or Legend means "from the
// data", as the charts do without a Frame. Data outside a fixed range is
// clipped at the frame. Refs adds horizontal reference lines (see Ref),
// Marks marked points (see Mark). NoZeroLines leaves out the grey lines
// x = 0 and y = 0 that the charts of functions draw: for a chart where a
// line at 0 would read as part of the data, such as a step function, which
// jumps at x = 0 and would seem to be joined there by a vertical line.
// XStep, if positive, labels the x axis at the multiples of XStep instead
// of at a round step of 1, 2 or 5 times a power of ten: 45 for an axis of
// degrees, so 90 and 180 are labelled (a step that would label more than
// 25 ticks is ignored).
//
//	fr := plotting.Frame{Y: plotting.Range{Min: 0, Max: 10}, Legend: plotting.TopLeft}
type Frame struct {
	X, Y        Range
	Legend      Corner
	Refs        []Ref
	Marks       []Mark
	NoZeroLines bool
	XStep       float64
}

// A Ref is a horizontal reference line across a chart at height Y, drawn
// grey and dotted over the data, so a curve that runs along it cannot hide
// it (a second one dash-dot, a third dash-dot-dot, a fourth densely dotted,
// so the legend tells them apart), with Label in the legend: a level to
// compare the data with, such as σ = 0.5 or chance accuracy. An empty
// Label leaves it out of the legend. The y axis always shows the line.
//
//	fr := plotting.Frame{Refs: []plotting.Ref{{Label: "σ = 0.5", Y: 0.5}}}
type Ref struct {
	Label string
	Y     float64
}

// A Mark is a point marked on a chart at (X, Y), with Label in the legend:
// a prediction, the largest and the smallest value of a curve, a point to
// read off. Marks are drawn over the data, each in its own shape and colour
// (a vermillion diamond, then a purple triangle, a black square and a
// sky-blue circle, then again) with a white rim, so a mark shows also where
// it lies on a line or on the axis. An empty Label leaves it out of the
// legend. The axes always show a mark, unless a fixed range of the Frame
// leaves it out.
//
//	fr := plotting.Frame{Marks: []plotting.Mark{{Label: "prediction for x = 0.5: 4 t", X: 0.5, Y: 4}}}
type Mark struct {
	Label string
	X, Y  float64
}

// markStyles are the marks' colours and shapes, in the order Frame.Marks
// gets them: distinct from the blue data points and curves, and from the
// green square and vermillion star of a descent path's ends.
var markStyles = []draw.GlyphStyle{
	{Color: Vermillion, Radius: 6.5, Shape: haloGlyph{diamondGlyph{}}},
	{Color: Purple, Radius: 5.5, Shape: haloGlyph{draw.PyramidGlyph{}}},
	{Color: Black, Radius: 4.5, Shape: haloGlyph{draw.BoxGlyph{}}},
	{Color: SkyBlue, Radius: 5, Shape: haloGlyph{draw.CircleGlyph{}}},
}

// diamondGlyph draws a filled square standing on a corner, Radius from its
// centre to each corner.
type diamondGlyph struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (diamondGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	r := sty.Radius
	var path vg.Path
	path.Move(vg.Point{X: pt.X, Y: pt.Y + r})
	path.Line(vg.Point{X: pt.X + r, Y: pt.Y})
	path.Line(vg.Point{X: pt.X, Y: pt.Y - r})
	path.Line(vg.Point{X: pt.X - r, Y: pt.Y})
	path.Close()
	c.SetColor(sty.Color)
	c.Fill(path)
}

// haloGlyph draws its shape over a white copy of it 1.5 points larger: a
// rim that keeps a mark visible on a line of any colour.
type haloGlyph struct{ shape draw.GlyphDrawer }

// DrawGlyph implements draw.GlyphDrawer.
func (g haloGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	rim := sty
	rim.Color = color.White
	rim.Radius += 1.5
	g.shape.DrawGlyph(c, rim, pt)
	g.shape.DrawGlyph(c, sty, pt)
}

// addMarks draws marks on ch, over what was added before them, with legend
// entries for those that have a label. The axes widen to hold them.
func addMarks(ch *chart, marks []Mark) {
	for i, m := range marks {
		s, _ := plotter.NewScatter(plotter.XYs{{X: m.X, Y: m.Y}})
		s.GlyphStyle = markStyles[i%len(markStyles)]
		ch.Add(s)
		if m.Label != "" {
			ch.addLegend(m.Label, s)
		}
	}
}

// refStyles draw reference lines: grey, thinner than data, each with its
// own dash pattern (and shade), so the legend tells several apart: dotted,
// then dash-dot, dash-dot-dot and densely dotted, then again. None is the
// plain dashes of a held-out curve, or solid as an EpochMark.
var refStyles = []draw.LineStyle{
	{Color: color.Gray{0x60}, Width: 1.5, Dashes: []vg.Length{2, 3}},
	{Color: color.Gray{0x30}, Width: 1.5, Dashes: []vg.Length{9, 3, 2, 3}},
	{Color: color.Gray{0x50}, Width: 1.5, Dashes: []vg.Length{9, 3, 2, 2, 2, 3}},
	{Color: color.Gray{0x20}, Width: 1.5, Dashes: []vg.Length{1, 1.5}},
}

// refHalo is how much wider than a reference line's dash the white dash
// under it is.
const refHalo = 2

// refStyle is the style of a chart's first reference line.
var refStyle = refStyles[0]

// refStyleAt returns the style of a chart's reference line i.
func refStyleAt(i int) draw.LineStyle { return refStyles[i%len(refStyles)] }

// refLine is a Ref as a plotter: a line across the whole data area.
type refLine struct {
	y     float64
	style draw.LineStyle
}

// Plot implements plot.Plotter. Each dash is drawn over a wider white one,
// so the line stays visible where it runs along a data curve beneath it.
func (r refLine) Plot(c draw.Canvas, p *plot.Plot) {
	if r.y < p.Y.Min || r.y > p.Y.Max {
		return
	}
	_, y := p.Transforms(&c)
	halo := r.style
	halo.Color = color.White
	halo.Width += refHalo
	c.StrokeLine2(halo, c.Min.X, y(r.y), c.Max.X, y(r.y))
	c.StrokeLine2(r.style, c.Min.X, y(r.y), c.Max.X, y(r.y))
}

// DataRange implements plot.DataRanger: the line's height only, so the y
// axis reaches it.
func (r refLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), r.y, r.y
}

// addRefs draws refs on ch, over what was added before them (a reference
// line is drawn after the data, so a curve that settles onto it cannot hide
// it), in the styles
// refStyleAt gives from first on (first > 0 when refs follow others in a
// shared legend); their legend entries come last (see refLegend).
func addRefs(ch *chart, refs []Ref, first int) {
	for i, r := range refs {
		ch.Add(refLine{r.Y, refStyleAt(first + i)})
	}
}

// refLegend adds the legend entries of refs that have a label, in the
// styles addRefs drew them with from first on.
func refLegend(ch *chart, refs []Ref, first int) {
	for i, r := range refs {
		if r.Label != "" {
			ch.addLegend(r.Label, newPolyline(nil, refStyleAt(first+i)))
		}
	}
}

// check reports an error if a set range of fr is not finite and increasing,
// a reference line or mark is not finite, a log-scale y range or mark is
// not positive, or Legend is not a known corner.
func (fr Frame) check(where string, logY bool) error {
	for _, a := range []struct {
		name string
		r    Range
	}{{"Frame.X", fr.X}, {"Frame.Y", fr.Y}} {
		if a.r == (Range{}) {
			continue
		}
		if err := checkRange(where, a.name, a.r.Min, a.r.Max); err != nil {
			return err
		}
	}
	for i, r := range fr.Refs {
		if !isFinite(r.Y) {
			return fmt.Errorf("%s: Frame.Refs[%d] (%q) is at y = %g: need a finite value", where, i, r.Label, r.Y)
		}
	}
	for i, m := range fr.Marks {
		if !isFinite(m.X) || !isFinite(m.Y) {
			return fmt.Errorf("%s: Frame.Marks[%d] (%q) is at (%g, %g): need finite values", where, i, m.Label, m.X, m.Y)
		}
		if logY && m.Y <= 0 {
			return fmt.Errorf("%s: Frame.Marks[%d] (%q) is at y = %g: a log scale needs a positive value", where, i, m.Label, m.Y)
		}
	}
	if logY && fr.Y != (Range{}) && fr.Y.Min <= 0 {
		return fmt.Errorf("%s: Frame.Y range [%g, %g] must be positive on a log scale", where, fr.Y.Min, fr.Y.Max)
	}
	if fr.XStep < 0 || !isFinite(fr.XStep) {
		return fmt.Errorf("%s: Frame.XStep = %g: need a positive, finite step, or 0 for a round one", where, fr.XStep)
	}
	if fr.Legend < LegendAuto || fr.Legend > BottomLeft {
		return fmt.Errorf("%s: Frame.Legend = %d is not a corner: use LegendAuto, TopRight, TopLeft, BottomRight or BottomLeft", where, fr.Legend)
	}
	return nil
}

// finish draws fr's reference lines and then its marks over the data and sets p's axes and legend: from
// fr where it fixes them, else from the data, fr's reference lines and its
// marks (y padded, legend above the data area). The legend lists the
// reference lines and then the marks after the data's entries.
func (fr Frame) finish(ch *chart) {
	p := ch.Plot
	addRefs(ch, fr.Refs, 0)
	refLegend(ch, fr.Refs, 0)
	addMarks(ch, fr.Marks)
	if fr.X != (Range{}) {
		p.X.Min, p.X.Max = fr.X.Min, fr.X.Max
	}
	if fr.XStep > 0 {
		p.X.Tick.Marker = stepTicks(fr.XStep)
	}
	if fr.Y != (Range{}) {
		p.Y.Min, p.Y.Max = fr.Y.Min, fr.Y.Max
	} else {
		for _, r := range fr.Refs {
			p.Y.Min, p.Y.Max = math.Min(p.Y.Min, r.Y), math.Max(p.Y.Max, r.Y)
		}
		padY(p)
	}
	if fr.Legend == LegendAuto {
		return
	}
	ch.putInside()
	p.Legend.Top = fr.Legend == TopRight || fr.Legend == TopLeft
	p.Legend.Left = fr.Legend == TopLeft || fr.Legend == BottomLeft
	p.Legend.XOffs, p.Legend.YOffs = -4, -4
	if p.Legend.Left {
		p.Legend.XOffs = 4
	}
	if !p.Legend.Top {
		p.Legend.YOffs = 4
	}
}
