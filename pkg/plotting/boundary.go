package plotting

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Range is a closed interval [Min, Max] of one axis.
type Range struct{ Min, Max float64 }

// boundaryCells is how many grid cells each axis of a decision boundary has.
const boundaryCells = 150

// grid is a plotter.GridXYZ of function values over a regular grid.
type grid struct {
	xs, ys []float64
	z      [][]float64 // z[column][row]
}

func (g grid) Dims() (c, r int)   { return len(g.xs), len(g.ys) }
func (g grid) Z(c, r int) float64 { return g.z[c][r] }
func (g grid) X(c int) float64    { return g.xs[c] }
func (g grid) Y(r int) float64    { return g.ys[r] }

// sampleGrid evaluates f at the centres of an n × n grid over xr × yr and
// reports the first non-finite value with its point.
func sampleGrid(where string, f func(x, y float64) float64, xr, yr Range, n int) (grid, error) {
	g := grid{xs: make([]float64, n), ys: make([]float64, n), z: make([][]float64, n)}
	for i := range n {
		g.xs[i] = xr.Min + (xr.Max-xr.Min)*(float64(i)+0.5)/float64(n)
		g.ys[i] = yr.Min + (yr.Max-yr.Min)*(float64(i)+0.5)/float64(n)
	}
	for c := range n {
		g.z[c] = make([]float64, n)
		for r := range n {
			v := f(g.xs[c], g.ys[r])
			if !isFinite(v) {
				return grid{}, fmt.Errorf("%s: f(%g, %g) = %g: values must be finite", where, g.xs[c], g.ys[r], v)
			}
			g.z[c][r] = v
		}
	}
	return g, nil
}

// checkPoints checks that points are finite (x, y) rows, with one class each
// in [0, 8) when classes is not nil.
func checkPoints(where string, points [][]float64, classes []int) error {
	if classes != nil && len(classes) != len(points) {
		return fmt.Errorf("%s: %d points but %d classes", where, len(points), len(classes))
	}
	for i, p := range points {
		if len(p) != 2 {
			return fmt.Errorf("%s: point %d has %d values, need 2 (x, y)", where, i, len(p))
		}
		if !isFinite(p[0]) || !isFinite(p[1]) {
			return fmt.Errorf("%s: point %d is (%g, %g): values must be finite", where, i, p[0], p[1])
		}
		if classes != nil && (classes[i] < 0 || classes[i] >= len(Palette)) {
			return fmt.Errorf("%s: point %d has class %d, need 0 to %d", where, i, classes[i], len(Palette)-1)
		}
	}
	return nil
}

