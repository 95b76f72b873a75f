package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate runs asmgen into a temporary folder and checks that
// every file it writes is the committed one in ../gemm or ../vec, byte for
// byte: an assembly or Go file edited by hand, or a change to asmgen
// without `go generate`, fails here.
func TestGeneratedUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir); err != nil {
		t.Fatalf("generate(%s): %v", dir, err)
	}
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		want, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		committed := filepath.Join("..", rel)
		got, err := os.ReadFile(committed)
		if err != nil {
			t.Errorf("%s: %v; run go generate ./pkg/nn/internal/asmgen", committed, err)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what asmgen writes (first difference at line %d); run go generate ./pkg/nn/internal/asmgen, never edit it by hand",
				committed, firstDiffLine(got, want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("asmgen wrote no files")
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
