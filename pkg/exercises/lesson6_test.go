package exercises

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
)

func TestCheck6_1(t *testing.T) {
	tests := []struct {
		name string
		stop float64
		hint string
	}{
		{"correct", articleDescent(-1, 0.01, 0.00001, 1_000_000), ""},
		{"starter", 0, "is 0: whether"},
		{"a deliberate 0 (the flat point)", 0, "or your answer"},
		{"next to the flat point", 1e-6, "next to the flat point"},
		{"just left of the flat point", -0.0005, "next to the flat point"},
		{"the flat point's other side", -articleDescent(-1, 0.01, 0.00001, 1_000_000), "wrong sign"},
		{"assumed the minimum", 2.25, "that is the minimum"},
		{"the lesson's run from 6", articleDescent(6, 0.01, 0.00001, 1_000_000), "where the loop from 6 stops"},
		{"the lesson's printed 2.249965", 2.249965, "where the loop from 6 stops"},
		{"f(x) stored for x", quarticf(articleDescent(-1, 0.01, 0.00001, 1_000_000)), "the height f(x)"},
		{"start", -1, "starting point"},
		{"printed value", -0.0105, ""},
		{"penultimate point", -0.010515666803545678, ""},
		{"lesson's step limit, error ignored", articlePath(-1, 0.01, 0.00001, 1000)[1000], "needs 1021 steps"},
		{"100 steps", articlePath(-1, 0.01, 0.00001, 100)[100], "after 100 steps"},
		{"precision 1e-4", articleDescent(-1, 0.01, 0.0001, 1_000_000), "with precision 0.0001"},
		{"precision 1e-3", articleDescent(-1, 0.01, 0.001, 1_000_000), "with precision 0.001"},
		{"uphill", -1.09, "uphill"},
		{"rounded too far", -0.011, "close"},
		{"rounded to two places", -0.01, "if you rounded"},
		{"the slope rule of the next exercise", untilFlat(-1, 0.01, 0.00001), "the *slope* is below 0.00001"},
		{"NaN", math.NaN(), "NaN"},
		{"the step count stored", 1021, "count of steps"},
		{"the number of points stored", 1022, "count of steps"},
		{"elsewhere", 5, "stops elsewhere"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_1(tt.stop), "6.1", tt.hint)
	}
	// The starter's 0 is shown before the student has written anything: its hint must not
	// explain where the loop stops, or why.
	if s := Check6_1(0).String(); strings.Contains(s, "flat") || strings.Contains(s, "short") || strings.Contains(s, "precision") {
		t.Errorf("the starter's hint should not give the answer away, got %q", s)
	}
}

