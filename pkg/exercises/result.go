package exercises

import (
	"fmt"
	"math"
	"strings"
)

// Result is the outcome of checking one exercise. Its String method is what the notebook shows.
type Result struct {
	// Exercise is the exercise's number, "lesson.exercise", such as "6.2".
	Exercise string
	// Correct reports whether the answer passed the check.
	Correct bool
	// Message says what a correct answer shows, or gives a hint for a wrong one.
	Message string
}

// String returns "Exercise N.k: correct" followed by a line on what the answer shows, or
// "Exercise N.k: not yet — hint".
func (r Result) String() string {
	if r.Correct {
		if r.Message == "" {
			return "Exercise " + r.Exercise + ": correct"
		}
		return "Exercise " + r.Exercise + ": correct\n" + r.Message
	}
	return "Exercise " + r.Exercise + ": not yet — " + r.Message
}

// correct returns a passing Result for exercise ex, with a line on what it shows.
func correct(ex, format string, args ...any) Result {
	return Result{Exercise: ex, Correct: true, Message: fmt.Sprintf(format, args...)}
}

// notYet returns a failing Result for exercise ex with a hint.
func notYet(ex, format string, args ...any) Result {
	return Result{Exercise: ex, Message: fmt.Sprintf(format, args...)}
}

// safely runs the check f for exercise ex and turns a panic in the student's code (which f
// calls) into a "not yet" that quotes it, so a check cell never fails.
func safely(ex string, f func() Result) (r Result) {
	defer func() {
		if p := recover(); p != nil {
			msg := strings.TrimSpace(fmt.Sprint(p))
			if len(msg) > 160 {
				msg = msg[:160] + "…"
			}
			r = notYet(ex, "your code panicked: %s. Run it on its own to see where.", msg)
		}
	}()
	return f()
}

// badNumber describes got if it is NaN or infinite ("NaN", "+Inf"), and returns "" otherwise.
func badNumber(got float64) string {
	switch {
	case math.IsNaN(got):
		return "NaN"
	case math.IsInf(got, 1):
		return "+Inf"
	case math.IsInf(got, -1):
		return "-Inf"
	}
	return ""
}
