package exercises

import (
	"fmt"
	"math"

	"github.com/neurons-in-go/course/pkg/nn"
)

// quarticSlope is the slope f′(x) = 4x³ − 9x² of lesson 6's quartic f(x) = x⁴ − 3x³ + 2.
func quarticSlope(x float64) float64 { return 4*x*x*x - 9*x*x }

// articleDescent runs the article's loop on the quartic: x ← x − α·f′(x) until a step moves x by
// at most precision, or maxSteps steps; it returns the last x.
func articleDescent(x, alpha, precision float64, maxSteps int) float64 {
	for i := 0; i < maxSteps; i++ {
		next := x - alpha*quarticSlope(x)
		if math.Abs(next-x) <= precision {
			return next
		}
		x = next
	}
	return x
}

// articlePath runs the article's loop like articleDescent and returns every point it visited,
// the start first.
func articlePath(x, alpha, precision float64, maxSteps int) []float64 {
	path := []float64{x}
	for i := 0; i < maxSteps; i++ {
		next := x - alpha*quarticSlope(x)
		path = append(path, next)
		if math.Abs(next-x) <= precision {
			break
		}
		x = next
	}
	return path
}

// Check6_1 checks exercise 6.1: the point where the article's loop (step 0.01, precision
// 0.00001) stops when it starts at x = −1 instead of 6, to within that precision. It recognises
// answers assumed rather than run, the lesson's run from 6, the starting point, the height f(x) or
// the number of steps or points stored instead of the point, a loop cut short by a step limit, a
// coarser precision, and an update going uphill.
func Check6_1(stop float64) Result {
	const ex = "6.1"
	return safely(ex, func() Result {
		path := articlePath(-1, 0.01, 0.00001, 1_000_000)
		want, steps := path[len(path)-1], len(path)-1
		switch {
		case badNumber(stop) != "":
			return notYet(ex, "stopFromMinusOne is %s; did x run away? The update is x − 0.01·f′(x), from x = −1.", badNumber(stop))
		case math.Abs(stop-want) <= 0.00001:
			return correct(ex, "the loop stops at %.4f after %d steps, next to the flat point x = 0 (f′(0) = 0), far from the minimum at 9/4.", want, steps)
		case stop == 0:
			return notYet(ex, "stopFromMinusOne is 0: whether that is the starter's value or your answer, run the loop from x = −1 and store the last point it reaches.")
		case math.Abs(stop) < 0.001:
			return notYet(ex, "%.3g is next to the flat point x = 0, where f′(0) = 0; but does the loop come that close? Run it and store its last point.", stop)
		case math.Abs(stop+want) <= 0.00001:
			return notYet(ex, "right size, wrong sign: from x = −1 the loop moves right, towards 0, and stops before it, so the point is negative.")
		case near(stop, articleDescent(6, 0.01, 0.00001, 1_000_000), 1e-6):
			return notYet(ex, "that is where the loop from 6 stops, the lesson's run; start it at x = −1 and store where that run stops.")
		case near(stop, 2.25, 1e-3):
			return notYet(ex, "that is the minimum, but does the loop from x = −1 get there? Run it and look at its last point.")
		case near(stop, quarticf(want), 1e-5):
			return notYet(ex, "%.7g is the height f(x) at the point where the loop stops, not the point; store x itself.", stop)
		case stop == -1:
			return notYet(ex, "that is the starting point: run the loop and store where it stops.")
		case stop == float64(steps) || stop == float64(len(path)):
			return notYet(ex, "%g is a count of steps or points; store the point x where the loop stops.", stop)
		case stop < -1:
			return notYet(ex, "%.4g lies left of the start: your update moves x uphill. Gradient descent subtracts the slope, x − 0.01·f′(x).", stop)
		}
		for _, p := range []float64{0.0001, 0.001} {
			if near(stop, articleDescent(-1, 0.01, p, 1_000_000), 1e-9) {
				return notYet(ex, "that is where the loop stops with precision %g; the article's precision is 0.00001.", p)
			}
		}
		for k, x := range path[:steps] {
			if near(stop, x, 1e-9) {
				return notYet(ex, "that is the point after %d steps, but the loop is not done yet: from x = −1 it needs %d steps. Did it hit a step limit (nn.Descend1D's last argument, which returns ErrNotConverged when it runs out)?", k, steps)
			}
		}
		if near(stop, untilFlat(-1, 0.01, 0.00001), 1e-9) {
			return notYet(ex, "that is where the loop stops when the *slope* is below 0.00001 (the next exercise's rule); the article stops on the *step*: when 0.01·|f′(x)| ≤ 0.00001.")
		}
		if stop > -0.2 && stop < 0 {
			return notYet(ex, "close, but more than 0.00001 from where the loop stops: check the step 0.01, the precision 0.00001 and the step limit, or, if you rounded, store the loop's last point itself.")
		}
		return notYet(ex, "the loop from x = −1 with step 0.01 and precision 0.00001 stops elsewhere; check the start, the step and the sign of the update.")
	})
}

