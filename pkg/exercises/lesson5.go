package exercises

import (
	"math"
)

// quarticSlope is the slope f′(x) = 4x³ − 9x² of lesson 5's quartic f(x) = x⁴ − 3x³ + 2.
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

// Check5_1 checks exercise 5.1: the point where the article's loop (step 0.01, precision
// 0.00001) stops when it starts at x = −1 instead of 6. It recognises the minimum 9/4 (an answer
// assumed rather than run), the flat point 0 itself, and the unchanged start.
func Check5_1(stop float64) Result {
	const ex = "5.1"
	return safely(ex, func() Result {
		want := articleDescent(-1, 0.01, 0.00001, 1_000_000)
		switch {
		case badNumber(stop) != "":
			return notYet(ex, "stopFromMinusOne is %s; run the loop from x = −1 with step 0.01.", badNumber(stop))
		case near(stop, want, 1e-6):
			return correct(ex, "the loop stops at %.4f, next to the flat point x = 0 (f′(0) = 0), far from the minimum at 9/4.", want)
		case stop == 0:
			return notYet(ex, "stopFromMinusOne is still 0: store the last point of the descent from x = −1.")
		case near(stop, 2.25, 1e-3):
			return notYet(ex, "that is the minimum, but does the loop from x = −1 get there? Run it and look at its last point.")
		case stop == -1:
			return notYet(ex, "that is the starting point: run the loop and store where it stops.")
		case stop > -0.2 && stop < 0:
			return notYet(ex, "close, but not where the article's loop stops: use step 0.01 and precision 0.00001, and take the last point.")
		}
		return notYet(ex, "the loop from x = −1 with step 0.01 and precision 0.00001 stops elsewhere; check the start, the step and the sign of the update.")
	})
}

// Check5_2 checks exercise 5.2: descendUntilFlat(x0, alpha, tol) must run gradient descent on the
// quartic until |f′(x)| < tol and return the last x. It tries several starts and tolerances and
// recognises the article's stopping rule (on the step instead of the slope), a flipped sign (the
// descent then climbs away to NaN or infinity), and an unchanged start.
func Check5_2(descendUntilFlat func(x0, alpha, tol float64) float64) Result {
	const ex = "5.2"
	if descendUntilFlat == nil {
		return notYet(ex, "descendUntilFlat is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		cases := []struct{ x0, alpha, tol float64 }{{6, 0.01, 0.0001}, {1, 0.02, 0.001}, {3, 0.005, 1e-6}}
		for _, c := range cases {
			want := c.x0
			for math.Abs(quarticSlope(want)) >= c.tol {
				want -= c.alpha * quarticSlope(want)
			}
			got := descendUntilFlat(c.x0, c.alpha, c.tol)
			switch {
			case badNumber(got) != "":
				return notYet(ex, "descendUntilFlat(%g, %g, %g) returned %s: check the sign of the update, x − α·f′(x).", c.x0, c.alpha, c.tol, badNumber(got))
			case got == c.x0:
				return notYet(ex, "descendUntilFlat(%g, %g, %g) returned its start: the loop has to move x.", c.x0, c.alpha, c.tol)
			case math.Abs(got-2.25) > 10:
				return notYet(ex, "descendUntilFlat(%g, %g, %g) = %.4g ran away from the minimum: check the sign of the update, x − α·f′(x).", c.x0, c.alpha, c.tol, got)
			case math.Abs(quarticSlope(got)) >= c.tol && near(got, articleDescent(c.x0, c.alpha, c.tol, 1_000_000), 1e-12):
				return notYet(ex, "that is the article's rule, stopping when the step is small; stop when the slope itself is small, |f′(x)| < tol.")
			case math.Abs(quarticSlope(got)) >= c.tol:
				return notYet(ex, "descendUntilFlat(%g, %g, %g) = %.8f, where |f′| = %.2g is not below tol yet.", c.x0, c.alpha, c.tol, got, math.Abs(quarticSlope(got)))
			case !near(got, want, 1e-9):
				return notYet(ex, "descendUntilFlat(%g, %g, %g) = %.10f, but plain gradient descent stops at %.10f: take one step x − α·f′(x) at a time and test before each step.", c.x0, c.alpha, c.tol, got, want)
			}
		}
		return correct(ex, "with tol = 0.0001 the descent from 6 stops %.1e from 9/4 (the bound 0.0001/20.25 is 4.9e-06); the article's rule stopped 3.5e-05 away.", math.Abs(want52()-2.25))
	})
}

