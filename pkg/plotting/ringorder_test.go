package plotting

import (
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// TestRingedOnTop checks that a ringed point is drawn over its neighbours:
// a class-0 point with a class-1 point on the same spot shows class 0's
// colour at its centre when it is ringed, and class 1's when it is not.
func TestRingedOnTop(t *testing.T) {
	pts := [][]float64{{0, 0}, {0, 0}}
	cls := []int{0, 1}
	for _, tc := range []struct {
		ringed []int
		want   int // the class whose colour is at the centre
	}{{nil, 1}, {[]int{0}, 0}} {
		ch := newChart("t", "x", "y")
		ch.X.Min, ch.X.Max, ch.Y.Min, ch.Y.Max = -1, 1, -1, 1
		addClassPoints(ch, pts, cls, nil)
		if tc.ringed != nil {
			addRings(ch, pts, cls, tc.ringed, "")
		}
		img := vgimg.New(4*vg.Inch, 4*vg.Inch)
		dc := draw.New(img)
		ch.Draw(dc)
		da := ch.DataCanvas(dc)
		x, y := ch.Transforms(&da)
		// The canvas counts points from the bottom; the image counts pixels from the top.
		scale := float64(img.DPI()) / 72
		px := int(float64(x(0)) * scale)
		py := img.Image().Bounds().Dy() - int(float64(y(0))*scale)
		got := img.Image().At(px, py)
		gr, gg, gb, _ := got.RGBA()
		wr, wg, wb, _ := colorAt(tc.want).RGBA()
		if gr != wr || gg != wg || gb != wb {
			t.Errorf("ringed %v: the centre is %v, want class %d's colour %v", tc.ringed, got, tc.want, colorAt(tc.want))
		}
	}
}