// Check6_2 checks exercise 6.2: descendUntilFlat(x0, alpha, tol, maxSteps) must run gradient
// descent on the quartic until |f′(x)| < tol, or until it has taken maxSteps steps, and return
// the last x and the number of steps taken. It tries several starts, steps, tolerances and caps
// (the cap keeps a loop whose condition never turns false from hanging the notebook), and
// recognises the article's stopping rule (on the step instead of the slope), an inverted loop
// condition that never lets the loop start, a flipped sign, a
// doubled step, math.Abs in the step instead of the test, an unchanged start, a single step
// instead of a loop, the lesson's precision or step used in place of tol or alpha, a loop that
// steps before it tests or takes one step after the loop, the exact minimum returned instead of
// a run, a cap that is ignored, a miscounted number of steps, and, among the runs cut short by
// the cap, a test on f(x) instead of f′(x), a step taken from x0 every time, and a slope
// computed once at the start.
func Check6_2(descendUntilFlat func(x0, alpha, tol float64, maxSteps int) (float64, int)) Result {
	const ex = "6.2"
	if descendUntilFlat == nil {
		return notYet(ex, "descendUntilFlat is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		const limit = 10_000
		// A function that always starts at the lesson's 6 gives, from 1, what the right one gives
		// from 6 (the cases below would see it diverge from 6 with a larger step, and blame the sign).
		if got, _ := descendUntilFlat(1, 0.01, 0.0001, limit); near(got, want52(), 1e-9) {
			return notYet(ex, "descendUntilFlat(1, 0.01, 0.0001, %d) = %.6g, where the descent from 6 stops: your function starts at 6 whatever x0 is; start from x0.", limit, got)
		}
		// One step from 1, where the slope f′(1) = −5 is steep but negative: a loop missing math.Abs
		// stays at 1, a single step (an if for the for) lands at 1.05.
		if got, n := descendUntilFlat(1, 0.01, 0.0001, limit); n <= 1 && near(got, 1-0.01*quarticSlope(1), 1e-12) {
			return notYet(ex, "descendUntilFlat(1, 0.01, 0.0001, %d) = %.6g, one step from the start: your function takes one step only (an if where a for belongs?); repeat the step in a loop while |f′(x)| >= tol.", limit, got)
		}
		// The fourth case starts 1e-6 right of 9/4, where |f′| ≈ 2e-5 is already below tol: the
		// loop must not take a single step (a step-then-test loop moves x by about 2e-7). The last
		// case stops at its cap of 10 steps, long before the slope is flat.
		cases := []struct {
			x0, alpha, tol float64
			maxSteps       int
		}{{6, 0.01, 0.0001, limit}, {1, 0.02, 0.001, limit}, {3, 0.005, 1e-6, limit}, {2.25 + 1e-6, 0.01, 0.0001, limit}, {6, 0.01, 0.0001, 10}}
		for _, c := range cases {
			call := fmt.Sprintf("descendUntilFlat(%.7g, %g, %g, %d)", c.x0, c.alpha, c.tol, c.maxSteps)
			want, wantSteps := slip6_2{keepFlat, gdStepFrom}.run(c.x0, c.alpha, c.tol, c.maxSteps)
			got, steps := descendUntilFlat(c.x0, c.alpha, c.tol, c.maxSteps)
			if near(got, want, 1e-9) && steps == wantSteps {
				continue
			}
			if steps > c.maxSteps {
				return notYet(ex, "%s took %d steps, more than maxSteps: stop after maxSteps steps at most, however far the slope is from flat.", call, steps)
			}
			if near(got, want, 1e-9) {
				return notYet(ex, "%s stops at the right x but returns %d steps; it took %d: count each update x − α·f′(x) once, and only those.", call, steps, wantSteps)
			}
			// A run cut short by the cap: the loop's condition stayed true all the way.
			if steps == c.maxSteps && wantSteps < c.maxSteps {
				return cutShort6_2(descendUntilFlat, c.x0, c.alpha, c.tol, c.maxSteps, got, call)
			}
			// Answers that ignore alpha or tol and use the lesson's numbers instead. (Where a case
			// uses the lesson's number itself, the reference is the right answer, which got is not.)
			if near(got, untilFlat(c.x0, 0.01, c.tol), 1e-9) {
				return notYet(ex, "%s = %.6g: your function takes steps of 0.01 whatever alpha is; use alpha.", call, got)
			}
			if near(got, untilFlat(c.x0, c.alpha, 0.0001), 1e-9) {
				return notYet(ex, "%s = %.6g: your function stops at |f′| < 0.0001 whatever tol is; use tol.", call, got)
			}
			if near(got, untilFlat(c.x0, c.alpha, 0.00001), 1e-9) {
				return notYet(ex, "%s = %.6g: your function stops at |f′| < 0.00001, the lesson's precision, whatever tol is; use the parameter tol, not precision.", call, got)
			}
			if fx := stepByF(c.x0, c.alpha, c.tol); got == fx || (math.IsNaN(got) && math.IsNaN(fx)) {
				return notYet(ex, "%s = %g: that is where steps of α·f(x) lead; step by the slope, x − α·f′(x), not by f(x).", call, got)
			}
			if wantSteps == 0 && got != c.x0 && math.Abs(quarticSlope(got)) < c.tol {
				return notYet(ex, "%s = %.10f moved, although the slope at the start, %.2g, is already below tol: test before each step (for |f′(x)| >= tol { step }), not after it.", call, got, quarticSlope(c.x0))
			}
			if extra := want - c.alpha*quarticSlope(want); steps == wantSteps+1 && near(got, extra, 1e-12) {
				return notYet(ex, "%s took one step more than the loop should: after the last step the slope was already below tol. Test |f′(x)| >= tol before each step, and stop as soon as it fails.", call)
			}
			if slip6_2Doubled.matches(descendUntilFlat, c.x0, c.alpha, c.tol, c.maxSteps, got, steps) {
				return notYet(ex, "%s = %.4g after %d steps: that is where steps of 2α·f′(x) lead, twice the step; the update is x − α·f′(x).", call, got, steps)
			}
			// The step's length tested instead of the slope, α·|f′(x)| >= tol, tried on the cases
			// with α = 0.01, where tol = 0.0001: there it is the same loop as f′(x)² >= tol, since
			// both go on while |f′(x)| >= 0.01, so the hint names both.
			stepTest := slip6_2{func(x, tol float64) bool { return 0.01*math.Abs(quarticSlope(x)) >= tol }, gdStepFrom}
			if c.alpha == 0.01 && stepTest.matches(descendUntilFlat, c.x0, c.alpha, c.tol, c.maxSteps, got, steps) {
				return notYet(ex, "%s = %.6g: your loop stops when |f′(x)| is below %g, not below tol, as a test of the step α·|f′(x)| or of the square f′(x)² against tol does; tol is for the slope itself: keep going while |f′(x)| >= tol.", call, got, c.tol/c.alpha)
			}
			if slip6_2AbsStep.matches(descendUntilFlat, c.x0, c.alpha, c.tol, c.maxSteps, got, steps) {
				return notYet(ex, "%s = %g: x only ever grows, as with x + α·|f′(x)|; math.Abs belongs in the test, not in the step, which is x − α·f′(x) with the slope's own sign.", call, got)
			}
			switch {
			case badNumber(got) != "":
				return notYet(ex, "%s returned %s: x ran away; check the sign of the update, x − α·f′(x), and its step α (from 6 the slope is 540).", call, badNumber(got))
			case got == c.x0 && steps == 0 && math.Abs(quarticSlope(c.x0)) >= c.tol:
				return notYet(ex, "%s returned its start after 0 steps, although |f′(%g)| = %g is far above tol: did the loop run at all? A for loop runs while its condition holds, so the condition must hold while the slope is steep; go on while |f′(x)| >= tol (not while it is below tol).", call, c.x0, math.Abs(quarticSlope(c.x0)))
			case got == c.x0:
				return notYet(ex, "%s returned its start: the loop has to move x.", call)
			case got == 2.25:
				return notYet(ex, "%s returned 2.25, the exact minimum 9/4: the descent never lands on it; run the loop and return where it stops, where |f′(x)| < tol, a little short of 9/4.", call)
			case math.Abs(got-2.25) > 10:
				return notYet(ex, "%s = %.4g: x ran away from the minimum; check the sign of the update, x − α·f′(x), and its step α (from 6 the slope is 540).", call, got)
			case math.Abs(quarticSlope(got)) >= c.tol && near(got, articleDescent(c.x0, c.alpha, c.tol, 1_000_000), 1e-12):
				return notYet(ex, "that is the article's rule, stopping when the step is small; stop when the slope itself is small, |f′(x)| < tol.")
			case quarticSlope(got) < 0 && near(got, untilSlopeBelow(c.x0, c.alpha, c.tol), 1e-12):
				return notYet(ex, "%s = %.8f, where f′ = %.2g is negative, so f′ < tol although the slope is not flat: compare |f′(x)| with tol (math.Abs).", call, got, quarticSlope(got))
			case math.Abs(quarticSlope(got)) >= c.tol && steps < c.maxSteps:
				return notYet(ex, "%s = %.8f, where |f′| = %.2g is not below tol yet.", call, got, math.Abs(quarticSlope(got)))
			}
			return notYet(ex, "%s = %.10f after %d steps, but plain gradient descent stops at %.10f after %d: take one step x − α·f′(x) at a time and test before each step.", call, got, steps, want, wantSteps)
		}
		return correct(ex, "with tol = 0.0001 the descent from 6 stops %.1e from 9/4 (the bound 0.0001/20.25 is 4.9e-06); the article's rule stopped 3.5e-05 away.", math.Abs(want52()-2.25))
	})
}

// cutShort6_2 is the hint for a run of descendUntilFlat that used all maxSteps steps where the
// right loop stops sooner: it names the slip when the runs match a test on f(x) instead of
// f′(x), a step taken from x0 every time, or a slope computed once at the start, or a loop that
// never moves x, and otherwise points at the stopping condition.
func cutShort6_2(descendUntilFlat func(x0, alpha, tol float64, maxSteps int) (float64, int), x0, alpha, tol float64, maxSteps int, got float64, call string) Result {
	const ex = "6.2"
	slips := []struct {
		slip slip6_2
		hint string
	}{
		{slip6_2TestsF, "your loop tests |f(x)|, the height of the curve, which need not be small where the curve is flat (at the minimum it is 6.54); test the slope: keep going while |f′(x)| >= tol"},
		{slip6_2FromX0, "every step starts again from x0 (x = x0 − α·f′(x)), so x settles where the slope is not flat; step from where you are, x = x − α·f′(x)"},
		{slip6_2FixedSlope, "x moves by the same amount every step, as if the slope were computed once, at the start; compute f′(x) afresh at every step"},
	}
	for _, s := range slips {
		if s.slip.matches(descendUntilFlat, x0, alpha, tol, maxSteps, got, maxSteps) {
			return notYet(ex, "%s used all %d steps without stopping: %s.", call, maxSteps, s.hint)
		}
	}
	if got == x0 {
		return notYet(ex, "%s returned its start after all %d steps: the loop has to move x, and stop once the slope is flat.", call, maxSteps)
	}
	if math.Abs(quarticSlope(got)) < tol {
		return notYet(ex, "%s used all %d steps, though at %.6g the slope |f′| = %.2g is below tol: the loop went on after the slope was flat, so its condition never turned false there. Stop as soon as |f′(x)| < tol; if the condition tests two things, the slope and the step count, join them with && (go on while both hold), not ||.", call, maxSteps, got, math.Abs(quarticSlope(got)))
	}
	return notYet(ex, "%s used all %d steps and stopped at %.6g, where |f′| = %.2g: the loop's stopping condition never came true; it should stop as soon as |f′(x)| < tol.", call, maxSteps, got, math.Abs(quarticSlope(got)))
}

