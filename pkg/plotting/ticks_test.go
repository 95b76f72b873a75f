package plotting

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot"
)

func TestIntegerTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     string // the labels, space separated
	}{
		{1, 1, "1"},
		{1, 3, "1 2 3"},
		{1, 6, "1 2 3 4 5 6"},
		// Up to 12 whole numbers: each labelled (every epoch of a short run).
		{1, 7, "1 2 3 4 5 6 7"},
		{1, 11, "1 2 3 4 5 6 7 8 9 10 11"},
		{1, 12, "1 2 3 4 5 6 7 8 9 10 11 12"},
		{1, 13, "5 10"},
		{0, 14, "0 5 10"},
		{1, 20, "5 10 15 20"},
		{0, 100, "0 20 40 60 80 100"},
		{1, 3000, "1000 2000 3000"},
		{0.5, 1.5, "1"},
		{2.2, 2.8, ""},
		// A series from epoch 1, padded to start at −0.16: 0, never "-0".
		{-0.16, 30.2, "0 10 20 30"},
		{-0.4, 0.4, "0"},
	} {
		var labels []string
		for _, tk := range (integerTicks{}).Ticks(tc.min, tc.max) {
			if tk.Label != "" {
				labels = append(labels, tk.Label)
			}
			if tk.Value != float64(int64(tk.Value)) && tk.Label != "" {
				t.Errorf("[%g, %g]: labelled tick at %g is not a whole number", tc.min, tc.max, tk.Value)
			}
		}
		if got := strings.Join(labels, " "); got != tc.want {
			t.Errorf("[%g, %g]: labels %q, want %q", tc.min, tc.max, got, tc.want)
		}
	}
}

// TestPositionTicks checks Series' x axis: integerTicks without a label
// below position 1, the first a series has, and with position 1 labelled.
func TestPositionTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     string // the labels, space separated
	}{
		{-0.16, 30.2, "1 10 20 30"}, // 30 epochs, padded: no "0", and 1 labelled
		{-11, 312, "1 100 200 300"},
		{0.5, 20.5, "1 5 10 15 20"},
		{0.9, 60, "1 20 40 60"},
		{0.84, 5.16, "1 2 3 4 5"},
		{0.64, 10.36, "1 2 3 4 5 6 7 8 9 10"}, // ten layers, padded: each labelled
		{0.5, 1.5, "1"},
		{-0.4, 0.4, ""},
	} {
		var labels []string
		for _, tk := range (positionTicks{}).Ticks(tc.min, tc.max) {
			if tk.Value < 1 {
				t.Errorf("[%g, %g]: tick at %g, before position 1", tc.min, tc.max, tk.Value)
			}
			if tk.Label != "" {
				labels = append(labels, tk.Label)
			}
		}
		if got := strings.Join(labels, " "); got != tc.want {
			t.Errorf("[%g, %g]: labels %q, want %q", tc.min, tc.max, got, tc.want)
		}
	}
}

