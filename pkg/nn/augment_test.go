package nn

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestShiftImages(t *testing.T) {
	// One 3×2 image (width 3, height 2) with pixels 1…6, label 7.
	X := mat.NewDense(1, 6, []float64{
		1, 2, 3,
		4, 5, 6,
	})
	got, labels, err := ShiftImages(X, []int{7}, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{
		{1, 2, 3, 4, 5, 6}, // unchanged
		{0, 0, 0, 1, 2, 3}, // down
		{4, 5, 6, 0, 0, 0}, // up
		{0, 1, 2, 0, 4, 5}, // right
		{2, 3, 0, 5, 6, 0}, // left
	}
	if r, c := got.Dims(); r != len(want) || c != 6 {
		t.Fatalf("ShiftImages gave %d×%d, want %d×6", r, c, len(want))
	}
	for i, w := range want {
		if g := got.RawRowView(i); !equalFloats(g, w) {
			t.Errorf("row %d = %v, want %v", i, g, w)
		}
	}
	for i, l := range labels {
		if l != 7 {
			t.Errorf("label %d = %d, want 7", i, l)
		}
	}
	if len(labels) != 5 {
		t.Errorf("%d labels, want 5", len(labels))
	}
	if X.At(0, 5) != 6 {
		t.Error("ShiftImages changed its input")
	}
}

func TestShiftImagesOrder(t *testing.T) {
	// Row k·n+i of the result is sample i under shift k.
	X := mat.NewDense(2, 4, []float64{1, 0, 0, 0, 0, 0, 0, 2})
	got, labels, err := ShiftImages(X, []int{3, 5}, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	wantLabels := []int{3, 5, 3, 5, 3, 5, 3, 5, 3, 5}
	for i := range wantLabels {
		if labels[i] != wantLabels[i] {
			t.Fatalf("labels = %v, want %v", labels, wantLabels)
		}
	}
	if g := got.RawRowView(2); !equalFloats(g, []float64{0, 0, 1, 0}) {
		t.Errorf("sample 0 moved down = %v, want [0 0 1 0]", g)
	}
	if g := got.RawRowView(5); !equalFloats(g, []float64{0, 2, 0, 0}) {
		t.Errorf("sample 1 moved up = %v, want [0 2 0 0]", g)
	}
}

func TestShiftImagesErrors(t *testing.T) {
	X := mat.NewDense(2, 4, nil)
	for _, tc := range []struct {
		name          string
		X             *mat.Dense
		labels        []int
		width, height int
		want          string
	}{
		{"zero width", X, []int{0, 1}, 0, 4, "positive width"},
		{"nil X", nil, nil, 2, 2, "X is empty"},
		{"wrong size", X, []int{0, 1}, 3, 3, "want width·height"},
		{"labels", X, []int{0}, 2, 2, "1 labels for 2 rows"},
	} {
		_, _, err := ShiftImages(tc.X, tc.labels, tc.width, tc.height)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
