package playground

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Settings is everything the reader controls. Its query form (Query,
// ParseSettings) is the page's URL, so any state can be linked to.
type Settings struct {
	Data       string  // xor, circles, spirals, moons or digits
	Points     int     // samples in all, half for training (digits: 60%)
	Noise      float64 // standard deviation of the jitter of 2-D points
	Hidden     []int   // units of each hidden layer; none is a linear model
	Activation string  // of the hidden layers: sigmoid, tanh, relu, leakyrelu, identity
	Optimizer  string  // sgd, momentum or adam
	Rate       float64 // learning rate
	Batch      int     // samples per step; 0 means the whole training set
	L2         float64 // weight of the L2 penalty
	Loss       string  // ce (cross-entropy), mse (squared error) or linear (squared error of a linear output)
	Seed       uint64  // for the data, the split, the weights and the batches
	Epochs     int     // stop after this many epochs; 0 means never
}

// Limits that keep every setting the reader can type trainable in a page.
// MaxUnits bounds the cost of a frame: the decision boundary runs the
// network on 6400 points, which for six layers of 64 took 0.6 s in
// WebAssembly under Node on the course's shared 2-core machine
// (BenchmarkBoundary/largest, GOOS=js GOARCH=wasm).
const (
	MaxLayers  = 6
	MaxUnits   = 64
	MaxPoints  = 2000
	MaxRate    = 1e6
	MaxNoise   = 2
	MaxL2      = 1000
	MaxEpochs  = 1_000_000
	minPoints  = 4
	digitsName = "digits"
)

// DataSets lists the data sets a Settings can name, in the order of the page.
var DataSets = []string{"xor", "circles", "spirals", "moons", digitsName}

// Activations lists the hidden activations a Settings can name.
var Activations = []string{"tanh", "relu", "leakyrelu", "sigmoid", "identity"}

// Optimizers lists the optimizers a Settings can name.
var Optimizers = []string{"sgd", "momentum", "adam"}

// Losses lists the losses a Settings can name.
var Losses = []string{"ce", "mse", "linear"}

// Presets are named settings that the lessons link to, e.g.
// playground.html?preset=xor3 (lesson 4's three hidden units). A data set's
// own name is its preset, the page's starting point for it.
var Presets = map[string]Settings{
	"xor":     {Data: "xor", Points: 600, Hidden: []int{8}, Activation: "tanh", Optimizer: "adam", Rate: 0.03, Batch: 10, Loss: "ce", Seed: 1},
	"circles": {Data: "circles", Points: 600, Noise: 0.1, Hidden: []int{8}, Activation: "tanh", Optimizer: "adam", Rate: 0.03, Batch: 10, Loss: "ce", Seed: 1},
	"spirals": {Data: "spirals", Points: 600, Noise: 0.05, Hidden: []int{16, 16}, Activation: "tanh", Optimizer: "adam", Rate: 0.01, Batch: 10, Loss: "ce", Seed: 1},
	"moons":   {Data: "moons", Points: 600, Noise: 0.2, Hidden: []int{8}, Activation: "tanh", Optimizer: "adam", Rate: 0.03, Batch: 10, Loss: "ce", Seed: 1},
	"digits":  {Data: digitsName, Points: 400, Hidden: []int{30}, Activation: "sigmoid", Optimizer: "adam", Rate: 0.01, Batch: 20, Loss: "ce", Seed: 1},
	// Lesson 4: the XOR cloud (300 training points, 300 test points) with 3
	// or 50 sigmoid units, full-batch SGD with η = 10 on the squared error.
	// They stop after the lesson's 500 epochs.
	"xor3":  {Data: "xor", Points: 600, Hidden: []int{3}, Activation: "sigmoid", Optimizer: "sgd", Rate: 10, Loss: "mse", Seed: 1, Epochs: 500},
	"xor50": {Data: "xor", Points: 600, Hidden: []int{50}, Activation: "sigmoid", Optimizer: "sgd", Rate: 10, Loss: "mse", Seed: 1, Epochs: 500},
	// Lesson 5's warning: with η = 2.5 the ReLU network with a linear output
	// blows up within a few epochs.
	"xorboom": {Data: "xor", Points: 600, Hidden: []int{50}, Activation: "relu", Optimizer: "sgd", Rate: 2.5, Loss: "linear", Seed: 1},
	// Lesson 7: the articles' digits network, 64-30-10 sigmoid, plain SGD.
	"digits30": {Data: digitsName, Points: 400, Hidden: []int{30}, Activation: "sigmoid", Optimizer: "sgd", Rate: 3, Batch: 10, Loss: "mse", Seed: 1},
}

// DefaultPreset is the preset the page starts with.
const DefaultPreset = "xor"

// ParseSettings reads settings from a URL query such as
// "preset=xor3&rate=0.5": the preset (DefaultPreset when absent) gives every
// setting, and the other parameters override it. It checks the result with
// Validate. Unknown parameters are ignored, so the page can add its own.
// With an error it also returns what it could read (the preset's value where
// a parameter is unreadable), for the page to show next to the message. An
// unknown preset is an *UnknownPresetError, and the settings start from
// DefaultPreset.
func ParseSettings(query string) (Settings, error) {
	q, err := url.ParseQuery(strings.TrimPrefix(query, "?"))
	if err != nil {
		return Settings{}, fmt.Errorf("the address's settings cannot be read: %v", err)
	}
	name := DefaultPreset
	if v := q.Get("preset"); v != "" {
		name = v
	}
	var errs []error
	p, ok := Presets[name]
	if !ok {
		errs = append(errs, &UnknownPresetError{Name: name})
		p = Presets[DefaultPreset]
	}
	s := p
	s.Hidden = slices.Clone(p.Hidden)
	str := func(key string, dst *string) {
		if v, ok := q[key]; ok {
			*dst = strings.ToLower(strings.TrimSpace(v[0]))
		}
	}
	num := func(key, what string, dst *float64) {
		if v, ok := q[key]; ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v[0]), 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a number", what, v[0]))
				return
			}
			*dst = f
		}
	}
	integer := func(key, what string, dst *int) {
		if v, ok := q[key]; ok {
			i, err := strconv.Atoi(strings.TrimSpace(v[0]))
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a whole number", what, v[0]))
				return
			}
			*dst = i
		}
	}
	str("data", &s.Data)
	str("act", &s.Activation)
	str("opt", &s.Optimizer)
	str("loss", &s.Loss)
	integer("points", "points", &s.Points)
	integer("batch", "batch size", &s.Batch)
	integer("epochs", "epochs", &s.Epochs)
	num("noise", "noise", &s.Noise)
	num("rate", "learning rate", &s.Rate)
	num("l2", "L2", &s.L2)
	if v, ok := q["seed"]; ok {
		seed, err := strconv.ParseUint(strings.TrimSpace(v[0]), 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("seed: %q is not a whole number ≥ 0", v[0]))
		}
		s.Seed = seed
	}
	if v, ok := q["hidden"]; ok {
		h, err := parseHidden(v[0])
		if err != nil {
			errs = append(errs, err)
		}
		s.Hidden = h
	}
	if err := s.Validate(); err != nil {
		errs = append(errs, err)
	}
	return s, errors.Join(errs...)
}

