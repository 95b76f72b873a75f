package plotting

import (
	"errors"
	"fmt"
	"sort"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// An Fn is a function of one variable with the label its legend shows,
// such as {Label: "sigmoid", F: nn.Sigmoid}. Dashed draws it with a dashed
// line, for example a derivative beside its function. Jumps lists the x
// where F jumps, such as 0 for ReLU's derivative: the curve is drawn in
// pieces that stop just short of each jump on either side, so no vertical
// segment joins the two sides of a value that is not there. Jumps outside
// the drawn range are ignored.
type Fn struct {
	Label  string
	F      func(x float64) float64
	Dashed bool
	Jumps  []float64
}

// samples is how many points a function curve is drawn through.
const samples = 401

// Functions draws each of fns over [xmin, xmax] on one chart, in the
// palette's colours, with a legend of their labels, and the lines x = 0
// and y = 0 where they lie inside the chart. It is an error if fns is
// empty, a function is nil, the range is empty, or a function returns NaN or
// ±Inf anywhere on the range (the error names the function and x).
//
//	fig, err := plotting.Functions("Step and sigmoid", -6, 6,
//		plotting.Fn{Label: "step", F: step}, plotting.Fn{Label: "sigmoid", F: sigmoid})
func Functions(title string, xmin, xmax float64, fns ...Fn) (*Figure, error) {
	return functions("plotting.Functions", title, "x", "f(x)", xmin, xmax, Frame{}, fns)
}

// FunctionsXY is Functions with axis labels of its own, xlabel below and
// ylabel beside the chart, instead of "x" and "f(x)".
//
//	fig, err := plotting.FunctionsXY("Loss by weight", "w", "loss", -1, 4,
//		plotting.Fn{Label: "step neuron", F: stepLoss})
func FunctionsXY(title, xlabel, ylabel string, xmin, xmax float64, fns ...Fn) (*Figure, error) {
	return functions("plotting.FunctionsXY", title, xlabel, ylabel, xmin, xmax, Frame{}, fns)
}

// FunctionsFrame is FunctionsXY with the axes and legend corner fixed by fr
// and fr's reference lines and marks drawn (see Frame, Ref and Mark): for
// a level to read the curves against (fr.Refs), for points to point out,
// such as a curve's largest and smallest value (fr.Marks), or for the
// frames of an animation: with fr.Y and fr.Legend set, every frame has
// the same axes and legend whatever its functions' values. fr.X, if set,
// is the visible x range; the functions are drawn over [xmin, xmax]. It is
// an error if fr holds an empty or non-finite range, a non-finite
// reference line or mark, or an unknown corner.
//
//	fr := plotting.Frame{Y: plotting.Range{Min: -0.1, Max: 1.1}, Legend: plotting.TopLeft}
//	fig, err := plotting.FunctionsFrame("w = 2", "x", "σ(wx)", -6, 6, fr, plotting.Fn{F: f})
//
//	half := plotting.Frame{Refs: []plotting.Ref{{Label: "σ = 0.5", Y: 0.5}}}
//	fig, err = plotting.FunctionsFrame("Shifts", "x", "σ(wx + b)", -6, 6, half, fns...)
func FunctionsFrame(title, xlabel, ylabel string, xmin, xmax float64, fr Frame, fns ...Fn) (*Figure, error) {
	return functions("plotting.FunctionsFrame", title, xlabel, ylabel, xmin, xmax, fr, fns)
}

// functions draws fns over [xmin, xmax] for Functions and its variants.
func functions(where, title, xlabel, ylabel string, xmin, xmax float64, fr Frame, fns []Fn) (*Figure, error) {
	p, err := functionsPlot(where, title, xlabel, ylabel, xmin, xmax, fr, fns)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, p)
}

// functionsPlot builds the plot that functions draws.
func functionsPlot(where, title, xlabel, ylabel string, xmin, xmax float64, fr Frame, fns []Fn) (*chart, error) {
	if len(fns) == 0 {
		return nil, errors.New(where + ": no functions to draw")
	}
	if err := checkRange(where, "x", xmin, xmax); err != nil {
		return nil, err
	}
	if err := fr.check(where, false); err != nil {
		return nil, err
	}
	p := newChart(title, xlabel, ylabel)
	if !fr.NoZeroLines {
		p.Add(zeroLines{})
	}
	for i, fn := range fns {
		name := fn.Label
		if name == "" {
			name = fmt.Sprintf("function %d", i)
		}
		if fn.F == nil {
			return nil, fmt.Errorf("%s: %s has a nil F", where, name)
		}
		pieces, err := samplePieces(where, name, fn.F, xmin, xmax, samples, fn.Jumps)
		if err != nil {
			return nil, err
		}
		var first *polyline
		for _, xy := range pieces {
			l := newPolyline(xy, lineStyle(i, fn.Dashed))
			p.Add(l)
			if first == nil {
				first = l
			}
		}
		if fn.Label != "" {
			p.addLegend(fn.Label, first)
		}
	}
	fr.finish(p)
	return p, nil
}

