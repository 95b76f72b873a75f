package plotting

import (
	"fmt"
	"image"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"
)

func TestSeriesAndFunctionsXY(t *testing.T) {
	g := []float64{0.25, 0.06, 0.015, 0.004, 0.001}
	r := []float64{0.3, 0.28, 0.3, 0.29, 0.31}
	for _, logY := range []bool{false, true} {
		f, err := Series("gradient by layer", "layer", "mean |gradient|", logY,
			Line{Label: "sigmoid", Y: g}, Line{Label: "ReLU", Y: r, Dashed: true}, Line{Label: "none"})
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, "series.png", f)
	}
	one, err := Series("one value", "step", "v", false, Line{Y: []float64{2}})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series_one.png", one)
	fx, err := FunctionsXY("loss by weight", "w", "loss", -1, 4, Fn{Label: "sq", F: func(x float64) float64 { return x * x }})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "functionsxy.png", fx)
	if svg := fx.svgText(); !strings.Contains(svg, ">loss</text>") || !strings.Contains(svg, ">w</text>") || strings.Contains(svg, ">f(x)</text>") {
		t.Error("FunctionsXY's SVG lacks its axis labels")
	}
}

func TestSeriesBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		logY  bool
		lines []Line
		want  string
	}{
		{"no lines", false, nil, "no lines"},
		{"all empty", false, []Line{{Label: "a"}, {}}, "every line is empty"},
		{"NaN", false, []Line{{Label: "a", Y: []float64{1, math.NaN()}}}, `line 0 ("a"): Y[1] (position 2) is NaN`},
		{"Inf", false, []Line{{Y: []float64{1}}, {Y: []float64{math.Inf(1)}}}, "line 1: Y[0] (position 1) is +Inf"},
		{"log of zero", true, []Line{{Y: []float64{1, 0}}}, "log scale needs positive values"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Series("t", "x", "y", tc.logY, tc.lines...)
			if err == nil || f != nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "plotting.Series") {
				t.Errorf("got %v, %v; want an error containing %q", f, err, tc.want)
			}
		})
	}
}

// TestSeriesNoMarkers draws a flat line with and without markers and checks
// the pixels just above each value: the dot (radius 3.5 points) covers
// them, the line (2 points wide) does not. A line of one value keeps its
// dot, as nothing else would show it.
func TestSeriesNoMarkers(t *testing.T) {
	for _, tc := range []struct {
		name      string
		y         []float64
		noMarkers bool
		wantDots  bool
	}{
		{"markers", []float64{1, 1, 1, 1, 1}, false, true},
		{"no markers", []float64{1, 1, 1, 1, 1}, true, false},
		{"one value, no markers", []float64{1}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := seriesPlot("t", "epoch", "v", false, []Line{{Label: "v", Y: tc.y, NoMarkers: tc.noMarkers}})
			ch.putInside()
			ch.Legend.Top, ch.Legend.Left = false, true
			img, at := drawnAt(t, ch)
			for j := range tc.y {
				if j > 0 { // the line runs between the values
					if mid := at(float64(j)+0.5, 1); !near(img, mid, Blue) {
						t.Fatalf("between values %d and %d: pixel %v is %v, not the line's blue", j-1, j, mid, img.RGBAAt(mid.X, mid.Y))
					}
				}
				above := at(float64(j+1), 1).Add(image.Point{Y: -3})
				if got := near(img, above, Blue); got != tc.wantDots {
					t.Errorf("value %d: 3 px above it the pixel is %v: dot drawn = %v, want %v", j, img.RGBAAt(above.X, above.Y), got, tc.wantDots)
				}
			}
		})
	}
	var noisy []float64
	for e := range 300 {
		noisy = append(noisy, 0.7+0.2*math.Sin(float64(e)*1.3)/(1+0.01*float64(e)))
	}
	for _, noMarkers := range []bool{false, true} {
		f, err := Series("300 epochs", "epoch", "accuracy", false,
			Line{Label: "test accuracy", Y: noisy, NoMarkers: noMarkers})
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, fmt.Sprintf("series_300_nomarkers_%v.png", noMarkers), f)
	}
}

// TestSeriesWithRange checks that a bad SeriesOptions.Y is an error naming
// the field, and that a good one draws.
func TestSeriesWithRange(t *testing.T) {
	y := []float64{1e-3, 1e-6, 1e-9}
	tests := []struct {
		name string
		opt  SeriesOptions
		ok   bool
	}{
		{"log, pinned", SeriesOptions{LogY: true, Y: Range{Min: 1e-12, Max: 1}}, true},
		{"linear, pinned", SeriesOptions{Y: Range{Min: -1, Max: 1}}, true},
		{"empty", SeriesOptions{Y: Range{Min: 1, Max: 1}}, false},
		{"reversed", SeriesOptions{Y: Range{Min: 1, Max: 0}}, false},
		{"NaN", SeriesOptions{Y: Range{Min: math.NaN(), Max: 1}}, false},
		{"log from 0", SeriesOptions{LogY: true, Y: Range{Min: 0, Max: 1}}, false},
	}
	for _, tc := range tests {
		f, err := SeriesWith("t", "layer", "g", tc.opt, Line{Label: "g", Y: y})
		if tc.ok {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
				continue
			}
			checkFigure(t, "serieswith-"+strings.ReplaceAll(tc.name, ", ", "-")+".png", f)
		} else if err == nil || !strings.Contains(err.Error(), "SeriesOptions.Y") {
			t.Errorf("%s: error %v, want one naming SeriesOptions.Y", tc.name, err)
		}
	}
}

