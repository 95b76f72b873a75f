package plotting

import (
	"math"
	"testing"

	"gonum.org/v1/plot/plotter"
)

// gridOf samples f at the centres of an n × n grid over r × r.
func gridOf(t testing.TB, f func(x, y float64) float64, r Range, n int) grid {
	t.Helper()
	g, err := sampleGrid("test", f, r, r, n)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestIsoLines(t *testing.T) {
	circle := func(x, y float64) float64 { return x*x + y*y }
	for _, tc := range []struct {
		name   string
		f      func(x, y float64) float64
		r      Range
		n      int
		level  float64
		lines  int
		closed bool
		onF    float64 // every point has f within this of level
	}{
		{"circle inside", circle, Range{-2, 2}, 120, 1, 1, true, 0.01},
		// The level equals sample values exactly, the case that makes
		// gonum's contour code loop (docs/gonum-plot-contour-hang.md).
		{"level on samples", circle, Range{-2, 2}, 30, 0.7555555555555556, 1, true, 0.02},
		{"circle cut by the border", circle, Range{0, 2}, 50, 1, 1, false, 0.01},
		{"two separate circles", func(x, y float64) float64 {
			return math.Min((x-1)*(x-1)+y*y, (x+1)*(x+1)+y*y)
		}, Range{-2.5, 2.5}, 100, 0.25, 2, true, 0.02},
		{"a plane: a straight line", func(x, y float64) float64 { return x + 2*y }, Range{-1, 1}, 20, 0.3, 1, false, 1e-12},
		{"level outside the values", circle, Range{-1, 1}, 20, 5, 0, false, 0},
		{"flat", func(x, y float64) float64 { return 1 }, Range{-1, 1}, 20, 1, 0, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := gridOf(t, tc.f, tc.r, tc.n)
			lines := isoLines(g, tc.level, lerpAt(tc.level))
			if len(lines) != tc.lines {
				t.Fatalf("%d lines, want %d", len(lines), tc.lines)
			}
			for i, l := range lines {
				if len(l) < 2 {
					t.Errorf("line %d has %d points", i, len(l))
					continue
				}
				if closed := l[0] == l[len(l)-1]; closed != tc.closed {
					t.Errorf("line %d closed = %v, want %v", i, closed, tc.closed)
				}
				for _, q := range l {
					if d := math.Abs(tc.f(q.X, q.Y) - tc.level); d > tc.onF {
						t.Errorf("line %d passes (%g, %g), where f is %g away from the level", i, q.X, q.Y, d)
						break
					}
				}
			}
		})
	}
}

func TestIsoLinesSaddle(t *testing.T) {
	// xy = 0.01 has two branches, in opposite quadrants, that pass close
	// to the saddle at 0: they must stay two lines, not cross.
	f := func(x, y float64) float64 { return x * y }
	g := gridOf(t, f, Range{-1, 1}, 9)
	lines := isoLines(g, 0.01, lerpAt(0.01))
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for _, l := range lines {
		for _, q := range l {
			if q.X*q.Y <= 0 {
				t.Errorf("point (%g, %g) is not in the first or third quadrant", q.X, q.Y)
			}
		}
	}
}

func TestIsoLinesBisection(t *testing.T) {
	// A step along the line x + y = 0.3: bisection puts every point on it.
	step := func(x, y float64) float64 {
		if x+y > 0.3 {
			return 1
		}
		return 0
	}
	g := gridOf(t, step, Range{-1, 1}, 15)
	at := func(lo, hi plotter.XY, _, _ float64) plotter.XY {
		for range 50 {
			m := plotter.XY{X: (lo.X + hi.X) / 2, Y: (lo.Y + hi.Y) / 2}
			if step(m.X, m.Y) >= 0.5 {
				hi = m
			} else {
				lo = m
			}
		}
		return lo
	}
	lines := isoLines(g, 0.5, at)
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1", len(lines))
	}
	for _, q := range lines[0] {
		if d := math.Abs(q.X + q.Y - 0.3); d > 1e-12 {
			t.Errorf("(%g, %g) is %g off the line", q.X, q.Y, d)
		}
	}
}
