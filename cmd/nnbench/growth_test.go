package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestParseGrowthName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		group string
		sizes []int
		batch int
		err   string
	}{
		{name: "Growth/width/784-300-10/128", group: "width", sizes: []int{784, 300, 10}, batch: 128},
		{name: "Growth/depth/784-100-100-10/64", group: "depth", sizes: []int{784, 100, 100, 10}, batch: 64},
		{name: "Growth/width/784-300-10", err: "want Growth/<group>/<sizes>/<batch>"},
		{name: "Growth//784-10/1", err: "want Growth/<group>"},
		{name: "Growth/w/784-x-10/1", err: `layer size "x"`},
		{name: "Growth/w/784/1", err: "at least two layer sizes"},
		{name: "Growth/w/784-0/1", err: `layer size "0"`},
		{name: "Growth/w/784-10/-3", err: `batch "-3"`},
	} {
		s, err := parseGrowthName(tc.name)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || s.group != tc.group || !slices.Equal(s.sizes, tc.sizes) || s.batch != tc.batch {
			t.Errorf("%s: got %+v, %v", tc.name, s, err)
		}
	}
}

func FuzzParseGrowthName(f *testing.F) {
	f.Add("Growth/batch/784-100-10/32")
	f.Add("Growth/x/1-1/1")
	f.Fuzz(func(t *testing.T, name string) {
		s, err := parseGrowthName(name)
		if err != nil {
			return
		}
		if len(s.sizes) < 2 || s.batch < 1 || s.group == "" {
			t.Errorf("%q accepted as %+v", name, s)
		}
		for _, v := range s.sizes {
			if v < 1 {
				t.Errorf("%q accepted with layer size %d", name, v)
			}
		}
	})
}

// growthOutput is go test output with the growth benchmarks, run twice.
var growthOutput = []byte(`BenchmarkForwardOne-2 10 1700 ns/op 0 B/op 0 allocs/op
BenchmarkDigitsSeed-2 1 485200000 ns/op 0.85 acc 1 B/op 1 allocs/op
BenchmarkDigitsBest-2 1 171800000 ns/op 0.98 acc 1 B/op 1 allocs/op
BenchmarkGrowth/depth/784-100-100-10/128-2 100 1200000 ns/op 0 B/op 0 allocs/op
BenchmarkGrowth/base/784-100-10/128-2 100 1000000 ns/op 0 B/op 0 allocs/op
BenchmarkGrowth/base/784-100-10/128-2 100 3000000 ns/op 0 B/op 0 allocs/op
BenchmarkGrowth/batch/784-100-10/512-2 100 4000000 ns/op 0 B/op 0 allocs/op
BenchmarkGrowth/batch/784-100-10/32-2 100 300000 ns/op 0 B/op 0 allocs/op
BenchmarkMNISTEpoch-2 3 400000000 ns/op 2338322 B/op 38 allocs/op
BenchmarkSquare/1024-2 3 20000000 ns/op 107.4 GFLOP/s 0 B/op 0 allocs/op
BenchmarkSquare/256-2 300 300000 ns/op 111.8 GFLOP/s 0 B/op 0 allocs/op
BenchmarkSquare/256-2 300 300000 ns/op 101.8 GFLOP/s 0 B/op 0 allocs/op
`)