// slip6_2 is a wrong loop for exercise 6.2: it applies step while keepGoing, at most maxSteps
// times.
type slip6_2 struct {
	keepGoing func(x, tol float64) bool
	step      func(x, x0, alpha float64) float64
}

// The slips of exercise 6.2 that the checks recognise by running them.
var (
	// slip6_2TestsF tests the height |f(x)| instead of the slope.
	slip6_2TestsF = slip6_2{func(x, tol float64) bool { return math.Abs(quarticf(x)) >= tol }, gdStepFrom}
	// slip6_2FromX0 steps from x0 every time: x = x0 − α·f′(x).
	slip6_2FromX0 = slip6_2{keepFlat, func(x, x0, alpha float64) float64 { return x0 - alpha*quarticSlope(x) }}
	// slip6_2FixedSlope computes the slope once, at x0.
	slip6_2FixedSlope = slip6_2{keepFlat, func(x, x0, alpha float64) float64 { return x - alpha*quarticSlope(x0) }}
	// slip6_2Doubled takes twice the step.
	slip6_2Doubled = slip6_2{keepFlat, func(x, _, alpha float64) float64 { return x - 2*alpha*quarticSlope(x) }}
	// slip6_2AbsStep puts math.Abs in the step: x + α·|f′(x)|.
	slip6_2AbsStep = slip6_2{keepFlat, func(x, _, alpha float64) float64 { return x + alpha*math.Abs(quarticSlope(x)) }}
)

// keepFlat is the right loop condition of exercise 6.2: keep going while |f′(x)| >= tol.
func keepFlat(x, tol float64) bool { return math.Abs(quarticSlope(x)) >= tol }

// gdStepFrom is the right step of exercise 6.2, x − α·f′(x).
func gdStepFrom(x, _, alpha float64) float64 { return x - alpha*quarticSlope(x) }

// run runs the slip from x0 and returns the last x and the number of steps.
func (s slip6_2) run(x0, alpha, tol float64, maxSteps int) (float64, int) {
	return flatRun(x0, maxSteps, func(x float64) bool { return s.keepGoing(x, tol) }, func(x float64) float64 { return s.step(x, x0, alpha) })
}

// matches reports whether the student's run (got after steps steps) is the slip's run, and the
// student's function also runs like the slip from a second start, x0 = 1 with α = 0.01 and
// tol = 0.0001, where the slips that look alike from 6 part (f(1) = 0, and f′(1) = −5 < 0).
func (s slip6_2) matches(descendUntilFlat func(x0, alpha, tol float64, maxSteps int) (float64, int), x0, alpha, tol float64, maxSteps int, got float64, steps int) bool {
	if x, n := s.run(x0, alpha, tol, maxSteps); !sameRun(got, steps, x, n) {
		return false
	}
	const probeMax = 10_000
	gotP, stepsP := descendUntilFlat(1, 0.01, 0.0001, probeMax)
	x, n := s.run(1, 0.01, 0.0001, probeMax)
	return sameRun(gotP, stepsP, x, n)
}

// quarticf is lesson 6's quartic f(x) = x⁴ − 3x³ + 2.
func quarticf(x float64) float64 { return x*x*x*x - 3*x*x*x + 2 }

// flatRun starts at x0 and applies step while keepGoing(x), at most maxSteps times; it returns
// the last x and the number of steps taken. A NaN stops the usual conditions, as in a student's
// loop.
func flatRun(x0 float64, maxSteps int, keepGoing func(x float64) bool, step func(x float64) float64) (float64, int) {
	x, n := x0, 0
	for n < maxSteps && keepGoing(x) {
		x = step(x)
		n++
	}
	return x, n
}

// sameRun reports whether a run that ended at got after steps steps is the run that ended at
// want after wantSteps steps (NaN and infinities included).
func sameRun(got float64, steps int, want float64, wantSteps int) bool {
	if steps != wantSteps {
		return false
	}
	return got == want || near(got, want, 1e-9) || (math.IsNaN(got) && math.IsNaN(want))
}

// stepByF is a typical slip in exercise 6.2: it steps by the quartic x⁴ − 3x³ + 2 itself,
// x ← x − α·f(x), until |f′(x)| < tol, a million steps, or a number that is not finite.
func stepByF(x0, alpha, tol float64) float64 {
	x := x0
	for i := 0; i < 1_000_000 && !math.IsInf(x, 0) && !math.IsNaN(x) && math.Abs(quarticSlope(x)) >= tol; i++ {
		x -= alpha * (x*x*x*x - 3*x*x*x + 2)
	}
	return x
}

// untilFlat runs gradient descent on the quartic from x0 with step alpha until |f′(x)| < tol and
// returns the last x; a descent that leaves the finite numbers, or takes a million steps, returns
// where it got to.
func untilFlat(x0, alpha, tol float64) float64 {
	x := x0
	for i := 0; i < 1_000_000 && math.Abs(quarticSlope(x)) >= tol; i++ {
		x -= alpha * quarticSlope(x)
	}
	return x
}

// untilSlopeBelow is untilFlat without the absolute value (a typical slip): it stops as soon as
// f′(x) < tol, also where the slope is steep but negative.
func untilSlopeBelow(x0, alpha, tol float64) float64 {
	x := x0
	for i := 0; i < 1_000_000 && quarticSlope(x) >= tol; i++ {
		x -= alpha * quarticSlope(x)
	}
	return x
}

// want52 is where descendUntilFlat(6, 0.01, 0.0001) stops.
func want52() float64 { return untilFlat(6, 0.01, 0.0001) }

