package plotting

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"flag"
	"fmt"
	"image"
	"image/gif"
	"image/png"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The -regen flag (defined by cmpimg) rewrites testdata/*_golden.png.
var regen = cmpimg.GenerateTestData

// checkFigure decodes f's PNG and parses its SVG, checks the sizes, that
// the picture is not blank and that it keeps a blank border (see
// checkMargins), and writes it to the -gallery directory.
func checkFigure(t *testing.T, name string, f *Figure) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(f.PNG()))
	if err != nil {
		t.Fatalf("%s: PNG does not decode: %v", name, err)
	}
	w, h := f.Size()
	if got := img.Bounds().Size(); abs(got.X-2*w) > 2 || abs(got.Y-2*h) > 2 {
		t.Errorf("%s: PNG is %v, want 2× the CSS size %dx%d", name, got, w, h)
	}
	if w < 300 || h < 200 {
		t.Errorf("%s: CSS size %dx%d is too small for a notebook", name, w, h)
	}
	if v := lumaVariance(img); v < 100 {
		t.Errorf("%s: pixel variance %.1f, the chart looks blank", name, v)
	}
	checkMargins(t, name, f)
	checkSVG(t, name, f.svgText())
	checkRender(t, name, f)
	if pdf := f.pdfBytes(); !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("%s: PDF does not start with %%PDF", name)
	}
	saveGallery(t, name, f)
}

// checkRender checks that f's Render is the one PNG a notebook stores, with
// its CSS size in the metadata, and that f has no other method gophernotes
// would store a second copy of the chart for.
func checkRender(t *testing.T, name string, f *Figure) {
	t.Helper()
	w, h := f.Size()
	r := f.Render()
	if len(r.Data) != 2 || r.Data["text/plain"] != f.String() {
		t.Fatalf("%s: Render data has keys %v, want image/png and text/plain", name, keys(r.Data))
	}
	if data, ok := r.Data["image/png"].([]byte); !ok || !bytes.Equal(data, f.PNG()) {
		t.Fatalf("%s: Render should hold the figure's PNG", name)
	}
	md, ok := r.Metadata["image/png"].(map[string]interface{})
	if !ok || md["width"] != w || md["height"] != h {
		t.Fatalf("%s: Render metadata %v, want image/png width %d height %d", name, r.Metadata, w, h)
	}
	var x interface{} = f
	if _, ok := x.(interface{ SVG() string }); ok {
		t.Errorf("%s: a Figure with an SVG method is stored twice in notebooks", name)
	}
	if _, ok := x.(interface{ HTML() string }); ok {
		t.Errorf("%s: a Figure with an HTML method is stored twice in notebooks", name)
	}
}

// keys returns the keys of m, for messages.
func keys(m map[string]interface{}) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// checkSVG parses s as XML and checks it is an <svg> document with content.
func checkSVG(t *testing.T, name, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	root, elems := "", 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: SVG does not parse: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
			}
			elems++
		}
	}
	if root != "svg" || elems < 5 {
		t.Errorf("%s: SVG root <%s> with %d elements, want <svg> with content", name, root, elems)
	}
}

// lumaVariance returns the variance of the pixels' grey levels.
func lumaVariance(img image.Image) float64 {
	var sum, sum2, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			l := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
			sum += l
			sum2 += l * l
			n++
		}
	}
	m := sum / n
	return sum2/n - m*m
}

// golden compares f's PNG with testdata/name_golden.png within a tolerance,
// or rewrites the golden file with -regen.
func golden(t *testing.T, name string, f *Figure) {
	t.Helper()
	path := filepath.Join("testdata", name+"_golden.png")
	got := f.PNG()
	if *regen {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -regen to create it)", err)
	}
	// 0.05 (cmpimg's YIQ distance per pixel) lets an anti-aliased edge
	// differ by about a dozen grey levels, as the rasteriser's edges do
	// between builds (GOAMD64=v3 fuses its multiply-adds), while a moved
	// line, marker or label still differs by far more than that.
	ok, err := cmpimg.EqualApprox("png", got, want, 0.05)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		_ = os.WriteFile(filepath.Join(t.TempDir(), name+".png"), got, 0o644)
		t.Errorf("%s differs from %s", name, path)
	}
}

func TestGolden(t *testing.T) {
	fn, err := Functions("Step and sigmoid", -6, 6, Fn{Label: "step", F: step}, Fn{Label: "sigmoid", F: sigmoid})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "functions", fn)
	db, err := DecisionBoundary("AND", func(x, y float64) float64 { return sigmoid(10 * (x + y - 1.5)) },
		Range{-0.5, 1.5}, Range{-0.5, 1.5}, [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, []int{0, 0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "boundary", db)
	cm, err := Confusion("Confusion", [][]int{{5, 1}, {2, 7}}, []string{"no", "yes"})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "confusion", cm)
}

func TestGoldenDetectsChange(t *testing.T) {
	a, _ := Functions("a", 0, 1, Fn{Label: "x", F: func(x float64) float64 { return x }})
	b, _ := Functions("a", 0, 1, Fn{Label: "x", F: func(x float64) float64 { return 1 - x }})
	ok, err := cmpimg.EqualApprox("png", a.PNG(), b.PNG(), 0.01)
	if err != nil || ok {
		t.Fatalf("different charts compared equal (ok=%v, err=%v)", ok, err)
	}
}

func TestSave(t *testing.T) {
	f, err := Functions("line", 0, 1, Fn{Label: "x", F: func(x float64) float64 { return x }})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct{ name, magic string }{
		{"a.png", "\x89PNG"}, {"a.svg", "<?xml"}, {"a.PDF", "%PDF"}, {"a.gif", "GIF89a"},
	} {
		p := filepath.Join(dir, tc.name)
		if err := f.Save(p); err != nil {
			t.Fatalf("Save(%s): %v", tc.name, err)
		}
		b, err := os.ReadFile(p)
		if err != nil || !bytes.HasPrefix(b, []byte(tc.magic)) {
			t.Errorf("Save(%s): file starts %q, want %q (err %v)", tc.name, b[:min(8, len(b))], tc.magic, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("dir holds %d files, want 4 (no temp files left)", len(entries))
	}
	for _, bad := range []string{filepath.Join(dir, "a.jpg"), filepath.Join(dir, "noext"), filepath.Join(dir, "missing", "a.png")} {
		if err := f.Save(bad); err == nil {
			t.Errorf("Save(%s) succeeded, want an error", bad)
		}
	}
	if err := f.Save(filepath.Join(dir, "a.jpg")); err == nil || !strings.Contains(err.Error(), `".jpg"`) {
		t.Errorf("unknown extension error %v should name the extension", err)
	}
	img := f.Image()
	img.Pix[0] = 1
	if f.Image().Pix[0] == 1 {
		t.Error("Image returned the figure's own pixels")
	}
}

func TestAnimation(t *testing.T) {
	calls := 0
	a, err := Animate(90, 50*time.Millisecond, func(i int) (*Figure, error) {
		calls++
		w := float64(i) / 10
		return Functions("sigmoid", -6, 6, Fn{Label: "w", F: func(x float64) float64 { return sigmoid(w * x) }})
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls != MaxFrames || a.Frames() != MaxFrames {
		t.Errorf("90 frames: called %d times, kept %d, want %d", calls, a.Frames(), MaxFrames)
	}
	g, err := gif.DecodeAll(bytes.NewReader(a.GIF()))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != MaxFrames || g.Config.Width != 720 || len(a.GIF()) > MaxGIFBytes {
		t.Errorf("GIF: %d frames, %d wide, %d bytes", len(g.Image), g.Config.Width, len(a.GIF()))
	}
	if g.Delay[0] != 5 || g.Delay[len(g.Delay)-1] <= 5 {
		t.Errorf("delays %d … %d, want 5 and a longer last one", g.Delay[0], g.Delay[len(g.Delay)-1])
	}
	h := a.HTML()
	if !strings.HasPrefix(h, `<img width="720"`) || !strings.Contains(h, "data:image/gif;base64,R0lGOD") {
		t.Errorf("HTML = %.80q…", h)
	}
	p := filepath.Join(t.TempDir(), "a.gif")
	if err := a.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := a.Save(filepath.Join(t.TempDir(), "a.png")); err == nil {
		t.Error("Save as .png succeeded, want an error")
	}
	saveGallery(t, "animation.gif", a)
	b, err := NewAnimation(0, frames(t, 3)...)
	if err != nil || b.Frames() != 3 {
		t.Fatalf("NewAnimation: %v, %d frames", err, b.Frames())
	}
	c, err := NewAnimation(0, frames(t, 61)...)
	if err != nil || c.Frames() != MaxFrames {
		t.Fatalf("NewAnimation of 61: %v, %d frames", err, c.Frames())
	}
	for _, bad := range []func() error{
		func() error { _, err := NewAnimation(0); return err },
		func() error { _, err := NewAnimation(0, nil); return err },
		func() error { _, err := Animate(0, 0, nil); return err },
		func() error { _, err := Animate(2, 0, nil); return err },
		func() error {
			_, err := Animate(2, 0, func(int) (*Figure, error) { return nil, os.ErrInvalid })
			return err
		},
		func() error { _, err := Animate(2, 0, func(int) (*Figure, error) { return nil, nil }); return err },
	} {
		if bad() == nil {
			t.Error("bad animation input gave no error")
		}
	}
}

// frames returns n simple, different figures.
func frames(t *testing.T, n int) []*Figure {
	t.Helper()
	out := make([]*Figure, n)
	for i := range out {
		k := float64(i)
		f, err := Functions("f", 0, 1, Fn{Label: "x", F: func(x float64) float64 { return math.Sin(k * x) }})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = f
	}
	return out
}

func TestGrid(t *testing.T) {
	fs := frames(t, 3)
	g, err := Grid(2, fs...)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "grid3.png", g)
	// Each cell is at least 440 × 300 CSS pixels; one column keeps the
	// figures' own 720 × 450.
	for _, tc := range []struct{ cols, w, h int }{{2, 880, 600}, {1, 720, 1350}, {3, 1320, 300}} {
		g, err := Grid(tc.cols, fs...)
		if err != nil {
			t.Fatal(err)
		}
		if w, h := g.Size(); w != tc.w || h != tc.h {
			t.Errorf("%d-column grid of 3 is %dx%d CSS px, want %dx%d", tc.cols, w, h, tc.w, tc.h)
		}
	}
	for _, bad := range []func() error{
		func() error { _, err := Grid(2); return err },
		func() error { _, err := Grid(0, fs...); return err },
		func() error { _, err := Grid(1, nil); return err },
	} {
		if bad() == nil {
			t.Error("bad Grid input gave no error")
		}
	}
}

func TestBlankAndPanicAreErrors(t *testing.T) {
	if _, err := newFigure("test", 100, 100, func(draw.Canvas) {}); err == nil || !strings.Contains(err.Error(), "blank") {
		t.Errorf("blank figure: err = %v", err)
	}
	if _, err := newFigure("test", 100, 100, func(draw.Canvas) { panic("boom") }); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panicking figure: err = %v", err)
	}
}

func abs(x int) int { return max(x, -x) }

// is reports whether v implements the interface I.
func is[I any](v interface{}) bool {
	_, ok := v.(I)
	return ok
}

// TestEmptyFigure checks that a nil or zero Figure (what a notebook holds
// when it ignored a chart function's error) never panics and says so.
func TestEmptyFigure(t *testing.T) {
	for name, f := range map[string]*Figure{"nil": nil, "zero": {}} {
		if b := f.PNG(); b != nil {
			t.Errorf("%s Figure: PNG returned %d bytes, want none", name, len(b))
		}
		if s := f.svgText(); s != "" {
			t.Errorf("%s Figure: svgText returned %q, want nothing", name, s)
		}
		if r := f.Render(); !strings.Contains(r.Data["text/plain"].(string), "no figure") || r.Data["image/png"] != nil {
			t.Errorf("%s Figure: Render %v should say there is no figure, with no picture", name, r.Data)
		}
		if s := f.String(); !strings.Contains(s, "no figure") {
			t.Errorf("%s Figure: String %q should say there is no figure", name, s)
		}
		if w, h := f.Size(); w != 0 || h != 0 {
			t.Errorf("%s Figure: Size %d×%d, want 0×0", name, w, h)
		}
		if img := f.Image(); img == nil || !img.Rect.Empty() {
			t.Errorf("%s Figure: Image should be an empty picture", name)
		}
		if err := f.VectorError(); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s Figure: VectorError %v, want an error saying it is empty", name, err)
		}
		if err := f.Save(filepath.Join(t.TempDir(), "x.png")); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s Figure: Save %v, want an error saying it is empty", name, err)
		}
		if _, err := Grid(1, f); err == nil {
			t.Errorf("%s Figure: Grid accepted it", name)
		}
		if _, err := NewAnimation(0, f); err == nil {
			t.Errorf("%s Figure: NewAnimation accepted it", name)
		}
	}
}

// boldFigure returns a figure whose title uses a bold font, which gonum's
// SVG backend (v0.15) panics on while the raster backend draws it fine.
func boldFigure(t *testing.T) *Figure {
	t.Helper()
	p := newPlot("bold title", "x", "y")
	p.Title.TextStyle.Font.Weight = 700
	f, err := plotFigure("test", p)
	if err != nil {
		t.Fatalf("the raster backend should draw a bold title: %v", err)
	}
	return f
}

// rasterOnly returns a figure whose drawing panics on any canvas but the
// raster one, standing in for any vector-backend failure.
func rasterOnly(t *testing.T) *Figure {
	t.Helper()
	f, err := newFigure("test", 200, 150, func(c draw.Canvas) {
		if _, ok := c.Canvas.(*vgimg.Canvas); !ok {
			panic("vector backend exploded")
		}
		c.SetColor(Blue)
		r := c.Rectangle
		r.Max.X = (r.Min.X + r.Max.X) / 2
		c.Fill(r.Path()) // the left half, so the picture is not blank
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestVectorFallback(t *testing.T) {
	good := frames(t, 1)[0]
	if err := good.VectorError(); err != nil {
		t.Errorf("an ordinary figure fell back to raster: %v", err)
	}
	if strings.Contains(good.svgText(), "data:image/png") {
		t.Error("an ordinary figure's SVG embeds a PNG, want vectors")
	}
	for name, f := range map[string]*Figure{"bold": boldFigure(t), "panicking": rasterOnly(t)} {
		t.Run(name, func(t *testing.T) {
			var svg string
			var pdf []byte
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("SVG or PDF panicked: %v", r)
					}
				}()
				svg, pdf = f.svgText(), f.pdfBytes()
			}()
			if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil || !strings.Contains(svg, "<svg") {
				t.Fatalf("SVG does not parse: %v", err)
			}
			m := regexp.MustCompile(`href="data:image/png;base64,([^"]+)"`).FindStringSubmatch(svg)
			if m == nil {
				if name == "panicking" {
					t.Fatalf("fallback SVG has no embedded PNG: %.200s", svg)
				}
				return // the backend drew this one after all: fine too
			}
			raw, err := base64.StdEncoding.DecodeString(m[1])
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(raw, f.PNG()) {
				t.Error("fallback SVG embeds a different picture from PNG")
			}
			if _, err := png.Decode(bytes.NewReader(raw)); err != nil {
				t.Errorf("embedded PNG does not decode: %v", err)
			}
			w, h := float64(f.width/vg.Inch)*72, float64(f.height/vg.Inch)*72
			if want := fmt.Sprintf(`width="%.4gpt" height="%.4gpt"`, w, h); !strings.Contains(svg, want) {
				t.Errorf("fallback SVG lacks the figure's size %s", want)
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 1000 {
				t.Errorf("fallback PDF is %d bytes starting %.8q", len(pdf), pdf)
			}
			err = f.VectorError()
			if err == nil || !strings.Contains(err.Error(), "SVG holds the PNG picture") {
				t.Errorf("VectorError = %v, want it to say SVG fell back", err)
			}
			if name == "panicking" && !strings.Contains(err.Error(), "vector backend exploded") {
				t.Errorf("VectorError = %v, want the panic's message", err)
			}
			dir := t.TempDir()
			for _, ext := range []string{".svg", ".pdf"} {
				p := filepath.Join(dir, "f"+ext)
				if err := f.Save(p); err != nil {
					t.Fatalf("Save %s: %v", ext, err)
				}
				want := []byte(f.svgText())
				if ext == ".pdf" {
					want = f.pdfBytes()
				}
				if got, err := os.ReadFile(p); err != nil || !bytes.Equal(got, want) {
					t.Errorf("Save %s wrote %d bytes (%v), want the %d bytes of the fallback", ext, len(got), err, len(want))
				}
			}
		})
	}
}

var gallery = flag.String("gallery", "", "write every chart as a PNG into this directory, to look at")

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func step(x float64) float64 {
	if x >= 0 {
		return 1
	}
	return 0
}

// saveGallery writes f to the -gallery directory, if one is set.
func saveGallery(t *testing.T, name string, f interface{ Save(string) error }) {
	t.Helper()
	if *gallery == "" {
		return
	}
	if err := os.MkdirAll(*gallery, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(filepath.Join(*gallery, name)); err != nil {
		t.Fatal(err)
	}
}

// TestNotebookLayouts draws the layouts the lessons use most: a loss falling
// through 24 decades on a log axis, and two decision boundaries with 300
// points side by side in a Grid.
func TestNotebookLayouts(t *testing.T) {
	var loss []float64
	for e := range 2000 {
		loss = append(loss, 0.6*math.Pow(10, -11.6*float64(e)/1999))
	}
	f, err := Loss("MSE per epoch", true, Run{Label: "aluminium share only", TrainLoss: loss})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss_decades.png", f)
	rng := rand.New(rand.NewPCG(1, 2))
	var pts [][]float64
	var cls []int
	for range 300 {
		x, y := rng.NormFloat64(), rng.NormFloat64()
		pts = append(pts, []float64{x, y})
		c := 0
		if x*y < 0 {
			c = 1
		}
		cls = append(cls, c)
	}
	prob := func(x, y float64) float64 { return sigmoid(-4 * x * y) }
	var figs []*Figure
	for _, title := range []string{"3 hidden neurons", "50 hidden neurons"} {
		b, err := DecisionBoundary(title, prob, Range{-3, 3}, Range{-3, 3}, pts, cls)
		if err != nil {
			t.Fatal(err)
		}
		figs = append(figs, b)
	}
	g, err := Grid(2, figs...)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary_grid.png", g)
}

// minInk is how close, in pixels of the 2× PNG, ink may come to a figure's
// edge, or to the border between two cells of a Grid: about half the
// figure's blank border (figMargin is 21 pixels at 192 DPI), leaving room
// for anti-aliasing and for text a little wider than gonum measures it.
const minInk = 12

// isInk reports whether the pixel at (x, y) is not white: text, lines, grid
// lines and shading all count.
func isInk(img *image.RGBA, x, y int) bool {
	c := img.RGBAAt(x, y)
	return c.R < 245 || c.G < 245 || c.B < 245
}

// inkIn returns the bounds of the ink inside r, or the empty rectangle.
func inkIn(img *image.RGBA, r image.Rectangle) image.Rectangle {
	box := image.Rectangle{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if isInk(img, x, y) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// checkMargins checks that no ink of f comes within minInk pixels of its
// edges: nothing is cut off at the picture's border, and nothing runs flush
// to it.
func checkMargins(t *testing.T, name string, f *Figure) {
	t.Helper()
	img := f.Image()
	b := img.Bounds()
	ink := inkIn(img, b)
	if ink.Empty() {
		t.Fatalf("%s: no ink", name)
	}
	for _, side := range []struct {
		name string
		gap  int
	}{
		{"left", ink.Min.X - b.Min.X}, {"right", b.Max.X - ink.Max.X},
		{"top", ink.Min.Y - b.Min.Y}, {"bottom", b.Max.Y - ink.Max.Y},
	} {
		if side.gap < minInk {
			t.Errorf("%s: ink comes within %d px of the %s edge, want at least %d (a label or line is cut or flush)", name, side.gap, side.name, minInk)
		}
	}
}

// checkGutters checks that the cells of a grid of rows × cols keep apart:
// no ink within minInk pixels either side of each border between two
// cells, so no panel's label, tick or line runs into its neighbour.
func checkGutters(t *testing.T, name string, f *Figure, rows, cols int) {
	t.Helper()
	img := f.Image()
	b := img.Bounds()
	for k := 1; k < cols; k++ {
		x := b.Min.X + k*b.Dx()/cols
		if ink := inkIn(img, image.Rect(x-minInk, b.Min.Y, x+minInk, b.Max.Y)); !ink.Empty() {
			t.Errorf("%s: ink at %v, within %d px of the border between columns %d and %d (x = %d)", name, ink, minInk, k, k+1, x)
		}
	}
	for k := 1; k < rows; k++ {
		y := b.Min.Y + k*b.Dy()/rows
		if ink := inkIn(img, image.Rect(b.Min.X, y-minInk, b.Max.X, y+minInk)); !ink.Empty() {
			t.Errorf("%s: ink at %v, within %d px of the border between rows %d and %d (y = %d)", name, ink, minInk, k, k+1, y)
		}
	}
}

// TestLessonPanelMargins draws the multi-panel layouts of the lessons (a
// Grid of two, three or six charts, and Loss's loss and accuracy panels)
// and checks that every panel keeps a blank border: no tick label is cut at
// the picture's edge (the last x label of a right-hand panel was), and no
// panel runs into its neighbour (a confusion matrix's "true" label into the
// next one's last column).
func TestLessonPanelMargins(t *testing.T) {
	must := func(f *Figure, err error) *Figure {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	quartic := func(x float64) float64 { return x*x*x*x - 3*x*x*x + 2 }
	bowl := func(x, y float64) float64 { return x*x + 5*y*y }
	path1 := []float64{6}
	for range 30 {
		x := path1[len(path1)-1]
		path1 = append(path1, x-0.01*(4*x*x*x-9*x*x))
	}
	path2 := [][]float64{{-9, 3}}
	for range 40 {
		p := path2[len(path2)-1]
		path2 = append(path2, []float64{p[0] - 0.05*2*p[0], p[1] - 0.05*10*p[1]})
	}
	unit := Range{-0.5, 1.5}
	corners := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	and := func(x, y float64) float64 { return sigmoid(10 * (x + y - 1.5)) }
	var loss, acc, lossT, accT []float64
	for e := range 300 {
		loss = append(loss, 0.7/(1+0.05*float64(e)))
		lossT = append(lossT, 0.75/(1+0.04*float64(e)))
		acc = append(acc, 1-0.5/(1+0.05*float64(e)))
		accT = append(accT, 1-0.55/(1+0.04*float64(e)))
	}
	counts := make([][]int, 10)
	for i := range counts {
		counts[i] = make([]int, 10)
		counts[i][i] = 70 + i
		counts[i][(i+3)%10] = i
	}
	line := func(w, b float64) func(float64) float64 { return func(x float64) float64 { return w*x + b } }
	al, ld := []float64{0.1, 0.2, 0.3, 0.4}, []float64{0.05, 1.1, 2, 3.05}
	boundary := must(DecisionBoundary("AND", and, unit, unit, corners, []int{0, 0, 0, 1}))
	for _, tc := range []struct {
		name       string
		rows, cols int
		fig        func() *Figure
	}{
		{"L1 scatter fits", 1, 2, func() *Figure {
			return must(Grid(2,
				must(ScatterFit("First guess: w = 5, b = 0", "aluminium share", "breaking load (t)", al, ld, Fn{Label: "ŷ = 5x", F: line(5, 0)}, true)),
				must(ScatterFit("After gradient descent", "aluminium share", "breaking load (t)", al, ld, Fn{Label: "ŷ = 10x − 1", F: line(10, -1)}, false))))
		}},
		{"L2 slope and shift", 1, 2, func() *Figure {
			half := Frame{Refs: []Ref{{Label: "σ = 0.5", Y: 0.5}}}
			return must(Grid(2,
				must(FunctionsFrame("The weight sets the slope: σ(w·x)", "x", "σ(w·x)", -6, 6, half, Fn{Label: "w = 2", F: func(x float64) float64 { return sigmoid(2 * x) }})),
				must(FunctionsFrame("The bias shifts it: σ(x + b)", "x", "σ(x + b)", -6, 6, half, Fn{Label: "b = 2", F: func(x float64) float64 { return sigmoid(x + 2) }}))))
		}},
		{"L3 AND and OR", 1, 2, func() *Figure {
			return must(Grid(2, boundary, must(DecisionBoundary("OR", func(x, y float64) float64 { return sigmoid(10 * (x + y - 0.5)) }, unit, unit, corners, []int{0, 1, 1, 1}))))
		}},
		{"L3 boundary and mistakes", 1, 2, func() *Figure {
			return must(Grid(2, boundary, must(Series("Mistakes made during each epoch", "epoch", "wrong answers (of 4)", false,
				Line{Label: "XOR", Y: []float64{2, 3, 2, 4, 2, 3, 2, 2, 3, 2, 4, 2, 3, 2, 2, 3, 2, 4, 2, 3, 2, 2, 3, 2, 4, 2, 3, 2, 2, 3}}))))
		}},
		{"L4 loss and boundary", 1, 2, func() *Figure {
			return must(Grid(2, must(Loss("From-scratch backprop, 2-3-1", true, Run{Label: "η = 5", TrainLoss: loss})), boundary))
		}},
		{"L4 loss and accuracy", 1, 1, func() *Figure {
			return must(Loss("3 vs 50 hidden neurons", false,
				Run{Label: "3 hidden", TrainLoss: loss, TestLoss: lossT, TrainAccuracy: acc, TestAccuracy: accT, Chance: 0.5},
				Run{Label: "50 hidden", TrainLoss: lossT, TestLoss: loss, TrainAccuracy: accT, TestAccuracy: acc}))
		}},
		{"L6 descent and zoom", 1, 2, func() *Figure {
			return must(Grid(2,
				must(Descent1DSteps("from x = 6, step 0.01", quartic, -1, 6.5, path1, 0, Frame{})),
				must(Descent1DSteps("from step 1 on (zoomed in)", quartic, 0.4, 2.6, path1[1:], 1, Frame{}))))
		}},
		{"L6 six regimes", 3, 2, func() *Figure {
			d := must(Descent1DSteps("step 0.02: converges", quartic, 0.5, 2.6, path1[5:], 5, Frame{}))
			s := must(Series("step 0.09: distance to the minimum", "step", "|x − 9/4|", true,
				Line{Label: "|x − 9/4| after each step", Y: []float64{1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.16, 0.13}}))
			return must(Grid(2, d, d, d, d, d, s))
		}},
		{"L6 bowl paths", 1, 3, func() *Figure {
			d := must(Descent2DSteps("momentum 0.5, step 0.05", bowl, Range{-10, 10}, Range{-4, 4}, path2, 0))
			return must(Grid(3, d, d, d))
		}},
		{"L4 noisy runs smoothed", 1, 1, func() *Figure {
			rng := rand.New(rand.NewPCG(4, 50))
			var l50, l50t, a50, a50t []float64
			for e := range 300 {
				d := 1 / (1 + 0.02*float64(e))
				l50 = append(l50, 0.25*d+0.1*d*rng.Float64())
				l50t = append(l50t, 0.27*d+0.1*d*rng.Float64())
				a50 = append(a50, min(1, 1-0.5*d+0.2*d*(rng.Float64()-0.5)))
				a50t = append(a50t, min(1, 0.97-0.5*d+0.2*d*(rng.Float64()-0.5)))
			}
			return must(LossWith("3 vs 50 hidden neurons", LossOptions{Smooth: 5, AccuracyRefs: []Ref{{Label: "coin toss (50 %)", Y: 0.5}}},
				Run{Label: "3 hidden", TrainLoss: loss, TestLoss: lossT, TrainAccuracy: acc, TestAccuracy: accT},
				Run{Label: "50 hidden", TrainLoss: l50, TestLoss: l50t, TrainAccuracy: a50, TestAccuracy: a50t}))
		}},
		{"L8 accuracy in per cent", 1, 1, func() *Figure {
			var l, lt, a, at []float64
			for e := range 20 {
				d := 1 / (1 + float64(e))
				l, lt = append(l, 0.5*d), append(lt, 0.12+0.3*d)
				a, at = append(a, 1-0.1*d), append(at, 0.982-0.06*d)
			}
			return must(LossWith("The better recipe", LossOptions{LogLoss: true, Accuracy: Range{0.85, 1}, Percent: true,
				AccuracyRefs: []Ref{{Label: "articles' network (88.3 %)", Y: 0.883}}},
				Run{Label: "64-128-10", TrainLoss: l, TestLoss: lt, TrainAccuracy: a, TestAccuracy: at}))
		}},
		{"L8 confusion matrices", 1, 2, func() *Figure {
			c := must(Confusion("better recipe (98.3%)", counts, nil))
			return must(Grid(2, c, c))
		}},
	} {
		f := tc.fig()
		checkFigure(t, "panels_"+strings.ReplaceAll(tc.name, " ", "_")+".png", f)
		checkGutters(t, tc.name, f, tc.rows, tc.cols)
	}
}
