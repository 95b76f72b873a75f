package plotting

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

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
