package main

import (
	"strings"
	"testing"
)

func TestParseBench(t *testing.T) {
	out := []byte(`goos: linux
goarch: amd64
pkg: github.com/neurons-in-go/course/pkg/nn
BenchmarkForwardOne-2    	  700000	      1712 ns/op	       0 B/op	       0 allocs/op
BenchmarkForwardOne-2    	  700000	      1690 ns/op	       0 B/op	       0 allocs/op
BenchmarkDigitsSeed-2    	       2	 485200000 ns/op	         0.8512 acc	  123456 B/op	      42 allocs/op
BenchmarkDigitsBest-2    	       6	 171800000 ns/op	         0.9847 acc	  999 B/op	      7 allocs/op
PASS
`)
	res, err := parseBench(out)
	if err != nil {
		t.Fatal(err)
	}
	if r := res["ForwardOne"]; r.ns != 1701 || r.allocs != 0 || r.hasAcc {
		t.Errorf("ForwardOne = %+v, want the median of the runs, 1701 ns, 0 allocs, no acc", r)
	}
	if r := res["DigitsSeed"]; r.ns != 485200000 || !r.hasAcc || r.acc != 0.8512 || r.allocs != 42 {
		t.Errorf("DigitsSeed = %+v", r)
	}
	if r := res["DigitsBest"]; r.acc != 0.9847 {
		t.Errorf("DigitsBest acc = %v, want 0.9847", r.acc)
	}
}

func TestParseBenchErrors(t *testing.T) {
	for _, tc := range []struct{ name, out, want string }{
		{"missing", "BenchmarkForwardOne-2 10 5 ns/op\n", "no result for BenchmarkDigitsSeed"},
		{"garbled", "BenchmarkForwardOne-2 10 five ns/op\n", "benchmark line"},
	} {
		_, err := parseBench([]byte(tc.out))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		s    float64
		want string
	}{
		{1.69e-6, "1.69 µs"},
		{0.4852, "485.2 ms"},
		{4.04, "4.04 s"},
	} {
		if got := duration(tc.s); got != tc.want {
			t.Errorf("duration(%g) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
