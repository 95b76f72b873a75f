package plotting

import (
	"strings"
	"testing"
)

// TestBoundaryLegend checks the legend of a decision boundary: class names
// of one's own, "boundary" for a class function (only 0 and 1) and
// "boundary (p = 0.5)" for a probability, present also when no boundary is
// in view, and an error naming ClassNames when it has too many names.
func TestBoundaryLegend(t *testing.T) {
	r := Range{Min: -1, Max: 1}
	pts := [][]float64{{-0.5, 0}, {0.5, 0}, {0, 0.5}}
	cls := []int{0, 1, 2}
	sigmoidProb := func(x, y float64) float64 { return sigmoid(4 * x) }
	step := func(x, y float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}
	tests := []struct {
		name    string
		prob    func(x, y float64) float64
		classes []int
		names   []string
		want    string
	}{
		{"probability", sigmoidProb, cls, nil, "class 0|class 1|class 2|boundary (p = 0.5)"},
		{"step", step, cls, nil, "class 0|class 1|class 2|boundary"},
		{"named", step, cls, []string{"", "", "flipped label"}, "class 0|class 1|flipped label|boundary"},
		{"no boundary in view, probability", func(x, y float64) float64 { return 0.3 }, cls, nil, "class 0|class 1|class 2|boundary (p = 0.5)"},
		{"no boundary in view, step", func(x, y float64) float64 { return 0 }, cls, nil, "class 0|class 1|class 2|boundary"},
		{"named sides", sigmoidProb, nil, []string{"cat", "dog"}, "cat side|dog side|boundary (p = 0.5)"},
	}
	for _, tc := range tests {
		ch, err := boundaryChart("t", "t", tc.prob, r, r, pts, tc.classes, BoundaryOptions{ClassNames: tc.names})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(legendLabels(ch), "|"); got != tc.want {
			t.Errorf("%s: legend %q, want %q", tc.name, got, tc.want)
		}
	}
	f, err := DecisionBoundaryWith("Noisy labels", step, r, r, pts, cls, BoundaryOptions{ClassNames: []string{"", "", "flipped label"}})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary-names.png", f)
	_, err = DecisionBoundaryWith("bad", step, r, r, pts, cls, BoundaryOptions{ClassNames: make([]string, 9)})
	if err == nil || !strings.Contains(err.Error(), "BoundaryOptions.ClassNames") {
		t.Errorf("9 class names: error %v, want one naming BoundaryOptions.ClassNames", err)
	}
}
