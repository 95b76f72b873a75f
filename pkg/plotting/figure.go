package plotting

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// A Figure is a finished chart: one gonum plot, or several drawn side by
// side, at a fixed size. Every chart function of this package returns one.
//
// A Figure is drawn once, when it is made, so that every drawing problem is
// returned as an error by the function that made it. After that, PNG and
// Save cannot produce a blank or half-drawn picture. A notebook cell that
// ends with a *Figure shows it inline through Render: one PNG, drawn at
// twice the pixel density, with its display size in the output's metadata.
//
// A nil *Figure (what a chart function returns with its error) and the zero
// Figure are empty: their methods do not panic; PNG returns nothing, Render
// a line saying there is no figure, Size 0×0, and Save, VectorError, Grid
// and NewAnimation an error.
type Figure struct {
	width, height vg.Length
	square        bool   // its data area has equal scales (see Grid)
	chart         *chart // the chart it shows, if it is one (see GridOptions.OneLegend)
	drawFn        func(c draw.Canvas)
	img           *image.RGBA // drawn at renderDPI

	pngOnce          sync.Once
	png              []byte // the PNG encoding of img, made when first asked for
	svgOnce, pdfOnce sync.Once
	svg, pdf         []byte // vector renderings, or their raster fallbacks
	svgErr, pdfErr   error  // why the vector rendering fell back, if it did
}

// newFigure draws drawFn onto a width × height canvas, inside a blank
// border of figMargin on every side, and returns the Figure, or an error if
// drawing panicked or produced a blank image.
func newFigure(where string, width, height vg.Length, drawFn func(c draw.Canvas)) (*Figure, error) {
	return drawFigure(where, width, height, func(c draw.Canvas) { drawFn(inset(c, figMargin)) })
}

// inset returns the part of c that lies d inside each of its edges.
func inset(c draw.Canvas, d vg.Length) draw.Canvas {
	c.Min.X += d
	c.Min.Y += d
	c.Max.X -= d
	c.Max.Y -= d
	return c
}

// drawFigure draws drawFn onto a width × height canvas, to its edges, and
// returns the Figure, or an error if drawing panicked or produced a blank
// image.
func drawFigure(where string, width, height vg.Length, drawFn func(c draw.Canvas)) (*Figure, error) {
	f := &Figure{width: width, height: height, drawFn: drawFn}
	img, err := f.raster(renderDPI)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	if blank(img) {
		return nil, fmt.Errorf("%s: the chart came out blank", where)
	}
	f.img = img
	return f, nil
}

// chartFigure returns a Figure that shows one chart at the standard size.
func chartFigure(where string, ch *chart) (*Figure, error) {
	f, err := newFigure(where, figWidth, figHeight, ch.draw)
	if err != nil {
		return nil, err
	}
	f.square = ch.equal
	f.chart = ch
	return f, nil
}

// plotFigure returns a Figure that shows one plot at the standard size.
func plotFigure(where string, p *plot.Plot) (*Figure, error) {
	return newFigure(where, figWidth, figHeight, func(c draw.Canvas) { drawPlot(p, c) })
}

// raster draws the figure at dpi, turning a panic in gonum/plot into an error.
func (f *Figure) raster(dpi int) (img *image.RGBA, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("drawing failed: %v", r)
		}
	}()
	c := vgimg.NewWith(vgimg.UseWH(f.width, f.height), vgimg.UseDPI(dpi),
		vgimg.UseBackgroundColor(color.White))
	f.drawFn(draw.New(c))
	src := c.Image()
	if rgba, ok := src.(*image.RGBA); ok {
		return rgba, nil
	}
	rgba := image.NewRGBA(src.Bounds())
	for y := src.Bounds().Min.Y; y < src.Bounds().Max.Y; y++ {
		for x := src.Bounds().Min.X; x < src.Bounds().Max.X; x++ {
			rgba.Set(x, y, src.At(x, y))
		}
	}
	return rgba, nil
}

// empty reports whether f is nil or the zero Figure, not drawn by a chart
// function.
func (f *Figure) empty() bool { return f == nil || f.img == nil }

// errEmpty is the error of the methods that need a drawn figure.
var errEmpty = errors.New("plotting: the figure is empty (nil, or not made by a chart function; check the error of the call that made it)")

// blank reports whether every pixel of img has the same colour.
func blank(img *image.RGBA) bool {
	if len(img.Pix) < 4 {
		return true
	}
	first := img.Pix[:4]
	for i := 4; i < len(img.Pix); i += 4 {
		if !bytes.Equal(img.Pix[i:i+4], first) {
			return false
		}
	}
	return true
}

