package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/internal/playground"
)

func TestRunWritesTheSameSubsetEveryTime(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a", "digits.txt"), filepath.Join(dir, "b.txt")
	for _, out := range []string{a, b} {
		if err := run("../../data/digits.csv.gz", out); err != nil {
			t.Fatal(err)
		}
	}
	first, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(b)
	if err != nil || !bytes.Equal(first, second) {
		t.Fatalf("two runs wrote different files (err %v)", err)
	}
	d, err := playground.ParseDigits(string(first))
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 10*playground.DigitsPerClass || !strings.HasPrefix(string(first), "# 400 8x8 digits") {
		t.Errorf("%d digits, header %q; want %d and a header saying so", d.Len(), strings.SplitN(string(first), "\n", 2)[0], 10*playground.DigitsPerClass)
	}
}

func TestRunNamesAMissingFile(t *testing.T) {
	err := run(filepath.Join(t.TempDir(), "none.csv.gz"), filepath.Join(t.TempDir(), "out.txt"))
	if err == nil || !strings.Contains(err.Error(), "none.csv.gz") {
		t.Errorf("err %v, want it to name the missing file", err)
	}
}
