package plotting

import (
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A legendEntry is one item of a chart's legend: a label and the
// thumbnails drawn beside it.
type legendEntry struct {
	label  string
	thumbs []plot.Thumbnailer
}

// A chart is a themed plot with the legend entries it will show. The
// legend goes in a row (or several) between the title and the data area,
// so it never hides data; inside puts it in a corner of the data area
// instead (gonum's legend), which a Frame asks for with a fixed Corner.
type chart struct {
	*plot.Plot
	entries  []legendEntry
	inside   bool
	equal    bool // equal scales on both axes (see aspectCanvas)
	colorBar bool // a probability colour bar right of the data (see drawColorBar)
}

// newChart returns a chart with the course theme (see newPlot).
func newChart(title, xlabel, ylabel string) *chart {
	return &chart{Plot: newPlot(title, xlabel, ylabel)}
}

// addLegend adds a legend entry.
func (ch *chart) addLegend(label string, thumbs ...plot.Thumbnailer) {
	ch.entries = append(ch.entries, legendEntry{label, thumbs})
}

// putInside moves the legend into the data area, in the corner that
// p.Legend.Top and Left name.
func (ch *chart) putInside() {
	ch.inside = true
	for _, e := range ch.entries {
		ch.Legend.Add(e.label, e.thumbs...)
	}
}

// draw draws the chart on c: the title, the legend rows under it, and the
// plot below them.
func (ch *chart) draw(c draw.Canvas) {
	if !ch.inside && len(ch.entries) > 0 {
		c = drawTitleLegend(c, ch.Plot.Title.Text, ch.entries, ch.Plot)
	}
	q := *ch.Plot
	if !ch.inside && len(ch.entries) > 0 {
		q.Title.Text = ""
	}
	if ch.colorBar {
		c.Max.X -= colorBarRoom
	}
	if ch.equal {
		c = aspectCanvas(&q, c)
	}
	drawPlot(&q, c)
	if ch.colorBar {
		drawColorBar(c, q.DataCanvas(c), q.Y.Tick.Label, q.Y.Label.TextStyle)
	}
}

// aspectCanvas returns the part of c, centred, in which p's data area has
// the same scale on both axes: one unit of x is as long as one unit of y,
// so slopes and angles look as they are. The axes, their labels and the
// title keep their sizes; the data area narrows (or flattens) to fit.
func aspectCanvas(p *plot.Plot, c draw.Canvas) draw.Canvas {
	dx, dy := p.X.Max-p.X.Min, p.Y.Max-p.Y.Min
	if !(dx > 0) || !(dy > 0) {
		return c
	}
	da := p.DataCanvas(c)
	w, h := da.Max.X-da.Min.X, da.Max.Y-da.Min.Y
	if w <= 0 || h <= 0 {
		return c
	}
	sx, sy := float64(w)/dx, float64(h)/dy
	if sx > sy {
		cut := w - vg.Length(sy*dx)
		c.Min.X += cut / 2
		c.Max.X -= cut / 2
	} else {
		cut := h - vg.Length(sx*dy)
		c.Min.Y += cut / 2
		c.Max.Y -= cut / 2
	}
	return c
}

// drawWithLegend draws title at the top of c, then the legend entries in
// centred rows, then each plot (their own titles are drawn too) side by
// side below, with data areas aligned. With equal, a single plot is drawn
// with equal scales on both axes (see aspectCanvas).
func drawWithLegend(c draw.Canvas, title string, entries []legendEntry, equal bool, plots ...*plot.Plot) {
	first := plots[0]
	c = drawTitleLegend(c, title, entries, first)
	if len(plots) == 1 {
		q := *first
		q.Title.Text = ""
		if equal {
			c = aspectCanvas(&q, c)
		}
		drawPlot(&q, c)
		return
	}
	ps := make([]*plot.Plot, len(plots))
	labels := make([]string, len(plots))
	for i, p := range plots {
		ps[i], labels[i] = logLabelPlaceholder(p)
	}
	cells := plot.Align([][]*plot.Plot{ps}, draw.Tiles{Rows: 1, Cols: len(ps), PadX: vg.Points(14)}, c)
	for i, p := range ps {
		p.Draw(cells[0][i])
		drawYLabel(p, cells[0][i], labels[i])
	}
}

// drawPlot draws p on c as p.Draw does, except that the label of a
// logarithmic y axis is drawn by drawYLabel (see logLabelPlaceholder).
func drawPlot(p *plot.Plot, c draw.Canvas) {
	q, label := logLabelPlaceholder(p)
	q.Draw(c)
	drawYLabel(q, c, label)
}

// logLabelPlaceholder returns p itself and "" if p's y axis is linear or
// unlabelled. For a logarithmic y axis it returns a copy of p whose y label
// is blank, of the same height, and the label's text. gonum places the
// label's layout box at the arithmetic mean of the axis range, which on a
// log axis lies near the top (5 on an axis from 10⁻⁸ to 10): a label that
// reaches above the data area there makes gonum shrink the data area from
// the top, leaving an empty band under the legend, although the label is
// drawn centred. A blank label keeps the axis's width and no such box.
func logLabelPlaceholder(p *plot.Plot) (*plot.Plot, string) {
	if _, isLog := p.Y.Scale.(plot.LogScale); !isLog || p.Y.Label.Text == "" {
		return p, ""
	}
	q := *p
	q.Y.Label.Text = strings.Repeat(" \n", strings.Count(p.Y.Label.Text, "\n")) + " "
	return &q, p.Y.Label.Text
}

// drawYLabel draws label where gonum draws the y axis label of p on c:
// rotated, centred on the data area, at the left edge. It draws nothing
// for an empty label.
func drawYLabel(p *plot.Plot, c draw.Canvas, label string) {
	if label == "" {
		return
	}
	sty := p.Y.Label.TextStyle
	sty.Rotation += math.Pi / 2
	x := c.Min.X + p.Y.Label.TextStyle.Height(label) - p.Y.Label.TextStyle.FontExtents().Descent
	da := p.DataCanvas(c)
	c.FillText(sty, vg.Point{X: x, Y: da.Center().Y}, label)
}

// drawTitleLegend draws title at the top of c and the legend entries in
// centred rows under it, in the styles of first, and returns the part of
// c below them.
func drawTitleLegend(c draw.Canvas, title string, entries []legendEntry, first *plot.Plot) draw.Canvas {
	if title != "" {
		ts := first.Title.TextStyle
		descent := ts.FontExtents().Descent
		c.FillText(ts, vg.Point{X: c.Center().X, Y: c.Max.Y + descent}, title)
		c.Max.Y -= ts.Rectangle(title).Size().Y + first.Title.Padding
	}
	rows := legendRows(first.Legend, entries, c.Size().X-24)
	sty := first.Legend.TextStyle
	rowH := sty.Rectangle("Xg").Size().Y + 4
	top := c.Max.Y
	c.Max.Y -= rowH*vg.Length(len(rows)) + 6
	for i, row := range rows {
		y := top - rowH*vg.Length(i+1)
		x := c.Center().X - rowWidth(first.Legend, row)/2
		for _, e := range row {
			icon := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x, Y: y},
				Max: vg.Point{X: x + first.Legend.ThumbnailWidth, Y: y + rowH},
			}}
			for _, t := range e.thumbs {
				t.Thumbnail(&icon)
			}
			x += first.Legend.ThumbnailWidth + legendGap
			ts := sty
			ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
			c.FillText(ts, vg.Point{X: x, Y: y + rowH/2}, e.label)
			x += sty.Width(e.label) + legendSpacing
		}
	}
	return c
}

