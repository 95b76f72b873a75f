package plotting

import (
	"bytes"
	"fmt"
	"image"
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
