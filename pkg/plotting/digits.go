package plotting

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"
	"strconv"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// MaxImages is the most images Digits and Weights draw in one figure.
const MaxImages = 100

// pixelScale is how many image pixels each data pixel becomes, so that
// scaling in the renderer does not blur the squares.
const pixelScale = 16

// side returns the side of a square image of n values, or an error.
func side(where, what string, i, n int) (int, error) {
	s := int(math.Round(math.Sqrt(float64(n))))
	if n == 0 || s*s != n {
		return 0, fmt.Errorf("%s: %s %d has %d values, need a square number such as 64 (8×8)", where, what, i, n)
	}
	return s, nil
}

// upscale returns an image of s × s cells, each pixelScale pixels wide,
// coloured by colorOf(value) for values in row-major order.
func upscale(values []float64, s int, colorOf func(float64) color.Color) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, s*pixelScale, s*pixelScale))
	for i, v := range values {
		r, g, b, _ := colorOf(v).RGBA()
		c := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
		x0, y0 := (i%s)*pixelScale, (i/s)*pixelScale
		for y := y0; y < y0+pixelScale; y++ {
			for x := x0; x < x0+pixelScale; x++ {
				img.SetRGBA(x, y, c)
			}
		}
	}
	return img
}

// tileMargin is the white border around a tile's image, as a fraction of
// the image's side: the tile's frame is drawn in it, clear of the image's
// edge pixels (a digit's strokes often reach the edge of its 8×8 box).
const tileMargin = 0.08

// frame draws a rectangle around a tile's image, the unit square, outside
// it with a point of white between, so it never covers an edge pixel.
type frame struct{ style draw.LineStyle }

// Plot implements plot.Plotter.
func (f frame) Plot(c draw.Canvas, p *plot.Plot) {
	x, y := p.Transforms(&c)
	gap := f.style.Width/2 + 1
	x0, x1, y0, y1 := x(0)-gap, x(1)+gap, y(0)-gap, y(1)+gap
	c.StrokeLines(f.style, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}, {X: x0, Y: y0}})
}

// gridLines draws the n − 1 inner lines each way that cut a tile's image,
// the unit square, into n × n pixels.
type gridLines struct {
	n     int
	style draw.LineStyle
}

// Plot implements plot.Plotter.
func (g gridLines) Plot(c draw.Canvas, p *plot.Plot) {
	x, y := p.Transforms(&c)
	for k := 1; k < g.n; k++ {
		f := float64(k) / float64(g.n)
		c.StrokeLine2(g.style, x(f), y(0), x(f), y(1))
		c.StrokeLine2(g.style, x(0), y(f), x(1), y(f))
	}
}

// tile returns a small plot that shows img over [0, 1]², without axes,
// with a margin of tileMargin for its frame.
func tile(title string, img image.Image) *plot.Plot {
	p := plot.New()
	useRichText(p)
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(tickSize)
	p.Title.Padding = 2
	p.HideAxes()
	p.Add(plotter.NewImage(img, 0, 0, 1, 1))
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = -tileMargin, 1+tileMargin, -tileMargin, 1+tileMargin
	return p
}

// squareCell shrinks the cell c of tile p, keeping it centred, so that the
// tile's data area (its image and margin) is square: the room left for the
// title and the grid's spacing otherwise make it a little taller or wider,
// and the pixels of the image would not be square.
func squareCell(p *plot.Plot, c draw.Canvas) draw.Canvas {
	d := p.DataCanvas(c)
	w, h := d.Max.X-d.Min.X, d.Max.Y-d.Min.Y
	switch {
	case h > w:
		c.Min.Y += (h - w) / 2
		c.Max.Y -= (h - w) / 2
	case w > h:
		c.Min.X += (w - h) / 2
		c.Max.X -= (w - h) / 2
	}
	return c
}