// DecisionBoundary draws what a 2-D classifier decides over xr × yr.
// prob(x, y) is read as the probability of class 1: the background shades
// from pale blue (class 0, prob 0) through white (0.5) to pale orange
// (class 1, prob 1), values outside [0, 1] count as 0 or 1, and a black line
// marks prob = 0.5, the boundary. A class function that returns 0 or 1
// works too. points are (x, y) rows drawn on top, coloured and shaped by
// classes (0 to 7); points may be empty. It is an error if prob is nil, a
// range is empty, points and classes differ in length, a point is not two
// finite values, or prob returns NaN or ±Inf.
//
//	prob := func(x, y float64) float64 {
//		out, _ := net.Forward([]float64{x, y}) // a network with one sigmoid output
//		return out[0]
//	}
//	fig, err := plotting.DecisionBoundary("XOR", prob,
//		plotting.Range{Min: -0.5, Max: 1.5}, plotting.Range{Min: -0.5, Max: 1.5}, X, y)
func DecisionBoundary(title string, prob func(x, y float64) float64, xr, yr Range, points [][]float64, classes []int) (*Figure, error) {
	const where = "plotting.DecisionBoundary"
	if prob == nil {
		return nil, errors.New(where + ": prob is nil")
	}
	if err := checkRange(where, "x", xr.Min, xr.Max); err != nil {
		return nil, err
	}
	if err := checkRange(where, "y", yr.Min, yr.Max); err != nil {
		return nil, err
	}
	if err := checkPoints(where, points, classes); err != nil {
		return nil, err
	}
	g, err := sampleGrid(where, prob, xr, yr, boundaryCells)
	if err != nil {
		return nil, err
	}
	ch := newChart(title, "x₁", "x₂")
	p := ch.Plot
	img := image.NewRGBA(image.Rect(0, 0, boundaryCells, boundaryCells))
	lo, hi := tint(Blue, 0.3), tint(Orange, 0.35)
	zmin, zmax := math.Inf(1), math.Inf(-1)
	for c := range boundaryCells {
		for r := range boundaryCells {
			v := math.Max(0, math.Min(1, g.z[c][r]))
			zmin, zmax = math.Min(zmin, v), math.Max(zmax, v)
			var col color.RGBA
			if v < 0.5 {
				col = mix(lo, color.RGBA{255, 255, 255, 255}, v*2)
			} else {
				col = mix(color.RGBA{255, 255, 255, 255}, hi, (v-0.5)*2)
			}
			img.SetRGBA(c, boundaryCells-1-r, col) // image rows run top down
		}
	}
	p.Add(plotter.NewImage(img, xr.Min, yr.Min, xr.Max, yr.Max))
	if zmin < 0.5 && zmax > 0.5 {
		for c := range g.z {
			for r := range g.z[c] {
				g.z[c][r] = math.Max(0, math.Min(1, g.z[c][r]))
			}
		}
		ct := plotter.NewContour(g, []float64{0.5}, nil)
		ct.LineStyles = []draw.LineStyle{{Color: Black, Width: 2}}
		p.Add(ct)
	}
	addClassPoints(ch, points, classes)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xr.Min, xr.Max, yr.Min, yr.Max
	return chartFigure(where, ch)
}

// addClassPoints draws points coloured and shaped by class, each with a
// white outline so it stands out on any background, and adds one legend
// entry per class present. Without classes every point is class 0. The
// fewer the points, the bigger the markers (see markerRadius).
func addClassPoints(p *chart, points [][]float64, classes []int) {
	r := markerRadius(len(points))
	byClass := map[int]plotter.XYs{}
	for i, q := range points {
		c := 0
		if classes != nil {
			c = classes[i]
		}
		byClass[c] = append(byClass[c], plotter.XY{X: q[0], Y: q[1]})
	}
	for c := range len(Palette) {
		xy, ok := byClass[c]
		if !ok {
			continue
		}
		halo, _ := plotter.NewScatter(xy)
		halo.GlyphStyle = draw.GlyphStyle{Color: color.White, Radius: r + 1.5, Shape: glyphShapes[c]}
		s, _ := plotter.NewScatter(xy)
		s.GlyphStyle = draw.GlyphStyle{Color: colorAt(c), Radius: r, Shape: glyphShapes[c]}
		p.Add(halo, s)
		if classes != nil {
			p.addLegend(fmt.Sprintf("class %d", c), s)
		}
	}
}

// markerRadius returns the marker radius for a scatter of n points: the
// theme's glyphRadius from 100 points up, growing as n^(-1/4) below that to
// twice that size for 6 points or fewer, so a handful of points (the four
// XOR corners) stand out while hundreds do not blot each other out.
func markerRadius(n int) vg.Length {
	scale := math.Pow(100/math.Max(1, float64(n)), 0.25)
	return glyphRadius * vg.Length(math.Max(1, math.Min(2, scale)))
}

// tint mixes c with white, keeping the fraction keep of c.
func tint(c color.RGBA, keep float64) color.RGBA {
	return mix(color.RGBA{255, 255, 255, 255}, c, keep)
}

// mix returns a + t(b - a), channel by channel, for t in [0, 1].
func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + t*(float64(y)-float64(x)))) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}