// Spacing of a legend row: between a thumbnail and its label, and between
// one entry and the next.
const (
	legendGap     = 5
	legendSpacing = 16
)

// legendRows splits entries into rows no wider than width, as few as
// fit, and balanced: the rows are made as narrow as they can be without
// needing another row, so that entries spread evenly over the rows instead
// of leaving one alone on the last.
func legendRows(l plot.Legend, entries []legendEntry, width vg.Length) [][]legendEntry {
	rows := greedyRows(l, entries, width)
	if len(rows) < 2 {
		return rows
	}
	total := rowWidth(l, entries)
	for w := total / vg.Length(len(rows)); w < width; w++ {
		if r := greedyRows(l, entries, w); len(r) == len(rows) {
			return r
		}
	}
	return rows
}

// greedyRows fills each row with as many entries as fit in width.
func greedyRows(l plot.Legend, entries []legendEntry, width vg.Length) [][]legendEntry {
	var rows [][]legendEntry
	var row []legendEntry
	for _, e := range entries {
		if len(row) > 0 && rowWidth(l, append(row, e)) > width {
			rows = append(rows, row)
			row = nil
		}
		row = append(row, e)
	}
	return append(rows, row)
}

// rowWidth returns the width of one legend row.
func rowWidth(l plot.Legend, row []legendEntry) vg.Length {
	var w vg.Length
	for i, e := range row {
		if i > 0 {
			w += legendSpacing
		}
		w += l.ThumbnailWidth + legendGap + l.TextStyle.Width(e.label)
	}
	return w
}
