package plotting

import (
	"fmt"
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
// clipped at the frame.
//
//	fr := plotting.Frame{Y: plotting.Range{Min: 0, Max: 10}, Legend: plotting.TopLeft}
type Frame struct {
	X, Y   Range
	Legend Corner
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
	if logY && fr.Y != (Range{}) && fr.Y.Min <= 0 {
		return fmt.Errorf("%s: Frame.Y range [%g, %g] must be positive on a log scale", where, fr.Y.Min, fr.Y.Max)
	}
	if fr.Legend < LegendAuto || fr.Legend > BottomLeft {
		return fmt.Errorf("%s: Frame.Legend = %d is not a corner: use LegendAuto, TopRight, TopLeft, BottomRight or BottomLeft", where, fr.Legend)
	}
	return nil
}

// finish sets p's axes and legend: from fr where it fixes them, else from
// the data (y padded, legend above the data area).
func (fr Frame) finish(ch *chart) {
	p := ch.Plot
	if fr.X != (Range{}) {
		p.X.Min, p.X.Max = fr.X.Min, fr.X.Max
	}
	if fr.Y != (Range{}) {
		p.Y.Min, p.Y.Max = fr.Y.Min, fr.Y.Max
	} else {
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