// An UnknownPresetError is ParseSettings' error for a preset name it does
// not know (a mistyped or outdated link): the settings it returns then
// start from DefaultPreset instead, so the page can show and train them.
type UnknownPresetError struct{ Name string }

func (e *UnknownPresetError) Error() string {
	return fmt.Sprintf("there is no preset %q, so these are the %q preset's settings; the presets are %s",
		e.Name, DefaultPreset, strings.Join(PresetNames(), ", "))
}

// onlyUnknownPreset returns the UnknownPresetError if it is err's only
// problem.
func onlyUnknownPreset(err error) (*UnknownPresetError, bool) {
	if u, ok := err.(*UnknownPresetError); ok {
		return u, true
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if errs := j.Unwrap(); len(errs) == 1 {
			u, ok := errs[0].(*UnknownPresetError)
			return u, ok
		}
	}
	return nil, false
}

// parseHidden reads the hidden layer sizes, e.g. "8,8"; "" or "0" alone
// means no hidden layer.
func parseHidden(v string) ([]int, error) {
	v = strings.TrimSpace(v)
	if v == "" || v == "-" {
		return nil, nil
	}
	var h []int
	for i, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("hidden layer %d: %q is not a whole number of units", i+1, f)
		}
		h = append(h, n)
	}
	return h, nil
}