// want52 is where descendUntilFlat(6, 0.01, 0.0001) stops.
func want52() float64 {
	x := 6.0
	for math.Abs(quarticSlope(x)) >= 0.0001 {
		x -= 0.01 * quarticSlope(x)
	}
	return x
}

// Check5_3 checks exercise 5.3: the largest step with which plain gradient descent converges on
// x² + 50y², 2/100. It recognises the bowl of the lesson (2/10), the limit of smooth convergence
// (1/100), the slope of 50y² taken as 50y (2/50) and the x direction's limit (1).
func Check5_3(step float64) Result {
	const ex = "5.3"
	return safely(ex, func() Result {
		switch {
		case badNumber(step) != "":
			return notYet(ex, "largestSafeStep is %s.", badNumber(step))
		case step == 0:
			return notYet(ex, "largestSafeStep is still 0: one step multiplies y by 1 − α·(slope factor); when does that stay above −1?")
		case near(step, 0.02, 1e-9):
			return correct(ex, "one step multiplies y by 1 − 100α, which must stay above −1: α < 2/100. The steepest direction sets the limit.")
		case near(step, 0.2, 1e-9):
			return notYet(ex, "that is the limit for x² + 5y²; the new bowl is ten times steeper along y.")
		case near(step, 0.01, 1e-9):
			return notYet(ex, "below 1/100 the descent converges without oscillating; it still converges, oscillating, a little beyond.")
		case near(step, 0.04, 1e-9):
			return notYet(ex, "the slope of 50y² is 100y, not 50y.")
		case near(step, 1, 1e-9):
			return notYet(ex, "that is the limit along x; the steeper y direction diverges much sooner.")
		case step > 0.019 && step < 0.021:
			return notYet(ex, "close: give the exact boundary, from the factor 1 − 100α = −1.")
		}
		return notYet(ex, "write the factor by which one step multiplies y (and x), and find α where it reaches −1.")
	})
}

// Check5_4 checks exercise 5.4: withMomentum(alpha, mu, steps) must run gradient descent with
// momentum, v ← μv − α∇g, θ ← θ + v, on g(x, y) = x² + 5y² from (−4, 2) with v = 0, and return
// the final point. It recognises plain gradient descent (momentum ignored), the position updated
// with the old velocity, a flipped gradient, and one step too many or too few.
func Check5_4(withMomentum func(alpha, mu float64, steps int) (x, y float64)) Result {
	const ex = "5.4"
	if withMomentum == nil {
		return notYet(ex, "withMomentum is nil: define the function and pass it.")
	}
	return safely(ex, func() Result {
		cases := []struct {
			alpha, mu float64
			steps     int
		}{{0.05, 0.5, 10}, {0.18, 0.3, 7}, {0.02, 0.9, 25}, {0.05, 0, 5}}
		for _, c := range cases {
			gx, gy := withMomentum(c.alpha, c.mu, c.steps)
			wx, wy := momentumReference(c.alpha, c.mu, c.steps, false)
			if nearPoint(gx, gy, wx, wy) {
				continue
			}
			if badNumber(gx) != "" || badNumber(gy) != "" {
				return notYet(ex, "withMomentum(%g, %g, %d) returned (%g, %g): check the signs, v ← μv − α∇g and θ ← θ + v.", c.alpha, c.mu, c.steps, gx, gy)
			}
			if gx == 0 && gy == 0 {
				return notYet(ex, "withMomentum(%g, %g, %d) returned (0, 0): start at (−4, 2) and return the point after the steps.", c.alpha, c.mu, c.steps)
			}
			if px, py := momentumReference(c.alpha, 0, c.steps, false); c.mu != 0 && nearPoint(gx, gy, px, py) {
				return notYet(ex, "that is where plain gradient descent lands: the velocity must carry over from step to step (v ← μv − α∇g).")
			}
			if ox, oy := momentumReference(c.alpha, c.mu, c.steps, true); nearPoint(gx, gy, ox, oy) {
				return notYet(ex, "update the velocity first, then move the point with the new velocity: θ ← θ + v.")
			}
			for _, d := range []int{-1, 1} {
				if c.steps+d >= 0 {
					if sx, sy := momentumReference(c.alpha, c.mu, c.steps+d, false); nearPoint(gx, gy, sx, sy) {
						return notYet(ex, "withMomentum(%g, %g, %d) took %d steps: take exactly `steps` steps.", c.alpha, c.mu, c.steps, c.steps+d)
					}
				}
			}
			if math.Hypot(gx, gy) > math.Hypot(4, 2) {
				return notYet(ex, "withMomentum(%g, %g, %d) = (%.4g, %.4g) moved away from the minimum: the velocity collects −α∇g, the gradient of g is (2x, 10y).", c.alpha, c.mu, c.steps, gx, gy)
			}
			return notYet(ex, "withMomentum(%g, %g, %d) = (%.6g, %.6g), expected (%.6g, %.6g): check the gradient (2x, 10y) and the two updates.", c.alpha, c.mu, c.steps, gx, gy, wx, wy)
		}
		return correct(ex, "after 10 steps of 0.05 with momentum 0.5 the point is at (%.4f, %.4f); with μ = 0 it is plain gradient descent.", firstOf(momentumReference(0.05, 0.5, 10, false)), secondOf(momentumReference(0.05, 0.5, 10, false)))
	})
}