func TestLogTicks(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max float64
		want     []string // labels of the ticks inside [min, max]
	}{
		{"three decades", 0.004, 1.3, []string{"10⁻²", "10⁻¹", "10⁰"}},
		{"exactly powers", 0.01, 1, []string{"10⁻²", "10⁻¹", "10⁰"}},
		{"large", 0.5, 2000, []string{"10⁰", "10¹", "10²", "10³"}},
		{"tiny", 3e-8, 2e-5, []string{"10⁻⁷", "10⁻⁶", "10⁻⁵"}},
		{"huge", 50, 2e6, []string{"10²", "10³", "10⁴", "10⁵", "10⁶"}},
		// Multiples labelled, every label between 0.001 and 1000: decimals.
		{"under a decade", 0.15, 0.9, []string{"0.2", "0.3", "0.5"}},
		{"one power inside", 0.6, 4, []string{"1", "2", "3"}},
		{"two powers inside", 0.03, 1.5, []string{"0.05", "0.1", "0.2", "0.5", "1"}},
		{"two powers, large", 40, 1500, []string{"50", "100", "200", "500", "1000"}},
		{"two powers, small", 0.0015, 0.12, []string{"0.002", "0.005", "0.01", "0.02", "0.05", "0.1"}},
		// A label outside [0.001, 1000]: every label a power of ten.
		{"two powers, too small", 0.0003, 0.012, []string{"5×10⁻⁴", "10⁻³", "2×10⁻³", "5×10⁻³", "10⁻²"}},
		{"two powers, too large", 400, 15000, []string{"5×10²", "10³", "2×10³", "5×10³", "10⁴"}},
		{"under a decade, tiny", 1.5e-5, 9e-5, []string{"2×10⁻⁵", "3×10⁻⁵", "5×10⁻⁵"}},
		{"narrow", 0.41, 0.58, []string{"0.45", "0.5", "0.55"}},
		{"very narrow", 0.43, 0.47, []string{"0.43", "0.44", "0.45", "0.46", "0.47"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range (logTicks{}).Ticks(tc.min, tc.max) {
				if tk.Label != "" && tk.Value >= tc.min && tk.Value <= tc.max {
					got = append(got, tk.Label)
				}
				if tk.Value <= 0 || math.IsNaN(tk.Value) {
					t.Errorf("tick at %g", tk.Value)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("labels %q, want %q", got, tc.want)
			}
		})
	}
	if got := (logTicks{}).Ticks(0, 1); got != nil {
		t.Errorf("a range from 0 got ticks %v", got)
	}
}

func TestLogTicksManyDecades(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max float64
		want     []string // labels of the ticks inside [min, max]
	}{
		{"seven decades, all labelled", 1e-6, 1.5, []string{"10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"}},
		{"eight decades, every 2nd", 1e-7, 1.5, []string{"10⁻⁶", "10⁻⁴", "10⁻²", "10⁰"}},
		{"24 decades, every 5th", 1e-23, 10, []string{"10⁻²⁰", "10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "10⁰"}},
		{"60 decades, every 10th", 1e-50, 1e10, []string{"10⁻⁵⁰", "10⁻⁴⁰", "10⁻³⁰", "10⁻²⁰", "10⁻¹⁰", "10⁰", "10¹⁰"}},
		{"whole float64 range", 1e-300, 1e300, []string{"10⁻³⁰⁰", "10⁻²⁰⁰", "10⁻¹⁰⁰", "10⁰", "10¹⁰⁰", "10²⁰⁰", "10³⁰⁰"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			n := 0
			for _, tk := range (logTicks{}).Ticks(tc.min, tc.max) {
				if tk.Value >= tc.min && tk.Value <= tc.max {
					n++
					if tk.Label != "" {
						got = append(got, tk.Label)
					}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("labels %q, want %q", got, tc.want)
			}
			if len(got) > maxLogLabels {
				t.Errorf("%d labels, want at most %d", len(got), maxLogLabels)
			}
		})
	}
}

func TestRoundTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     string // the labels, space separated
	}{
		// Lesson 5's f and f′ (y from about −20 to 30): 0 is labelled.
		{-21.3, 31.7, "-20 -10 0 10 20 30"},
		// Lesson 2's loss by weight (y from about −1.2 to 3.4).
		{-1.2, 3.4, "-1 0 1 2 3"},
		// The unit square with a margin: 0 and 1 are labelled.
		{-0.5, 1.5, "-0.5 0 0.5 1 1.5"},
		{-0.2, 1.2, "0 0.5 1"},
		{-0.05, 1.05, "0 0.2 0.4 0.6 0.8 1"},
		// Ranges that end just past a round value, and rounding noise.
		{-6, 6, "-5 0 5"},
		{0.1, 0.7, "0.2 0.4 0.6"},
		{-0.30000000000000004, 0.30000000000000004, "-0.2 0 0.2"},
		{1e-3, 4e-3, "0.001 0.002 0.003 0.004"},
		{2.2, 2.8, "2.2 2.4 2.6 2.8"},
		{1000, 3000, "1000 1500 2000 2500 3000"},
		{5, 5, "5"},
		{-1e-17, 1, "0 0.2 0.4 0.6 0.8 1"},
	} {
		var labels []string
		ticks := (roundTicks{}).Ticks(tc.min, tc.max)
		for _, tk := range ticks {
			if tk.Label == "" {
				continue
			}
			labels = append(labels, tk.Label)
			if tk.Value < tc.min-1e-9 || tk.Value > tc.max+1e-9 {
				t.Errorf("[%g, %g]: tick %s at %g is outside the range", tc.min, tc.max, tk.Label, tk.Value)
			}
		}
		got := strings.Join(labels, " ")
		if got != tc.want {
			t.Errorf("[%g, %g]: labels %q, want %q", tc.min, tc.max, got, tc.want)
		}
	}
}

