package plotting

import (
	"strings"
	"testing"
)

// TestScatterFitWithDashBeyondData checks that ScatterFitWith with
// DashBeyondData draws the fitted line solid over the data's x range and
// dashed beyond it, that without it the whole line is solid (so the test
// can tell the two apart), and that the options reach the chart: residuals
// in the legend, the Frame's x range.
func TestScatterFitWithDashBeyondData(t *testing.T) {
	x, y := []float64{0.2, 0.3, 0.4}, []float64{1, 2.5, 3}
	line := func(x float64) float64 { return 10*x - 1 }
	fr := Frame{X: Range{Min: 0, Max: 1}, Legend: TopLeft}
	// hits counts the x's in [lo, hi] (n of them) whose point on the line has the line's colour.
	hits := func(opt ScatterOptions, lo, hi float64, n int) int {
		t.Helper()
		ch, err := scatterFitOpt("t", "t", "x", "y", x, y, Fn{Label: "ŷ", F: line}, opt)
		if err != nil {
			t.Fatal(err)
		}
		img, at := drawnAt(t, ch)
		count := 0
		for i := range n {
			px := lo + (hi-lo)*float64(i)/float64(n-1)
			if near(img, at(px, line(px)), lineStyle(1, false).Color) {
				count++
			}
		}
		return count
	}
	const n = 200
	dashed := ScatterOptions{Frame: fr, DashBeyondData: true}
	for _, r := range [][2]float64{{0.02, 0.18}, {0.42, 0.98}} {
		if got := hits(dashed, r[0], r[1], n); got == n || got < n/5 {
			t.Errorf("DashBeyondData: %d of %d points on [%g, %g], beyond the data, have the line's colour; want a dashed line (some, not all)", got, n, r[0], r[1])
		}
		if got := hits(ScatterOptions{Frame: fr}, r[0], r[1], n); got != n {
			t.Errorf("no DashBeyondData: %d of %d points on [%g, %g] have the line's colour; want a solid line", got, n, r[0], r[1])
		}
	}
	for _, r := range [][2]float64{{0.21, 0.28}, {0.32, 0.39}} {
		if got := hits(dashed, r[0], r[1], n); got != n {
			t.Errorf("DashBeyondData: %d of %d points on [%g, %g], over the data, have the line's colour; want a solid line", got, n, r[0], r[1])
		}
	}
	ch, err := scatterFitOpt("t", "t", "x", "y", x, y, Fn{Label: "ŷ", F: line}, ScatterOptions{Residuals: true, Frame: fr, DashBeyondData: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(legendLabels(ch), "|"), "data|residual|ŷ"; got != want {
		t.Errorf("legend %q, want %q", got, want)
	}
	if ch.X.Min != 0 || ch.X.Max != 1 {
		t.Errorf("x axis [%g, %g], want the Frame's [0, 1]", ch.X.Min, ch.X.Max)
	}
	fig, err := ScatterFitWith("Beyond the observations", "share", "load", x, y, Fn{Label: "ŷ = 10x − 1", F: line},
		ScatterOptions{Residuals: true, Frame: Frame{X: Range{Min: 0, Max: 1}}, DashBeyondData: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "scatter_with.png", fig)
	if _, err := ScatterFitWith("bad", "x", "y", x, y[:2], Fn{F: line}, ScatterOptions{}); err == nil || !strings.Contains(err.Error(), "plotting.ScatterFitWith: len(x) = 3 but len(y) = 2") {
		t.Errorf("mismatched lengths: got error %v", err)
	}
}
