package plotting

import (
	"bytes"
	"image"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// TestGridOneLegend checks GridWith's OneLegend: the first figure's legend
// is drawn once, in a band over the panels, and no panel draws its own, so
// the legend names of the other panels change nothing in the picture;
// without OneLegend GridWith draws what Grid does; and a figure that is not
// a single chart is an error.
func TestGridOneLegend(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	pts := [][]float64{{-0.5, 0.2}, {0.5, -0.3}, {0.1, 0.6}}
	cls := []int{0, 1, 1}
	prob := func(x, y float64) float64 { return sigmoid(4*x - y) }
	boundary := func(names ...string) *Figure {
		t.Helper()
		f, err := DecisionBoundaryWith("panel", prob, r, r, pts, cls, BoundaryOptions{ClassNames: names, Ringed: []int{2}, RingName: "ringed"})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	a, b, bRenamed := boundary(), boundary(), boundary("alpha", "beta")
	one := GridOptions{OneLegend: true}
	gridWith := func(opt GridOptions, figs ...*Figure) *Figure {
		t.Helper()
		f, err := GridWith(2, opt, figs...)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	plain, err := Grid(2, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gridWith(GridOptions{}, a, b).PNG(), plain.PNG()) {
		t.Error("GridWith without options should draw what Grid draws")
	}
	if renamed, err := Grid(2, a, bRenamed); err != nil || bytes.Equal(renamed.PNG(), plain.PNG()) {
		t.Fatalf("in a plain Grid the second panel's legend names should show (error %v)", err)
	}
	shared := gridWith(one, a, b)
	if !bytes.Equal(gridWith(one, a, bRenamed).PNG(), shared.PNG()) {
		t.Error("with OneLegend the second panel's legend should not be drawn")
	}
	// The first panel's names are the legend's: renaming them changes the
	// band at the top, and only the band.
	firstRenamed := gridWith(one, bRenamed, b)
	w, h := shared.Size()
	pw, ph := plain.Size()
	// The cells lose the height of their panel's legend, and the band on
	// top takes one legend's height; both panels of the row keep their
	// data areas. This legend wraps to two rows in a panel, one in the band.
	panelLegend := onlyLegend(a)
	if w != pw || h >= ph || h < ph-panelLegend {
		t.Fatalf("OneLegend grid is %d×%d, plain grid %d×%d: want the same width, and a little shorter (a one-row legend for two rows in the panels; a panel's legend is %d high)", w, h, pw, ph, panelLegend)
	}
	img, img2 := shared.Image(), firstRenamed.Image()
	scale := img.Bounds().Dx() / w // pixels per CSS pixel
	bandBottom := (h - ph + panelLegend) * scale
	if differ(img, img2, image.Rect(0, 0, img.Bounds().Dx(), bandBottom-2)) == 0 {
		t.Error("renaming the first panel's classes should change the legend band")
	}
	if n := differ(img, img2, image.Rect(0, bandBottom+2, img.Bounds().Dx(), img.Bounds().Dy())); n != 0 {
		t.Errorf("renaming the first panel's classes changed %d pixels below the legend band", n)
	}
	checkFigure(t, "grid-one-legend.png", shared)

	_, err = GridWith(2, one, a, plain)
	if err == nil || !strings.Contains(err.Error(), "plotting.GridWith: OneLegend: figure 1") {
		t.Errorf("a Grid as a panel with OneLegend: error %v, want one naming figure 1", err)
	}
	if _, err := GridWith(0, one, a); err == nil || !strings.Contains(err.Error(), "plotting.GridWith") {
		t.Errorf("0 columns: error %v, want one naming plotting.GridWith", err)
	}
}

// onlyLegend returns the height, in CSS pixels, of the legend of f, a
// single chart, drawn in a Grid cell of the smallest width (see
// drawTitleLegend).
func onlyLegend(f *Figure) int {
	ch := f.chart
	rowH := ch.Legend.TextStyle.Rectangle("Xg").Size().Y + 4
	n := len(legendRows(ch.Legend, ch.entries, gridCellWidth-2*figMargin-24))
	return int(math.Round(float64(rowH*vg.Length(n)+6) * 96 / 72))
}

// differ counts the pixels of r that differ between a and b.
func differ(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}