// Check6_3 checks exercise 6.3: the boundary step of plain gradient descent on x² + 50y², below
// which it converges and above which it does not, and factorBelow, the factor by which one step
// of 0.019 (just below the boundary) multiplies y, which shows how the step was found. It
// recognises the usual slips: the lesson's bowl, the limit of smooth convergence, a slope off by
// a factor, the flat direction's limit, a step found by trying on either side of the boundary,
// momentum's boundary and the lesson's step; and, through the factor, two slips that cancel in
// the step (a slope off by a factor 2 with the end of smooth descent taken for the boundary),
// x's factor, the wide bowl's factor, the factor's size without its sign and the subtracted part
// without its 1.
func Check6_3(step, factorBelow float64) Result {
	const ex = "6.3"
	return safely(ex, func() Result {
		const below = 0.019
		switch {
		case badNumber(step) != "":
			return notYet(ex, "boundaryStep is %s.", badNumber(step))
		case badNumber(factorBelow) != "":
			return notYet(ex, "factorBelow is %s.", badNumber(factorBelow))
		case step == 0:
			return notYet(ex, "boundaryStep is still 0: work it out from the factors per step (section 4), then try a step on either side of it.")
		case near(step, 0.02, 1e-9):
			// The step is right; the factor shows how it was found.
		case near(step, 0.2, 1e-9):
			return notYet(ex, "that is the limit for x² + 5y²; the new bowl is ten times steeper along y.")
		case near(step, 0.01, 1e-9):
			return notYet(ex, "below 1/100 the descent converges without oscillating; it still converges, oscillating, a little beyond.")
		case near(step, 0.1, 1e-9):
			return notYet(ex, "that is 1/10, the limit of smooth (non-oscillating) descent on x² + 5y²; the new bowl is ten times steeper along y, and the boundary is where y's factor reaches −1.")
		case near(step, 0.04, 1e-9):
			return notYet(ex, "the slope of 50y² is 100y, not 50y.")
		case near(step, 1, 1e-9):
			return notYet(ex, "that is the limit along x; the steeper y direction diverges much sooner.")
		case near(step, 0.03, 1e-9):
			return notYet(ex, "that is the boundary with momentum 0.5 (exercise 6.4); this exercise asks for plain gradient descent, without momentum.")
		case near(step, 0.05, 1e-9):
			return notYet(ex, "0.05 is the step the lesson used on x² + 5y²; the boundary here is where the factor by which one step multiplies y reaches −1.")
		case step >= 0.018 && step < 0.02:
			return notYet(ex, "with that step the descent converges, but the boundary is a little higher: where is the factor by which one step multiplies y exactly −1?")
		case step > 0.02 && step <= 0.022:
			return notYet(ex, "with that step the descent no longer converges; the boundary is a little lower: where is the factor by which one step multiplies y exactly −1?")
		default:
			return notYet(ex, "write the factor by which one step multiplies y (and x), and find α where it reaches −1.")
		}
		switch {
		case near(factorBelow, 1-100*below, 1e-9):
			return correct(ex, "one step multiplies y by 1 − 100α, which must stay above −1: α < 2/100. The steepest direction sets the boundary step.")
		case factorBelow == 0:
			return notYet(ex, "boundaryStep is right, but factorBelow is still 0: the factor by which one step of 0.019 multiplies y.")
		case near(factorBelow, 1-50*below, 1e-9):
			return notYet(ex, "factorBelow is 1 − 50·0.019: the slope of 50y² is 100y, not 50y. With 50y, 0.02 is where y's factor reaches 0, the end of smooth descent, not −1: two slips that cancel in boundaryStep.")
		case near(factorBelow, 1-2*below, 1e-9):
			return notYet(ex, "that is x's factor, 1 − 2·0.019; factorBelow is y's.")
		case near(factorBelow, 1-10*below, 1e-9):
			return notYet(ex, "that is y's factor on the lesson's bowl x² + 5y² (slope 10y); this bowl's slope is 100y.")
		case near(factorBelow, -1, 1e-9):
			return notYet(ex, "−1 is y's factor at the boundary step itself; factorBelow is the factor for a step of 0.019, just below it.")
		case near(factorBelow, -(1 - 100*below), 1e-9):
			return notYet(ex, "that is the factor's size, but not its sign: one step of 0.019 takes y past 0 to the other side, so the factor is negative.")
		case near(math.Abs(factorBelow), 100*below, 1e-9):
			return notYet(ex, "that is the part one step subtracts, α·100, without the 1: one step takes y to y − α·100y.")
		}
		return notYet(ex, "boundaryStep is right, factorBelow is not: one step of 0.019 takes y to y − 0.019 times y's slope; what is that as a multiple of y?")
	})
}

// narrowSlope is c in the gradient (2x, c·y) of exercise 6.4's bowl x² + 50y²: 100.
const narrowSlope = 100

// Check6_4 checks exercise 6.4: withMomentum(alpha, mu, steps) must run gradient descent with
// momentum on the narrow bowl x² + 50y² from (−4, 2), the velocity starting at 0, and return the
// final point; it tries several steps (one above plain descent's limit on this bowl), momenta and
// step counts. It recognises the wide bowl of the lesson (momentumPath's gradient) and other
// wrong y slopes, an x slope without its factor 2, a velocity that starts at −α∇g instead of 0,
// plain gradient descent (momentum ignored), a point or velocity kept from one call to the next,
// x and y returned swapped, the point moved with the old velocity, a gradient missing its factor
// 2, μ applied to the gradient instead of the velocity or to both, the averaged form, Nesterov's
// momentum, the step size applied twice, a flipped gradient, and one step too many or too few.
func Check6_4(withMomentum func(alpha, mu float64, steps int) (x, y float64)) Result {
	const ex = "6.4"
	if withMomentum == nil {
		return notYet(ex, "withMomentum is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		cases := []struct {
			alpha, mu float64
			steps     int
		}{{0.01, 0.9, 25}, {0.025, 0.5, 40}, {0.005, 0.5, 10}, {0.01, 0, 5}}
		for _, c := range cases {
			gx, gy := withMomentum(c.alpha, c.mu, c.steps)
			wx, wy := momentumReference(c.alpha, c.mu, c.steps, false)
			if nearPoint(gx, gy, wx, wy) {
				continue
			}
			if rx, ry := withMomentum(c.alpha, c.mu, c.steps); !sameFloat(rx, gx) || !sameFloat(ry, gy) {
				return notYet(ex, "withMomentum(%g, %g, %d) returned (%.4g, %.4g), and called again, (%.4g, %.4g): it keeps its point or velocity from one call to the next. Each call must start again at (−4, 2) with v = 0: declare x, y and v inside the function.", c.alpha, c.mu, c.steps, gx, gy, rx, ry)
			}
			if sx, sy := momentumSlip(c.alpha, c.mu, c.steps, 2, 10, false); nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "withMomentum(%g, %g, %d) landed where momentum lands on the lesson's bowl x² + 5y² (momentumPath's gradient (2x, 10y)); this exercise's bowl is x² + 50y², with gradient (2x, 100y).", c.alpha, c.mu, c.steps)
			}
			if badNumber(gx) != "" || badNumber(gy) != "" {
				return notYet(ex, "withMomentum(%g, %g, %d) returned (%g, %g): check the signs, v ← μv − α∇g and θ ← θ + v, and the gradient (2x, 100y).", c.alpha, c.mu, c.steps, gx, gy)
			}
			if gx == 0 && gy == 0 {
				return notYet(ex, "withMomentum(%g, %g, %d) returned (0, 0): start at (−4, 2) and return the point after the steps.", c.alpha, c.mu, c.steps)
			}
			if nearPoint(gx, gy, -wx, -wy) || nearPoint(gx, gy, -wx, wy) || nearPoint(gx, gy, wx, -wy) {
				return notYet(ex, "withMomentum(%g, %g, %d) = (%.4g, %.4g), the right point with a sign flipped: check the start, (−4, 2).", c.alpha, c.mu, c.steps, gx, gy)
			}
			if nearPoint(gx, gy, wy, wx) {
				return notYet(ex, "withMomentum(%g, %g, %d) = (%.4g, %.4g): x and y are swapped; return x first.", c.alpha, c.mu, c.steps, gx, gy)
			}
			if vx, vy := momentumVelocity(c.alpha, c.mu, c.steps); nearPoint(gx, gy, vx, vy) {
				return notYet(ex, "withMomentum(%g, %g, %d) returned the final velocity v; return the point (x, y) after the steps.", c.alpha, c.mu, c.steps)
			}
			if nx, ny := nesterovReference(c.alpha, c.mu, c.steps); c.mu != 0 && nearPoint(gx, gy, nx, ny) {
				return notYet(ex, "that is Nesterov's momentum, with the gradient taken at the look-ahead point θ + μv; this lesson's momentum takes it at θ itself: v ← μv − α∇g(θ), θ ← θ + v.")
			}
			if px, py := momentumReference(c.alpha, 0, c.steps, false); c.mu != 0 && nearPoint(gx, gy, px, py) {
				return notYet(ex, "that is where plain gradient descent lands: the velocity must carry over from step to step (v ← μv − α∇g).")
			}
			if dx, dy := momentumReference(c.alpha, 1, c.steps, false); c.mu != 1 && nearPoint(gx, gy, dx, dy) {
				return notYet(ex, "that is momentum with μ dropped, v ← v − α∇g, which keeps the whole old velocity (μ = 1): μ must shrink the old velocity, v ← μv − α∇g.")
			}
			if ax, ay := momentumReference(c.alpha*(1-c.mu), c.mu, c.steps, false); c.mu != 0 && nearPoint(gx, gy, ax, ay) {
				return notYet(ex, "that is the averaged form v ← μv + (1 − μ)∇g, θ ← θ − αv (a running average of the gradients, as some libraries damp it); this lesson's momentum adds the whole −α∇g each step: v ← μv − α∇g, θ ← θ + v.")
			}
			if hx, hy := momentumReference(c.alpha/2, c.mu, c.steps, false); nearPoint(gx, gy, hx, hy) {
				return notYet(ex, "that is momentum with half the gradient: the gradient of x² + 50y² is (2x, 100y), not (x, 50y).")
			}
			for _, slope := range []float64{50, 5, 2} {
				if sx, sy := momentumSlip(c.alpha, c.mu, c.steps, 2, slope, false); nearPoint(gx, gy, sx, sy) {
					return notYet(ex, "the slope of 50y² is 100y, not %gy: the gradient of x² + 50y² is (2x, 100y).", slope)
				}
			}
			if sx, sy := momentumSlip(c.alpha, c.mu, c.steps, 1, narrowSlope, false); nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "y is right, but not x: the slope of x² is 2x, not x, so the gradient of x² + 50y² is (2x, 100y).")
			}
			if sx, sy := momentumStartV(c.alpha, c.mu, c.steps); c.mu != 0 && nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "the velocity starts at 0, not at −α∇g: the first step then moves by −α∇g, as plain descent does, and momentum builds up from there.")
			}
			if sx, sy := momentumForm(c.alpha, c.mu, c.steps, func(v, g float64) float64 { return c.mu * (v - c.alpha*g) }, 1); c.mu != 0 && nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "μ multiplies only the old velocity: v ← μv − α∇g. With v ← μ(v − α∇g) the new slope is shrunk by μ too.")
			}
			if sx, sy := momentumForm(c.alpha, c.mu, c.steps, func(v, g float64) float64 { return c.mu*v - c.alpha*g }, c.alpha); nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "v already contains the step size α: move by θ ← θ + v, not θ + αv.")
			}
			if sx, sy := momentumSlip(c.alpha, c.mu, c.steps, 2, narrowSlope, true); c.mu != 0 && nearPoint(gx, gy, sx, sy) {
				return notYet(ex, "μ multiplies the old velocity, not the gradient: v ← μv − α∇g, so that the velocity decays while the new slope is added in full.")
			}
			if ox, oy := momentumReference(c.alpha, c.mu, c.steps, true); nearPoint(gx, gy, ox, oy) {
				return notYet(ex, "update the velocity first, then move the point with the new velocity: θ ← θ + v.")
			}
			for _, d := range []int{-1, 1} {
				if c.steps+d >= 0 {
					if sx, sy := momentumReference(c.alpha, c.mu, c.steps+d, false); nearPoint(gx, gy, sx, sy) {
						if d < 0 && c.mu != 0 {
							// Moving with the old velocity and then updating it lands, after n steps,
							// exactly where n−1 right steps land (the first move is by v = 0).
							return notYet(ex, "withMomentum(%g, %g, %d) landed where %d steps land: either the point moves with the old velocity before v is updated (the first move is then by v = 0; update v first, then θ ← θ + v), or one step is missing.", c.alpha, c.mu, c.steps, c.steps+d)
						}
						return notYet(ex, "withMomentum(%g, %g, %d) took %d steps: take exactly `steps` steps.", c.alpha, c.mu, c.steps, c.steps+d)
					}
				}
			}
			if math.Hypot(gx, gy) > math.Hypot(4, 2) {
				return notYet(ex, "withMomentum(%g, %g, %d) = (%.4g, %.4g) moved away from the minimum: the velocity collects −α∇g, the gradient of x² + 50y² is (2x, 100y).", c.alpha, c.mu, c.steps, gx, gy)
			}
			return notYet(ex, "withMomentum(%g, %g, %d) = (%.6g, %.6g) is not where momentum lands: check that each call starts at (−4, 2) with the velocity 0, the gradient (2x, 100y) and the two updates, v ← μv − α∇g and then θ ← θ + v.", c.alpha, c.mu, c.steps, gx, gy)
		}
		x, y := momentumReference(0.025, 0.5, 100, false)
		return correct(ex, "with step 0.025 and momentum 0.5, 100 steps end at (%.3g, %.3g); with μ = 0 it is plain gradient descent.", x, y)
	})
}