// tileFigure lays out tiles in a grid of cols columns below a heading and
// returns the Figure; the figure is figWidth wide and as tall as the tiles
// need to stay square. A footer of footH points, if footH > 0, is drawn
// below the tiles by foot.
func tileFigure(where, heading string, tiles []*plot.Plot, cols int, footH vg.Length, foot func(c draw.Canvas)) (*Figure, error) {
	rows := (len(tiles) + cols - 1) / cols
	const headH = vg.Length(30)
	cellW := figWidth / vg.Length(cols)
	cellH := cellW + tickSize + 6 // room for the tile's title
	height := headH + cellH*vg.Length(rows) + 6 + footH
	style := text.Style{Font: sans(labelSize), XAlign: draw.XCenter, YAlign: draw.YTop,
		Handler: richText{}, Color: color.Black}
	style.Font.Size = labelSize
	drawFn := func(c draw.Canvas) {
		c.FillText(style, vg.Point{X: (c.Min.X + c.Max.X) / 2, Y: c.Max.Y - 6}, heading)
		body := c
		body.Max.Y -= headH
		if footH > 0 {
			fc := c
			fc.Max.Y = c.Min.Y + footH
			foot(fc)
			body.Min.Y += footH
		}
		grid := make([][]*plot.Plot, rows) // nil cells stay empty
		for i := range grid {
			grid[i] = make([]*plot.Plot, cols)
			for j := range cols {
				if k := i*cols + j; k < len(tiles) {
					grid[i][j] = tiles[k]
				}
			}
		}
		cells := plot.Align(grid, draw.Tiles{Rows: rows, Cols: cols, PadX: 6, PadY: 4, PadBottom: 6, PadLeft: 6, PadRight: 6}, body)
		for i := range grid {
			for j, p := range grid[i] {
				if p != nil {
					p.Draw(squareCell(p, cells[i][j]))
				}
			}
		}
	}
	return newFigure(where, figWidth, height, drawFn)
}

// Digits draws images (each 64 values, an 8×8 digit in row-major order, or
// any square number of values) as a grid of grey-scale tiles, dark for
// high values, all on one scale. truth and predicted may be nil; if given
// they hold one label per image: a tile's title is its true label, and where
// the prediction differs the title reads "true → predicted" in red with a
// red frame around the digit. With both, the heading says how to read the
// titles (for a selection of mistakes only: "each: true → predicted label"),
// never a count such as "15 of 15 wrong" that reads as the network's score. At most MaxImages images. It is an error if
// images is empty, an image is not square or holds NaN or ±Inf, or the
// label slices differ in length from images.
//
//	fig, err := plotting.Digits("Test digits the network got wrong", X[:20], y[:20], pred[:20])
func Digits(title string, images [][]float64, truth, predicted []int) (*Figure, error) {
	const where = "plotting.Digits"
	if err := checkImages(where, "image", images); err != nil {
		return nil, err
	}
	if truth != nil && len(truth) != len(images) {
		return nil, fmt.Errorf("%s: %d images but %d true labels", where, len(images), len(truth))
	}
	if predicted != nil && len(predicted) != len(images) {
		return nil, fmt.Errorf("%s: %d images but %d predicted labels", where, len(images), len(predicted))
	}
	captions := make([]string, len(images))
	wrong := make([]bool, len(images))
	nWrong := 0
	for i := range images {
		switch {
		case truth != nil && predicted != nil && truth[i] != predicted[i]:
			captions[i] = fmt.Sprintf("%d → %d", truth[i], predicted[i])
			wrong[i] = true
			nWrong++
		case truth != nil:
			captions[i] = fmt.Sprint(truth[i])
		case predicted != nil:
			captions[i] = fmt.Sprintf("→ %d", predicted[i])
		}
	}
	if predicted != nil && truth != nil {
		title += digitsNote(nWrong, len(images))
	}
	return greyTiles(where, title, images, captions, wrong, false)
}

// digitsNote says how to read the tiles' titles when wrong of n tiles are
// wrong predictions. It never reads as a score of the network ("15 of 15
// wrong"): the tiles are a selection, often of the mistakes only.
func digitsNote(wrong, n int) string {
	switch wrong {
	case 0:
		return " (each predicted right)"
	case n:
		return " (each: true → predicted label)"
	default:
		return fmt.Sprintf(" (in red, %d wrong: true → predicted)", wrong)
	}
}

// Images draws images (each a square number of values in row-major order,
// such as 64 for 8×8) as a grid of grey-scale tiles like Digits, dark for
// high values, all on one scale, each titled by its caption: for images
// that are not labelled by class, such as a digit and its shifted copies.
// captions may be nil (no titles); otherwise it holds one caption per
// image. At most MaxImages images. It is an error if images is empty, an
// image is not square or holds NaN or ±Inf, or captions differs in length
// from images.
//
//	fig, err := plotting.Images("A digit and its shifted copies", rows,
//		[]string{"original", "down 1", "up 1", "right 1", "left 1"})
func Images(title string, images [][]float64, captions []string) (*Figure, error) {
	return imagesFigure("plotting.Images", title, ImagesOptions{}, images, captions)
}