// ScatterFit draws the points (x[i], y[i]) and, if fit.F is not nil, the
// fitted line over the range of x, labelled fit.Label. With residuals it
// also draws each point's vertical distance to the line. xlabel and ylabel
// name the axes; the lines x = 0 and y = 0 are drawn where they lie inside
// the chart. It is an error if x is empty, x and y differ in length, or
// any value is NaN or ±Inf.
//
//	fig, err := plotting.ScatterFit("Price by size", "size (m²)", "price",
//		size, price, plotting.Fn{Label: "least squares", F: line}, true)
func ScatterFit(title, xlabel, ylabel string, x, y []float64, fit Fn, residuals bool) (*Figure, error) {
	return scatterFit("plotting.ScatterFit", title, xlabel, ylabel, x, y, fit, residuals, Frame{})
}

// ScatterFitFrame is ScatterFit with the axes, legend corner, reference
// lines and marks of fr (see Frame, Ref and Mark). With fr.X set, the
// fitted line is drawn across all of fr.X, not only across the data: to
// show what the line predicts beyond the observations, with fr.Marks
// marking a prediction. It is an error if fr holds an empty or non-finite
// range, a non-finite reference line or mark, or an unknown corner.
//
//	fr := plotting.Frame{X: plotting.Range{Min: 0, Max: 1},
//		Marks: []plotting.Mark{{Label: "prediction for x = 0.5", X: 0.5, Y: 4}}}
//	fig, err := plotting.ScatterFitFrame("Beyond the data", "x", "y", x, y,
//		plotting.Fn{Label: "ŷ = 10x − 1", F: line}, false, fr)
func ScatterFitFrame(title, xlabel, ylabel string, x, y []float64, fit Fn, residuals bool, fr Frame) (*Figure, error) {
	return scatterFit("plotting.ScatterFitFrame", title, xlabel, ylabel, x, y, fit, residuals, fr)
}

// ScatterOptions say what ScatterFitWith draws besides the points and the
// fitted line. The zero ScatterOptions draws them alone, over the data's
// range, as ScatterFit(…, false) does.
type ScatterOptions struct {
	// Residuals draws each point's vertical distance to the line, its
	// residual, as a dashed segment.
	Residuals bool
	// Frame fixes the axes, the legend corner, reference lines and marks,
	// as in ScatterFitFrame: with Frame.X set, the line is drawn across all
	// of Frame.X.
	Frame Frame
	// DashBeyondData draws the line dashed where it runs beyond the data's
	// smallest and largest x, solid between them: what the line predicts
	// outside the observations, set apart from where it was fitted. (With
	// a single x, or no data inside Frame.X, the line stays solid.)
	DashBeyondData bool
}

// ScatterFitWith is ScatterFit with the residuals, the frame and the dashed
// line beyond the data that opt asks for (see ScatterOptions). It returns the
// errors ScatterFitFrame does.
//
//	fig, err := plotting.ScatterFitWith("Beyond the data", "x", "y", x, y,
//		plotting.Fn{Label: "ŷ = 10x − 1", F: line},
//		plotting.ScatterOptions{Frame: plotting.Frame{X: plotting.Range{Min: 0, Max: 1}}, DashBeyondData: true})
func ScatterFitWith(title, xlabel, ylabel string, x, y []float64, fit Fn, opt ScatterOptions) (*Figure, error) {
	const where = "plotting.ScatterFitWith"
	p, err := scatterFitOpt(where, title, xlabel, ylabel, x, y, fit, opt)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, p)
}

// scatterFit draws ScatterFit and ScatterFitFrame.
func scatterFit(where, title, xlabel, ylabel string, x, y []float64, fit Fn, residuals bool, fr Frame) (*Figure, error) {
	p, err := scatterFitPlot(where, title, xlabel, ylabel, x, y, fit, residuals, fr)
	if err != nil {
		return nil, err
	}
	return chartFigure(where, p)
}

// scatterFitPlot builds the plot that scatterFit draws.
func scatterFitPlot(where, title, xlabel, ylabel string, x, y []float64, fit Fn, residuals bool, fr Frame) (*chart, error) {
	return scatterFitOpt(where, title, xlabel, ylabel, x, y, fit, ScatterOptions{Residuals: residuals, Frame: fr})
}

