// Command nnbench, a benchmark, compares pkg/nn with numpy and scikit-learn
// on this machine, in one run: three workloads of the lessons (the README's speed
// table), and the growth table, which shows how the cost of
// a training step grows with the batch, the hidden width, the input size
// and the depth, then one MNIST-sized epoch and square products.
//
// Usage, from anywhere inside the module:
//
//	go run ./cmd/nnbench [-count 3] [-benchtime 2x] [-growth=false] [-python /usr/bin/python3]
//
// It runs
//
//	go test -run '^$' -bench '^Benchmark(ForwardOne|DigitsSeed|DigitsBest|Growth|MNISTEpoch|Square)$' \
//	    -benchmem ./pkg/nn/ ./pkg/nn/internal/gemm/
//
// and, when the Python interpreter has numpy and scikit-learn (Debian:
// apt-get install python3-numpy python3-sklearn python3-threadpoolctl),
// scripts/bench_numpy.py, giving numpy the same scaled train/test split and
// the same initial weights of the seed network, and scripts/bench_growth.py,
// giving it the steps that BenchmarkGrowth names. Both Python commands run
// with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from their
// environment, so that OpenBLAS picks its own kernel for this CPU; the table
// says which one it used. With -count N it runs N rounds, each one go test
// run then one run of bench_growth.py, so that both sides meet the same
// moments of a busy machine, and shows the median of the N runs of every
// measure. It prints Markdown tables, the machine and its load average.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

func main() {
	benchtime := flag.String("benchtime", "", "passed to go test -benchtime (e.g. 3x); empty keeps go test's default")
	count := flag.Int("count", 1, "rounds of go test and numpy's growth script, alternating; the median of the runs is shown (use 3 or more on a busy machine)")
	python := flag.String("python", "/usr/bin/python3", "Python interpreter with numpy and scikit-learn")
	growth := flag.Bool("growth", true, "also run the growth table: steps of growing networks, an MNIST-sized epoch, square products")
	flag.Parse()
	if err := run(*benchtime, *count, *python, *growth); err != nil {
		fmt.Fprintln(os.Stderr, "nnbench:", err)
		os.Exit(1)
	}
}

// result is one benchmark: nanoseconds per op, allocations per op, the
// reported accuracy (hasAcc says whether it was reported) and GFLOP/s (0
// when not reported); with -count, the median of the runs.
type result struct {
	ns, allocs float64
	acc        float64
	hasAcc     bool
	gflops     float64
}

// pyResult is scripts/bench_numpy.py's output.
type pyResult struct {
	Python, Numpy, Sklearn, Split string
	Train, Test                   int
	ForwardOne                    struct{ Seconds float64 }           `json:"forward_one"`
	DigitsSeed                    struct{ Seconds, Accuracy float64 } `json:"digits_seed"`
	DigitsBest                    struct{ Seconds, Accuracy float64 } `json:"digits_best"`
}