func TestCheck6_2(t *testing.T) {
	// loop is the shape of the exercise's loop: at most maxSteps steps, each x ← step(x, x0),
	// while keepGoing(x).
	loop := func(x0 float64, maxSteps int, keepGoing func(x float64) bool, step func(x, x0 float64) float64) (float64, int) {
		x, n := x0, 0
		for n < maxSteps && keepGoing(x) {
			x = step(x, x0)
			n++
		}
		return x, n
	}
	flat := func(x0, alpha, tol float64, maxSteps int) (float64, int) {
		return loop(x0, maxSteps, func(x float64) bool { return math.Abs(quarticSlope(x)) >= tol },
			func(x, _ float64) float64 { return x - alpha*quarticSlope(x) })
	}
	// withStep is the right loop condition with another step.
	withStep := func(step func(x, x0, alpha float64) float64) func(x0, alpha, tol float64, maxSteps int) (float64, int) {
		return func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			return loop(x0, maxSteps, func(x float64) bool { return math.Abs(quarticSlope(x)) >= tol },
				func(x, x0 float64) float64 { return step(x, x0, alpha) })
		}
	}
	// withTest is the right step with another loop condition.
	withTest := func(keepGoing func(x, tol float64) bool) func(x0, alpha, tol float64, maxSteps int) (float64, int) {
		return func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			return loop(x0, maxSteps, func(x float64) bool { return keepGoing(x, tol) },
				func(x, _ float64) float64 { return x - alpha*quarticSlope(x) })
		}
	}
	tests := []struct {
		name string
		f    func(x0, alpha, tol float64, maxSteps int) (float64, int)
		hint string
	}{
		{"correct", flat, ""},
		{"nil", nil, "nil"},
		{"starter: the loop shape, no step, no test", func(x0, _, _ float64, maxSteps int) (float64, int) { return x0, maxSteps }, "returned its start after all 10000 steps"},
		{"returns its start at once", func(x0, _, _ float64, _ int) (float64, int) { return x0, 0 }, "returned its start after 0 steps"},
		{"inverted test: while |f′(x)| < tol", withTest(func(x, tol float64) bool { return math.Abs(quarticSlope(x)) < tol }), "go on while |f′(x)| >= tol (not while it is below tol)"},
		{"article's rule", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			return articleDescent(x0, alpha, tol, maxSteps), 0
		}, "article's rule"},
		{"flipped sign", withStep(func(x, _, alpha float64) float64 { return x + alpha*quarticSlope(x) }), "check the sign"},
		{"doubled step", withStep(func(x, _, alpha float64) float64 { return x - 2*alpha*quarticSlope(x) }), "twice the step"},
		{"math.Abs in the step", withStep(func(x, _, alpha float64) float64 { return x + alpha*math.Abs(quarticSlope(x)) }), "math.Abs belongs in the test"},
		// These three never stop without the cap: the test finishes because the loop has one.
		{"tests f(x), not f′(x)", withTest(func(x, tol float64) bool { return math.Abs(quarticf(x)) >= tol }), "tests |f(x)|, the height"},
		{"steps from x0 every time", withStep(func(x, x0, alpha float64) float64 { return x0 - alpha*quarticSlope(x) }), "starts again from x0"},
		{"slope fixed at the start", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			g0 := quarticSlope(x0)
			return withStep(func(x, _, alpha float64) float64 { return x - alpha*g0 })(x0, alpha, tol, maxSteps)
		}, "computed once, at the start"},
		{"another condition that never comes true", withTest(func(x, tol float64) bool { return math.Abs(quarticSlope(x)) >= -tol }), "went on after the slope was flat"},
		{"|| joins the slope test and the cap", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, steps := x0, 0
			for math.Abs(quarticSlope(x)) >= tol || steps < maxSteps {
				x -= alpha * quarticSlope(x)
				steps++
			}
			return x, steps
		}, "join them with && (go on while both hold), not ||"},
		{"the step's length tested, α·|f′| >= tol", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, steps := x0, 0
			for steps < maxSteps && alpha*math.Abs(quarticSlope(x)) >= tol {
				x -= alpha * quarticSlope(x)
				steps++
			}
			return x, steps
		}, "stops when |f′(x)| is below 0.01, not below tol"},
		{"the slope squared tested, f′² >= tol", withTest(func(x, tol float64) bool { return quarticSlope(x)*quarticSlope(x) >= tol }), "stops when |f′(x)| is below 0.01, not below tol"},
		{"ignores maxSteps", func(x0, alpha, tol float64, _ int) (float64, int) { return flat(x0, alpha, tol, 1_000_000) }, "more than maxSteps"},
		{"steps miscounted", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, n := flat(x0, alpha, tol, maxSteps)
			return x, n + 1
		}, "count each update"},
		{"steps not returned", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, _ := flat(x0, alpha, tol, maxSteps)
			return x, 0
		}, "count each update"},
		{"the exact minimum", func(_, _, _ float64, _ int) (float64, int) { return 2.25, 0 }, "exact minimum"},
		{"one step too many", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, n := flat(x0, alpha, tol, maxSteps)
			return x - alpha*quarticSlope(x), n + 1
		}, "one step more than the loop should"},
		{"stops where the slope is flat, returns another point", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, n := flat(x0, alpha, tol, maxSteps)
			return x + 1e-7, n
		}, "plain gradient descent stops at"},
		{"panics", func(x0, alpha, tol float64, maxSteps int) (float64, int) { panic("oops") }, "panicked: oops"},
		{"no math.Abs", withTest(func(x, tol float64) bool { return quarticSlope(x) >= tol }), "compare |f′(x)| with tol"},
		{"ignores x0", func(_, alpha, tol float64, maxSteps int) (float64, int) { return flat(6, alpha, tol, maxSteps) }, "starts at 6"},
		{"steps by f, not f′", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			return loop(x0, maxSteps, func(x float64) bool {
				return math.Abs(quarticSlope(x)) >= tol && !math.IsInf(x, 0) && !math.IsNaN(x)
			}, func(x, _ float64) float64 { return x - alpha*quarticf(x) })
		}, "not by f(x)"},
		{"step, then test (do-while)", func(x0, alpha, tol float64, maxSteps int) (float64, int) {
			x, n := x0, 0
			for n < maxSteps {
				x -= alpha * quarticSlope(x)
				n++
				if math.Abs(quarticSlope(x)) < tol {
					break
				}
			}
			return x, n
		}, "test before each step"},
		{"ignores alpha", func(x0, _, tol float64, maxSteps int) (float64, int) { return flat(x0, 0.01, tol, maxSteps) }, "use alpha"},
		{"ignores tol", func(x0, alpha, _ float64, maxSteps int) (float64, int) { return flat(x0, alpha, 0.0001, maxSteps) }, "use tol"},
		{"the lesson's precision as tol", func(x0, alpha, _ float64, maxSteps int) (float64, int) { return flat(x0, alpha, 0.00001, maxSteps) }, "not precision"},
		{"if instead of for: one step", func(x0, alpha, tol float64, _ int) (float64, int) { return flat(x0, alpha, tol, 1) }, "one step only"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_2(tt.f), "6.2", tt.hint)
	}
	// The starter runs before the student has written anything: its hint must not say where
	// the loop stops.
	if s := Check6_2(func(x0, _, _ float64, maxSteps int) (float64, int) { return x0, maxSteps }).String(); strings.Contains(s, "2.2499") || strings.Contains(s, "e-0") {
		t.Errorf("the starter's hint should not give the answer away, got %q", s)
	}
}