// scatterFitOpt builds the plot of ScatterFit and its variants.
func scatterFitOpt(where, title, xlabel, ylabel string, x, y []float64, fit Fn, opt ScatterOptions) (*chart, error) {
	residuals, fr := opt.Residuals, opt.Frame
	if len(x) == 0 {
		return nil, errors.New(where + ": no points: x is empty")
	}
	if len(x) != len(y) {
		return nil, fmt.Errorf("%s: len(x) = %d but len(y) = %d", where, len(x), len(y))
	}
	if err := checkFinite(where, "x", x); err != nil {
		return nil, err
	}
	if err := checkFinite(where, "y", y); err != nil {
		return nil, err
	}
	if err := fr.check(where, false); err != nil {
		return nil, err
	}
	p := newChart(title, xlabel, ylabel)
	if !fr.NoZeroLines {
		p.Add(zeroLines{})
	}
	pts := make(plotter.XYs, len(x))
	xmin, xmax := x[0], x[0]
	for i := range x {
		pts[i] = plotter.XY{X: x[i], Y: y[i]}
		xmin, xmax = min(xmin, x[i]), max(xmax, x[i])
	}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: Blue, Radius: glyphRadius, Shape: draw.CircleGlyph{}}
	p.addLegend("data", s)
	if fit.F != nil {
		dataMin, dataMax := xmin, xmax
		if fr.X != (Range{}) {
			xmin, xmax = fr.X.Min, fr.X.Max
		} else if xmin == xmax {
			xmin, xmax = xmin-1, xmax+1
		}
		name := fit.Label
		if name == "" {
			name = "fit"
		}
		if lo, hi := max(xmin, dataMin), min(xmax, dataMax); opt.DashBeyondData && lo < hi {
			// Dashed from each end of the range to the data, solid over the data.
			for _, r := range [][2]float64{{xmin, lo}, {hi, xmax}} {
				if r[0] >= r[1] {
					continue
				}
				bx, by, err := sampleFunc(where, name, fit.F, r[0], r[1], samples)
				if err != nil {
					return nil, err
				}
				beyond := make(plotter.XYs, len(bx))
				for j := range bx {
					beyond[j] = plotter.XY{X: bx[j], Y: by[j]}
				}
				p.Add(newPolyline(beyond, lineStyle(1, true)))
			}
			xmin, xmax = lo, hi
		}
		xs, ys, err := sampleFunc(where, name, fit.F, xmin, xmax, samples)
		if err != nil {
			return nil, err
		}
		if residuals {
			for i := range x {
				yhat := fit.F(x[i])
				if !isFinite(yhat) {
					return nil, fmt.Errorf("%s: %s(%g) = %g: values must be finite", where, name, x[i], yhat)
				}
				seg, _ := plotter.NewLine(plotter.XYs{{X: x[i], Y: y[i]}, {X: x[i], Y: yhat}})
				seg.LineStyle = draw.LineStyle{Color: Vermillion, Width: 1.5, Dashes: []vg.Length{3, 2}}
				p.Add(seg)
				if i == 0 {
					p.addLegend("residual", seg)
				}
			}
		}
		line := make(plotter.XYs, len(xs))
		for j := range xs {
			line[j] = plotter.XY{X: xs[j], Y: ys[j]}
		}
		l := newPolyline(line, lineStyle(1, false))
		p.Add(l)
		if fit.Label != "" {
			p.addLegend(fit.Label, l)
		}
	}
	p.Add(s) // after the line, so the points sit on top of it
	fr.finish(p)
	if fr.X == (Range{}) {
		padX(p.Plot)
	}
	return p, nil
}

// samplePieces samples f at n evenly spaced points over [xmin, xmax] and
// cuts the curve at each jump x inside the range: a sample exactly at a
// jump is dropped, and each piece ends (or starts) with f sampled a
// hair (a billionth of the range) short of the jump, so the piece reaches
// the jump from its own side. It is an error if a jump is NaN or ±Inf or f
// returns a non-finite value.
func samplePieces(where, name string, f func(float64) float64, xmin, xmax float64, n int, jumps []float64) ([]plotter.XYs, error) {
	var cuts []float64
	for _, j := range jumps {
		if !isFinite(j) {
			return nil, fmt.Errorf("%s: %s: jump at %g: jumps must be finite", where, name, j)
		}
		if j > xmin && j < xmax {
			cuts = append(cuts, j)
		}
	}
	sort.Float64s(cuts)
	xs, ys, err := sampleFunc(where, name, f, xmin, xmax, n)
	if err != nil {
		return nil, err
	}
	hair := (xmax - xmin) * 1e-9
	at := func(x float64) (plotter.XY, error) {
		y := f(x)
		if !isFinite(y) {
			return plotter.XY{}, fmt.Errorf("%s: %s(%g) = %g: values must be finite", where, name, x, y)
		}
		return plotter.XY{X: x, Y: y}, nil
	}
	var pieces []plotter.XYs
	var cur plotter.XYs
	k := 0 // the next cut
	for i := range xs {
		for k < len(cuts) && xs[i] >= cuts[k] {
			end, err := at(cuts[k] - hair)
			if err != nil {
				return nil, err
			}
			start, err := at(cuts[k] + hair)
			if err != nil {
				return nil, err
			}
			pieces = append(pieces, append(cur, end))
			cur = plotter.XYs{start}
			k++
		}
		if k > 0 && xs[i] == cuts[k-1] {
			continue // the value at the jump itself belongs to neither side's curve
		}
		cur = append(cur, plotter.XY{X: xs[i], Y: ys[i]})
	}
	return append(pieces, cur), nil
}