// ImagesOptions are the settings of ImagesWith.
type ImagesOptions struct {
	// PixelGrid draws faint lines between the pixels of every tile, so
	// that a reader can count pixels: for a copy moved by one pixel, the
	// blank rows and columns between the ink and the frame.
	PixelGrid bool
}

// ImagesWith is Images with options: opt.PixelGrid draws a faint grid
// between the pixels of each tile. Its errors are those of Images.
//
//	fig, err := plotting.ImagesWith("A digit and its shifted copies",
//		plotting.ImagesOptions{PixelGrid: true}, rows, captions)
func ImagesWith(title string, opt ImagesOptions, images [][]float64, captions []string) (*Figure, error) {
	return imagesFigure("plotting.ImagesWith", title, opt, images, captions)
}

// imagesFigure is Images and ImagesWith, which name themselves in errors as where.
func imagesFigure(where, title string, opt ImagesOptions, images [][]float64, captions []string) (*Figure, error) {
	if err := checkImages(where, "image", images); err != nil {
		return nil, err
	}
	if captions != nil && len(captions) != len(images) {
		return nil, fmt.Errorf("%s: %d images but %d captions", where, len(images), len(captions))
	}
	if captions == nil {
		captions = make([]string, len(images))
	}
	return greyTiles(where, title, images, captions, make([]bool, len(images)), opt.PixelGrid)
}

// greyTiles draws checked images as grey tiles on one scale, titled by
// captions, those marked wrong in red with a red frame; with pixelGrid, a
// faint grid between the pixels.
func greyTiles(where, title string, images [][]float64, captions []string, wrong []bool, pixelGrid bool) (*Figure, error) {
	hi := 0.0
	for _, im := range images {
		for _, v := range im {
			hi = math.Max(hi, math.Abs(v))
		}
	}
	if hi == 0 {
		hi = 1
	}
	grey := func(v float64) color.Color {
		g := uint8(math.Round(255 * (1 - math.Max(0, math.Min(1, v/hi)))))
		return color.RGBA{g, g, g, 255}
	}
	tiles := make([]*plot.Plot, len(images))
	for i, im := range images {
		s, _ := side(where, "image", i, len(im))
		p := tile(captions[i], upscale(im, s, grey))
		if pixelGrid {
			p.Add(gridLines{n: s, style: draw.LineStyle{Color: color.RGBA{0x80, 0x80, 0x80, 0xC0}, Width: 0.5}})
		}
		if wrong[i] {
			p.Title.TextStyle.Color = mistakeRed
			p.Add(frame{draw.LineStyle{Color: mistakeRed, Width: 2.5}})
		} else {
			p.Add(frame{draw.LineStyle{Color: color.Gray{0xB0}, Width: 0.5}})
		}
		tiles[i] = p
	}
	return tileFigure(where, title, tiles, max(5, min(10, len(images))), 0, nil)
}

// checkImages checks that images is non-empty, at most MaxImages long, and
// that every image is a square number of finite values.
func checkImages(where, what string, images [][]float64) error {
	if len(images) == 0 {
		return errors.New(where + ": no " + what + "s to draw")
	}
	if len(images) > MaxImages {
		return fmt.Errorf("%s: %d %ss, at most %d fit in one figure", where, len(images), what, MaxImages)
	}
	for i, im := range images {
		if _, err := side(where, what, i, len(im)); err != nil {
			return err
		}
		if err := checkFinite(where, fmt.Sprintf("%s %d", what, i), im); err != nil {
			return err
		}
	}
	return nil
}

// Weights draws each hidden unit's input weights as a square image (64
// weights as 8×8), one tile per unit titled "unit i". The colour map
// diverges: blue for negative, white for zero, red for positive, on one
// scale for all units, from −m to m where m is the largest |weight| of
// them all; a colour bar under the tiles shows the scale with round values
// and its two ends, −m and m, labelled with their values, so tiles can be
// compared and their weights read. units[i] holds unit i's weights, one per input pixel (a row of
// W if W is hidden × inputs; use WeightsOf for a gonum matrix). It is an
// error if units is empty or longer than MaxImages, or a unit is not square
// or holds NaN or ±Inf.
//
//	fig, err := plotting.Weights("What the hidden units see", units)
func Weights(title string, units [][]float64) (*Figure, error) {
	return weights("plotting.Weights", title, WeightsOptions{}, units)
}

