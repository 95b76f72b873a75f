package plotting

import (
	"image"
	"math"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// TestSquareCell checks that squareCell leaves a tile's data area square
// (so an image's pixels are square) in cells taller than wide, wider than
// tall and square, and that the result stays inside the cell.
func TestSquareCell(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h vg.Length
	}{{"taller", 100, 130}, {"wider", 140, 100}, {"square", 90, 90}} {
		c := draw.New(vgimg.New(tc.w, tc.h))
		p := tile("7", image.NewGray(image.Rect(0, 0, 8, 8)))
		got := squareCell(p, c)
		d := p.DataCanvas(got)
		if w, h := d.Max.X-d.Min.X, d.Max.Y-d.Min.Y; math.Abs(float64(w-h)) > 1e-9 || w <= 0 {
			t.Errorf("%s cell %v×%v: data area %v×%v, want square", tc.name, tc.w, tc.h, w, h)
		}
		if got.Min.X < c.Min.X || got.Min.Y < c.Min.Y || got.Max.X > c.Max.X || got.Max.Y > c.Max.Y {
			t.Errorf("%s cell: %v is not inside %v", tc.name, got.Rectangle, c.Rectangle)
		}
	}
}
