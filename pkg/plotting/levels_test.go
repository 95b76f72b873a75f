package plotting

import (
	"strings"
	"testing"
)

func TestLevelLabel(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{
		{0, "0"},
		{0.047, "0.047"},
		{0.04736, "0.047"},
		{46.3, "46"},
		{5.7, "5.7"},
		{0.00012, "0.00012"},
		{4567, "4600"},
		{1234567, "1.2e+06"},
		{3e-7, "3e-07"},
		{-0.5, "−0.5"},
	} {
		if got := levelLabel(tt.v); got != tt.want {
			t.Errorf("levelLabel(%g) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// TestDescent2DPathLevels checks that PathOptions.Levels adds a legend entry
// naming the function and the values of the darkest and lightest contour
// line, and that without it the legend has no such entry.
func TestDescent2DPathLevels(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	r := Range{Min: -2, Max: 2}
	path := [][]float64{{1.8, 0.9}, {1.2, -0.5}, {0.7, 0.3}}
	g, err := sampleGrid("t", f, r, r, 120)
	if err != nil {
		t.Fatal(err)
	}
	levels := contourLevels(g, 12)
	want := "MSE on the lines: " + levelLabel(levels[0]) + " (dark) to " + levelLabel(levels[len(levels)-1]) + " (light)"
	if levels[0] >= levels[len(levels)-1] {
		t.Fatalf("levels %v do not rise", levels)
	}
	with, err := Descent2DPath("bowl", "w", "b", f, r, r, path, 0, PathOptions{Levels: "MSE"})
	if err != nil {
		t.Fatal(err)
	}
	if svg := with.svgText(); !strings.Contains(svg, want) {
		t.Errorf("with Levels: the chart has no legend entry %q", want)
	}
	without, err := Descent2DPath("bowl", "w", "b", f, r, r, path, 0, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if svg := without.svgText(); strings.Contains(svg, "on the lines") {
		t.Error("without Levels: the chart names its contour values")
	}
	checkFigure(t, "descent_levels.png", with)
}