// TestSeriesCounts checks that SeriesOptions.Counts puts every y tick of a
// linear axis on a whole number (no unlabelled tick on a half-count, as the
// default axis has from 0 to 4), that a log axis ignores it, and that the
// figure draws.
func TestSeriesCounts(t *testing.T) {
	y := []float64{3, 2, 1, 0}
	for _, tc := range []struct {
		name   string
		opt    SeriesOptions
		halves bool // whether a tick may sit on a half-count
	}{
		{"default", SeriesOptions{Y: Range{Min: 0, Max: 4}}, true},
		{"counts", SeriesOptions{Y: Range{Min: 0, Max: 4}, Counts: true}, false},
		{"counts, free range", SeriesOptions{Counts: true}, false},
	} {
		ch, err := seriesChart("t", "t", "epoch", "wrong", tc.opt, []Line{{Y: y}})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		half := false
		for _, tk := range ch.Y.Tick.Marker.Ticks(0, 4) {
			half = half || tk.Value != math.Trunc(tk.Value)
		}
		if half != tc.halves {
			t.Errorf("%s: a tick on a half-count: %v, want %v", tc.name, half, tc.halves)
		}
	}
	f, err := SeriesWith("Mistakes", "epoch", "wrong answers", SeriesOptions{Y: Range{Min: 0, Max: 4}, Counts: true}, Line{Y: y})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series-counts.png", f)
	log, err := seriesChart("t", "t", "epoch", "g", SeriesOptions{LogY: true, Counts: true}, []Line{{Y: []float64{1, 0.1}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := log.Y.Tick.Marker.(integerTicks); ok {
		t.Error("Counts with LogY: the log axis got whole-number ticks")
	}
}

// TestSeriesXLabels checks that SeriesOptions.XLabels puts one tick, with
// its name, at each position, that a line longer than the labels is an
// error naming XLabels, and that the figure draws.
func TestSeriesXLabels(t *testing.T) {
	names := []string{"0", "0.001", "0.01", "0.1"}
	for _, tc := range []struct {
		name    string
		y       []float64
		wantErr bool
	}{
		{"as many values as labels", []float64{0.3, 0.2, 0.1, 0.25}, false},
		{"fewer values", []float64{0.3, 0.2}, false},
		{"more values", []float64{0.3, 0.2, 0.1, 0.25, 0.4}, true},
		{"as many values, from position 2", []float64{0.3, 0.2, 0.1, 0.25}, true},
		{"fewer values, from position 2", []float64{0.3, 0.2, 0.1}, false},
	} {
		first := 0
		if strings.Contains(tc.name, "position 2") {
			first = 2
		}
		ch, err := seriesChart("t", "t", "λ", "loss", SeriesOptions{XLabels: names}, []Line{{Y: tc.y, First: first}})
		if tc.wantErr {
			if err == nil || !strings.Contains(err.Error(), "XLabels") {
				t.Errorf("%s: error %v, want one naming XLabels", tc.name, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ticks := ch.X.Tick.Marker.Ticks(0.5, 4.5)
		if len(ticks) != len(names) {
			t.Fatalf("%s: %d ticks, want %d: %v", tc.name, len(ticks), len(names), ticks)
		}
		for i, tk := range ticks {
			if tk.Value != float64(i+1) || tk.Label != names[i] {
				t.Errorf("%s: tick %d is %v %q, want %d %q", tc.name, i, tk.Value, tk.Label, i+1, names[i])
			}
		}
	}
	if got := labelTicks(names).Ticks(1.5, 3.2); len(got) != 2 || got[0].Label != "0.001" || got[1].Label != "0.01" {
		t.Errorf("ticks inside [1.5, 3.2]: %v, want positions 2 and 3", got)
	}
	f, err := SeriesWith("Loss by λ", "λ", "loss", SeriesOptions{LogY: true, XLabels: names},
		Line{Label: "train", Y: []float64{0.01, 0.02, 0.05, 0.2}}, Line{Label: "validation", Y: []float64{0.1, 0.09, 0.08, 0.2}, Dashed: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series-xlabels.png", f)
}

// TestSeriesFirst checks that Line.First moves a line's values to start at
// that position (the x axis then spans First to the last position, plus
// the usual 4 % margin), that 0 means 1, that a negative First is an error
// naming the field, and that the figure draws.
func TestSeriesFirst(t *testing.T) {
	for _, tc := range []struct {
		first          int
		wantLo, wantHi float64
	}{{0, 1, 3}, {1, 1, 3}, {5, 5, 7}} {
		ch, err := seriesChart("t", "t", "step", "x", SeriesOptions{}, []Line{{Y: []float64{1, 2, 3}, First: tc.first}})
		if err != nil {
			t.Fatalf("First %d: %v", tc.first, err)
		}
		pad := 0.04 * (tc.wantHi - tc.wantLo)
		if math.Abs(ch.X.Min-(tc.wantLo-pad)) > 1e-12 || math.Abs(ch.X.Max-(tc.wantHi+pad)) > 1e-12 {
			t.Errorf("First %d: x axis [%g, %g], want the positions %g to %g with a 4%% margin", tc.first, ch.X.Min, ch.X.Max, tc.wantLo, tc.wantHi)
		}
	}
	if _, err := SeriesWith("t", "step", "x", SeriesOptions{}, Line{Label: "x", Y: []float64{1, 2}, First: -1}); err == nil || !strings.Contains(err.Error(), "First is -1") {
		t.Errorf("First −1: error %v, want one naming First", err)
	}
	f, err := SeriesWith("From step 2 on", "step k", "xₖ", SeriesOptions{Y: Range{Min: 2.1, Max: 2.4}},
		Line{Label: "xₖ", Y: []float64{2.17, 2.32, 2.16, 2.33, 2.155}, First: 2},
		Line{Label: "9/4", Y: []float64{2.25, 2.25, 2.25, 2.25, 2.25}, First: 2, Dashed: true, NoMarkers: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series-first.png", f)
}

// TestSeriesRefs checks that SeriesOptions.Refs draws its reference lines
// after the lines, with a legend entry for a labelled one after the
// lines' entries, that the y axis reaches a line
// outside the data, that a NaN line or one at or below 0 on a log axis is
// an error naming Refs, and that the figure draws.
func TestSeriesRefs(t *testing.T) {
	y := []float64{2.17, 2.32, 2.16, 2.33}
	ch, err := seriesChart("t", "t", "step", "x", SeriesOptions{Refs: []Ref{{Label: "goal", Y: 3}, {Y: 2.25}}}, []Line{{Label: "x", Y: y}})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Y.Max < 3 {
		t.Errorf("y axis ends at %g, want it to reach the reference line at 3", ch.Y.Max)
	}
	var labels []string
	for _, e := range ch.entries {
		labels = append(labels, e.label)
	}
	if fmt.Sprint(labels) != "[x goal]" {
		t.Errorf("legend %q, want the line and then the labelled reference line", labels)
	}
	for _, tc := range []struct {
		name string
		opt  SeriesOptions
	}{
		{"NaN", SeriesOptions{Refs: []Ref{{Label: "bad", Y: math.NaN()}}}},
		{"Inf", SeriesOptions{Refs: []Ref{{Y: math.Inf(1)}}}},
		{"zero on a log axis", SeriesOptions{LogY: true, Refs: []Ref{{Y: 1}, {Y: 0}}}},
	} {
		if _, err := SeriesWith("t", "step", "x", tc.opt, Line{Y: y}); err == nil || !strings.Contains(err.Error(), "SeriesOptions.Refs[") {
			t.Errorf("%s: error %v, want one naming SeriesOptions.Refs", tc.name, err)
		}
	}
	f, err := SeriesWith("Distance", "step", "distance", SeriesOptions{LogY: true, Y: Range{Min: 1e-4, Max: 10}, Refs: []Ref{{Label: "goal: 0.001", Y: 1e-3}}},
		Line{Label: "d", Y: []float64{4, 1, 0.1, 0.01, 5e-4}, NoMarkers: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "series-refs.png", f)
}

// TestSeriesOneValueLegend checks that a line of one value is shown in the
// legend by its dot alone, as it is drawn, while a longer line keeps its
// line and dot.
func TestSeriesOneValueLegend(t *testing.T) {
	ch := seriesPlot("t", "λ", "loss", false, []Line{{Label: "validation", Y: []float64{3, 2, 4}}, {Label: "chosen", Y: []float64{2}, First: 2}})
	for i, want := range []int{2, 1} {
		if got := len(ch.entries[i].thumbs); got != want {
			t.Errorf("legend entry %q: %d thumbnails, want %d", ch.entries[i].label, got, want)
		}
	}
	if _, ok := ch.entries[1].thumbs[0].(*plotter.Scatter); !ok {
		t.Errorf("legend entry %q shows a %T, want the dot (*plotter.Scatter)", ch.entries[1].label, ch.entries[1].thumbs[0])
	}
}