// Validate reports, in words the page shows, every setting that cannot be
// trained.
func (s Settings) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if !slices.Contains(DataSets, s.Data) {
		bad("data set %q: choose one of %s", s.Data, strings.Join(DataSets, ", "))
	}
	switch {
	case s.Points == 0:
		bad("the data set is empty (0 points): choose at least %d points", minPoints)
	case s.Points < minPoints || s.Points > MaxPoints:
		bad("points: %d, want %d to %d", s.Points, minPoints, MaxPoints)
	}
	if !(s.Noise >= 0 && s.Noise <= MaxNoise) {
		bad("noise: %v, want 0 to %v", s.Noise, MaxNoise)
	}
	if len(s.Hidden) > MaxLayers {
		bad("%d hidden layers: at most %d", len(s.Hidden), MaxLayers)
	}
	for i, u := range s.Hidden {
		switch {
		case u <= 0:
			bad("hidden layer %d has %d units: every hidden layer needs at least 1 (remove the layer for none)", i+1, u)
		case u > MaxUnits:
			bad("hidden layer %d has %d units: at most %d here", i+1, u, MaxUnits)
		}
	}
	if !slices.Contains(Activations, s.Activation) {
		bad("activation %q: choose one of %s", s.Activation, strings.Join(Activations, ", "))
	}
	if !slices.Contains(Optimizers, s.Optimizer) {
		bad("optimizer %q: choose one of %s", s.Optimizer, strings.Join(Optimizers, ", "))
	}
	if !slices.Contains(Losses, s.Loss) {
		bad("loss %q: choose ce (cross-entropy), mse (squared error) or linear (squared error, linear output)", s.Loss)
	}
	if !(s.Rate > 0 && s.Rate <= MaxRate) {
		bad("learning rate: %v, want a number above 0 and at most %g", s.Rate, MaxRate)
	}
	if s.Batch < 0 {
		bad("batch size: %d, want 0 (the whole training set) or more", s.Batch)
	}
	if !(s.L2 >= 0 && s.L2 <= MaxL2) {
		bad("L2: %v, want 0 to %v", s.L2, MaxL2)
	}
	if s.Epochs < 0 || s.Epochs > MaxEpochs {
		bad("epochs: %d, want 0 (no limit) to %d", s.Epochs, MaxEpochs)
	}
	return errors.Join(errs...)
}

// Query returns the settings as a URL query that ParseSettings reads back
// to the same settings, every parameter spelled out.
func (s Settings) Query() string {
	hidden := make([]string, len(s.Hidden))
	for i, u := range s.Hidden {
		hidden[i] = strconv.Itoa(u)
	}
	q := url.Values{}
	q.Set("data", s.Data)
	q.Set("points", strconv.Itoa(s.Points))
	q.Set("noise", formatFloat(s.Noise))
	q.Set("hidden", strings.Join(hidden, ","))
	q.Set("act", s.Activation)
	q.Set("opt", s.Optimizer)
	q.Set("rate", formatFloat(s.Rate))
	q.Set("batch", strconv.Itoa(s.Batch))
	q.Set("l2", formatFloat(s.L2))
	q.Set("loss", s.Loss)
	q.Set("seed", strconv.FormatUint(s.Seed, 10))
	if s.Epochs > 0 {
		q.Set("epochs", strconv.Itoa(s.Epochs))
	}
	return q.Encode()
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// PresetNames returns the names of the presets, sorted.
func PresetNames() []string {
	names := make([]string, 0, len(Presets))
	for n := range Presets {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
