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
		{"three decades", 0.004, 1.3, []string{"10⁻²", "10⁻¹", "10⁰"}},
		{"exactly powers", 0.01, 1, []string{"10⁻²", "10⁻¹", "10⁰"}},
		{"large", 0.5, 2000, []string{"10⁰", "10¹", "10²", "10³"}},
		{"tiny", 3e-8, 2e-5, []string{"10⁻⁷", "10⁻⁶", "10⁻⁵"}},
		{"huge", 50, 2e6, []string{"10²", "10³", "10⁴", "10⁵", "10⁶"}},
		{"under a decade", 0.15, 0.9, []string{"2×10⁻¹", "3×10⁻¹", "5×10⁻¹"}},
		{"one power inside", 0.6, 4, []string{"10⁰", "2×10⁰", "3×10⁰"}},
		{"two powers inside", 0.03, 1.5, []string{"5×10⁻²", "10⁻¹", "2×10⁻¹", "5×10⁻¹", "10⁰"}},
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
