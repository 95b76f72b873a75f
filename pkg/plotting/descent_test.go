package plotting

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"github.com/neurons-in-go/course/pkg/nn"
)

// hungRanges are the functions and ranges on which Descent2D, through
// gonum/plot's contour code, looped without end while its memory grew, or
// failed: square ranges centred at 0.
var hungRanges = []struct {
	name string
	f    func(x, y float64) float64
	r    Range
}{
	{"doc example x²+5y² on [−2, 2]²", func(x, y float64) float64 { return x*x + 5*y*y }, Range{-2, 2}},
	{"x²+5y² on [−4.5, 4.5]²", func(x, y float64) float64 { return x*x + 5*y*y }, Range{-4.5, 4.5}},
	{"x²+5y² on [−3, 3]²", func(x, y float64) float64 { return x*x + 5*y*y }, Range{-3, 3}},
	{"x²+y² on [−2, 2]²", func(x, y float64) float64 { return x*x + y*y }, Range{-2, 2}},
}

// TestDescent2DRangesThatHung draws Descent2D over the ranges that hung.
// A hang cannot be stopped from inside the process, so the test runs
// itself again as a child process with a memory limit, and fails if the
// child fails or does not finish within a generous limit.
func TestDescent2DRangesThatHung(t *testing.T) {
	if os.Getenv("PLOTTING_HUNG_RANGES_CHILD") == "1" {
		limitMemory(t, 2<<30)
		for _, tc := range hungRanges {
			if _, err := Descent2D(tc.name, tc.f, tc.r, tc.r, [][]float64{{tc.r.Max * 0.8, tc.r.Max * 0.4}, {0, 0}}); err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDescent2DRangesThatHung$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PLOTTING_HUNG_RANGES_CHILD=1")
	done := make(chan error, 1)
	var out []byte
	go func() {
		var err error
		out, err = cmd.CombinedOutput()
		done <- err
	}()
	// Four charts take well under a second each; the limit only has to
	// tell a finished child from one that loops.
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Descent2D failed on the ranges that hung: %v\n%s", err, tail(out, 2000))
		}
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		<-done
		t.Fatal("Descent2D did not return within 3 minutes on the ranges that hung")
	}
}

// tail returns at most the last n bytes of b.
func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// FuzzDescent2D draws Descent2D for quadratic functions a·x² + b·y² +
// c·xy + d·x over ranges [lo, hi] × [lo, hi·e]: every call must return (an
// error for bad input is fine) within a time limit and allocate less than
// a memory limit, and a valid call must not fail.
func FuzzDescent2D(f *testing.F) {
	f.Add(1.0, 5.0, 0.0, 0.0, -2.0, 2.0, 1.0)
	f.Add(1.0, 5.0, 0.0, 0.0, -4.5, 4.5, 1.0)
	f.Add(1.0, 5.0, 0.0, 0.0, -3.0, 3.0, 1.0)
	f.Add(1.0, 1.0, 0.0, 0.0, -2.0, 2.0, 1.0)
	f.Add(1.0, -1.0, 0.5, 0.1, -1.0, 1.0, 2.0)
	f.Add(0.0, 0.0, 0.0, 0.0, -1.0, 1.0, 1.0)
	f.Fuzz(func(t *testing.T, a, b, c, d, lo, hi, e float64) {
		fn := func(x, y float64) float64 { return a*x*x + b*y*y + c*x*y + d*x }
		xr, yr := Range{lo, hi}, Range{lo, hi * e}
		valid := checkRange("", "", xr.Min, xr.Max) == nil && checkRange("", "", yr.Min, yr.Max) == nil
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		done := make(chan error, 1)
		go func() {
			_, err := Descent2D("fuzz", fn, xr, yr, [][]float64{{lo, lo}})
			done <- err
		}()
		select {
		case err := <-done:
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<30 {
				t.Errorf("Descent2D allocated %d MB", alloc>>20)
			}
			if err != nil && valid && finiteOver(fn, xr, yr) {
				t.Errorf("Descent2D failed on a valid input: %v", err)
			}
		case <-time.After(5 * time.Minute): // ends a hang; a loaded machine is many times slower
			t.Fatalf("Descent2D did not return within 5 minutes for a=%g b=%g c=%g d=%g over [%g, %g] × [%g, %g]", a, b, c, d, xr.Min, xr.Max, yr.Min, yr.Max)
		}
	})
}