// TestRoundTicksRules checks the rules on many ranges: 0 is labelled when
// it is in range, no label reads "-0", labels are evenly spaced at a step
// of 1, 2 or 5 times a power of ten, and there are 2 to maxRoundLabels.
func TestRoundTicksRules(t *testing.T) {
	for _, lo := range []float64{-123.4, -25, -3.3, -1, -0.51, -0.05, -1e-9, 0, 0.003, 0.5, 7, 990} {
		for _, span := range []float64{0.01, 0.3, 1, 1.1, 2.5, 7, 40, 99, 1234, 1e5} {
			hi := lo + span
			var labels []float64
			for _, tk := range (roundTicks{}).Ticks(lo, hi) {
				if tk.Label == "" {
					continue
				}
				if tk.Label == "-0" || strings.HasPrefix(tk.Label, "-0") && strings.Trim(tk.Label, "-0.") == "" {
					t.Errorf("[%g, %g]: a label reads %q", lo, hi, tk.Label)
				}
				v, err := strconv.ParseFloat(tk.Label, 64)
				if err != nil || math.Abs(v-tk.Value) > 1e-9*math.Max(1, math.Abs(v)) {
					t.Errorf("[%g, %g]: label %q does not say the tick's value %g", lo, hi, tk.Label, tk.Value)
				}
				labels = append(labels, v)
			}
			if n := len(labels); n < 2 || n > maxRoundLabels {
				t.Errorf("[%g, %g]: %d labels %v, want 2 to %d", lo, hi, n, labels, maxRoundLabels)
				continue
			}
			hasZero := false
			for _, v := range labels {
				hasZero = hasZero || v == 0
			}
			if lo <= 0 && hi >= 0 && !hasZero {
				t.Errorf("[%g, %g]: 0 is in range but not labelled: %v", lo, hi, labels)
			}
			step := labels[1] - labels[0]
			for i := 2; i < len(labels); i++ {
				if d := labels[i] - labels[i-1]; math.Abs(d-step) > 1e-9*step {
					t.Errorf("[%g, %g]: uneven steps in %v", lo, hi, labels)
				}
			}
			m := step / math.Pow10(int(math.Floor(math.Log10(step)+1e-9)))
			if r := math.Round(m); math.Abs(m-r) > 1e-6 || (r != 1 && r != 2 && r != 5) {
				t.Errorf("[%g, %g]: step %g is not 1, 2 or 5 times a power of ten", lo, hi, step)
			}
		}
	}
}

func TestRoundTicksBadRanges(t *testing.T) {
	for _, r := range [][2]float64{{1, 0}, {math.NaN(), 1}, {0, math.Inf(1)}} {
		if ticks := (roundTicks{}).Ticks(r[0], r[1]); ticks != nil {
			t.Errorf("Ticks(%g, %g) = %v, want none", r[0], r[1], ticks)
		}
	}
	// A span wider than float64 steps allow still gets ticks, without hanging.
	if ticks := (roundTicks{}).Ticks(-1e308, 1e308); len(ticks) == 0 {
		t.Error("Ticks(-1e308, 1e308) returned no ticks")
	}
}

func TestTickLabelNeverMinusZero(t *testing.T) {
	for _, tc := range []struct {
		v        float64
		decimals int
		want     string
	}{
		{math.Copysign(0, -1), 0, "0"},
		{-1e-12, 1, "0"},
		{-0.04, 1, "0"},
		{-0.05, 1, "-0.1"},
		{0.30000000000000004, 1, "0.3"},
		{-20, 0, "-20"},
		{2.5e6, 0, "2.5e+06"},
	} {
		if got := tickLabel(tc.v, tc.decimals); got != tc.want {
			t.Errorf("tickLabel(%g, %d) = %q, want %q", tc.v, tc.decimals, got, tc.want)
		}
	}
}

