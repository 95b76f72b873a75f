package plotting

import (
	"reflect"
	"testing"
)

func TestLogTicksManyDecades(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max float64
		want     []string // labels of the ticks inside [min, max]
	}{
		{"seven decades, all labelled", 1e-6, 1.5, []string{"1e-06", "1e-05", "0.0001", "0.001", "0.01", "0.1", "1"}},
		{"eight decades, every 2nd", 1e-7, 1.5, []string{"1e-06", "0.0001", "0.01", "1"}},
		{"24 decades, every 5th", 1e-23, 10, []string{"1e-20", "1e-15", "1e-10", "1e-05", "1"}},
		{"60 decades, every 10th", 1e-50, 1e10, []string{"1e-50", "1e-40", "1e-30", "1e-20", "1e-10", "1", "1e+10"}},
		{"whole float64 range", 1e-300, 1e300, []string{"1e-300", "1e-200", "1e-100", "1", "1e+100", "1e+200", "1e+300"}},
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

func TestMarkerRadius(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want float64
	}{{0, 2 * glyphRadius}, {4, 2 * glyphRadius}, {100, glyphRadius}, {300, glyphRadius}} {
		if got := float64(markerRadius(tc.n)); got != tc.want {
			t.Errorf("markerRadius(%d) = %g, want %g", tc.n, got, tc.want)
		}
	}
	if r := markerRadius(20); r <= glyphRadius || r >= 2*glyphRadius {
		t.Errorf("markerRadius(20) = %g, want between %g and %g", r, glyphRadius, 2*glyphRadius)
	}
}