// Size returns the figure's size in CSS pixels (1/96 inch), the size it
// has in a notebook. The PNG has twice as many pixels each way.
func (f *Figure) Size() (width, height int) {
	if f.empty() {
		return 0, 0
	}
	return int(math.Round(float64(f.width/vg.Inch) * 96)), int(math.Round(float64(f.height/vg.Inch) * 96))
}

// Image returns the figure drawn at twice the CSS pixel density, the picture
// that PNG encodes. Changing the returned image does not change the Figure.
func (f *Figure) Image() *image.RGBA {
	if f.empty() {
		return image.NewRGBA(image.Rectangle{})
	}
	c := image.NewRGBA(f.img.Rect)
	copy(c.Pix, f.img.Pix)
	return c
}

// PNG returns the figure as PNG bytes, drawn at 192 DPI (twice a CSS pixel)
// so it stays sharp on HiDPI screens. Gophernotes calls PNG to show a
// *Figure that ends a notebook cell. PNG has no error result: the figure was
// drawn, and checked not to be blank, when it was made.
//
// The PNG is an 8-bit paletted image: a chart's few colours and their
// anti-aliased blends fit in 256 colours (the theme's colours stay exact),
// which makes the file about a third of a true-colour one. It is encoded
// the first time it is asked for and kept.
func (f *Figure) PNG() []byte {
	if f.empty() {
		return nil
	}
	f.pngOnce.Do(func() {
		var buf bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		// Encoding an in-memory image into a bytes.Buffer cannot fail.
		_ = enc.Encode(&buf, quantize(f.img))
		f.png = buf.Bytes()
	})
	return bytes.Clone(f.png)
}

// Render returns how a notebook shows the figure: a single PNG (see PNG)
// under "image/png", with its size in CSS pixels (see Size) as the width
// and height in the output's metadata, so that Jupyter, nbconvert's HTML
// pages and GitHub draw the twice-as-dense picture sharp at that size, and
// a one-line "text/plain" description. Gophernotes calls Render to show a
// *Figure that ends a notebook cell; the result's type is the kernel's
// display.Data, written out so that this package need not import the
// kernel. The figure has no SVG or HTML method on purpose: the kernel
// stores every representation a value has a method for, and a chart stored
// once is a third of the notebook's size. Save writes an SVG or PDF.
func (f *Figure) Render() struct {
	Data      map[string]interface{}
	Metadata  map[string]interface{}
	Transient map[string]interface{}
} {
	if f.empty() {
		return struct {
			Data      map[string]interface{}
			Metadata  map[string]interface{}
			Transient map[string]interface{}
		}{Data: map[string]interface{}{"text/plain": "(no figure: check the error of the call that made it)"}}
	}
	w, h := f.Size()
	return struct {
		Data      map[string]interface{}
		Metadata  map[string]interface{}
		Transient map[string]interface{}
	}{
		Data: map[string]interface{}{
			"image/png":  f.PNG(),
			"text/plain": f.String(),
		},
		Metadata: map[string]interface{}{
			"image/png": map[string]interface{}{"width": w, "height": h},
		},
	}
}

// String describes the figure in one line, such as "chart 720×450", the
// text a notebook keeps beside the picture.
func (f *Figure) String() string {
	if f.empty() {
		return "(no figure)"
	}
	w, h := f.Size()
	return fmt.Sprintf("chart %d×%d", w, h)
}

// svgText returns the figure as a small SVG document (tens of kilobytes) that
// does not embed fonts: its text asks for Liberation Sans, then the
// metric-compatible Arial or Helvetica, then any sans-serif font, and each
// text element carries its width (textLength), so labels keep their place
// and size whichever font the viewer has.
//
// svgText never panics and always returns a document that shows the figure.
// The SVG is drawn the first time it is asked for (and kept); if gonum's
// SVG backend fails on this figure (it panics on some fonts, such as bold
// ones), svgText returns instead an SVG document that embeds the PNG
// picture, and VectorError says why. Save(".svg") writes it; it is not an
// exported SVG method, so that notebooks do not store each chart twice.
func (f *Figure) svgText() string {
	if f.empty() {
		return ""
	}
	f.svgOnce.Do(func() {
		c := vgsvg.NewWith(vgsvg.UseWH(f.width, f.height), vgsvg.EmbedFonts(false))
		f.svg, f.svgErr = f.vector(c)
		if f.svgErr == nil {
			f.svg = portableText(f.svg)
		} else {
			f.svg = f.rasterSVG()
		}
	})
	return string(f.svg)
}

// pdfBytes returns the figure as a PDF document with its fonts embedded,
// for Save. It is not an exported PDF method on purpose: gophernotes stores
// every format a value has a method for, and a PDF of every chart (with a
// font inside each) would make notebooks several megabytes bigger.
//
// pdfBytes never panics and always returns a document that shows the
// figure. The PDF is drawn the first time it is asked for (and kept); if
// gonum's PDF backend fails on this figure, pdfBytes returns instead a
// one-page PDF holding the PNG picture, and VectorError says why.
func (f *Figure) pdfBytes() []byte {
	f.pdfOnce.Do(func() {
		c := vgpdf.New(f.width, f.height)
		c.EmbedFonts(true)
		f.pdf, f.pdfErr = f.vector(c)
		if f.pdfErr != nil {
			f.pdf = f.rasterPDF()
		}
	})
	return f.pdf
}

