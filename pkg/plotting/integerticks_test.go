package plotting

import (
	"strings"
	"testing"
)

func TestIntegerTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     string // the labels, space separated
	}{
		{1, 1, "1"},
		{1, 3, "1 2 3"},
		{1, 6, "1 2 3 4 5 6"},
		{1, 11, "2 4 6 8 10"},
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