func run(benchtime string, count int, python string, growth bool) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	loadBefore := loadAverage()
	pattern := "^Benchmark(ForwardOne|DigitsSeed|DigitsBest)$"
	pkgs := []string{"./pkg/nn/"}
	if growth {
		pattern = "^Benchmark(ForwardOne|DigitsSeed|DigitsBest|Growth|MNISTEpoch|Square)$"
		pkgs = append(pkgs, "./pkg/nn/internal/gemm/")
	}
	args := []string{"test", "-run", "^$", "-bench", pattern, "-benchmem"}
	if benchtime != "" {
		args = append(args, "-benchtime", benchtime)
	}
	args = append(args, pkgs...)
	haveNumpy := true
	if err := exec.Command(python, "-c", "import numpy, sklearn").Run(); err != nil {
		fmt.Fprintf(os.Stderr, "%s cannot import numpy and sklearn (%v); to compare, install them: apt-get install python3-numpy python3-sklearn\n", python, err)
		haveNumpy = false
	}
	dir, err := os.MkdirTemp("", "nnbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	// The -count rounds alternate go test and numpy's growth script, one run
	// each, so that both sides see the same moments of a busy machine.
	var out []byte
	var ours map[string]result
	var grownRuns []*growthResult
	for round := 0; round < max(count, 1); round++ {
		fmt.Fprintf(os.Stderr, "round %d of %d, running: go %s\n", round+1, max(count, 1), strings.Join(args, " "))
		cmd := exec.Command("go", args...)
		cmd.Dir = root
		cmd.Stderr = os.Stderr
		o, err := cmd.Output()
		if err != nil {
			os.Stderr.Write(o)
			return fmt.Errorf("go test: %w", err)
		}
		out = append(out, o...)
		if ours, err = parseBench(out); err != nil {
			return err
		}
		if haveNumpy && growth {
			g, err := runGrowthNumpy(root, dir, python, ours)
			if err != nil {
				return err
			}
			grownRuns = append(grownRuns, g)
		}
	}
	grown := medianGrowth(grownRuns)

	var theirs *pyResult
	if haveNumpy {
		train, test, err := writeSplit(root, dir)
		if err != nil {
			return err
		}
		init, err := writeInit(dir)
		if err != nil {
			return err
		}
		script := filepath.Join(root, "scripts", "bench_numpy.py")
		pargs := []string{script, "--split", train, test, "--init", init}
		fmt.Fprintf(os.Stderr, "running: %s %s\n", python, strings.Join(pargs, " "))
		cmd := exec.Command(python, pargs...)
		cmd.Env = withoutOpenBLASSettings(os.Environ())
		cmd.Stderr = os.Stderr
		pout, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("%s: %w", script, err)
		}
		theirs = new(pyResult)
		if err := json.Unmarshal(pout, theirs); err != nil {
			return fmt.Errorf("%s printed %q: %w", script, pout, err)
		}
	}
	printTable(os.Stdout, ours, theirs)
	if growth {
		rows, err := growthRows(ours, grown)
		if err != nil {
			return err
		}
		fmt.Println()
		printGrowth(os.Stdout, rows, grown != nil)
	}
	printMachine(os.Stdout, theirs, cpuLine(out))
	if grown != nil {
		fmt.Printf("numpy: %s, run with %s; ", grown.Blas, openBLASNote(os.Environ()))
	}
	fmt.Printf("each time is the median of %d run(s), ours and numpy's growth runs alternating; load average %s before, %s after (%d logical CPUs).\n",
		max(count, 1), loadBefore, loadAverage(), runtime.NumCPU())
	return nil
}

// writeSplit writes the scaled 60/40 digits split that pkg/nn's benchmarks
// use (TrainTestSplit seeded with PCG(1, 0), StandardScaler fitted on the
// training rows) to dir as two CSV files, features then label on each row,
// so that numpy and scikit-learn train and test on the same samples.
func writeSplit(root, dir string) (train, test string, err error) {
	X, labels, err := nn.LoadDigits(filepath.Join(root, "data", "digits.csv.gz"))
	if err != nil {
		return "", "", err
	}
	Xtr, Xte, ytr, yte, err := nn.TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		return "", "", err
	}
	var s nn.StandardScaler
	if Xtr, err = s.FitTransform(Xtr); err != nil {
		return "", "", err
	}
	if Xte, err = s.Transform(Xte); err != nil {
		return "", "", err
	}
	train, test = filepath.Join(dir, "train.csv"), filepath.Join(dir, "test.csv")
	for _, f := range []struct {
		path string
		X    *mat.Dense
		y    []int
	}{{train, Xtr, ytr}, {test, Xte, yte}} {
		var b bytes.Buffer
		for i, label := range f.y {
			for _, v := range f.X.RawRowView(i) {
				b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(label))
			b.WriteByte('\n')
		}
		if err := os.WriteFile(f.path, b.Bytes(), 0o600); err != nil {
			return "", "", err
		}
	}
	return train, test, nil
}

// writeInit writes the initial weights of BenchmarkDigitsSeed's network
// (64-30-10, uniform [0,1), seeded with PCG(2, 1)) to dir/init.json in
// numpy's layout (each W as out×in), so that numpy trains the same network.
func writeInit(dir string) (string, error) {
	net, err := nn.New(nn.Config{Sizes: []int{64, 30, 10}}, rand.New(rand.NewPCG(2, 1)))
	if err != nil {
		return "", err
	}
	var init struct {
		W [][][]float64
		B [][]float64 `json:"b"`
	}
	for _, l := range net.Layers {
		w := make([][]float64, l.Out)
		for j := range w {
			w[j] = make([]float64, l.In)
			for i := range w[j] {
				w[j][i] = l.W.At(i, j)
			}
		}
		init.W = append(init.W, w)
		init.B = append(init.B, append([]float64(nil), l.B.RawVector().Data...))
	}
	b, err := json.Marshal(init)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "init.json")
	return path, os.WriteFile(path, b, 0o600)
}

// moduleRoot returns the directory of the enclosing go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run nnbench inside the course module (no go.mod found)")
	}
	return filepath.Dir(mod), nil
}