// momentumReference runs momentum on x² + 5y² from (−4, 2); with moveFirst it moves the point
// with the old velocity before updating it (a typical slip).
func momentumReference(alpha, mu float64, steps int, moveFirst bool) (x, y float64) {
	x, y = -4, 2
	var vx, vy float64
	for t := 0; t < steps; t++ {
		gx, gy := 2*x, 10*y
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

func firstOf(x, _ float64) float64  { return x }
func secondOf(_, y float64) float64 { return y }

func nearPoint(gx, gy, wx, wy float64) bool { return near(gx, wx, 1e-9) && near(gy, wy, 1e-9) }

// Check5_5 checks exercise 5.5: the first point Adam (step 0.5, β1 = 0.9, β2 = 0.999) visits from
// (−4, 2) on x² + 50y². It recognises Adam without its bias correction, plain gradient descent's
// first step, and a flipped sign.
func Check5_5(x1, y1 float64) Result {
	const ex = "5.5"
	return safely(ex, func() Result {
		const alpha = 0.5
		gx, gy := 2*-4.0, 100*2.0
		want := func(m, s float64) (float64, float64) { // one Adam step with the given corrections
			return -4 - alpha*(0.1*gx/m)/(math.Sqrt(0.001*gx*gx/s)+1e-8), 2 - alpha*(0.1*gy/m)/(math.Sqrt(0.001*gy*gy/s)+1e-8)
		}
		wx, wy := want(0.1, 0.001)
		switch {
		case badNumber(x1) != "" || badNumber(y1) != "":
			return notYet(ex, "the point is (%g, %g).", x1, y1)
		case x1 == 0 && y1 == 0:
			return notYet(ex, "the point is still (0, 0): after one step, what are m̂ and ŝ?")
		case near(x1, wx, 1e-6) && near(y1, wy, 1e-6):
			return correct(ex, "the first step is α times the sign of each gradient, (+0.5, −0.5), although y's slope is 25 times steeper than x's.")
		}
		if nx, ny := want(1, 1); near(x1, nx, 1e-3) && near(y1, ny, 1e-3) {
			return notYet(ex, "that is Adam without the bias correction: divide m by 1 − β1 and s by 1 − β2 after the first step.")
		}
		if near(x1, -4-alpha*gx, 1e-6) && near(y1, 2-alpha*gy, 1e-6) {
			return notYet(ex, "that is plain gradient descent's first step; Adam divides m̂ by √ŝ.")
		}
		if near(x1, -4-alpha, 1e-6) && near(y1, 2+alpha, 1e-6) {
			return notYet(ex, "the step goes against the gradient: θ ← θ − α·m̂/(√ŝ + ε).")
		}
		return notYet(ex, "after one step m̂ = ∇ and ŝ = ∇²: what is m̂/√ŝ for each coordinate?")
	})
}
