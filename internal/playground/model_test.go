package playground

import (
	"math"
	"testing"
)

// The batched probabilities of the decision boundary are the network's
// outputs point by point.
func TestProbabilitiesMatchForward(t *testing.T) {
	for _, name := range []string{"xor", "spirals", "xor3"} {
		s := Presets[name]
		train, test, _ := MakeData(s, Dataset{})
		m, err := newModel(s, train, test)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.train(0, 3, func(epochStats) error { return nil }); err != nil {
			t.Fatal(err)
		}
		pts := GridPoints(7)
		probs, err := m.probabilities(pts)
		if err != nil || len(probs) != 49 {
			t.Fatalf("%s: %d probabilities, err %v; want 49", name, len(probs), err)
		}
		for k, p := range probs {
			out, err := m.net.Forward(pts[2*k : 2*k+2])
			if err != nil || math.Abs(out[0]-p) > 1e-12 {
				t.Fatalf("%s: point %d: batch %v, Forward %v (err %v)", name, k, p, out, err)
			}
		}
	}
}

func TestTrainNamesTheEpochOfTheRun(t *testing.T) {
	s := Presets["xorboom"]
	train, test, _ := MakeData(s, Dataset{})
	m, err := newModel(s, train, test)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = m.train(1000, 100, func(epochStats) error { n++; return nil })
	if err == nil {
		t.Fatal("xorboom trained 100 epochs without blowing up")
	}
	want := "training stopped in epoch " + itoa(1000+n+1) + " "
	if got := err.Error(); len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("error %q should start %q", got, want)
	}
}

// The presets of lesson 4 show what the lesson shows: after its 500 epochs,
// 50 hidden units classify the XOR cloud's test points far better than 3.
func TestLesson4Presets(t *testing.T) {
	testAcc := func(name string) float64 {
		s := Presets[name]
		train, test, _ := MakeData(s, Dataset{})
		m, err := newModel(s, train, test)
		if err != nil {
			t.Fatal(err)
		}
		var last epochStats
		if err := m.train(0, s.Epochs, func(e epochStats) error { last = e; return nil }); err != nil {
			t.Fatal(err)
		}
		return last.TestAcc
	}
	a3, a50 := testAcc("xor3"), testAcc("xor50")
	if a50 < 0.9 || a50-a3 < 0.1 {
		t.Errorf("after 500 epochs, xor50 should reach 0.9 on the test points and beat xor3 by 10 points; got %.3f and %.3f", a50, a3)
	}
}