func TestCheck6_3(t *testing.T) {
	const factor = 1 - 100*0.019 // y's factor for a step of 0.019
	tests := []struct {
		name         string
		step, factor float64
		hint         string
	}{
		{"correct", 2.0 / 100, factor, ""},
		{"starter", 0, 0, "still 0"},
		{"step right, factor left at 0", 0.02, 0, "factorBelow is still 0"},
		{"slope 50y and factor 0 for the boundary: the slips cancel in the step", 1.0 / 50, 1 - 50*0.019, "two slips that cancel"},
		{"x's factor", 0.02, 1 - 2*0.019, "x's factor"},
		{"the wide bowl's factor", 0.02, 1 - 10*0.019, "slope 10y"},
		{"the factor at the boundary itself", 0.02, -1, "at the boundary step itself"},
		{"the subtracted part only", 0.02, 100 * 0.019, "without the 1"},
		{"the factor's size without its sign", 0.02, -factor, "not its sign"},
		{"other factor", 0.02, 0.5, "factorBelow is not"},
		{"NaN factor", 0.02, math.NaN(), "factorBelow is NaN"},
		{"momentum's boundary, read ahead", 0.03, factor, "boundary with momentum 0.5"},
		{"the lesson's step on the wide bowl", 0.05, factor, "step the lesson used"},
		{"old bowl", 0.2, factor, "x² + 5y²"},
		{"smooth limit", 0.01, factor, "without oscillating"},
		{"slope 50y", 0.04, 1 - 50*0.019, "100y, not 50y"},
		{"old bowl's smooth limit", 0.1, factor, "1/10"},
		{"x limit", 1, factor, "along x"},
		{"just above", 0.0201, factor, "a little lower"},
		{"the solution's step below", 0.019, factor, "a little higher"},
		{"2/101", 2.0 / 101, factor, "a little higher"},
		{"infinite", math.Inf(1), factor, "+Inf"},
		{"other", 0.5, factor, "factor"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_3(tt.step, tt.factor), "6.3", tt.hint)
	}
	// The starter's 0 is shown before the student has worked anything out: its hint must not
	// hand over the factor or the slope.
	if s := Check6_3(0, 0).String(); strings.Contains(s, "α") || strings.Contains(s, "100") || strings.Contains(s, "−1") {
		t.Errorf("the starter's hint should not give the answer away, got %q", s)
	}
}