// sameFloat reports whether a and b are the same number, NaN included.
func sameFloat(a, b float64) bool { return a == b || (math.IsNaN(a) && math.IsNaN(b)) }

// momentumVelocity is the velocity after momentum's steps on x² + 50y² from (−4, 2), v ← μv − α∇g.
func momentumVelocity(alpha, mu float64, steps int) (vx, vy float64) {
	x, y := -4.0, 2.0
	for t := 0; t < steps; t++ {
		vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*narrowSlope*y
		x, y = x+vx, y+vy
	}
	return vx, vy
}

// momentumReference runs momentum on x² + 50y² from (−4, 2); with moveFirst it moves the point
// with the old velocity before updating it (a typical slip).
func momentumReference(alpha, mu float64, steps int, moveFirst bool) (x, y float64) {
	x, y = -4, 2
	var vx, vy float64
	for t := 0; t < steps; t++ {
		gx, gy := 2*x, narrowSlope*y
		if moveFirst {
			x, y = x+vx, y+vy
		}
		vx, vy = mu*vx-alpha*gx, mu*vy-alpha*gy
		if !moveFirst {
			x, y = x+vx, y+vy
		}
	}
	return x, y
}

// momentumStartV runs momentum on x² + 50y² from (−4, 2) with the velocity started at −α∇g of
// the start instead of 0 (a typical slip).
func momentumStartV(alpha, mu float64, steps int) (x, y float64) {
	x, y = -4, 2
	vx, vy := -alpha*2*x, -alpha*narrowSlope*y
	for range steps {
		vx, vy = mu*vx-alpha*2*x, mu*vy-alpha*narrowSlope*y
		x, y = x+vx, y+vy
	}
	return x, y
}

// nesterovReference runs Nesterov's momentum on x² + 50y² from (−4, 2): the gradient is taken at
// the look-ahead point θ + μv.
func nesterovReference(alpha, mu float64, steps int) (x, y float64) {
	x, y = -4, 2
	var vx, vy float64
	for t := 0; t < steps; t++ {
		gx, gy := 2*(x+mu*vx), narrowSlope*(y+mu*vy)
		vx, vy = mu*vx-alpha*gx, mu*vy-alpha*gy
		x, y = x+vx, y+vy
	}
	return x, y
}

// momentumSlip runs momentum from (−4, 2) with three typical slips: the x slope taken as
// slopeX·x (2 is right), the y slope taken as slopeY·y (narrowSlope is right; 10 is the lesson's
// wide bowl), and with muOnGradient the update v ← v − μα∇g, in which μ scales the gradient
// instead of the old velocity.
func momentumSlip(alpha, mu float64, steps int, slopeX, slopeY float64, muOnGradient bool) (x, y float64) {
	x, y = -4, 2
	var vx, vy float64
	for t := 0; t < steps; t++ {
		gx, gy := slopeX*x, slopeY*y
		if muOnGradient {
			vx, vy = vx-mu*alpha*gx, vy-mu*alpha*gy
		} else {
			vx, vy = mu*vx-alpha*gx, mu*vy-alpha*gy
		}
		x, y = x+vx, y+vy
	}
	return x, y
}

