package nn

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// ShiftImages enlarges a training set of images by moving each one pixel in
// each direction, a cheap way to teach a network that a digit drawn a little
// off-centre is still the same digit. Each row of X is one image of
// height×width pixels stored row by row (8×8 for the digits), and labels
// holds the class of each row.
//
// The result has five times the rows of X: first the images unchanged, then
// all of them moved one pixel down, then up, then right, then left; pixels
// moved in from outside the image are 0 (the background of the raw digits,
// so shift before scaling). The returned labels repeat labels in the same
// order. X is not changed.
func ShiftImages(X *mat.Dense, labels []int, width, height int) (*mat.Dense, []int, error) {
	if width <= 0 || height <= 0 {
		return nil, nil, fmt.Errorf("nn: ShiftImages: image size %d×%d, want positive width and height", width, height)
	}
	if X == nil || X.IsEmpty() {
		return nil, nil, fmt.Errorf("nn: ShiftImages: X is empty")
	}
	n, c := X.Dims()
	if c != width*height {
		return nil, nil, fmt.Errorf("nn: ShiftImages: X has %d columns, want width·height = %d·%d = %d", c, width, height, width*height)
	}
	if len(labels) != n {
		return nil, nil, fmt.Errorf("nn: ShiftImages: %d labels for %d rows of X", len(labels), n)
	}
	shifts := [5][2]int{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}} // {down, right}
	out := make([]float64, len(shifts)*n*c)
	outLabels := make([]int, 0, len(shifts)*n)
	for k, d := range shifts {
		for s := 0; s < n; s++ {
			img := X.RawRowView(s)
			dst := out[(k*n+s)*c : (k*n+s+1)*c]
			shiftImage(dst, img, width, height, d[0], d[1])
		}
		outLabels = append(outLabels, labels...)
	}
	return mat.NewDense(len(shifts)*n, c, out), outLabels, nil
}

// shiftImage writes src (height×width, row by row) moved down by dr rows and
// right by dc columns into dst, which must be zero.
func shiftImage(dst, src []float64, width, height, dr, dc int) {
	for r := 0; r < height; r++ {
		sr := r - dr
		if sr < 0 || sr >= height {
			continue
		}
		for c := 0; c < width; c++ {
			sc := c - dc
			if sc >= 0 && sc < width {
				dst[r*width+c] = src[sr*width+sc]
			}
		}
	}
}
