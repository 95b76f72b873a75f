package plotting

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
	"testing"
)

// maxChannelError returns the largest difference in any colour channel
// between a and b, which have the same size.
func maxChannelError(a *image.RGBA, b image.Image) int {
	worst := 0
	for y := range a.Rect.Dy() {
		for x := range a.Rect.Dx() {
			r, g, bl, _ := b.At(b.Bounds().Min.X+x, b.Bounds().Min.Y+y).RGBA()
			o := a.PixOffset(a.Rect.Min.X+x, a.Rect.Min.Y+y)
			for c, v := range []uint32{r >> 8, g >> 8, bl >> 8} {
				worst = max(worst, abs(int(a.Pix[o+c])-int(v)))
			}
		}
	}
	return worst
}

func TestQuantize(t *testing.T) {
	// A few colours: exact.
	few := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range few.Pix {
		few.Pix[i] = 0xFF
	}
	for x := range 40 {
		few.Set(x, 10, Blue)
		few.Set(x, 20, Orange)
	}
	if e := maxChannelError(few, quantize(few)); e != 0 {
		t.Errorf("an image of 3 colours quantised with error %d, want exact", e)
	}
	// A heatmap's colour ramp, blue to white to orange in 1024 steps with
	// noise, has far more than 256 colours but lies along one curve: close,
	// and the theme's pure blue that dominates its bucket stays exact.
	ramp := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for y := range 256 {
		for x := range 256 {
			t := float64(x*4+y%4) / 1023
			c := mix(Blue, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, 2*t)
			if t > 0.5 {
				c = mix(color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, Orange, 2*t-1)
			}
			r, g, b, _ := c.RGBA()
			ramp.Set(x, y, color.RGBA{uint8(r>>8) ^ uint8(y&1), uint8(g >> 8), uint8(b>>8) ^ uint8(y&2), 0xFF})
		}
	}
	for x := range 256 {
		for y := range 40 {
			ramp.Set(x, y, Blue)
		}
	}
	q := quantize(ramp)
	distinct := map[color.RGBA]bool{}
	for y := range 256 {
		for x := range 256 {
			distinct[ramp.RGBAAt(x, y)] = true
		}
	}
	if len(distinct) <= 256 || len(q.Palette) > 256 {
		t.Errorf("%d colours made a palette of %d, want more than 256 colours in at most 256", len(distinct), len(q.Palette))
	}
	if e := maxChannelError(ramp, q); e > 16 {
		t.Errorf("ramp quantised with error %d, want ≤ 16", e)
	}
	if got := color.RGBAModel.Convert(q.At(5, 5)); got != Blue {
		t.Errorf("pure blue became %v", got)
	}
}

// TestPNGSmallAndFaithful checks that real charts' PNGs are small and look
// like the drawn picture.
func TestPNGSmallAndFaithful(t *testing.T) {
	for name, f := range map[string]*Figure{"functions": frames(t, 1)[0], "boundary": boundaryFigure(t)} {
		data := f.PNG()
		if len(data) > 150_000 {
			t.Errorf("%s: PNG is %d bytes, want ≤ 150 kB", name, len(data))
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		e := maxChannelError(f.img, img)
		t.Logf("%s: %d bytes, max error %d", name, len(data), e)
		if e > 16 {
			t.Errorf("%s: PNG differs from the drawing by up to %d per channel", name, e)
		}
		if !bytes.Equal(data, f.PNG()) {
			t.Errorf("%s: PNG is not the same twice", name)
		}
	}
}

// boundaryFigure returns a decision boundary chart, the one with most colours.
func boundaryFigure(t *testing.T) *Figure {
	t.Helper()
	db, err := DecisionBoundary("AND", func(x, y float64) float64 { return sigmoid(10 * (x + y - 1.5)) },
		Range{-0.5, 1.5}, Range{-0.5, 1.5}, [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, []int{0, 0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestPortableText(t *testing.T) {
	in := `<text x="1" y="-2" transform="scale(1, -1)"
	style="font-family:Liberation Sans;font-variant:normal;font-weight:normal;font-style:normal;font-size:10px">a &amp; b</text>
<text x="1" y="2" style="font-family:Other;font-size:10px">keep</text>
<text x="1" y="2" style="font-family:Liberation Sans;font-weight:bold;font-style:italic">no size</text>`
	out := string(portableText([]byte(in)))
	if !strings.Contains(out, portableFamily+"font-variant") {
		t.Errorf("font family not made portable:\n%s", out)
	}
	if !strings.Contains(out, ">a &amp; b</text>") {
		t.Errorf("text changed:\n%s", out)
	}
	if !strings.Contains(out, `style="font-family:Other;font-size:10px">keep`) || !strings.Contains(out, ">no size</text>") {
		t.Errorf("text of other fonts or without a size should stay as it is:\n%s", out)
	}
	if strings.Count(out, "textLength") != 1 {
		t.Fatalf("want one textLength:\n%s", out)
	}
	// "a & b" in Liberation Sans 10: a 5.56 + space 2.78 + & 6.67 + space 2.78 + b 5.56.
	var w float64
	if i := strings.Index(out, `textLength="`); i >= 0 {
		rest := out[i+len(`textLength="`):]
		_, _ = fmtSscan(rest[:strings.IndexByte(rest, '"')], &w)
	}
	if math.Abs(w-23.35) > 0.2 {
		t.Errorf("textLength = %g, want about 23.35", w)
	}
}

// fmtSscan parses one float.
func fmtSscan(s string, v *float64) (int, error) { return fmt.Sscan(s, v) }