// TestLabelledLogEnds checks that a narrow log axis reaches the labelled
// 1, 2 or 5 times a power of ten just beyond its data, and that a wide
// axis, or one far from such a value, keeps its ends.
func TestLabelledLogEnds(t *testing.T) {
	for _, tc := range []struct {
		min, max, wantMin, wantMax float64
	}{
		{0.125, 0.9, 0.1, 1},      // a cost ending at 0.13 gets a labelled 0.1
		{0.16, 0.45, 0.16, 0.5},   // 0.16 is 1.6 times 0.1: too far, kept
		{0.3, 1.7, 0.2, 2},        // 2 is within 1.5 of 1.7
		{0.045, 0.48, 0.045, 0.5}, // 0.045 is 2.25 times 0.02: too far, kept
		{0.001, 5, 0.001, 5},      // more than two decades: kept
		{2.5, 2.5, 2.5, 2.5},      // empty: kept
	} {
		gotMin, gotMax := labelledLogEnds(tc.min, tc.max)
		if math.Abs(gotMin-tc.wantMin) > 1e-12 || math.Abs(gotMax-tc.wantMax) > 1e-12 {
			t.Errorf("labelledLogEnds(%g, %g) = %g, %g; want %g, %g", tc.min, tc.max, gotMin, gotMax, tc.wantMin, tc.wantMax)
		}
	}
}

// TestStepTicks checks that stepTicks labels the multiples of its step,
// with as many decimals as the step needs, and falls back to roundTicks for
// a step that is not positive or would label too many ticks.
func TestStepTicks(t *testing.T) {
	labels := func(ticks []plot.Tick) string {
		var l []string
		for _, tk := range ticks {
			if tk.Label != "" {
				l = append(l, tk.Label)
			}
		}
		return strings.Join(l, " ")
	}
	for _, tc := range []struct {
		step, min, max float64
		want           string
	}{
		{45, 0, 180, "0 45 90 135 180"},
		{45, -10, 100, "0 45 90"},
		{0.25, -0.6, 0.6, "-0.5 -0.25 0 0.25 0.5"},
		{0.5, 0, 2, "0 0.5 1 1.5 2"},
		{30, 0, 360, "0 30 60 90 120 150 180 210 240 270 300 330 360"},
		// Too many labels, or no usable step: the round ticks.
		{0.01, 0, 180, labels(roundTicks{}.Ticks(0, 180))},
		{0, 0, 180, labels(roundTicks{}.Ticks(0, 180))},
		{math.Inf(1), 0, 180, labels(roundTicks{}.Ticks(0, 180))},
	} {
		ticks := stepTicks(tc.step).Ticks(tc.min, tc.max)
		if got := labels(ticks); got != tc.want {
			t.Errorf("step %g on [%g, %g]: labels %q, want %q", tc.step, tc.min, tc.max, got, tc.want)
		}
		for _, tk := range ticks {
			if tk.Value < tc.min-1e-9 || tk.Value > tc.max+1e-9 {
				t.Errorf("step %g on [%g, %g]: tick %q at %g is outside the range", tc.step, tc.min, tc.max, tk.Label, tk.Value)
			}
		}
	}
	if labels(roundTicks{}.Ticks(0, 180)) == "0 45 90 135 180" {
		t.Fatal("roundTicks already labels 0, 45, ..., 180: the fallback cases above test nothing")
	}
	// A Frame's XStep reaches the chart's x axis; without it the axis keeps its round ticks.
	for _, tc := range []struct {
		fr   Frame
		want plot.Ticker
	}{{Frame{XStep: 45}, stepTicks(45)}, {Frame{}, roundTicks{}}} {
		ch := newChart("c", "θ", "c")
		tc.fr.finish(ch)
		if got := ch.X.Tick.Marker; got != tc.want {
			t.Errorf("Frame{XStep: %g}: x tick marker %#v, want %#v", tc.fr.XStep, got, tc.want)
		}
	}
}
