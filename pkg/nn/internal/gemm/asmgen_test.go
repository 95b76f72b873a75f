package gemm

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate runs asmgen into a temporary folder and checks that
// every file it writes is the committed one, byte for byte: an assembly or
// Go file edited by hand, or a change to asmgen.go without `go generate`,
// fails here.
func TestGeneratedUpToDate(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command, needed to run asmgen.go: %v", err)
	}
	dir := t.TempDir()
	cmd := exec.Command(goTool, "run", "asmgen.go", "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run asmgen.go -out %s: %v\n%s", dir, err, out)
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("asmgen wrote no files")
	}
	for _, f := range files {
		want, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f.Name())
		if err != nil {
			t.Errorf("%s: %v; run go generate in pkg/nn/internal/gemm", f.Name(), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what asmgen.go writes (first difference at line %d); run go generate in pkg/nn/internal/gemm, never edit it by hand",
				f.Name(), firstDiffLine(got, want))
		}
	}
}

// firstDiffLine returns the 1-based line of the first byte where a and b
// differ.
func firstDiffLine(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return 1 + bytes.Count(a[:i], []byte("\n"))
}
