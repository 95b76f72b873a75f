// Command playdata, a build step of make playground, writes the data files of
// the playground page: the subset of the course's 8×8 digits that its digits
// data set trains on, the first
// playground.DigitsPerClass digits of each class of data/digits.csv.gz. The
// output is the same on every run, so `make playground` regenerates it
// instead of the repository holding a copy.
//
//	go run ./cmd/playdata -digits data/digits.csv.gz -out build/playground/digits.txt
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/neurons-in-go/course/internal/playground"
	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

func main() {
	digits := flag.String("digits", "data/digits.csv.gz", "the course's digits file")
	out := flag.String("out", "build/playground/digits.txt", "the file to write")
	flag.Parse()
	if err := run(*digits, *out); err != nil {
		fmt.Fprintln(os.Stderr, "playdata:", err)
		os.Exit(1)
	}
}

func run(digitsPath, out string) error {
	X, labels, err := nn.LoadDigits(digitsPath)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeSubset(&buf, X, labels); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// writeSubset writes the playground's subset of the digits X (one row of 64
// pixels per digit) with their labels.
func writeSubset(buf *bytes.Buffer, X *mat.Dense, labels []int) error {
	r, _ := X.Dims()
	rows := make([][]float64, r)
	for i := range rows {
		rows[i] = X.RawRowView(i)
	}
	d, err := playground.DigitSubset(rows, labels, playground.DigitsPerClass)
	if err != nil {
		return err
	}
	return playground.WriteDigits(buf, d)
}
