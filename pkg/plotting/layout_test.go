package plotting

import (
	"image"
	"math"

	"gonum.org/v1/plot/vg"
	"testing"
)

// blankRowRun returns the height in pixels of the tallest band of blank
// (all white) rows of img between its first and its last non-blank row:
// an empty band inside a chart, such as between its legend and its plot.
func blankRowRun(img *image.RGBA) int {
	b := img.Bounds()
	blankRow := func(y int) bool {
		for x := b.Min.X; x < b.Max.X; x++ {
			i := img.PixOffset(x, y)
			if img.Pix[i] != 0xFF || img.Pix[i+1] != 0xFF || img.Pix[i+2] != 0xFF {
				return false
			}
		}
		return true
	}
	first, last := b.Max.Y, b.Min.Y
	for y := b.Min.Y; y < b.Max.Y; y++ {
		if !blankRow(y) {
			first, last = min(first, y), max(last, y)
		}
	}
	run, longest := 0, 0
	for y := first; y <= last; y++ {
		if blankRow(y) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// A chart with a logarithmic y axis has no empty band between its legend
// and its plot, whatever the axis range and label: gonum places the y
// label's layout box at the arithmetic mean of the range, near the top of
// a log axis, and used to shrink the data area to make room for it.
func TestLogAxisNoEmptyBand(t *testing.T) {
	decay := func(n int, f float64) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = 2 * math.Pow(f, float64(i))
		}
		return v
	}
	// The legend row is about 40 pixels below the title at 192 DPI; a
	// band of 60 or more is a layout fault.
	const most = 60
	for _, tc := range []struct {
		name string
		make func() (*Figure, error)
	}{
		{"series 1e-8..10", func() (*Figure, error) {
			return SeriesWith("Distance", "step", "distance to (0, 0)", SeriesOptions{LogY: true, Y: Range{Min: 1e-8, Max: 10}},
				Line{Label: "plain", Y: decay(100, 0.9), NoMarkers: true}, Line{Label: "momentum", Y: decay(100, 0.8), NoMarkers: true})
		}},
		{"series 0.01..2", func() (*Figure, error) {
			return SeriesWith("Signal", "layer", "RMS of the activations", SeriesOptions{LogY: true, Y: Range{Min: 0.01, Max: 2}},
				Line{Label: "1/n", Y: decay(10, 0.7)}, Line{Label: "2/n", Y: decay(10, 0.99)})
		}},
		{"loss with long label", func() (*Figure, error) {
			return LossWith("The better recipe", LossOptions{LogLoss: true, Accuracy: Range{Min: 0.7, Max: 1},
				LossLabel: "cross-entropy (training: + L2 penalty)"},
				Run{Label: "net", TrainLoss: decay(20, 0.8), TestLoss: decay(20, 0.85),
					TrainAccuracy: []float64{0.9, 0.95, 0.97}, TestAccuracy: []float64{0.92, 0.95, 0.96}})
		}},
		{"loss log only", func() (*Figure, error) {
			return Loss("Loss", true, Run{TrainLoss: decay(50, 0.9)})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := tc.make()
			if err != nil {
				t.Fatal(err)
			}
			if got := blankRowRun(f.Image()); got >= most {
				t.Errorf("an empty band %d pixels high crosses the chart; want less than %d", got, most)
			}
		})
	}
}

// TestLegendRowsBalanced checks that a legend that needs several rows
// spreads its entries over them, with no entry alone on the last row, in
// as few rows as fit and none wider than the room.
func TestLegendRowsBalanced(t *testing.T) {
	l := newPlot("", "", "").Legend
	entries := func(labels ...string) []legendEntry {
		var es []legendEntry
		for _, s := range labels {
			es = append(es, legendEntry{label: s})
		}
		return es
	}
	five := entries("step 0", "step 50", "step 100", "step 150", "step 200")
	seven := entries("3 hidden, train", "3 hidden, test", "50 hidden, train", "50 hidden, test", "each epoch", "chance (50%)", "x")
	for _, tc := range []struct {
		name     string
		entries  []legendEntry
		width    vg.Length
		wantRows int
	}{
		{"one row", five, rowWidth(l, five) + 1, 1},
		{"four fit, five do not", five, rowWidth(l, five[:4]) + 1, 2},
		{"six of seven fit", seven, rowWidth(l, seven[:6]) + 1, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := legendRows(l, tc.entries, tc.width)
			if len(rows) != tc.wantRows {
				t.Fatalf("%d rows, want %d", len(rows), tc.wantRows)
			}
			n := 0
			for i, r := range rows {
				n += len(r)
				if w := rowWidth(l, r); w > tc.width {
					t.Errorf("row %d is %v wide, more than the %v of room", i, w, tc.width)
				}
				if len(rows) > 1 && len(r) == 1 && len(tc.entries) >= 2*len(rows) {
					t.Errorf("row %d holds one entry alone (%q): rows %v", i, r[0].label, rowLens(rows))
				}
			}
			if n != len(tc.entries) {
				t.Errorf("rows hold %d entries, want %d", n, len(tc.entries))
			}
		})
	}
}

// rowLens returns the number of entries in each row.
func rowLens(rows [][]legendEntry) []int {
	var n []int
	for _, r := range rows {
		n = append(n, len(r))
	}
	return n
}

// TestGridSquarePanels checks the size of a Grid: a chart with equal
// scales (a decision boundary) gets a nearly square cell, so its square
// data area fills the cell's width; other charts keep their aspect.
func TestGridSquarePanels(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	prob := func(x, y float64) float64 { return 0.5 + 0.4*math.Tanh(x-y) }
	boundary := func() *Figure {
		f, err := DecisionBoundary("b", prob, r, r, [][]float64{{0, 0.5}}, []int{1})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	series := func() *Figure {
		f, err := Series("s", "x", "y", false, Line{Label: "a", Y: []float64{1, 2, 3}})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for _, tc := range []struct {
		name         string
		cols         int
		figs         []*Figure
		wantW, wantH int
	}{
		{"two boundaries", 2, []*Figure{boundary(), boundary()}, 880, 396},
		{"boundary and series", 2, []*Figure{boundary(), series()}, 880, 396},
		{"two series", 2, []*Figure{series(), series()}, 880, 300},
		{"three boundaries, two rows", 2, []*Figure{boundary(), boundary(), boundary()}, 880, 792},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Grid(tc.cols, tc.figs...)
			if err != nil {
				t.Fatal(err)
			}
			if w, h := g.Size(); w != tc.wantW || h != tc.wantH {
				t.Errorf("Grid is %d×%d, want %d×%d", w, h, tc.wantW, tc.wantH)
			}
		})
	}
}
