package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
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
// clipped at the frame. Refs adds horizontal reference lines (see Ref).
//
//	fr := plotting.Frame{Y: plotting.Range{Min: 0, Max: 10}, Legend: plotting.TopLeft}
type Frame struct {
	X, Y   Range
	Legend Corner
	Refs   []Ref
}

// A Ref is a horizontal reference line across a chart at height Y, drawn
// grey and dotted under the data, with Label in the legend: a level to
// compare the data with, such as σ = 0.5 or chance accuracy. An empty
// Label leaves it out of the legend. The y axis always shows the line.
//
//	fr := plotting.Frame{Refs: []plotting.Ref{{Label: "σ = 0.5", Y: 0.5}}}
type Ref struct {
	Label string
	Y     float64
}

// refStyle draws reference lines: grey, dotted, thinner than data.
var refStyle = draw.LineStyle{Color: color.Gray{0x60}, Width: 1.5, Dashes: []vg.Length{2, 3}}

// refLine is a Ref as a plotter: a line across the whole data area.
type refLine struct{ y float64 }

// Plot implements plot.Plotter.
func (r refLine) Plot(c draw.Canvas, p *plot.Plot) {
	if r.y < p.Y.Min || r.y > p.Y.Max {
		return
	}
	_, y := p.Transforms(&c)
	c.StrokeLine2(refStyle, c.Min.X, y(r.y), c.Max.X, y(r.y))
}

// DataRange implements plot.DataRanger: the line's height only, so the y
// axis reaches it.
func (r refLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), r.y, r.y
}

// addRefs draws refs on ch, under what is added after them; their legend
// entries come last (see refLegend).
func addRefs(ch *chart, refs []Ref) {
	for _, r := range refs {
		ch.Add(refLine{r.Y})
	}
}

// refLegend adds the legend entries of refs that have a label.
func refLegend(ch *chart, refs []Ref) {
	for _, r := range refs {
		if r.Label != "" {
			ch.addLegend(r.Label, newPolyline(nil, refStyle))
		}
	}
}

// check reports an error if a set range of fr is not finite and increasing,
// a log-scale y range is not positive, or Legend is not a known corner.
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
	if logY && fr.Y != (Range{}) && fr.Y.Min <= 0 {
		return fmt.Errorf("%s: Frame.Y range [%g, %g] must be positive on a log scale", where, fr.Y.Min, fr.Y.Max)
	}
	if fr.Legend < LegendAuto || fr.Legend > BottomLeft {
		return fmt.Errorf("%s: Frame.Legend = %d is not a corner: use LegendAuto, TopRight, TopLeft, BottomRight or BottomLeft", where, fr.Legend)
	}
	return nil
}

// finish sets p's axes and legend: from fr where it fixes them, else from
// the data and fr's reference lines (y padded, legend above the data area).
func (fr Frame) finish(ch *chart) {
	p := ch.Plot
	refLegend(ch, fr.Refs)
	if fr.X != (Range{}) {
		p.X.Min, p.X.Max = fr.X.Min, fr.X.Max
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