// VectorError draws the figure as SVG and as PDF (what Save writes to a
// .pdf file), if that was not done yet, and returns nil if both came out as
// vector drawings. Otherwise it returns an error saying which backend
// failed and why; the SVG or PDF then holds the PNG picture instead of
// vectors (the picture is the same, but it does not scale without
// blurring).
func (f *Figure) VectorError() error {
	if f.empty() {
		return errEmpty
	}
	f.svgText()
	f.pdfBytes()
	var errs []error
	if f.svgErr != nil {
		errs = append(errs, fmt.Errorf("plotting: SVG holds the PNG picture: %w", f.svgErr))
	}
	if f.pdfErr != nil {
		errs = append(errs, fmt.Errorf("plotting: PDF holds the PNG picture: %w", f.pdfErr))
	}
	return errors.Join(errs...)
}

// vector draws the figure on the vector canvas c and returns the document,
// turning a panic in the backend (while drawing or writing) into an error.
func (f *Figure) vector(c vg.CanvasWriterTo) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("vector drawing failed: %v", r)
		}
	}()
	f.drawFn(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rasterSVG returns an SVG document of the figure's size that shows its PNG.
func (f *Figure) rasterSVG() []byte {
	w, h := float64(f.width/vg.Inch)*72, float64(f.height/vg.Inch)*72
	src := "data:image/png;base64," + base64.StdEncoding.EncodeToString(f.PNG())
	return fmt.Appendf(nil, `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%.4gpt" height="%.4gpt" viewBox="0 0 %.4g %.4g">
<image x="0" y="0" width="%.4g" height="%.4g" preserveAspectRatio="none" xlink:href="%s"/>
</svg>
`, w, h, w, h, w, h, src)
}

// rasterPDF returns a one-page PDF of the figure's size that shows its
// picture, or nil if even that fails (it draws no text, so it does not).
func (f *Figure) rasterPDF() []byte {
	data, err := rasterPDFOf(f.width, f.height, f.img)
	if err != nil {
		return nil
	}
	return data
}

// rasterPDFOf draws img over a whole w × h PDF page.
func rasterPDFOf(w, h vg.Length, img image.Image) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("raster PDF failed: %v", r)
		}
	}()
	c := vgpdf.New(w, h)
	c.DrawImage(vg.Rectangle{Max: vg.Point{X: w, Y: h}}, img)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Save writes the figure to path in the format its extension names: .png,
// .svg, .pdf or .gif (a one-frame GIF). Any other extension is an error.
// Save writes a temporary file beside path and renames it into place, so
// path never holds a half-written file. An .svg file
// holds vectors without embedded fonts (any sans-serif font stands in);
// a .pdf file holds vectors with the fonts embedded. Either holds
// the PNG picture instead if VectorError is not nil.
func (f *Figure) Save(path string) error {
	if f.empty() {
		return fmt.Errorf("plotting: saving %s: %w", path, errEmpty)
	}
	var data []byte
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".png":
		data = f.PNG()
	case ".svg":
		data = []byte(f.svgText())
	case ".pdf":
		data = f.pdfBytes()
	case ".gif":
		a, err := NewAnimation(0, f)
		if err != nil {
			return fmt.Errorf("plotting: saving %s: %w", path, err)
		}
		data = a.GIF()
	default:
		return fmt.Errorf("plotting: saving %s: unknown extension %q: use .png, .svg, .pdf or .gif", path, ext)
	}
	return writeAtomic(path, data)
}

// writeAtomic writes data to a temporary file in path's directory and
// renames it to path.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("plotting: saving %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	_, werr := tmp.Write(data)
	merr := tmp.Chmod(0o644) // CreateTemp makes 0600 files; a chart is for sharing
	cerr := tmp.Close()
	if err = errors.Join(werr, merr, cerr); err != nil {
		return fmt.Errorf("plotting: saving %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("plotting: saving %s: %w", path, err)
	}
	return nil
}

// squareCellAspect is the height of a Grid cell, as a fraction of its
// width, that a chart with equal scales asks for: room for its square data
// area as wide as the cell less its axis and colour bar, plus its title,
// legend and x axis.
const squareCellAspect = 0.9

