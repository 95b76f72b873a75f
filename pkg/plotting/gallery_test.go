package plotting

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var gallery = flag.String("gallery", "", "write every chart as a PNG into this directory, to look at")

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
func step(x float64) float64 {
	if x >= 0 {
		return 1
	}
	return 0
}

// saveGallery writes f to the -gallery directory, if one is set.
func saveGallery(t *testing.T, name string, f interface{ Save(string) error }) {
	t.Helper()
	if *gallery == "" {
		return
	}
	if err := os.MkdirAll(*gallery, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(filepath.Join(*gallery, name)); err != nil {
		t.Fatal(err)
	}
}