// finiteOver reports whether f is finite at the corners of xr × yr and
// their spans are finite, so that no sample can overflow.
func finiteOver(f func(x, y float64) float64, xr, yr Range) bool {
	if !isFinite(xr.Max-xr.Min) || !isFinite(yr.Max-yr.Min) {
		return false
	}
	for _, x := range []float64{xr.Min, xr.Max} {
		for _, y := range []float64{yr.Min, yr.Max} {
			if !isFinite(f(x, y)) || !isFinite(1e3*f(x, y)) {
				return false
			}
		}
	}
	return true
}

// TestDescend2DPathDraws checks the seam between nn.Descend2D and
// Descent2D: the path goes in as it comes out.
func TestDescend2DPathDraws(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	grad := func(x, y float64) (float64, float64) { return 2 * x, 10 * y }
	path, err := nn.Descend2D(grad, -4, 2, 0.05, 1e-4, 1000)
	if err != nil {
		t.Fatal(err)
	}
	// The ranges of lesson 5. (Some symmetric ranges, such as [−4.5, 4.5]²
	// for this bowl, make gonum/plot v0.17's contour tracing loop for ever.)
	xr, yr := Range{Min: -4.5, Max: 1}, Range{Min: -2.5, Max: 2.5}
	if _, err := Descent2D("bowl", f, xr, yr, path); err != nil {
		t.Fatal(err)
	}
}

// TestDescent1DFramesStill checks that the frames of a descent animation
// keep their axes and legend corner while the path grows.
func TestDescent1DFramesStill(t *testing.T) {
	f := func(x float64) float64 { return (x-1)*(x-1)*(x+1) + 2 }
	path := []float64{2.5}
	for range 30 {
		x := path[len(path)-1]
		path = append(path, x-0.05*(3*x*x-2*x-1))
	}
	for _, fr := range []Frame{{}, {Legend: BottomRight}, {X: Range{-1, 3}, Y: Range{0, 12}, Legend: TopLeft}} {
		first, err := descent1DPlot("t", "", f, 0, 3, path[:1], fr, -1, PathOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for n := 2; n <= len(path); n++ {
			p, err := descent1DPlot("t", "", f, 0, 3, path[:n], fr, -1, PathOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if p.X.Min != first.X.Min || p.X.Max != first.X.Max || p.Y.Min != first.Y.Min || p.Y.Max != first.Y.Max {
				t.Fatalf("frame %d (%+v): axes [%g, %g]×[%g, %g], first frame [%g, %g]×[%g, %g]", n, fr,
					p.X.Min, p.X.Max, p.Y.Min, p.Y.Max, first.X.Min, first.X.Max, first.Y.Min, first.Y.Max)
			}
			if p.Legend.Top != first.Legend.Top || p.Legend.Left != first.Legend.Left {
				t.Fatalf("frame %d (%+v): legend moved", n, fr)
			}
		}
		if fr.Legend == TopLeft && (!first.Legend.Top || !first.Legend.Left || first.Y.Max != 12 || first.X.Min != -1) {
			t.Errorf("Frame %+v not applied: legend top %v left %v, y max %g, x min %g", fr, first.Legend.Top, first.Legend.Left, first.Y.Max, first.X.Min)
		}
		if fr.Legend == BottomRight && (first.Legend.Top || first.Legend.Left) {
			t.Errorf("Frame %+v not applied", fr)
		}
	}
	a, err := Animate(len(path), 0, func(i int) (*Figure, error) {
		return Descent1DFrame("walk", f, 0, 3, path[:i+1], Frame{Y: Range{0, 12}, Legend: TopLeft})
	})
	if err != nil {
		t.Fatal(err)
	}
	saveGallery(t, "descent_frames.gif", a)
}
