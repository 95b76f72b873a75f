package plotting

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"math/rand/v2"
	"testing"
)

// TestAnimationShownOnce checks that an Animation has one method
// gophernotes displays (HTML, an <img> of the GIF), so a notebook stores it
// once.
func TestAnimationShownOnce(t *testing.T) {
	var a interface{} = &Animation{}
	shown := 0
	for _, ok := range []bool{
		is[interface{ HTML() string }](a), is[interface{ PNG() []byte }](a), is[interface{ SVG() string }](a),
		is[interface{ JPEG() []byte }](a), is[interface{ Markdown() string }](a), is[interface{ JSON() map[string]interface{} }](a),
	} {
		if ok {
			shown++
		}
	}
	if shown != 1 || !is[interface{ HTML() string }](a) {
		t.Errorf("an Animation has %d display methods, want only HTML", shown)
	}
}

// TestBoundaryAnimationSize checks that a 60-frame decision-boundary
// animation, the heaviest one the lessons make, stays under MaxGIFBytes at
// full CSS size, and that its frames, drawn with transparent unchanged
// pixels, add up to the last figure.
func TestBoundaryAnimationSize(t *testing.T) {
	if testing.Short() {
		t.Skip("draws 60 figures")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var pts [][]float64
	var cls []int
	for range 200 {
		x, y := rng.NormFloat64(), rng.NormFloat64()
		c := 0
		if x*x+y*y > 1.2 {
			c = 1
		}
		pts, cls = append(pts, []float64{x, y}), append(cls, c)
	}
	r := Range{Min: -3, Max: 3}
	var last *Figure
	a, err := Animate(60, 0, func(i int) (*Figure, error) {
		k := float64(i) / 59
		f, err := DecisionBoundary(fmt.Sprintf("epoch %d", 10*i), func(x, y float64) float64 {
			return sigmoid(4*k*(x*x+y*y-1.2) + (1-k)*(x+0.3*y))
		}, r, r, pts, cls)
		last = f
		return f, err
	})
	if err != nil {
		t.Fatal(err)
	}
	data := a.GIF()
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("60-frame boundary animation: %d bytes, %dx%d", len(data), g.Config.Width, g.Config.Height)
	if len(data) > MaxGIFBytes || g.Config.Width != 720 || len(g.Image) != 60 {
		t.Errorf("GIF is %d bytes, %d px wide, %d frames; want ≤ %d bytes, 720 px, 60 frames",
			len(data), g.Config.Width, len(g.Image), MaxGIFBytes)
	}
	canvas := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	for _, fr := range g.Image {
		draw.Draw(canvas, fr.Bounds(), fr, fr.Bounds().Min, draw.Over)
	}
	want := downscale(last.img, 2)
	var diff float64
	for i := range want.Pix {
		diff += float64(max(canvas.Pix[i], want.Pix[i]) - min(canvas.Pix[i], want.Pix[i]))
	}
	if mean := diff / float64(len(want.Pix)); mean > 4 {
		t.Errorf("composited last frame differs from the last figure by %.2f per channel on average", mean)
	}
}

// TestGIFPaletteNoFalseStep checks that a nearly uniform background whose
// colours straddle a 5-bit bucket edge (0xF7 and 0xF8 in red) comes out of
// the GIF within one step of its true colours, not split into two hues a
// bucket apart, and that a colour outside the pale ones keeps its own entry.
func TestGIFPaletteNoFalseStep(t *testing.T) {
	tests := []struct {
		name   string
		shades []uint8 // red channel values of the background, by column
	}{
		{"straddles the edge", []uint8{0xF7, 0xF8}},
		{"one side", []uint8{0xF0, 0xF1}},
		{"three shades", []uint8{0xEF, 0xF0, 0xF7, 0xF8}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			im := image.NewRGBA(image.Rect(0, 0, 60, 30))
			for y := 0; y < 30; y++ {
				for x := 0; x < 60; x++ {
					r := tc.shades[x*len(tc.shades)/60]
					im.SetRGBA(x, y, color.RGBA{r, 0xE8, 0xD0, 0xFF})
				}
			}
			im.SetRGBA(0, 0, color.RGBA{0x00, 0x72, 0xB2, 0xFF}) // one blue pixel
			g, err := gif.DecodeAll(bytes.NewReader(encodeGIF([]*image.RGBA{im}, 10)))
			if err != nil {
				t.Fatal(err)
			}
			fr := g.Image[0]
			if r, gg, b, _ := fr.At(0, 0).RGBA(); r>>8 != 0x00 || gg>>8 != 0x72 || b>>8 != 0xB2 {
				t.Errorf("the blue pixel is #%02x%02x%02x, want #0072b2", r>>8, gg>>8, b>>8)
			}
			for y := 0; y < 30; y++ {
				for x := 1; x < 60; x++ {
					want := im.RGBAAt(x, y)
					r, gg, b, _ := fr.At(x, y).RGBA()
					got := [3]int{int(r >> 8), int(gg >> 8), int(b >> 8)}
					for c, w := range []uint8{want.R, want.G, want.B} {
						if d := got[c] - int(w); d < -1 || d > 1 {
							t.Fatalf("pixel (%d,%d) is %v, want within 1 of %v", x, y, got, want)
						}
					}
				}
			}
		})
	}
}