// Grid places figs side by side, cols to a row, filling rows from the left,
// and returns them as one Figure. Each cell is at least 440 × 300 CSS
// pixels, so text keeps its size and the data keeps its room: two columns
// make a figure 880 pixels wide, which a notebook shrinks to its width. The
// cell height follows the tallest figure's aspect ratio; a chart with equal
// scales on both axes (a decision boundary) counts as nearly square
// (squareCellAspect), so its square data area fills the cell's width
// instead of a sliver of it. Every figure keeps
// a blank border inside its cell, so no panel's tick label or line reaches
// the picture's edge or runs into its neighbour.
func Grid(cols int, figs ...*Figure) (*Figure, error) {
	return gridFigure("plotting.Grid", cols, GridOptions{}, figs)
}

// GridOptions are the settings of GridWith.
type GridOptions struct {
	// OneLegend draws the legend of the first figure once, in centred
	// rows across the top of the grid, and leaves out the legend of every
	// panel: for panels that share their legend, such as decision
	// boundaries of the same points side by side. Each cell gives up the
	// height of the legend it no longer draws, so the data areas keep the
	// size they have in Grid. Each figure must be a single chart with its
	// legend above its data (as DecisionBoundary, Loss and Series draw
	// them), not a Grid.
	OneLegend bool
}

// GridWith is Grid with settings (see GridOptions). It returns the errors
// Grid does, and with OneLegend an error if a figure is not a single chart
// with its legend above its data.
//
//	fig, err := plotting.GridWith(2, plotting.GridOptions{OneLegend: true}, left, right)
func GridWith(cols int, opt GridOptions, figs ...*Figure) (*Figure, error) {
	return gridFigure("plotting.GridWith", cols, opt, figs)
}

// gridFigure draws Grid and GridWith, naming where in its errors.
func gridFigure(where string, cols int, opt GridOptions, figs []*Figure) (*Figure, error) {
	if len(figs) == 0 {
		return nil, errors.New(where + ": no figures to place")
	}
	if cols < 1 {
		return nil, fmt.Errorf("%s: cols = %d, need at least 1", where, cols)
	}
	for i, f := range figs {
		if f.empty() {
			return nil, fmt.Errorf("%s: figure %d is nil or empty", where, i)
		}
	}
	cols = min(cols, len(figs))
	rows := (len(figs) + cols - 1) / cols
	cellW := max(figWidth/vg.Length(cols), gridCellWidth)
	aspect := 0.0
	for _, f := range figs {
		a := float64(f.height / f.width)
		if f.square {
			a = math.Max(a, squareCellAspect)
		}
		aspect = math.Max(aspect, a)
	}
	cellH := max(cellW*vg.Length(aspect), gridCellHeight)
	width := cellW * vg.Length(cols)
	panels := make([]func(c draw.Canvas), len(figs))
	for i, f := range figs {
		panels[i] = f.drawFn
	}
	// With OneLegend, a band at the top holds the first chart's legend,
	// and each panel is its chart drawn without one.
	var band vg.Length
	var legend func(c draw.Canvas)
	if opt.OneLegend {
		for i, f := range figs {
			if f.chart == nil || f.chart.inside {
				return nil, fmt.Errorf("%s: OneLegend: figure %d is not a single chart with its legend above its data", where, i)
			}
			ch := *f.chart
			ch.entries = nil
			panels[i] = func(c draw.Canvas) { ch.draw(inset(c, figMargin)) }
		}
		first := figs[0].chart
		rowH := first.Legend.TextStyle.Rectangle("Xg").Size().Y + 4
		// Each cell gives up the height its panel's legend would have
		// taken (see drawTitleLegend), so the data areas keep the size
		// they have in a plain Grid: the band takes their legends' place.
		if n := len(legendRows(first.Legend, first.entries, cellW-2*figMargin-24)); n > 0 {
			cellH = max(cellH-rowH*vg.Length(n)-6, gridCellHeight)
		}
		if n := len(legendRows(first.Legend, first.entries, width-2*figMargin-24)); n > 0 {
			band = figMargin + rowH*vg.Length(n) + 6
			legend = func(c draw.Canvas) {
				c = inset(c, figMargin)
				c.Min.Y = c.Max.Y - (band - figMargin)
				drawTitleLegend(c, "", first.entries, first.Plot)
			}
		}
	}
	drawFn := func(c draw.Canvas) {
		if legend != nil {
			legend(c)
		}
		for i, draw1 := range panels {
			r, col := i/cols, i%cols
			x0 := c.Min.X + vg.Length(col)*cellW
			y1 := c.Max.Y - band - vg.Length(r)*cellH
			sub := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x0, Y: y1 - cellH},
				Max: vg.Point{X: x0 + cellW, Y: y1},
			}}
			draw1(sub)
		}
	}
	// Each cell is a figure with its own blank border, so the grid needs
	// none of its own: neighbouring panels are two borders apart.
	return drawFigure(where, width, band+cellH*vg.Length(rows), drawFn)
}
