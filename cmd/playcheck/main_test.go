package main

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestGzippedSize(t *testing.T) {
	zeros := make([]byte, 1<<20)
	random := make([]byte, 1<<16)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	tests := []struct {
		name     string
		b        []byte
		min, max int
	}{
		{"a megabyte of zeros", zeros, 1, 4 << 10},
		{"random bytes", random, len(random), len(random) + 1<<10},
		{"nothing", nil, 1, 64},
	}
	for _, tt := range tests {
		got, err := gzippedSize(tt.b)
		if err != nil || got < tt.min || got > tt.max {
			t.Errorf("%s: %d bytes gzipped (err %v), want %d to %d", tt.name, got, err, tt.min, tt.max)
		}
	}
}

func TestChecksAreDistinct(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range checks {
		if seen[c.name] || c.name == "" || strings.ContainsAny(c.name, " /") {
			t.Errorf("check %q: names must be unique and usable in a file name", c.name)
		}
		seen[c.name] = true
		if c.run == nil || c.query == "" {
			t.Errorf("check %q has no query or nothing to run", c.name)
		}
	}
}

// TestRate checks that a run with a measured speed reports it and a run
// that ended within its first frame says it has none, instead of printing
// an empty number.
func TestRate(t *testing.T) {
	for _, tc := range []struct {
		st   map[string]string
		want string
	}{
		{map[string]string{"epochsPerSecond": "48.5"}, "48.5 epochs/s"},
		{map[string]string{"epoch": "300"}, "no training speed (the run ended within its first frame)"},
		{map[string]string{"epochsPerSecond": ""}, "no training speed (the run ended within its first frame)"},
	} {
		if got := rate(tc.st); got != tc.want {
			t.Errorf("rate(%v) = %q, want %q", tc.st, got, tc.want)
		}
	}
}