// momentumForm runs a variant of momentum on x² + 50y² from (−4, 2): velocity returns the new
// velocity from the old one and the slope, and the point moves by moveScale times the velocity.
func momentumForm(alpha, mu float64, steps int, velocity func(v, g float64) float64, moveScale float64) (x, y float64) {
	x, y = -4, 2
	var vx, vy float64
	for range steps {
		vx, vy = velocity(vx, 2*x), velocity(vy, narrowSlope*y)
		x, y = x+moveScale*vx, y+moveScale*vy
	}
	return x, y
}

func firstOf(x, _ float64) float64  { return x }
func secondOf(_, y float64) float64 { return y }

// adamSteps runs n steps of Adam (β1 = 0.9, β2 = 0.999, ε = 10⁻⁸) with step alpha on the bowl
// x² + (c/2)·y² (gradient (2x, c·y)) from (x, y) and returns the last point. correctM and correctS
// choose the bias correction of m and of s: 1 divides by 1 − β^t (Adam's), 0 leaves the average
// as it is, and 2 divides by 1 − β at every step (the first step's correction, kept): slips that
// exercise 6.5's check recognises.
func adamSteps(x, y, alpha, c float64, n, correctM, correctS int) (float64, float64) {
	x, y, _ = adamRun(x, y, alpha, c, 0.999, n, correctM, correctS)
	return x, y
}

// adamRun is adamSteps with β2 as a parameter; it also returns y's running average of squared
// gradients s (before the bias correction) after the last step.
func adamRun(x, y, alpha, c, beta2 float64, n, correctM, correctS int) (float64, float64, float64) {
	return adamRunKeep(x, y, alpha, c, 0.9, beta2, n, correctM, correctS, 0.9, beta2)
}

// adamRunKeep is adamRun with β1 as a parameter and the factors keepM and keepS that multiply the
// old m and s at each step: β1 and β2 in Adam, 1 in the slips that add the new part without decaying the old average
// (m ← m + (1 − β1)·d, s ← s + (1 − β2)·d²).
func adamRunKeep(x, y, alpha, c, beta1, beta2 float64, n, correctM, correctS int, keepM, keepS float64) (float64, float64, float64) {
	const eps = 1e-8
	var mx, my, sx, sy float64
	correction := func(mode int, beta float64, t int) float64 {
		switch mode {
		case 1:
			return 1 - math.Pow(beta, float64(t))
		case 2:
			return 1 - beta
		}
		return 1
	}
	for t := 1; t <= n; t++ {
		gx, gy := 2*x, c*y
		mx, my = keepM*mx+(1-beta1)*gx, keepM*my+(1-beta1)*gy
		sx, sy = keepS*sx+(1-beta2)*gx*gx, keepS*sy+(1-beta2)*gy*gy
		c1, c2 := correction(correctM, beta1, t), correction(correctS, beta2, t)
		x -= alpha * (mx / c1) / (math.Sqrt(sx/c2) + eps)
		y -= alpha * (my / c1) / (math.Sqrt(sy/c2) + eps)
	}
	return x, y, sy
}

// Check6_5 checks exercise 6.5: the second point Adam (step 0.2, β1 = 0.9, β2 = 0.999) visits
// from (3, −1) on x² + 50y², to four decimal places, and y's running average of squared
// gradients s after step 2 (before the bias correction), to within 0.0001. The point alone cannot tell a wrong slope
// for y from the right one (Adam divides each gradient by its own size), and hardly depends on β2;
// s does. For the point it recognises the first or the third point, a second step of exactly α
// per coordinate (averages restarted, or the first gradient reused), the first step's bias
// correction kept at step 2, no bias correction or only one of the two, plain gradient descent,
// coordinates moved the wrong way, the steps given instead of the point, swapped coordinates, y's
// sign dropped,
// the lesson's start and step, β2 = 0.99, β1 and β2 swapped, and an old m that is not decayed; for s, other slopes
// for y, β2 = 0.99, the corrected ŝ, the first step's s, s not carried over, an old s that is not
// decayed, x's s, a missing 1 − β2, √s, and a rounded s. A NaN point gets a hint on steps counted
// from t = 0.
func Check6_5(x2, y2, sy2 float64) Result {
	const ex = "6.5"
	return safely(ex, func() Result {
		const alpha, x0, y0, tol = 0.2, 3.0, -1.0, 1e-4
		at := func(x, y, wx, wy float64) bool { return near(x, wx, tol) && near(y, wy, tol) }
		wx, wy := adamSteps(x0, y0, alpha, 100, 2, 1, 1)
		x1, y1 := adamSteps(x0, y0, alpha, 100, 1, 1, 1)
		bx, by, _ := adamRun(x0, y0, alpha, 100, 0.99, 2, 1, 1)
		mx, my, _ := adamRunKeep(x0, y0, alpha, 100, 0.9, 0.999, 2, 1, 1, 1, 0.999)       // the old m not multiplied by β1
		swx, swy, sws := adamRunKeep(x0, y0, alpha, 100, 0.999, 0.9, 2, 1, 1, 0.999, 0.9) // β1 and β2 swapped
		switch {
		case math.IsNaN(x2) || math.IsNaN(y2):
			return notYet(ex, "the point is (%g, %g). A NaN here usually comes from dividing by 0: the bias correction 1 − β^t is 0 at t = 0, which makes m̂ and ŝ infinite and m̂/√ŝ NaN. Count the steps from t = 1.", x2, y2)
		case badNumber(x2) != "" || badNumber(y2) != "":
			return notYet(ex, "the point is (%g, %g).", x2, y2)
		case x2 == 0 && y2 == 0:
			return notYet(ex, "the point is still (0, 0): after the first step, what are m and s, and what is the gradient at the first point?")
		case near(x2, bx, 1e-7) && near(y2, by, 1e-7):
			return notYet(ex, "that is the point with β2 = 0.99; Adam's usual β2, and this exercise's, is 0.999.")
		case at(x2, y2, wx, wy):
			return checkAdamS(ex, sy2, x1-wx, wy-y1)
		case at(x2, y2, x1, y1):
			return notYet(ex, "(%.4g, %.4g) is the first point; take one more step from it.", x2, y2)
		case at(x2, y2, firstOf(adamSteps(x0, y0, alpha, 100, 3, 1, 1)), secondOf(adamSteps(x0, y0, alpha, 100, 3, 1, 1))):
			return notYet(ex, "that is the third point, after three steps; the exercise asks for the point after two (the first is (2.8, −0.8)).")
		case at(x2, y2, swx, swy) && near(sy2, sws, 0.01):
			return notYet(ex, "β1 and β2 are swapped: m, the average of the gradient, decays with β1 = 0.9; s, the average of its square, with β2 = 0.999.")
		case at(x2, y2, x1-alpha, y1+alpha):
			return notYet(ex, "that moves each coordinate by exactly α again, which happens only when m̂/√ŝ is ±1. Take the second gradient at the first point (2.8, −0.8), and carry m and s over from the first step (they do not start at 0 again). Or, if you computed it and rounded to two decimals, keep four: the check cannot tell (2.60, −0.60) from that slip.")
		case at(x2, y2, mx, my):
			return notYet(ex, "that is where the step lands when the old m is not multiplied by β1 (m ← m + (1 − β1)·d); the running average decays its old value: m ← β1·m + (1 − β1)·d.")
		}
		for _, a := range []float64{0.2, 0.5} {
			if sx, sy := adamSteps(-4, 2, a, 100, 2, 1, 1); at(x2, y2, sx, sy) {
				return notYet(ex, "that is Adam's second point from (−4, 2), where adamPath and the lesson's runs start; this exercise starts at (3, −1), with step 0.2 on x² + 50y².")
			}
		}
		if sx, sy := adamSteps(x0, y0, alpha, 100, 2, 2, 2); at(x2, y2, sx, sy) {
			return notYet(ex, "that divides by 1 − β1 and 1 − β2 at the second step too; the correction is 1 − β^t with t = 2: 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999.")
		}
		if sx, sy := adamSteps(x0, y0, alpha, 100, 2, 0, 0); near(x2, sx, 1e-3) && near(y2, sy, 1e-3) {
			return notYet(ex, "that is Adam without the bias correction: divide m by 1 − β1^t and s by 1 − β2^t.")
		}
		if sx, sy := adamSteps(x0, y0, alpha, 100, 2, 1, 0); near(x2, sx, 1e-3) && near(y2, sy, 1e-3) {
			return notYet(ex, "you corrected m̂ but not ŝ: ŝ = s/(1 − β2^t).")
		}
		if sx, sy := adamSteps(x0, y0, alpha, 100, 2, 0, 1); at(x2, y2, sx, sy) {
			return notYet(ex, "you corrected ŝ but not m̂: m̂ = m/(1 − β1^t).")
		}
		px, py := x0-alpha*2*x0, y0-alpha*100*y0
		if at(x2, y2, px-alpha*2*px, py-alpha*100*py) || at(x2, y2, px, py) {
			return notYet(ex, "that is plain gradient descent; Adam moves by α·m̂/(√ŝ + ε).")
		}
		switch {
		case at(x2, y2, wx, 2*y0-wy):
			return notYet(ex, "x is right, but y moved the wrong way: its gradient 100y is negative, so y moves up.")
		case at(x2, y2, 2*x0-wx, wy):
			return notYet(ex, "y is right, but x moved the wrong way: its gradient 2x is positive, so x moves down.")
		case at(x2, y2, 2*x0-wx, 2*y0-wy):
			return notYet(ex, "your steps go up the gradient (x up, y down); Adam, like every descent, subtracts: θ ← θ − α·m̂/(√ŝ + ε).")
		case at(x2, y2, wx-x1, wy-y1):
			return notYet(ex, "that is the second step itself; add it to the first point (2.8, −0.8).")
		case at(x2, y2, wx-x0, wy-y0):
			return notYet(ex, "that is how far the two steps moved, together; add it to the start (3, −1).")
		case at(x2, y2, wy, wx):
			return notYet(ex, "x and y are swapped: give the x coordinate first.")
		case at(x2, y2, wx, -wy):
			return notYet(ex, "x is right, but y has the wrong sign: y starts at −1 and two steps up of at most 0.2 each leave it negative.")
		case near(x2, wx, 0.005) && near(y2, wy, 0.005):
			return notYet(ex, "(%.4g, %.4g) is close, but not within 0.0001 of the point: did you round? Keep four decimals.", x2, y2)
		}
		return notYet(ex, "write out, for each coordinate, the gradient at the first point, then m, s, m̂ = m/(1 − β1²) and ŝ = s/(1 − β2²) after step 2, and the move α·m̂/√ŝ.")
	})
}