// parseBench reads go test -bench output: "BenchmarkName-2  N  123 ns/op
// 0.85 acc  16 B/op  0 allocs/op" (and "12.5 GFLOP/s"). A benchmark run
// several times (-count) gets the median of each measure.
func parseBench(out []byte) (map[string]result, error) {
	runs := map[string][]result{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		var r result
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark line %q: %w", sc.Text(), err)
			}
			switch f[i+1] {
			case "ns/op":
				r.ns = v
			case "allocs/op":
				r.allocs = v
			case "acc":
				r.acc, r.hasAcc = v, true
			case "GFLOP/s":
				r.gflops = v
			}
		}
		runs[name] = append(runs[name], r)
	}
	res := map[string]result{}
	for name, rs := range runs {
		res[name] = medianResult(rs)
	}
	for _, name := range []string{"ForwardOne", "DigitsSeed", "DigitsBest"} {
		if _, ok := res[name]; !ok {
			return nil, fmt.Errorf("go test printed no result for Benchmark%s:\n%s", name, out)
		}
	}
	return res, nil
}

// duration formats seconds with a unit that suits it.
func duration(s float64) string {
	switch {
	case s < 1e-3:
		return fmt.Sprintf("%.2f µs", s*1e6)
	case s < 1:
		return fmt.Sprintf("%.1f ms", s*1e3)
	}
	return fmt.Sprintf("%.2f s", s)
}

func printTable(w *os.File, ours map[string]result, theirs *pyResult) {
	type row struct {
		workload, peer string
		ours           result
		theirs, acc    float64
	}
	rows := []row{
		{"forward pass, 100-100-50-10 sigmoid, one vector", "numpy", ours["ForwardOne"], 0, 0},
		{"seed recipe: digits 64-30-10, 3000 full-batch steps", "numpy", ours["DigitsSeed"], 0, 0},
		{"best recipe on digits (ours) vs MLPClassifier(100)", "scikit-learn", ours["DigitsBest"], 0, 0},
	}
	if theirs != nil {
		rows[0].theirs = theirs.ForwardOne.Seconds
		rows[1].theirs, rows[1].acc = theirs.DigitsSeed.Seconds, theirs.DigitsSeed.Accuracy
		rows[2].theirs, rows[2].acc = theirs.DigitsBest.Seconds, theirs.DigitsBest.Accuracy
	}
	fmt.Fprintln(w, "| workload | ours (Go) | theirs | ours faster by | accuracy ours / theirs |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, r := range rows {
		s := r.ours.ns / 1e9
		oursCol := duration(s)
		if r.ours.allocs == 0 && !r.ours.hasAcc {
			oursCol += ", 0 allocs"
		}
		theirsCol, ratio, acc := "—", "—", "—"
		if theirs != nil {
			theirsCol = fmt.Sprintf("%s (%s)", duration(r.theirs), r.peer)
			ratio = fmt.Sprintf("%.1f×", r.theirs/s)
		}
		if r.ours.hasAcc {
			acc = fmt.Sprintf("%.3f", r.ours.acc)
			if theirs != nil {
				acc += fmt.Sprintf(" / %.3f", r.acc)
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", r.workload, oursCol, theirsCol, ratio, acc)
	}
	if theirs == nil {
		fmt.Fprintln(w, "\nnumpy/scikit-learn not found: apt-get install python3-numpy python3-sklearn, then run again.")
	}
}

// cpuLine returns the processor go test reports ("cpu: ..."), which is the
// CPUID brand string and often more precise than /proc/cpuinfo in a VM.
func cpuLine(out []byte) string {
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "cpu: "); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func printMachine(w *os.File, theirs *pyResult, brand string) {
	model := "unknown"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	goVersion := runtime.Version()
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		goVersion = strings.TrimSpace(string(out))
	}
	// The kernel pkg/nn's products run on, as its matrix package chose it
	// (the purego build tag included).
	kernel := nn.MatrixKernel()
	switch kernel {
	case "go":
		kernel = "pure Go"
	case "avx512":
		kernel = "AVX-512 assembly"
	case "avx2+fma":
		kernel = "AVX2/FMA assembly"
	}
	if brand != "" && brand != model {
		model = fmt.Sprintf("%s (%s)", model, brand)
	}
	fmt.Fprintf(w, "\nMachine: %s, %d logical CPUs, %s/%s; %s; matrix kernel %s",
		model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, goVersion, kernel)
	if theirs != nil {
		fmt.Fprintf(w, "; Python %s, numpy %s, scikit-learn %s; both sides train on the same %d digits and test on the same %d",
			theirs.Python, theirs.Numpy, theirs.Sklearn, theirs.Train, theirs.Test)
	}
	fmt.Fprintln(w, ".")
}
