package playground

import "math"

// The colours of the two classes (those of TensorFlow Playground): class 0
// orange, class 1 blue.
var classColors = [2][3]float64{{245, 147, 34}, {8, 119, 189}}

// GridPoints returns the centres of the grid×grid cells that cover
// [−Extent, Extent]², as x, y pairs, top row first and left to right.
func GridPoints(grid int) []float64 {
	pts := make([]float64, 0, 2*grid*grid)
	cell := 2 * Extent / float64(grid)
	for i := range grid {
		y := Extent - (float64(i)+0.5)*cell
		for j := range grid {
			pts = append(pts, -Extent+(float64(j)+0.5)*cell, y)
		}
	}
	return pts
}

// Paint turns the probabilities of class 1 at the points of GridPoints into
// RGBA pixels: each cell is tinted towards the colour of the class the
// network favours there, the more the surer it is, and is white where it is
// undecided. Outputs beyond 0 or 1 (of a linear output) count as sure; NaN
// as undecided.
func Paint(probs []float64) []byte {
	px := make([]byte, 4*len(probs))
	for k, p := range probs {
		switch {
		case math.IsNaN(p):
			p = 0.5
		case p < 0:
			p = 0
		case p > 1:
			p = 1
		}
		class, sure := 1, 2*p-1
		if p < 0.5 {
			class, sure = 0, 1-2*p
		}
		a := 0.6 * sure
		for c := range 3 {
			px[4*k+c] = byte(math.Round(255*(1-a) + classColors[class][c]*a))
		}
		px[4*k+3] = 255
	}
	return px
}

// Boundary rasterises a classifier of the plane, prob giving the
// probability of class 1 at a point: Paint of prob at every GridPoints.
func Boundary(prob func(x, y float64) float64, grid int) []byte {
	pts := GridPoints(grid)
	probs := make([]float64, len(pts)/2)
	for k := range probs {
		probs[k] = prob(pts[2*k], pts[2*k+1])
	}
	return Paint(probs)
}