// WeightsOptions are the settings of WeightsWith and WeightsOfWith.
type WeightsOptions struct {
	// Max fixes the colour scale to run from −Max to Max, so that two
	// charts drawn with the same Max share one scale and can be compared
	// by colour (before and after training, two layers). Weights beyond
	// it take the colour at its end. Zero follows the data: the largest
	// |weight|.
	Max float64
}

// WeightsWith is Weights with settings (see WeightsOptions). It returns
// the errors Weights does, and an error if opt.Max is negative, NaN or
// ±Inf.
//
//	before, err := plotting.WeightsWith("Before training", plotting.WeightsOptions{Max: 1}, w0)
//	after, err := plotting.WeightsWith("After training", plotting.WeightsOptions{Max: 1}, w1)
func WeightsWith(title string, opt WeightsOptions, units [][]float64) (*Figure, error) {
	return weights("plotting.WeightsWith", title, opt, units)
}

// weights draws Weights and WeightsWith, naming where in its errors.
func weights(where, title string, opt WeightsOptions, units [][]float64) (*Figure, error) {
	if opt.Max < 0 || math.IsNaN(opt.Max) || math.IsInf(opt.Max, 0) {
		return nil, fmt.Errorf("%s: WeightsOptions.Max is %v, want a finite value ≥ 0 (0 follows the data)", where, opt.Max)
	}
	if err := checkImages(where, "unit", units); err != nil {
		return nil, err
	}
	m := opt.Max
	if m == 0 {
		for _, w := range units {
			for _, v := range w {
				m = math.Max(m, math.Abs(v))
			}
		}
	}
	if m == 0 {
		m = 1
	}
	cmap := moreland.SmoothBlueRed()
	cmap.SetMin(-m)
	cmap.SetMax(m)
	colorOf := func(v float64) color.Color {
		c, err := cmap.At(math.Max(-m, math.Min(m, v)))
		if err != nil { // only for v outside [-m, m], which the clamp prevents
			return color.White
		}
		return c
	}
	tiles := make([]*plot.Plot, len(units))
	for i, w := range units {
		s, _ := side(where, "unit", i, len(w))
		p := tile(fmt.Sprintf("unit %d", i), upscale(w, s, colorOf))
		p.Add(frame{draw.LineStyle{Color: color.Gray{0xB0}, Width: 0.5}})
		tiles[i] = p
	}
	return tileFigure(where, title, tiles, max(5, min(8, len(units))), colorBarHeight, func(c draw.Canvas) {
		colorBar(c, "weight", -m, m, colorOf)
	})
}

// colorBarHeight is the height of a colour bar with its tick labels.
const colorBarHeight = vg.Length(44)

// colorBar draws a horizontal colour scale from lo to hi, centred in c and
// half its width, with round tick values below it and label on its left.
func colorBar(c draw.Canvas, label string, lo, hi float64, colorOf func(float64) color.Color) {
	const steps = 256
	img := image.NewRGBA(image.Rect(0, 0, steps, 1))
	for i := range steps {
		r, g, b, _ := colorOf(lo + (hi-lo)*(float64(i)+0.5)/steps).RGBA()
		img.SetRGBA(i, 0, color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255})
	}
	w := (c.Max.X - c.Min.X) / 2
	x0 := c.Min.X + w/2
	const barH = vg.Length(12)
	top := c.Max.Y - 4
	bar := vg.Rectangle{Min: vg.Point{X: x0, Y: top - barH}, Max: vg.Point{X: x0 + w, Y: top}}
	c.DrawImage(bar, img)
	outline := draw.LineStyle{Color: color.Gray{0x80}, Width: 0.5}
	c.StrokeLines(outline, []vg.Point{bar.Min, {X: bar.Max.X, Y: bar.Min.Y}, bar.Max, {X: bar.Min.X, Y: bar.Max.Y}, bar.Min})
	ts := text.Style{Font: sans(tickSize), XAlign: draw.XCenter, YAlign: draw.YTop, Handler: richText{}, Color: color.Black}
	for _, t := range colorBarTicks(lo, hi, w, ts.Width) {
		x := x0 + w*vg.Length((t.Value-lo)/(hi-lo))
		c.StrokeLine2(outline, x, bar.Min.Y, x, bar.Min.Y-4)
		c.FillText(ts, vg.Point{X: x, Y: bar.Min.Y - 6}, t.Label)
	}
	ls := text.Style{Font: sans(labelSize), XAlign: draw.XRight, YAlign: draw.YCenter, Handler: richText{}, Color: color.Black}
	c.FillText(ls, vg.Point{X: x0 - 8, Y: (bar.Min.Y + bar.Max.Y) / 2}, label)
}

