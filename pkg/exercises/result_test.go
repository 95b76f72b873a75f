package exercises

import (
	"math"
	"strings"
	"testing"
)

// expectResult fails t unless r is exercise ex's result and is correct (hint == "") or a
// one-line "not yet" whose text contains hint.
func expectResult(t *testing.T, name string, r Result, ex, hint string) {
	t.Helper()
	s := r.String()
	if r.Exercise != ex || !strings.HasPrefix(s, "Exercise "+ex+": ") {
		t.Errorf("%s: want a result for Exercise %s, got %q", name, ex, s)
	}
	if hint == "" {
		if !r.Correct || !strings.HasPrefix(s, "Exercise "+ex+": correct") {
			t.Errorf("%s: want correct, got %q", name, s)
		}
		return
	}
	if r.Correct || !strings.Contains(s, ": not yet — ") || !strings.Contains(s, hint) {
		t.Errorf("%s: want not yet with %q, got %q", name, hint, s)
	}
	if strings.Contains(s, "\n") {
		t.Errorf("%s: a hint should be one line, got %q", name, s)
	}
}

func TestResultString(t *testing.T) {
	tests := []struct {
		r    Result
		want string
	}{
		{Result{Exercise: "1.2", Correct: true, Message: "the line fits"}, "Exercise 1.2: correct\nthe line fits"},
		{Result{Exercise: "1.2", Correct: true}, "Exercise 1.2: correct"},
		{Result{Exercise: "6.3", Message: "check the sign"}, "Exercise 6.3: not yet — check the sign"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestSafelyTurnsPanicsIntoHints(t *testing.T) {
	r := safely("2.1", func() Result {
		var s []float64
		_ = s[3]
		return correct("2.1", "unreachable")
	})
	if r.Correct || !strings.Contains(r.String(), "Exercise 2.1: not yet — your code panicked: runtime error: index out of range") {
		t.Errorf("got %q", r)
	}
	r = safely("2.1", func() Result { return correct("2.1", "fine") })
	if !r.Correct {
		t.Errorf("a check that does not panic should pass its result through, got %q", r)
	}
}

func TestNear(t *testing.T) {
	tests := []struct {
		got, want, tol float64
		ok             bool
	}{
		{1.0000001, 1, 1e-6, true},
		{1.1, 1, 1e-6, false},
		{1000.0001, 1000, 1e-6, true}, // relative for large values
		{math.NaN(), 1, 1, false},
		{math.Inf(1), math.Inf(1), 1, false},
		{-1, 1, 1e-6, false},
	}
	for _, tt := range tests {
		if got := near(tt.got, tt.want, tt.tol); got != tt.ok {
			t.Errorf("near(%v, %v, %v) = %v, want %v", tt.got, tt.want, tt.tol, got, tt.ok)
		}
	}
	if badNumber(math.NaN()) != "NaN" || badNumber(math.Inf(-1)) != "-Inf" || badNumber(2) != "" {
		t.Error("badNumber")
	}
}
