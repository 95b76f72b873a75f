package playground

import "math"

// The colours of the two classes (those of TensorFlow Playground): class 0
// orange, class 1 blue.
var classColors = [2][3]float64{{245, 147, 34}, {8, 119, 189}}

// Boundary rasterises a classifier of the plane over [−Extent, Extent]²
// into grid×grid RGBA pixels, top row first: each cell is tinted towards the
// colour of the class that prob (the probability of class 1 at a point)
// favours, the more the surer it is, and white where it is undecided.
// Outputs beyond 0 or 1 (of a linear output) count as sure; NaN as
// undecided.
func Boundary(prob func(x, y float64) float64, grid int) []byte {
	px := make([]byte, 4*grid*grid)
	cell := 2 * Extent / float64(grid)
	for i := range grid {
		y := Extent - (float64(i)+0.5)*cell
		for j := range grid {
			x := -Extent + (float64(j)+0.5)*cell
			p := prob(x, y)
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
			o := 4 * (i*grid + j)
			for c := range 3 {
				px[o+c] = byte(math.Round(255*(1-a) + classColors[class][c]*a))
			}
			px[o+3] = 255
		}
	}
	return px
}
