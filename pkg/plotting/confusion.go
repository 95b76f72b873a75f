package plotting

import (
	"errors"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Confusion draws a confusion matrix as a heat map with the count in each
// cell: counts[t][p] is how many examples of true class t were predicted as
// class p. Rows (true class) run top to bottom, columns (predicted class)
// left to right, so correct answers lie on the diagonal. labels name the
// classes; nil means "0", "1", .... It is an error if counts is empty or not
// square, a count is negative, or labels has the wrong length.
//
//	fig, err := plotting.Confusion("Test set", counts, nil)
func Confusion(title string, counts [][]int, labels []string) (*Figure, error) {
	const where = "plotting.Confusion"
	n := len(counts)
	if n == 0 {
		return nil, errors.New(where + ": counts is empty")
	}
	hi := 0
	for i, row := range counts {
		if len(row) != n {
			return nil, fmt.Errorf("%s: row %d has %d counts, need %d (the matrix must be square)", where, i, len(row), n)
		}
		for j, v := range row {
			if v < 0 {
				return nil, fmt.Errorf("%s: counts[%d][%d] = %d is negative", where, i, j, v)
			}
			hi = max(hi, v)
		}
	}
	if labels == nil {
		for i := range n {
			labels = append(labels, fmt.Sprint(i))
		}
	}
	if len(labels) != n {
		return nil, fmt.Errorf("%s: %d labels for %d classes", where, len(labels), n)
	}
	p := newPlot(title, "predicted", "true")
	values := make([]float64, 0, n*n)
	for i := range n {
		for j := range n {
			values = append(values, float64(counts[i][j]))
		}
	}
	white, dark := color.RGBA{255, 255, 255, 255}, color.RGBA{0x08, 0x40, 0x80, 255}
	colorOf := func(v float64) color.Color {
		if hi == 0 {
			return white
		}
		return mix(white, dark, v/float64(hi))
	}
	img := upscale(values, n, colorOf)
	p.Add(plotter.NewImage(img, -0.5, -0.5, float64(n)-0.5, float64(n)-0.5))
	var xys plotter.XYs
	var texts []string
	var dark2 []bool
	for i := range n {
		for j := range n {
			xys = append(xys, plotter.XY{X: float64(j), Y: float64(n - 1 - i)})
			texts = append(texts, fmt.Sprint(counts[i][j]))
			dark2 = append(dark2, hi > 0 && float64(counts[i][j]) > 0.5*float64(hi))
		}
	}
	lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	size := vg.Length(min(14, max(8, 120/n)))
	for k := range lab.TextStyle {
		lab.TextStyle[k].Font = sans(size)
		lab.TextStyle[k].XAlign, lab.TextStyle[k].YAlign = draw.XCenter, draw.YCenter
		if dark2[k] {
			lab.TextStyle[k].Color = color.White
		}
	}
	p.Add(lab)
	var xt, yt []plot.Tick
	for i := range n {
		xt = append(xt, plot.Tick{Value: float64(i), Label: labels[i]})
		yt = append(yt, plot.Tick{Value: float64(n - 1 - i), Label: labels[i]})
	}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.ConstantTicks(xt), plot.ConstantTicks(yt)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5, -0.5, float64(n)-0.5
	// A square heat map: width follows the height of the standard figure.
	return newFigure(where, figHeight*1.1, figHeight*1.05, p.Draw)
}
