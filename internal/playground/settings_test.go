package playground

import (
	"reflect"
	"strings"
	"testing"
)

func TestPresetsAreValidAndRoundTrip(t *testing.T) {
	for _, name := range PresetNames() {
		p := Presets[name]
		if err := p.Validate(); err != nil {
			t.Errorf("preset %s: %v", name, err)
		}
		s, err := ParseSettings("preset=" + name)
		if err != nil || !reflect.DeepEqual(s, p) {
			t.Errorf("preset=%s gave %+v, %v; want %+v", name, s, err, p)
		}
		back, err := ParseSettings(s.Query())
		if err != nil || !reflect.DeepEqual(back, p) {
			t.Errorf("preset %s: its query %q reads back as %+v, %v", name, s.Query(), back, err)
		}
	}
	for _, d := range DataSets {
		if _, ok := Presets[d]; !ok {
			t.Errorf("data set %s has no preset of its own", d)
		}
	}
}

func TestParseSettings(t *testing.T) {
	xor := Presets["xor"]
	tests := []struct {
		query string
		want  func(s *Settings)
	}{
		{"", func(*Settings) {}},
		{"?preset=xor", func(*Settings) {}},
		{"rate=0.5&hidden=4,%202&act=ReLU", func(s *Settings) { s.Rate, s.Hidden, s.Activation = 0.5, []int{4, 2}, "relu" }},
		{"hidden=", func(s *Settings) { s.Hidden = nil }},
		{"epochs=300&autotrain=xor&seed=7", func(s *Settings) { s.Epochs, s.Seed = 300, 7 }},
		{"data=moons&noise=0.3&points=40&batch=0&l2=0.01&opt=sgd&loss=mse", func(s *Settings) {
			s.Data, s.Noise, s.Points, s.Batch, s.L2, s.Optimizer, s.Loss = "moons", 0.3, 40, 0, 0.01, "sgd", "mse"
		}},
	}
	for _, tt := range tests {
		want := xor
		want.Hidden = append([]int(nil), xor.Hidden...)
		tt.want(&want)
		got, err := ParseSettings(tt.query)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ParseSettings(%q) = %+v, %v; want %+v", tt.query, got, err, want)
		}
	}
	// The preset is not changed by parsing settings that override it.
	if _, err := ParseSettings("hidden=1,2,3"); err != nil || !reflect.DeepEqual(Presets["xor"].Hidden, []int{8}) {
		t.Errorf("parsing changed the xor preset to %v (err %v)", Presets["xor"].Hidden, err)
	}
}

func TestParseSettingsErrors(t *testing.T) {
	tests := []struct{ query, want string }{
		{"preset=xor4", `there is no preset "xor4"`},
		{"hidden=0", "hidden layer 1 has 0 units"},
		{"hidden=8,-1", "hidden layer 2 has -1 units"},
		{"hidden=8,,8", `hidden layer 2: "" is not a whole number`},
		{"hidden=65", "at most 64"},
		{"hidden=1,1,1,1,1,1,1", "7 hidden layers"},
		{"points=0", "the data set is empty"},
		{"points=3", "points: 3"},
		{"points=many", `points: "many" is not a whole number`},
		{"rate=0", "learning rate: 0"},
		{"rate=NaN", "learning rate: NaN"},
		{"rate=1e9", "learning rate: 1e+09"},
		{"rate=fast", `learning rate: "fast" is not a number`},
		{"batch=-2", "batch size: -2"},
		{"l2=-1", "L2: -1"},
		{"noise=5", "noise: 5"},
		{"data=mnist", `data set "mnist"`},
		{"act=swish", `activation "swish"`},
		{"opt=lbfgs", `optimizer "lbfgs"`},
		{"loss=hinge", `loss "hinge"`},
		{"seed=-1", "seed"},
		{"epochs=-5", "epochs: -5"},
		{"%zz", "cannot be read"},
	}
	for _, tt := range tests {
		if _, err := ParseSettings(tt.query); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseSettings(%q): err %v, want it to contain %q", tt.query, err, tt.want)
		}
	}
	// Every problem is named at once.
	_, err := ParseSettings("hidden=0&rate=-1&points=0")
	for _, want := range []string{"hidden layer 1", "learning rate", "empty"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("three bad settings: err %v, want it to mention %q", err, want)
		}
	}
}

func FuzzParseSettings(f *testing.F) {
	f.Add("preset=xor3&rate=0.5")
	f.Add("hidden=8,8&data=spirals&epochs=10")
	f.Fuzz(func(t *testing.T, query string) {
		s, err := ParseSettings(query)
		if err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("ParseSettings(%q) accepted settings that do not validate: %v", query, err)
		}
		back, err := ParseSettings(s.Query())
		if err != nil || !reflect.DeepEqual(back, s) {
			t.Fatalf("%q: Query %q reads back as %+v, %v; want %+v", query, s.Query(), back, err, s)
		}
	})
}
