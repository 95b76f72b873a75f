package plotting

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// strokeRecorder is a canvas that records the paths stroked on it and the
// dash offset of each.
type strokeRecorder struct {
	*vgimg.Canvas
	paths []vg.Path
	offs  []vg.Length
	off   vg.Length
}

func (r *strokeRecorder) SetLineDash(pattern []vg.Length, offset vg.Length) {
	r.off = offset
	r.Canvas.SetLineDash(pattern, offset)
}

func (r *strokeRecorder) Stroke(p vg.Path) {
	r.paths = append(r.paths, p)
	r.offs = append(r.offs, r.off)
	r.Canvas.Stroke(p)
}

func TestPolylinePieces(t *testing.T) {
	for _, n := range []int{1, 2, 16, 17, 18, 1000} {
		xy := make(plotter.XYs, n)
		for i := range xy {
			xy[i] = plotter.XY{X: float64(i), Y: float64(i % 2)}
		}
		rec := &strokeRecorder{Canvas: vgimg.New(4*vg.Inch, 3*vg.Inch)}
		c := draw.New(rec)
		p := newPlot("", "", "")
		l := newPolyline(xy, draw.LineStyle{Color: Blue, Width: 1, Dashes: []vg.Length{3, 2}})
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, float64(n), 0, 1
		l.Plot(c, p)
		segments := 0
		var length vg.Length
		for i, path := range rec.paths {
			if len(path) > pieceSegments+1 {
				t.Errorf("n = %d: a stroked path has %d points, want at most %d", n, len(path), pieceSegments+1)
			}
			// Each piece continues the dash pattern where the last one ended.
			if d := math.Abs(float64(rec.offs[i] - length)); d > 1e-6 {
				t.Errorf("n = %d: piece %d starts its dashes at %v, want %v", n, i, rec.offs[i], length)
			}
			for k := 1; k < len(path); k++ {
				a, b := path[k-1].Pos, path[k].Pos
				length += vg.Length(math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y)))
			}
			segments += len(path) - 1
		}
		if want := max(n-1, 0); segments != want {
			t.Errorf("n = %d: %d segments stroked, want %d", n, segments, want)
		}
	}
}

// Lesson-size inputs that used to take tens of seconds to draw: series
// that jump between two values, noisy loss curves, long descent paths.
// go test -run '^$' -bench Chart ./pkg/plotting

func alternating(n int) []float64 {
	y := make([]float64, n)
	for i := range y {
		y[i] = 0.1 + float64(i%2)
	}
	return y
}

func noisy(n int) []float64 {
	rng := rand.New(rand.NewPCG(1, 2))
	y := make([]float64, n)
	for i := range y {
		y[i] = math.Exp(-float64(i)/500) * (1 + rng.Float64())
	}
	return y
}

func BenchmarkChartSeriesAlternating1000(b *testing.B) {
	y := alternating(1000)
	for b.Loop() {
		if _, err := Series("alternating", "step", "value", false, Line{Label: "y", Y: y}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChartLossNoisy3000(b *testing.B) {
	y := noisy(3000)
	for b.Loop() {
		if _, err := Loss("noisy", true, Run{TrainLoss: y, TestLoss: y, TrainAccuracy: y, TestAccuracy: y}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChartDescent1DBouncing1000(b *testing.B) {
	f := func(x float64) float64 { return x * x }
	path := make([]float64, 1000)
	for i := range path {
		path[i] = 1 - 2*float64(i%2)
	}
	for b.Loop() {
		if _, err := Descent1D("bouncing", f, -1.5, 1.5, path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChartDescent2DZigzag1000(b *testing.B) {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	path := make([][]float64, 1000)
	for i := range path {
		path[i] = []float64{3 * math.Exp(-float64(i)/300), 1 - 2*float64(i%2)}
	}
	for b.Loop() {
		if _, err := Descent2D("zigzag", f, Range{-4.5, 4.5}, Range{-4.5, 4.5}, path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChartDecisionBoundaryStep(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	pts := make([][]float64, 1000)
	cls := make([]int, len(pts))
	for i := range pts {
		pts[i] = []float64{rng.Float64()*4 - 2, rng.Float64()*4 - 2}
		if pts[i][0]*pts[i][1] > 0 {
			cls[i] = 1
		}
	}
	prob := func(x, y float64) float64 {
		if x*y > 0 {
			return 1
		}
		return 0
	}
	for b.Loop() {
		if _, err := DecisionBoundary("XOR", prob, Range{-2, 2}, Range{-2, 2}, pts, cls); err != nil {
			b.Fatal(err)
		}
	}
}
