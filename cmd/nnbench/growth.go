package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The growth table: how the cost of pkg/nn grows with the
// work, beside numpy's.

// growthResult is scripts/bench_growth.py's output: seconds per step in the
// order of the spec's steps, seconds per MNIST epoch, GFLOP/s per square.
type growthResult struct {
	Python, Numpy, Blas string
	Steps               []float64
	MNISTEpoch          float64 `json:"mnist_epoch"`
	Squares             []float64
}

// growthStep is one training step of the table, as BenchmarkGrowth names
// it: Growth/<group>/<sizes>/<batch>.
type growthStep struct {
	name, group string
	sizes       []int
	batch       int
}

// parseGrowthName reads "Growth/width/784-300-10/128".
func parseGrowthName(name string) (growthStep, error) {
	f := strings.Split(name, "/")
	if len(f) != 4 || f[0] != "Growth" || f[1] == "" {
		return growthStep{}, fmt.Errorf("benchmark %q: want Growth/<group>/<sizes>/<batch>", name)
	}
	s := growthStep{name: name, group: f[1]}
	for _, v := range strings.Split(f[2], "-") {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return growthStep{}, fmt.Errorf("benchmark %q: layer size %q is not a positive integer", name, v)
		}
		s.sizes = append(s.sizes, n)
	}
	if len(s.sizes) < 2 {
		return growthStep{}, fmt.Errorf("benchmark %q: want at least two layer sizes", name)
	}
	b, err := strconv.Atoi(f[3])
	if err != nil || b < 1 {
		return growthStep{}, fmt.Errorf("benchmark %q: batch %q is not a positive integer", name, f[3])
	}
	s.batch = b
	return s, nil
}

// growthGroups orders the groups of steps in the table.
var growthGroups = []string{"base", "batch", "width", "input", "depth"}

// stepsAndSquares returns the growth steps and the square sizes that go test
// reported, in the table's order.
func stepsAndSquares(ours map[string]result) ([]growthStep, []int, error) {
	var steps []growthStep
	var squares []int
	for name := range ours {
		switch {
		case strings.HasPrefix(name, "Growth/"):
			s, err := parseGrowthName(name)
			if err != nil {
				return nil, nil, err
			}
			steps = append(steps, s)
		case strings.HasPrefix(name, "Square/"):
			n, err := strconv.Atoi(strings.TrimPrefix(name, "Square/"))
			if err != nil || n < 1 {
				return nil, nil, fmt.Errorf("benchmark %q: want Square/<n>", name)
			}
			squares = append(squares, n)
		}
	}
	rank := func(g string) int {
		if i := slices.Index(growthGroups, g); i >= 0 {
			return i
		}
		return len(growthGroups)
	}
	slices.SortFunc(steps, func(a, b growthStep) int {
		if d := rank(a.group) - rank(b.group); d != 0 {
			return d
		}
		if a.group != b.group {
			return strings.Compare(a.group, b.group)
		}
		if d := len(a.sizes) - len(b.sizes); d != 0 {
			return d
		}
		if d := slices.Compare(a.sizes, b.sizes); d != 0 {
			return d
		}
		return a.batch - b.batch
	})
	slices.Sort(squares)
	return steps, squares, nil
}

// runGrowthNumpy writes the spec of the steps and squares go test ran to
// dir and runs scripts/bench_growth.py on it once, without the OpenBLAS
// settings.
func runGrowthNumpy(root, dir, python string, ours map[string]result) (*growthResult, error) {
	steps, squares, err := stepsAndSquares(ours)
	if err != nil {
		return nil, err
	}
	type stepSpec struct {
		Sizes []int `json:"sizes"`
		Batch int   `json:"batch"`
	}
	spec := struct {
		Steps   []stepSpec `json:"steps"`
		Squares []int      `json:"squares"`
		Repeat  int        `json:"repeat"`
	}{Steps: []stepSpec{}, Squares: squares, Repeat: 1}
	for _, s := range steps {
		spec.Steps = append(spec.Steps, stepSpec{s.sizes, s.batch})
	}
	if spec.Squares == nil {
		spec.Squares = []int{}
	}
	b, err := json.Marshal(spec)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "growth.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, err
	}
	script := filepath.Join(root, "scripts", "bench_growth.py")
	fmt.Fprintf(os.Stderr, "running: %s %s --spec %s (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE unset)\n", python, script, path)
	cmd := exec.Command(python, script, "--spec", path)
	cmd.Env = withoutOpenBLASSettings(os.Environ())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", script, err)
	}
	g := new(growthResult)
	if err := json.Unmarshal(out, g); err != nil {
		return nil, fmt.Errorf("%s printed %q: %w", script, out, err)
	}
	if len(g.Steps) != len(steps) || len(g.Squares) != len(squares) {
		return nil, fmt.Errorf("%s: %d steps and %d squares, want %d and %d", script, len(g.Steps), len(g.Squares), len(steps), len(squares))
	}
	return g, nil
}

// openBLASVars are the settings that make OpenBLAS use an older kernel than
// the CPU's; numpy runs without them.
var openBLASVars = []string{"OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"}

