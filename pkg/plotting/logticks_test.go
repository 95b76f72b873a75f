package plotting

import (
	"math"
	"reflect"
	"testing"
)

func TestLogTicks(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max float64
		want     []string // labels of the ticks inside [min, max]
	}{
		{"three decades", 0.004, 1.3, []string{"0.01", "0.1", "1"}},
		{"exactly powers", 0.01, 1, []string{"0.01", "0.1", "1"}},
		{"large", 0.5, 2000, []string{"1", "10", "100", "1000"}},
		{"tiny", 3e-8, 2e-5, []string{"1e-07", "1e-06", "1e-05"}},
		{"huge", 50, 2e6, []string{"100", "1000", "10000", "1e+05", "1e+06"}},
		{"under a decade", 0.15, 0.9, []string{"0.2", "0.3", "0.5"}},
		{"one power inside", 0.6, 4, []string{"1", "2", "3"}},
		{"narrow", 0.41, 0.58, []string{"0.425", "0.5", "0.575"}},
		{"very narrow", 0.43, 0.47, []string{"0.43", "0.45", "0.47"}},
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