// checkAdamS checks exercise 6.5's y second moment s after step 2, once the point is right; dx and
// dy are the sizes of the second step in x and y, for the message.
func checkAdamS(ex string, sy2, dx, dy float64) Result {
	// want is y's s after step 2 with the y slope c·y and the given β2; s1 is the right s after step 1.
	want := func(c, beta2 float64) float64 { _, _, s := adamRun(3, -1, 0.2, c, beta2, 2, 1, 1); return s }
	_, _, s1 := adamRun(3, -1, 0.2, 100, 0.999, 1, 1, 1)
	s2 := want(100, 0.999)
	_, _, kept := adamRunKeep(3, -1, 0.2, 100, 0.9, 0.999, 2, 1, 1, 0.9, 1) // the old s not multiplied by β2
	// is recognises a slip's s to within rounding; the right s must be within 0.0001, the point's
	// four decimals, since the slip that keeps the old s whole is only 0.01 away.
	is := func(v float64) bool { return near(sy2, v, 1e-3) }
	switch {
	case badNumber(sy2) != "":
		return notYet(ex, "the point is right; adamSY2 is %s.", badNumber(sy2))
	case math.Abs(sy2-s2) <= 1e-4:
		return correct(ex, "the second step moves x down by %.4f and y up by %.4f, each a little less than α = 0.2: m̂/√ŝ is no longer exactly ±1 once two different gradients are averaged, but it stays near 1 in size although y's slope is more than ten times steeper than x's. The point would be the same (up to ε) with any slope c·y: Adam divides each gradient by its own size, so only s shows the 100.", dx, dy)
	case math.Abs(sy2-kept) <= 1e-4:
		return notYet(ex, "the point is right, but that s keeps the old s whole, s ← s + (1 − β2)·d²; the old s must be multiplied by β2: s ← β2·s + (1 − β2)·d². (If you rounded the right s to one decimal, keep four: the check cannot tell that from this slip.)")
	case sy2 == 0:
		return notYet(ex, "the point is right; adamSY2 is still 0: store y's s after step 2, the running average of its squared gradients (before the bias correction).")
	case is(want(50, 0.999)):
		return notYet(ex, "that s is for the slope 50y; the slope of 50y² is 100y. Your point is right all the same: Adam divides each gradient by its own size, so the scale of y's slope cancels out of the point (and that is why the check asks for s too).")
	case is(want(10, 0.999)):
		return notYet(ex, "that s is for the slope 10y of the lesson's bowl x² + 5y²; this bowl is x² + 50y², with slope 100y. (The point comes out the same: Adam divides each gradient by its own size.)")
	case is(want(100, 0.99)):
		return notYet(ex, "that s is for β2 = 0.99; Adam's usual β2, and this exercise's, is 0.999. (The point hardly changes with β2, because the bias correction divides most of it out; s does not.)")
	case is(s2 / (1 - 0.999*0.999)):
		return notYet(ex, "that is ŝ = s/(1 − β2²), after the bias correction; store s itself, before it.")
	case is(s1):
		return notYet(ex, "that is s after step 1; carry it into step 2: s ← β2·s + (1 − β2)·d², with y's gradient at the first point.")
	case is(s2 - 0.999*s1):
		return notYet(ex, "that is only step 2's new part, (1 − β2)·d²; add β2 times the s of step 1: s ← β2·s + (1 − β2)·d².")
	case is(s2 / (1 - 0.999)):
		return notYet(ex, "the new squared gradient enters s multiplied by 1 − β2 = 0.001: s ← β2·s + (1 − β2)·d².")
	case is(math.Sqrt(s2)):
		return notYet(ex, "that is √s; store s itself.")
	case near(sy2, 0.999*0.001*6*6+0.001*5.6*5.6, 1e-5): // x's gradients were 6 and 5.6
		return notYet(ex, "that is x's s; the exercise asks for y's.")
	}
	if math.Abs(sy2-s2) < 0.05 {
		return notYet(ex, "the point is right, and %.4g is close to s, but not within 0.0001 of it: did you round? Keep four decimals.", sy2)
	}
	return notYet(ex, "the point is right, but not s: y's s after step 2 is β2 times its s after step 1 plus (1 − β2) times the square of y's gradient at the first point.")
}

// bowlDescentSteps runs plain gradient descent on x² + c·y²/2 (gradient (2x, c·y)) from (−4, 2)
// with the given step for at most maxSteps steps, and returns the first step at which the point is
// within 0.001 of the minimum, or −1 if it never is (also when it diverges).
func bowlDescentSteps(c, step float64, maxSteps int) int {
	x, y := -4.0, 2.0
	for i := 0; i <= maxSteps; i++ {
		if math.Hypot(x, y) < 1e-3 {
			return i
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
			return -1
		}
		x, y = x-step*2*x, y-step*c*y
	}
	return -1
}

// bowlAdamDistances runs Adam (β1 = 0.9, β2 = 0.999, ε = 10⁻⁸) on the same bowl from (−4, 2) for
// steps steps, and returns the distance to the minimum before the first step and after each.
func bowlAdamDistances(c, alpha float64, steps int) []float64 {
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	x, y := -4.0, 2.0
	var mx, my, sx, sy float64
	d := []float64{math.Hypot(x, y)}
	for t := 1; t <= steps; t++ {
		gx, gy := 2*x, c*y
		mx, my = beta1*mx+(1-beta1)*gx, beta1*my+(1-beta1)*gy
		sx, sy = beta2*sx+(1-beta2)*gx*gx, beta2*sy+(1-beta2)*gy*gy
		c1, c2 := 1-math.Pow(beta1, float64(t)), 1-math.Pow(beta2, float64(t))
		x -= alpha * (mx / c1) / (math.Sqrt(sx/c2) + eps)
		y -= alpha * (my / c1) / (math.Sqrt(sy/c2) + eps)
		d = append(d, math.Hypot(x, y))
	}
	return d
}

