package playground

import (
	"testing"
)

// BenchmarkEpoch measures one epoch of training of each data set's preset,
// the number behind the page's epochs per second (which the wasm build runs
// several times slower).
func BenchmarkEpoch(b *testing.B) {
	digits, err := ParseDigits(testDigitsFile(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range DataSets {
		b.Run(name, func(b *testing.B) {
			s := Presets[name]
			train, test, err := MakeData(s, digits)
			if err != nil {
				b.Fatal(err)
			}
			m, err := newModel(s, train, test)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			if err := m.train(0, b.N, func(epochStats) error { return nil }); err != nil {
				b.Fatal(err)
			}
		})
	}
}

// BenchmarkBoundary measures the decision boundary of a frame, for the
// spirals preset and for the largest network the settings allow.
func BenchmarkBoundary(b *testing.B) {
	b.Run("spirals", func(b *testing.B) { benchBoundary(b, Presets["spirals"]) })
	largest := Presets["spirals"]
	largest.Hidden = []int{MaxUnits, MaxUnits, MaxUnits, MaxUnits, MaxUnits, MaxUnits}
	b.Run("largest", func(b *testing.B) { benchBoundary(b, largest) })
}

func benchBoundary(b *testing.B, s Settings) {
	train, test, _ := MakeData(s, Dataset{})
	m, err := newModel(s, train, test)
	if err != nil {
		b.Fatal(err)
	}
	pts := GridPoints(Grid)
	b.ReportAllocs()
	for b.Loop() {
		probs, err := m.probabilities(pts)
		if err != nil {
			b.Fatal(err)
		}
		Paint(probs)
	}
}