func TestCheck6_4(t *testing.T) {
	ref := func(alpha, mu float64, steps int) (float64, float64) {
		return momentumReference(alpha, mu, steps, false)
	}
	tests := []struct {
		name string
		f    func(alpha, mu float64, steps int) (float64, float64)
		hint string
	}{
		{"correct", ref, ""},
		{"nil", nil, "nil"},
		{"starter", func(float64, float64, int) (float64, float64) { return 0, 0 }, "(0, 0)"},
		{"plain descent", func(alpha, _ float64, steps int) (float64, float64) { return momentumReference(alpha, 0, steps, false) }, "plain gradient descent"},
		{"old velocity", func(alpha, mu float64, steps int) (float64, float64) {
			return momentumReference(alpha, mu, steps, true)
		}, "new velocity"},
		{"μ dropped (v ← v − α∇g)", func(alpha, _ float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = vx-alpha*2*x, vy-alpha*100*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "μ dropped"},
		{"move with the old v, then update v", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				x, y = x+vx, y+vy
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
			}
			return x, y
		}, "moves with the old velocity before v is updated"},
		{"one step fewer", func(alpha, mu float64, steps int) (float64, float64) { return ref(alpha, mu, steps-1) }, "one step is missing"},
		{"one step more", func(alpha, mu float64, steps int) (float64, float64) { return ref(alpha, mu, steps+1) }, "took 26 steps"},
		{"flipped gradient", func(alpha, mu float64, steps int) (float64, float64) { return ref(-alpha, mu, steps) }, "moved away"},
		{"state kept between calls (x, y, v declared outside the function)", func() func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			return func(alpha, mu float64, steps int) (float64, float64) {
				for range steps {
					vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
					x, y = x+vx, y+vy
				}
				return x, y
			}
		}(), "keeps its point or velocity from one call to the next"},
		{"velocity kept between calls, point reset", func() func(alpha, mu float64, steps int) (float64, float64) {
			vx, vy := 0.0, 0.0
			return func(alpha, mu float64, steps int) (float64, float64) {
				x, y := -4.0, 2.0
				for range steps {
					vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
					x, y = x+vx, y+vy
				}
				return x, y
			}
		}(), "start again at (−4, 2) with v = 0"},
		{"x and y swapped", func(alpha, mu float64, steps int) (float64, float64) { y, x := ref(alpha, mu, steps); return x, y }, "x and y are swapped"},
		{"gradient without the 2", func(alpha, mu float64, steps int) (float64, float64) { return ref(alpha/2, mu, steps) }, "(2x, 100y)"},
		{"y slope 50y", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*50*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "100y, not 50y"},
		{"y slope 2y", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*2*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "100y, not 2y"},
		{"μ on velocity and gradient", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*(vx-alpha*2*x), mu*(vy-alpha*100*y)
				x, y = x+vx, y+vy
			}
			return x, y
		}, "μ multiplies only the old velocity"},
		{"α applied twice", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
				x, y = x+alpha*vx, y+alpha*vy
			}
			return x, y
		}, "θ + v, not θ + αv"},
		{"no α in v, α on the move (equivalent)", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-2*x, mu*vy-100*y
				x, y = x+alpha*vx, y+alpha*vy
			}
			return x, y
		}, ""},
		{"μ on the gradient", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = vx-mu*alpha*2*x, vy-mu*alpha*100*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "μ multiplies the old velocity"},
		{"PyTorch form", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx+2*x, mu*vy+100*y
				x, y = x-alpha*vx, y-alpha*vy
			}
			return x, y
		}, ""},
		{"averaged (EMA) momentum", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx+(1-mu)*2*x, mu*vy+(1-mu)*100*y
				x, y = x-alpha*vx, y-alpha*vy
			}
			return x, y
		}, "averaged form"},
		{"damped momentum", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-(1-mu)*alpha*2*x, mu*vy-(1-mu)*alpha*100*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "averaged form"},
		{"start (4, −2)", func(alpha, mu float64, steps int) (float64, float64) { x, y := ref(alpha, mu, steps); return -x, -y }, "check the start, (−4, 2)"},
		{"start (4, 2)", func(alpha, mu float64, steps int) (float64, float64) { x, y := ref(alpha, mu, steps); return -x, y }, "check the start, (−4, 2)"},
		{"returns the velocity", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
				x, y = x+vx, y+vy
			}
			return vx, vy
		}, "returned the final velocity"},
		{"Nesterov", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				gx, gy := 2*(x+mu*vx), 100*(y+mu*vy)
				vx, vy = mu*vx-alpha*gx, mu*vy-alpha*gy
				x, y = x+vx, y+vy
			}
			return x, y
		}, "Nesterov"},
		{"the lesson's wide bowl (momentumPath's gradient)", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*10*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "x² + 5y²"},
		{"y slope 5y", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*5*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "100y, not 5y"},
		{"x slope x (not 2x)", func(alpha, mu float64, steps int) (float64, float64) {
			x, y, vx, vy := -4.0, 2.0, 0.0, 0.0
			for range steps {
				vx, vy = mu*vx-alpha*x, mu*vy-alpha*100*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "the slope of x² is 2x, not x"},
		{"velocity started at −α∇g", func(alpha, mu float64, steps int) (float64, float64) {
			x, y := -4.0, 2.0
			vx, vy := -alpha*2*x, -alpha*100*y
			for range steps {
				vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*100*y
				x, y = x+vx, y+vy
			}
			return x, y
		}, "the velocity starts at 0"},
		{"unrecognised slip", func(alpha, mu float64, steps int) (float64, float64) {
			x, y := ref(alpha, mu, steps)
			return x + 0.01, y
		}, "is not where momentum lands"},
		{"NaN", func(float64, float64, int) (float64, float64) { return math.NaN(), 0 }, "check the signs"},
		{"panics", func(float64, float64, int) (float64, float64) { var s []float64; return s[1], 0 }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_4(tt.f), "6.4", tt.hint)
	}
	// The exercise prints the 100-step runs; the correct message must quote the same end point.
	if s := Check6_4(ref).String(); !strings.Contains(s, "100 steps end at (-2.4e-05, -1.78e-15)") {
		t.Errorf("the correct message should quote the 100-step end point (-2.4e-05, -1.78e-15), got %q", s)
	}
	// The hint for a slip the check does not recognise names the case, never the point it wants.
	wx, wy := ref(0.01, 0.9, 25)
	odd := func(alpha, mu float64, steps int) (float64, float64) {
		x, y := ref(alpha, mu, steps)
		return x + 0.01, y - 0.01
	}
	for _, p := range []string{fmt.Sprintf("%.6g", wx), fmt.Sprintf("%.6g", wy), fmt.Sprintf("%.4g", wx), fmt.Sprintf("%.3g", wy)} {
		if s := Check6_4(odd).String(); strings.Contains(s, p) {
			t.Errorf("the generic hint gives the expected point away (%s): %q", p, s)
		}
	}
}