// colorBarTicks returns the labelled ticks of a colour bar from lo to hi
// drawn width wide, whose labels are widthOf wide: the round values inside
// the range, and both ends with their own values (two significant digits),
// so that a reader sees where the scale stops. A round value at an end
// stands for it; a round label that would crowd an end's label is left out.
func colorBarTicks(lo, hi float64, width vg.Length, widthOf func(string) vg.Length) []plot.Tick {
	var round []plot.Tick
	for _, t := range (roundTicks{}).Ticks(lo, hi) {
		if t.Label != "" {
			round = append(round, t)
		}
	}
	if !(hi > lo) {
		return round
	}
	xOf := func(v float64) vg.Length { return width * vg.Length((v-lo)/(hi-lo)) }
	const gap = vg.Length(6) // the least space between two labels
	var ends []plot.Tick
	for _, v := range []float64{lo, hi} {
		atEnd := false
		for _, t := range round {
			atEnd = atEnd || math.Abs(t.Value-v) <= 1e-9*(hi-lo)
		}
		if !atEnd {
			ends = append(ends, plot.Tick{Value: v, Label: endLabel(v)})
		}
	}
	// One width for every label, the widest, so that a scale symmetric about
	// 0 loses the same round labels at both ends.
	var widest vg.Length
	for _, t := range append(round, ends...) {
		widest = max(widest, widthOf(t.Label))
	}
	ticks := ends
	for _, t := range round {
		clear := true
		for _, e := range ends {
			// (The 1e-6 keeps rounding from breaking the symmetry.)
			if math.Abs(float64(xOf(t.Value)-xOf(e.Value))) < float64(widest+gap)-1e-6 {
				clear = false
			}
		}
		if clear {
			ticks = append(ticks, t)
		}
	}
	sort.Slice(ticks, func(i, j int) bool { return ticks[i].Value < ticks[j].Value })
	return ticks
}

// endLabel writes v, the end of a colour scale, rounded to two significant
// digits, without trailing zeros (0.963 as 0.96, 0.5 as 0.5, 6 as 6).
func endLabel(v float64) string {
	if v == 0 {
		return "0"
	}
	decimals := max(0, 1-int(math.Floor(math.Log10(math.Abs(v)))))
	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	return strconv.FormatFloat(rounded, 'f', -1, 64)
}

// WeightsOf draws a layer's weight matrix w with Weights, for a layer that
// computes Z = X·W: w has one row per input (64 for 8×8 digits) and one
// column per hidden unit, so column j becomes the tile of unit j.
//
//	fig, err := plotting.WeightsOf("Hidden layer", net.W1)
func WeightsOf(title string, w mat.Matrix) (*Figure, error) {
	units, err := unitsOf("plotting.WeightsOf", w)
	if err != nil {
		return nil, err
	}
	return weights("plotting.WeightsOf", title, WeightsOptions{}, units)
}

// WeightsOfWith is WeightsOf with settings (see WeightsOptions), such as
// one colour scale for two layers or two moments of training.
//
//	fig, err := plotting.WeightsOfWith("After training", plotting.WeightsOptions{Max: 0.5}, net.W1)
func WeightsOfWith(title string, opt WeightsOptions, w mat.Matrix) (*Figure, error) {
	units, err := unitsOf("plotting.WeightsOfWith", w)
	if err != nil {
		return nil, err
	}
	return weights("plotting.WeightsOfWith", title, opt, units)
}

// unitsOf returns the columns of w, one per hidden unit.
func unitsOf(where string, w mat.Matrix) ([][]float64, error) {
	if w == nil {
		return nil, errors.New(where + ": w is nil")
	}
	r, c := w.Dims()
	units := make([][]float64, c)
	for j := range c {
		units[j] = make([]float64, r)
		for i := range r {
			units[j][i] = w.At(i, j)
		}
	}
	return units, nil
}
