package plotting

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The Okabe–Ito palette: eight colours that stay distinct for the common
// forms of colour blindness. Series use them in the order of Palette.
var (
	Blue       = color.RGBA{0x00, 0x72, 0xB2, 0xFF}
	Orange     = color.RGBA{0xE6, 0x9F, 0x00, 0xFF}
	Green      = color.RGBA{0x00, 0x9E, 0x73, 0xFF}
	Vermillion = color.RGBA{0xD5, 0x5E, 0x00, 0xFF}
	Purple     = color.RGBA{0xCC, 0x79, 0xA7, 0xFF}
	SkyBlue    = color.RGBA{0x56, 0xB4, 0xE9, 0xFF}
	Yellow     = color.RGBA{0xF0, 0xE4, 0x42, 0xFF}
	Black      = color.RGBA{0x00, 0x00, 0x00, 0xFF}
)

// Palette lists the Okabe–Ito colours in the order the charts give them to
// series: the first function, run or class gets Palette[0], and so on,
// wrapping around after eight.
var Palette = []color.Color{Blue, Orange, Green, Vermillion, Purple, SkyBlue, Black, Yellow}

// mistakeRed marks wrong predictions in digit grids.
var mistakeRed = color.RGBA{0xC0, 0x00, 0x00, 0xFF}

// zeroGrey draws the lines x = 0 and y = 0: darker than the grid, lighter
// than the data.
var zeroGrey = color.Gray{0x70}

// Theme sizes, in points (1/72 inch). A figure is 7.5 × 4.6875 inches,
// which is 720 × 450 CSS pixels in a notebook.
const (
	figWidth       = 7.5 * vg.Inch
	figHeight      = 4.6875 * vg.Inch
	titleSize      = 15
	labelSize      = 13
	tickSize       = 11
	legendSize     = 11
	lineWidth      = 2
	glyphRadius    = 3.5
	gridCellWidth  = 440 * vg.Inch / 96 // the smallest Grid cell, 440 × 300 CSS pixels
	gridCellHeight = 300 * vg.Inch / 96
	figMargin      = 8   // the blank border inside a figure's edges (see newFigure)
	renderDPI      = 192 // 2× the 96 DPI of a CSS pixel: crisp on HiDPI screens
	animationDPI   = 96
)

// colorAt returns the palette colour for series i.
func colorAt(i int) color.Color { return Palette[i%len(Palette)] }

// sans returns the theme's sans-serif font at size points.
func sans(size vg.Length) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
}

// newPlot returns a plot with the course theme: sans-serif fonts at readable
// sizes, a title, axis labels, a light grid, and ticks at round values that
// include 0 whenever it is on an axis (see roundTicks).
func newPlot(title, xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	useRichText(p)
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(titleSize)
	p.Title.Padding = 8
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(labelSize)
		a.Tick.Label.Font = sans(tickSize)
		a.Padding = 4
		a.Tick.Marker = roundTicks{}
	}
	p.X.Label.Text = xlabel
	p.Y.Label.Text = ylabel
	p.Legend.TextStyle.Font = sans(legendSize)
	p.Legend.ThumbnailWidth = 22
	p.Legend.Padding = 2
	g := plotter.NewGrid()
	g.Vertical.Color = color.Gray{0xE4}
	g.Horizontal.Color = color.Gray{0xE4}
	p.Add(g)
	return p
}

// useRichText makes p draw its title, axis labels, tick labels and legend
// with richText, so superscripts and subscripts show whatever the font has.
func useRichText(p *plot.Plot) {
	p.Title.TextStyle.Handler = richText{}
	p.Legend.TextStyle.Handler = richText{}
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Handler = richText{}
		a.Tick.Label.Handler = richText{}
	}
}

// lineStyle returns the theme's line style for series i, dashed if asked.
func lineStyle(i int, dashed bool) draw.LineStyle {
	ls := draw.LineStyle{Color: colorAt(i), Width: lineWidth}
	if dashed {
		ls.Dashes = []vg.Length{6, 4}
	}
	return ls
}

// glyphShapes gives each class its own marker shape as well as its own
// colour, so classes stay apart in grey-scale print too.
var glyphShapes = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.PyramidGlyph{}, draw.BoxGlyph{}, draw.RingGlyph{},
	draw.TriangleGlyph{}, draw.SquareGlyph{}, draw.CrossGlyph{}, draw.PlusGlyph{},
}

// padY widens a linear y axis by 5% each way, so curves do not run along the
// frame, and gives a flat range (a constant function) a height of 1.
func padY(p *plot.Plot) {
	if _, isLog := p.Y.Scale.(plot.LogScale); isLog {
		f := math.Pow(p.Y.Max/p.Y.Min, 0.05)
		if f == 1 {
			f = 2
		}
		p.Y.Min /= f
		p.Y.Max *= f
		p.Y.Min, p.Y.Max = labelledLogEnds(p.Y.Min, p.Y.Max)
		return
	}
	d := p.Y.Max - p.Y.Min
	if d == 0 {
		p.Y.Min, p.Y.Max = p.Y.Min-0.5, p.Y.Max+0.5
		return
	}
	p.Y.Min -= 0.05 * d
	p.Y.Max += 0.05 * d
}

// labelledLogEnds widens a log axis [min, max] spanning less than two
// powers of ten to the nearest 1, 2 or 5 times a power of ten beyond each
// end, if that is at most 1.5 times away: logTicks labels those values on
// such an axis, so the lowest and the highest data then have a labelled
// tick at or near them (a curve ending at 0.13 gets 0.1, not only 0.2
// above it). A wider axis, or an end farther from such a value, is kept.
func labelledLogEnds(min, max float64) (float64, float64) {
	if !(min > 0) || !(max > min) || max/min >= 100 {
		return min, max
	}
	const reach = 1.5
	e := math.Floor(math.Log10(min))
	for _, k := range []float64{5, 2, 1} {
		if v := k * math.Pow(10, e); v <= min*(1+1e-12) {
			if min/v <= reach {
				min = v
			}
			break
		}
	}
	e = math.Floor(math.Log10(max))
	for _, k := range []float64{1, 2, 5, 10} {
		if v := k * math.Pow(10, e); v >= max*(1-1e-12) {
			if v/max <= reach {
				max = v
			}
			break
		}
	}
	return min, max
}

// padX widens the x axis by 4% each way, so points at the ends of the data
// are not cut in half by the frame.
func padX(p *plot.Plot) {
	d := p.X.Max - p.X.Min
	if d == 0 {
		p.X.Min, p.X.Max = p.X.Min-0.5, p.X.Max+0.5
		return
	}
	p.X.Min -= 0.04 * d
	p.X.Max += 0.04 * d
}

// ramp is a palette.Palette of n colours from dark blue to pale grey, for
// contour lines: low values dark, high values faint.
type ramp int

// Colors implements palette.Palette.
func (n ramp) Colors() []color.Color {
	out := make([]color.Color, n)
	for i := range out {
		t := float64(i) / math.Max(1, float64(n-1))
		out[i] = mix(color.RGBA{0x10, 0x3A, 0x70, 0xFF}, color.RGBA{0xC8, 0xCC, 0xD4, 0xFF}, t)
	}
	return out
}