func TestCheck6_5(t *testing.T) {
	x2, y2, sy2 := adamRun(3, -1, 0.2, 100, 0.999, 2, 1, 1)
	if math.Abs(x2-2.600478) > 1e-6 || math.Abs(y2+0.602375) > 1e-6 || math.Abs(sy2-16.39) > 1e-9 {
		t.Fatalf("Adam's second point from (3, −1) should be (2.600478, −0.602375) with y's s = 16.39, got (%.6f, %.6f) and %g", x2, y2, sy2)
	}
	// The point hardly depends on β2 and not at all on the scale of y's slope: s tells them apart.
	b2x, b2y, b2s := adamRun(3, -1, 0.2, 100, 0.99, 2, 1, 1)
	_, _, s50 := adamRun(3, -1, 0.2, 50, 0.999, 2, 1, 1)
	_, _, s10 := adamRun(3, -1, 0.2, 10, 0.999, 2, 1, 1)
	if math.Abs(b2s-163) > 1e-6 || math.Abs(s50-4.0975) > 1e-6 || math.Abs(s10-0.1639) > 1e-6 {
		t.Fatalf("y's s with β2 = 0.99, slope 50y and slope 10y should be 163, 4.0975 and 0.1639, got %g, %g and %g", b2s, s50, s10)
	}
	// The slips that add the new part to m or s without decaying the old one.
	kx, ky, ks := adamRunKeep(3, -1, 0.2, 100, 0.9, 0.999, 2, 1, 1, 0.9, 1)
	mx, my, _ := adamRunKeep(3, -1, 0.2, 100, 0.9, 0.999, 2, 1, 1, 1, 0.999)
	bx, by, _ := adamRunKeep(3, -1, 0.2, 100, 0.9, 0.999, 2, 1, 1, 1, 1)
	// β1 and β2 swapped: a point within 1e-4 of the "exactly α again" slip's (2.6, −0.6); s tells them apart.
	swx, swy, sws := adamRunKeep(3, -1, 0.2, 100, 0.999, 0.9, 2, 1, 1, 0.999, 0.9)
	if math.Abs(ks-16.4) > 1e-6 || math.Abs(kx-x2) > 1e-4 || math.Abs(ky-y2) > 1e-4 {
		t.Fatalf("the slip s ← s + (1 − β2)∇² should land within 1e-4 of the right point with s = 16.4, got (%.6f, %.6f) and %g", kx, ky, ks)
	}
	// adamPath starts at (−4, 2): its second point, as a student who reached for it would store it.
	ap2x, ap2y, _ := adamRun(-4, 2, 0.2, 100, 0.999, 2, 1, 1)
	ap5x, ap5y, _ := adamRun(-4, 2, 0.5, 10, 0.999, 2, 1, 1)
	// A student's loop `for t := 0; t < 2; t++` with the correction 1 − β^t: 0 at t = 0.
	t0x, t0y, t0s := 3.0, -1.0, 0.0
	var t0mx, t0my, t0sx float64
	for tt := 0; tt < 2; tt++ {
		gx, gy := 2*t0x, 100*t0y
		t0mx, t0my = 0.9*t0mx+0.1*gx, 0.9*t0my+0.1*gy
		t0sx, t0s = 0.999*t0sx+0.001*gx*gx, 0.999*t0s+0.001*gy*gy
		c1, c2 := 1-math.Pow(0.9, float64(tt)), 1-math.Pow(0.999, float64(tt))
		t0x -= 0.2 * (t0mx / c1) / (math.Sqrt(t0sx/c2) + 1e-8)
		t0y -= 0.2 * (t0my / c1) / (math.Sqrt(t0s/c2) + 1e-8)
	}
	tests := []struct {
		name       string
		x2, y2, s2 float64
		hint       string
	}{
		{"correct", x2, y2, sy2, ""},
		{"rounded to four places", 2.6005, -0.6024, 16.39, ""},
		{"adamPath(narrowGrad, 0.2, 2): from (−4, 2)", ap2x, ap2y, sy2, "where adamPath and the lesson's runs start"},
		{"adamPath(narrowGrad, 0.5, 2): from (−4, 2), step 0.5", ap5x, ap5y, sy2, "where adamPath and the lesson's runs start"},
		{"β2 = 0.99, rounded (its point passes)", 2.6004, -0.6023, 163, "β2 = 0.99"},
		{"β2 = 0.99, not rounded", b2x, b2y, b2s, "β2 = 0.99"},
		{"β2 = 0.99 in the point only", b2x, b2y, sy2, "β2 = 0.99"},
		{"slope 50y (the same point)", x2, y2, s50, "slope 50y"},
		{"slope 10y of the lesson's bowl (the same point)", 2.600478, -0.602375, s10, "slope 10y"},
		{"s still 0", x2, y2, 0, "adamSY2 is still 0"},
		{"ŝ, not s", x2, y2, 8199.0995, "that is ŝ"},
		{"s after step 1", x2, y2, 10, "s after step 1"},
		{"s not carried over", x2, y2, 6.4, "add β2 times"},
		{"1 − β2 left out", x2, y2, 16390, "multiplied by 1 − β2"},
		{"√s", x2, y2, math.Sqrt(16.39), "√s"},
		{"x's s", x2, y2, 0.067324, "x's s"},
		{"s NaN", x2, y2, math.NaN(), "adamSY2 is NaN"},
		{"s other", x2, y2, 20, "not s"},
		{"old s not decayed (s ← s + (1 − β2)∇²), its own point", kx, ky, ks, "multiplied by β2"},
		{"old s not decayed, the right point", x2, y2, 16.4, "multiplied by β2"},
		{"s rounded to 16.38", x2, y2, 16.38, "did you round"},
		{"s 16.405", x2, y2, 16.405, "did you round"},
		{"s off by 2e-4", x2, y2, sy2 + 2e-4, "did you round"},
		{"s within 1e-4", x2, y2, sy2 - 9e-5, ""},
		{"old m not decayed (m ← m + (1 − β1)∇)", mx, my, sy2, "old m is not multiplied by β1"},
		{"old m not decayed, rounded", 2.5896, -0.5907, sy2, "old m is not multiplied by β1"},
		{"neither m nor s decayed", bx, by, 16.4, "old m is not multiplied by β1"},
		{"starter", 0, 0, 0, "still (0, 0)"},
		{"the first point", 2.8, -0.8, sy2, "first point"},
		{"α per coordinate again", 2.6, -0.6, sy2, "exactly α again"},
		{"β1 and β2 swapped", swx, swy, sws, "β1 and β2 are swapped"},
		{"β1 and β2 swapped, rounded", 2.5998, -0.6001, 1540.0, "β1 and β2 are swapped"},
		{"right, rounded to two decimals (the same numbers as the slip)", 2.60, -0.60, sy2, "rounded to two decimals"},
		{"right, rounded to three decimals", 2.600, -0.602, sy2, "did you round"},
		{"right, rounded to three decimals, x up", 2.601, -0.602, sy2, "did you round"},
		{"the third point", 2.4018, -0.4097, sy2, "third point"},
		{"the lesson's start and step, rounded", -3.0028, 1.0087, sy2, "where adamPath and the lesson's runs start"},
		{"first step's correction kept", 2.5318747, -0.5344236, sy2, "t = 2"},
		{"no bias correction", 1.5286513, 0.3852383, sy2, "without the bias correction"},
		{"m̂ corrected, ŝ not", -2.860191, 2.605971, sy2, "corrected m̂ but not ŝ"},
		{"ŝ corrected, m̂ not", 2.9420068, -0.9420219, sy2, "corrected ŝ but not m̂"},
		{"plain descent", 3 - 0.2*6 - 0.2*2*(3-0.2*6), 19 - 0.2*100*19, sy2, "plain gradient descent"},
		{"plain descent, one step", 3 - 0.2*6, -1 + 0.2*100, sy2, "plain gradient descent"},
		{"y moved down", x2, -2 - y2, sy2, "y moved the wrong way"},
		{"x moved up", 6 - x2, y2, sy2, "x moved the wrong way"},
		{"up the gradient", 6 - x2, -2 - y2, sy2, "up the gradient"},
		{"the second step", x2 - 2.8, y2 + 0.8, sy2, "second step itself"},
		{"both steps", x2 - 3, y2 + 1, sy2, "two steps moved"},
		{"swapped", y2, x2, sy2, "swapped"},
		{"y's sign dropped", x2, -y2, sy2, "y has the wrong sign"},
		{"y's sign dropped, rounded", 2.6005, 0.6024, sy2, "y has the wrong sign"},
		{"NaN", math.NaN(), 1, sy2, "NaN"},
		{"steps counted from t = 0: 1 − β⁰ = 0", t0x, t0y, t0s, "Count the steps from t = 1"},
		{"+Inf", math.Inf(1), 1, sy2, "+Inf"},
		{"other", 2, -1, sy2, "write out"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_5(tt.x2, tt.y2, tt.s2), "6.5", tt.hint)
	}
}