// bowlAdamSteps returns the first of Adam's steps (as bowlAdamDistances runs them) within 0.001
// of the minimum, or −1 if none of the first maxSteps is.
func bowlAdamSteps(c, alpha float64, maxSteps int) int {
	for t, d := range bowlAdamDistances(c, alpha, maxSteps) {
		if d < 1e-3 {
			return t
		}
	}
	return -1
}

// bowlAdamLastOut returns the last of Adam's first maxSteps steps that ends 0.001 or more from the
// minimum: after its first arrival Adam overshoots and comes back out.
func bowlAdamLastOut(c, alpha float64, maxSteps int) int {
	last := 0
	for t, d := range bowlAdamDistances(c, alpha, maxSteps) {
		if d >= 1e-3 {
			last = t
		}
	}
	return last
}

// Check6_6 checks the step counts of exercise 6.6: how many steps plain gradient descent, with
// 0.9 times each bowl's boundary step, needs on x² + 5y² (wide) and on x² + 50y² (narrow), and
// how many Adam with step 0.5 needs on x² + 50y² (adamNarrow), each counted as stepsToReach
// counts them: the first step within 0.001 of the minimum. narrowY1 is y after the first step
// of the narrow plain descent, which only a run on the narrow bowl gives (some counts come out
// the same on both bowls). Its hints recognise a run on the wide bowl's gradient, x stored for
// y, a descent that stopped or diverged before it got there, the lesson's step sizes instead of
// 0.9 times the boundary, the wrong slope for the narrow bowl, swapped counts, counts off by one, and the
// length of a whole path counted instead of the steps to within 0.001.
func Check6_6(wide, narrow, adamNarrow int, narrowY1 float64) Result {
	const ex = "6.6"
	return safely(ex, func() Result {
		const limit = 5000
		ww, wn, wa := bowlDescentSteps(10, 0.9*0.2, limit), bowlDescentSteps(100, 0.9*0.02, limit), bowlAdamSteps(100, 0.5, limit)
		y1 := 2 * (1 - 100*0.9*0.02) // the start's y times y's factor per step on the narrow bowl
		y1OK := math.Abs(narrowY1-y1) < 1e-6
		switch {
		case wide == ww && narrow == wn && adamNarrow == wa && y1OK:
			return correct(ex, "plain descent needs %d steps on the wide bowl and %d on the narrow one, %.1f times as many; Adam first comes within 0.001 after %d on both, a first arrival: its shrinking overshoots carry it out again up to step %d.",
				wide, narrow, float64(narrow)/float64(wide), adamNarrow, bowlAdamLastOut(100, 0.5, 1000))
		case wide == 0 && narrow == 0 && adamNarrow == 0 && narrowY1 == 0:
			return notYet(ex, "the counts and narrowY1 are still 0: run the descents, count their steps with stepsToReach, and store y of the narrow path's point 1.")
		case math.Abs(narrowY1-2*(1-10*0.9*0.02)) < 1e-6:
			return notYet(ex, "narrowY1 comes from a run on x² + 5y² (gradG): the narrow run needs narrowGrad, the gradient of x² + 50y². Some counts come out the same on both bowls, which is why the check asks for y too.")
		case narrowY1 == 2:
			return notYet(ex, "narrowY1 is the start's y, 2: store y after the first step, path[1][1], not path[0][1].")
		case math.Abs(narrowY1-(-4)*(1-2*0.9*0.02)) < 1e-6:
			return notYet(ex, "narrowY1 is %.4g, x after the first step (path[1][0]): store y, path[1][1].", narrowY1)
		case wide == -1 || narrow == -1:
			which := "narrow"
			if wide == -1 {
				which = "wide"
			}
			return notYet(ex, "the %s count is −1: that nn.Descend2D run never came within 0.001 of the minimum. Give nn.Descend2D the precision 1e-9 and 5000 steps, and a step below the boundary (0.9 times it), or it stops, bounces or diverges first.", which)
		case adamNarrow == -1:
			return notYet(ex, "the Adam count is −1: that adamPath run never came within 0.001 of the minimum. Run adamPath(narrowGrad, 0.5, 5000), step 0.5 and 5000 steps (stepsToReach counts the first point within 0.001; a shorter run can end before it).")
		case wide == wn && narrow == ww:
			return notYet(ex, "the wide and narrow counts are swapped: the first is for x² + 5y².")
		case abs(wide-ww) == 1 || abs(narrow-wn) == 1 || abs(adamNarrow-wa) == 1:
			return notYet(ex, "a count is off by one: stepsToReach returns the index of the first point within 0.001, and index 0 is the start, before any step.")
		case wide == bowlDescentSteps(10, 0.05, limit):
			return notYet(ex, "that wide count is for the lesson's step 0.05; use 0.9 times the boundary step 0.2, 0.18.")
		case narrow == bowlDescentSteps(50, 0.9*0.04, limit):
			return notYet(ex, "that narrow count is for the slope 50y: the gradient of x² + 50y² is (2x, 100y), so its boundary step is half the one the slope 50y gives (exercise 6.3); take 0.9 times that.")
		case narrow == bowlDescentSteps(100, 0.005, limit) || narrow == bowlDescentSteps(100, 0.01, limit):
			return notYet(ex, "that narrow count is for a step smaller than 0.9 times the narrow bowl's boundary step (exercise 6.3's answer); the step should be as large as that allows.")
		case adamNarrow == bowlAdamSteps(100, 0.05, limit):
			return notYet(ex, "that Adam count is for step 0.05; Adam's step here is 0.5.")
		case isPathLength(wide, 10) || isPathLength(narrow, 100):
			return notYet(ex, "that is the length of a whole path (len(path)−1 steps, or len(path) points counting the start), where a step moved less than the precision; count the steps until the point is within 0.001 of the minimum with stepsToReach(path, 1e-3).")
		case wide != ww:
			return notYet(ex, "the wide count is not right: plain descent from (−4, 2) on x² + 5y², gradient (2x, 10y), step 0.9 × 0.2, counted with stepsToReach(path, 1e-3).")
		case narrow != wn:
			return notYet(ex, "the narrow count is not right: plain descent from (−4, 2) on x² + 50y², gradient (2x, 100y), step 0.9 times exercise 6.3's boundary, counted with stepsToReach(path, 1e-3).")
		case adamNarrow != wa:
			return notYet(ex, "the Adam count is not right: adamPath(narrowGrad, 0.5, 5000) on x² + 50y², counted with stepsToReach(path, 1e-3).")
		}
		return notYet(ex, "the counts are right, narrowY1 is not: y after the first step of plain descent on x² + 50y², gradient (2x, 100y), step 0.9 times exercise 6.3's boundary, from (−4, 2).")
	})
}

// isPathLength reports whether n is len(path)−1 or len(path) of an nn.Descend2D run from (−4, 2) on x² + (c/2)y²
// (gradient (2x, c·y)) that a student may have counted instead of calling stepsToReach: the
// lesson's steps 0.05 and 0.18, or 0.9 times this bowl's boundary step, with precision 1e-4 or 1e-9.
func isPathLength(n int, c float64) bool {
	grad := func(x, y float64) (float64, float64) { return 2 * x, c * y }
	for _, step := range []float64{0.05, 0.18, 0.9 * 2 / c} {
		for _, precision := range []float64{1e-4, 1e-9} {
			if path, err := nn.Descend2D(grad, -4, 2, step, precision, 5000); err == nil && (len(path)-1 == n || len(path) == n) {
				return true
			}
		}
	}
	return false
}

// abs is the absolute value of an int.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
