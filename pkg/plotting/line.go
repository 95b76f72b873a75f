package plotting

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A polyline is a line through points in data coordinates, the package's
// replacement for plotter.Line. It strokes the line in pieces of at most
// pieceSegments segments: the raster backend (freetype's rasterizer, under
// gonum's vgimg) keeps the cells of each pixel row of one path in a list it
// searches linearly, so a single path that crosses the same rows many
// times (a series jumping between two values, a noisy loss curve) costs
// time quadratic in its length. Pieces keep every path short, so the cost
// grows linearly. The pieces share their end points, and line caps and
// joins are round, so the seams do not show; a dashed line carries its
// dash phase from piece to piece.
type polyline struct {
	xys   plotter.XYs
	style draw.LineStyle
}

// pieceSegments is the most segments one stroked path holds.
const pieceSegments = 16

// newPolyline returns a polyline through xys drawn in style.
func newPolyline(xys plotter.XYs, style draw.LineStyle) *polyline {
	return &polyline{xys: xys, style: style}
}

// Plot implements plot.Plotter.
func (l *polyline) Plot(c draw.Canvas, p *plot.Plot) {
	if len(l.xys) == 0 {
		return
	}
	x, y := p.Transforms(&c)
	pts := make([]vg.Point, len(l.xys))
	for i, q := range l.xys {
		pts[i] = vg.Point{X: x(q.X), Y: y(q.Y)}
	}
	for _, part := range c.ClipLinesXY(pts) {
		strokePieces(&c, l.style, part)
	}
}

// strokePieces strokes the line through pts in pieces of at most
// pieceSegments segments (see polyline).
func strokePieces(c *draw.Canvas, sty draw.LineStyle, pts []vg.Point) {
	offs := sty.DashOffs
	for start := 0; start < len(pts)-1 || start == 0; start += pieceSegments {
		end := min(start+pieceSegments+1, len(pts))
		piece := pts[start:end]
		s := sty
		s.DashOffs = offs
		c.StrokeLines(s, piece)
		for i := 1; i < len(piece); i++ {
			offs += vg.Length(math.Hypot(float64(piece[i].X-piece[i-1].X), float64(piece[i].Y-piece[i-1].Y)))
		}
		if end == len(pts) {
			break
		}
	}
}

// DataRange implements plot.DataRanger.
func (l *polyline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return plotter.XYRange(l.xys)
}

// Thumbnail implements plot.Thumbnailer: a short horizontal line.
func (l *polyline) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(l.style, c.Min.X, y, c.Max.X, y)
}