func TestCheck6_6(t *testing.T) {
	wide, narrow, adam := bowlDescentSteps(10, 0.18, 5000), bowlDescentSteps(100, 0.018, 5000), bowlAdamSteps(100, 0.5, 5000)
	if wide < 1 || narrow <= wide || adam < 1 {
		t.Fatalf("reference counts should be positive and the narrow bowl slower, got %d, %d, %d", wide, narrow, adam)
	}
	// pathLen is len(path)−1 of an nn.Descend2D run on x² + (c/2)y² from (−4, 2).
	pathLen := func(c, step, precision float64) int {
		path, err := nn.Descend2D(func(x, y float64) (float64, float64) { return 2 * x, c * y }, -4, 2, step, precision, 5000)
		if err != nil {
			t.Fatal(err)
		}
		return len(path) - 1
	}
	narrowPath, err := nn.Descend2D(func(x, y float64) (float64, float64) { return 2 * x, 100 * y }, -4, 2, 0.9*0.02, 1e-9, 5000)
	if err != nil {
		t.Fatal(err)
	}
	y1 := narrowPath[1][1]
	// The wide bowl's gradient with the narrow bowl's step: the same plain count, and Adam's count
	// does not depend on the bowl, so only y tells this run apart.
	widePath, err := nn.Descend2D(func(x, y float64) (float64, float64) { return 2 * x, 10 * y }, -4, 2, 0.9*0.02, 1e-9, 5000)
	if err != nil {
		t.Fatal(err)
	}
	if bowlDescentSteps(10, 0.9*0.02, 5000) != narrow || bowlAdamSteps(10, 0.5, 5000) != adam {
		t.Fatalf("the wrong-bowl cases below assume the wide bowl gives the same counts; got %d and %d", bowlDescentSteps(10, 0.9*0.02, 5000), bowlAdamSteps(10, 0.5, 5000))
	}
	tests := []struct {
		name                 string
		wide, narrow, adamNr int
		y1                   float64
		hint                 string
	}{
		{"correct", wide, narrow, adam, y1, ""},
		{"starter", 0, 0, 0, 0, "still 0"},
		{"narrow run on gradG", wide, bowlDescentSteps(10, 0.9*0.02, 5000), bowlAdamSteps(10, 0.5, 5000), widePath[1][1], "comes from a run on x² + 5y² (gradG)"},
		{"y of the start", wide, narrow, adam, narrowPath[0][1], "the start's y"},
		{"x instead of y", wide, narrow, adam, narrowPath[1][0], "x after the first step (path[1][0])"},
		{"x of the wide run's point 1 (the same x)", wide, narrow, adam, widePath[1][0], "store y, path[1][1]"},
		{"counts only, y left at 0", wide, narrow, adam, 0, "narrowY1 is not"},
		{"precision 1e-4: narrow descent stopped short", wide, -1, adam, y1, "narrow count is −1: that nn.Descend2D run never came within 0.001"},
		{"boundary step itself on the wide bowl", bowlDescentSteps(10, 0.2, 5000), narrow, adam, y1, "wide count is −1: that nn.Descend2D run never came within 0.001"},
		{"Adam run too short", wide, narrow, bowlAdamSteps(100, 0.5, 50), y1, "Adam count is −1: that adamPath run"},
		{"lesson's step 0.05", bowlDescentSteps(10, 0.05, 5000), narrow, adam, y1, "lesson's step 0.05"},
		{"slope 50y, step 0.036", wide, bowlDescentSteps(50, 0.036, 5000), adam, y1, "slope 50y"},
		{"narrow step 0.005", wide, bowlDescentSteps(100, 0.005, 5000), adam, y1, "step smaller than 0.9 times"},
		{"narrow step 0.01", wide, bowlDescentSteps(100, 0.01, 5000), adam, y1, "step smaller than 0.9 times"},
		{"swapped", narrow, wide, adam, y1, "swapped"},
		{"points, not steps", wide + 1, narrow + 1, adam + 1, y1, "off by one"},
		{"one short", wide, narrow - 1, adam, y1, "off by one"},
		{"Adam step 0.05", wide, narrow, bowlAdamSteps(100, 0.05, 5000), y1, "Adam count is for step 0.05"},
		{"cell 27's path length at step 0.18", pathLen(10, 0.18, 1e-4), narrow, adam, y1, "length of a whole path"},
		{"cell 27's path length at step 0.05", pathLen(10, 0.05, 1e-4), narrow, adam, y1, "length of a whole path"},
		{"wide path length at precision 1e-9", pathLen(10, 0.18, 1e-9), narrow, adam, y1, "length of a whole path"},
		{"narrow path length at precision 1e-9", wide, pathLen(100, 0.018, 1e-9), adam, y1, "length of a whole path"},
		{"wide len(path) at precision 1e-9", pathLen(10, 0.18, 1e-9) + 1, narrow, adam, y1, "length of a whole path"},
		{"narrow len(path) at precision 1e-9", wide, pathLen(100, 0.018, 1e-9) + 1, adam, y1, "length of a whole path"},
		{"wide wrong", 60, narrow, adam, y1, "wide count is not right"},
		{"narrow wrong", wide, 300, adam, y1, "narrow count is not right"},
		{"Adam wrong", wide, narrow, 150, y1, "Adam count is not right"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check6_6(tt.wide, tt.narrow, tt.adamNr, tt.y1), "6.6", tt.hint)
	}
	// The lesson's distance chart and its check cell say Adam stays within 0.001 from step 154.
	if s := Check6_6(wide, narrow, adam, y1).String(); !strings.Contains(s, "out again up to step 153.") {
		t.Errorf("the correct message should name step 153 as Adam's last step out of 0.001, got %q", s)
	}
	// A student who skipped exercise 6.3 must not get its answer from 6.6's hint.
	if s := Check6_6(wide, bowlDescentSteps(50, 0.036, 5000), adam, y1).String(); strings.Contains(s, "0.02") || strings.Contains(s, "0.036") {
		t.Errorf("the slope-50y hint should not give exercise 6.3's boundary step away, got %q", s)
	}
}