func TestGrowthTable(t *testing.T) {
	ours, err := parseBench(growthOutput)
	if err != nil {
		t.Fatal(err)
	}
	steps, squares, err := stepsAndSquares(ours)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range steps {
		names = append(names, s.name)
	}
	wantNames := []string{
		"Growth/base/784-100-10/128",
		"Growth/batch/784-100-10/32",
		"Growth/batch/784-100-10/512",
		"Growth/depth/784-100-100-10/128",
	}
	if !slices.Equal(names, wantNames) {
		t.Errorf("steps in order %q, want %q", names, wantNames)
	}
	if !slices.Equal(squares, []int{256, 1024}) {
		t.Errorf("squares %v, want [256 1024]", squares)
	}
	theirs := &growthResult{Steps: []float64{0.0015, 0.0003, 0.002, 0.0012}, MNISTEpoch: 0.3, Squares: []float64{53.4, 120}}
	rows, err := growthRows(ours, theirs)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	printGrowth(&b, rows, true)
	for _, want := range []string{
		"| step: base | 784-100-10, batch 128 | 2.0 ms | 1.5 ms | 0.75× |", // median of 1 and 3 ms
		"| step: batch | 784-100-10, batch 32 | 300.00 µs | 300.00 µs | 1.00× |",
		"| step: batch | 784-100-10, batch 512 | 4.0 ms | 2.0 ms | 0.50× |",
		"| step: depth | 784-100-100-10, batch 128 | 1.2 ms | 1.2 ms | 1.00× |",
		"| MNIST-sized epoch | 784-100-10, 60000 samples, batches of 128 | 400.0 ms | 300.0 ms | 0.75× |",
		"| square product | 256×256 · 256×256 | 106.8 GFLOP/s | 53.4 GFLOP/s | 2.00× |",
		"| square product | 1024×1024 · 1024×1024 | 107.4 GFLOP/s | 120.0 GFLOP/s | 0.90× |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks the line\n%s\nin\n%s", want, b.String())
		}
	}
	b.Reset()
	printGrowth(&b, rows, false)
	if !strings.Contains(b.String(), "| square product | 256×256 · 256×256 | 106.8 GFLOP/s | — | — |") {
		t.Errorf("table without numpy:\n%s", b.String())
	}
}

func TestGrowthRowsErrors(t *testing.T) {
	if _, err := growthRows(map[string]result{"ForwardOne": {}}, nil); err == nil || !strings.Contains(err.Error(), "no BenchmarkGrowth") {
		t.Errorf("no growth results: error %v", err)
	}
	if _, err := growthRows(map[string]result{"Square/x": {}}, nil); err == nil || !strings.Contains(err.Error(), "Square/<n>") {
		t.Errorf("bad square name: error %v", err)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		v    []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(tc.v); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestOpenBLASSettings(t *testing.T) {
	env := []string{"PATH=/bin", "OPENBLAS_CORETYPE=Haswell", "OPENBLAS_L2_SIZE=1048576", "OPENBLAS_NUM_THREADS=2"}
	got := withoutOpenBLASSettings(env)
	if want := []string{"PATH=/bin", "OPENBLAS_NUM_THREADS=2"}; !slices.Equal(got, want) {
		t.Errorf("withoutOpenBLASSettings = %q, want %q", got, want)
	}
	if note := openBLASNote(env); !strings.Contains(note, "this shell has OPENBLAS_CORETYPE=Haswell, OPENBLAS_L2_SIZE=1048576") {
		t.Errorf("openBLASNote = %q", note)
	}
	if note := openBLASNote([]string{"PATH=/bin"}); !strings.Contains(note, "as in this shell") {
		t.Errorf("openBLASNote without settings = %q", note)
	}
}

func TestMedianGrowth(t *testing.T) {
	if medianGrowth(nil) != nil {
		t.Error("medianGrowth(nil) is not nil")
	}
	runs := []*growthResult{
		{Blas: "openblas", Steps: []float64{1, 10}, MNISTEpoch: 0.3, Squares: []float64{100}},
		{Blas: "openblas", Steps: []float64{3, 30}, MNISTEpoch: 0.9, Squares: []float64{50}},
		{Blas: "openblas", Steps: []float64{2, 20}, MNISTEpoch: 0.5, Squares: []float64{120}},
	}
	m := medianGrowth(runs)
	if !slices.Equal(m.Steps, []float64{2, 20}) || m.MNISTEpoch != 0.5 || !slices.Equal(m.Squares, []float64{100}) || m.Blas != "openblas" {
		t.Errorf("medianGrowth = %+v, want steps [2 20], epoch 0.5, squares [100]", m)
	}
	if runs[0].Steps[0] != 1 {
		t.Error("medianGrowth changed its input")
	}
}