// withoutOpenBLASSettings returns env without openBLASVars.
func withoutOpenBLASSettings(env []string) []string {
	var out []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(openBLASVars, k) {
			out = append(out, kv)
		}
	}
	return out
}

// openBLASNote says how numpy's environment differs from env.
func openBLASNote(env []string) string {
	var set []string
	for _, kv := range env {
		if k, _, _ := strings.Cut(kv, "="); slices.Contains(openBLASVars, k) {
			set = append(set, kv)
		}
	}
	if len(set) == 0 {
		return "OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (as in this shell)"
	}
	return "OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (this shell has " + strings.Join(set, ", ") + ")"
}

// growthRow is one line of the growth table; a speed-up above 1 means ours
// is faster. Times are seconds, rates GFLOP/s; theirs is 0 when numpy did
// not run.
type growthRow struct {
	what, shape  string
	ours, theirs float64
	rate         bool // ours and theirs are GFLOP/s, not seconds
}

// speedup returns how many times faster ours is (0 without numpy).
func (r growthRow) speedup() float64 {
	switch {
	case r.theirs == 0 || r.ours == 0:
		return 0
	case r.rate:
		return r.ours / r.theirs
	}
	return r.theirs / r.ours
}

// growthRows builds the table from go test's results and numpy's (nil when
// numpy did not run).
func growthRows(ours map[string]result, theirs *growthResult) ([]growthRow, error) {
	steps, squares, err := stepsAndSquares(ours)
	if err != nil {
		return nil, err
	}
	if len(steps) == 0 {
		return nil, fmt.Errorf("go test printed no BenchmarkGrowth results")
	}
	var rows []growthRow
	for i, s := range steps {
		sizes := make([]string, len(s.sizes))
		for j, v := range s.sizes {
			sizes[j] = strconv.Itoa(v)
		}
		r := growthRow{what: "step: " + s.group, shape: fmt.Sprintf("%s, batch %d", strings.Join(sizes, "-"), s.batch), ours: ours[s.name].ns / 1e9}
		if theirs != nil {
			r.theirs = theirs.Steps[i]
		}
		rows = append(rows, r)
	}
	if e, ok := ours["MNISTEpoch"]; ok {
		r := growthRow{what: "MNIST-sized epoch", shape: "784-100-10, 60000 samples, batches of 128", ours: e.ns / 1e9}
		if theirs != nil {
			r.theirs = theirs.MNISTEpoch
		}
		rows = append(rows, r)
	}
	for i, n := range squares {
		r := growthRow{what: "square product", shape: fmt.Sprintf("%d×%d · %d×%d", n, n, n, n), ours: ours[fmt.Sprintf("Square/%d", n)].gflops, rate: true}
		if theirs != nil {
			r.theirs = theirs.Squares[i]
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// printGrowth writes the growth table in Markdown.
func printGrowth(w io.Writer, rows []growthRow, withNumpy bool) {
	fmt.Fprintln(w, "| growth | network or product | ours (Go) | numpy | ours faster by |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, r := range rows {
		value := func(v float64) string {
			if r.rate {
				return fmt.Sprintf("%.1f GFLOP/s", v)
			}
			return duration(v)
		}
		theirs, ratio := "—", "—"
		if withNumpy && r.theirs > 0 {
			theirs, ratio = value(r.theirs), fmt.Sprintf("%.2f×", r.speedup())
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", r.what, r.shape, value(r.ours), theirs, ratio)
	}
	fmt.Fprintln(w, "\nA step is one Step (forward, cross-entropy, backward, update) of a ReLU/softmax network on one batch; numpy runs the same algorithm (scripts/bench_growth.py).")
}

// medianGrowth returns the median of each measure over runs of
// bench_growth.py (nil for none).
func medianGrowth(runs []*growthResult) *growthResult {
	if len(runs) == 0 {
		return nil
	}
	m := *runs[0]
	each := func(f func(*growthResult) float64) float64 {
		v := make([]float64, len(runs))
		for i, r := range runs {
			v[i] = f(r)
		}
		return median(v)
	}
	m.Steps = make([]float64, len(runs[0].Steps))
	for i := range m.Steps {
		m.Steps[i] = each(func(r *growthResult) float64 { return r.Steps[i] })
	}
	m.Squares = make([]float64, len(runs[0].Squares))
	for i := range m.Squares {
		m.Squares[i] = each(func(r *growthResult) float64 { return r.Squares[i] })
	}
	m.MNISTEpoch = each(func(r *growthResult) float64 { return r.MNISTEpoch })
	return &m
}

// medianResult returns the median of each measure over rs (one run of a
// benchmark each), as benchstat summarises runs.
func medianResult(rs []result) result {
	pick := func(f func(result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		return median(v)
	}
	return result{
		ns:     pick(func(r result) float64 { return r.ns }),
		allocs: pick(func(r result) float64 { return r.allocs }),
		acc:    pick(func(r result) float64 { return r.acc }),
		hasAcc: rs[0].hasAcc,
		gflops: pick(func(r result) float64 { return r.gflops }),
	}
}

// median returns the middle value of v (the mean of the two middle ones
// for an even count); v is not empty.
func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	return (s[(n-1)/2] + s[n/2]) / 2
}

// loadAverage returns the one-minute load average, or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "unknown"
	}
	return f[0]
}
