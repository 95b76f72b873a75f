package plotting

import (
	"errors"
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Run is the training history of one network: one value per epoch, epoch
// 1 first. Any slice may be empty (not measured). Label names the run in
// the legend, such as "3 hidden" or "rate 0.5"; it may be empty for a single
// run.
type Run struct {
	Label         string
	TrainLoss     []float64
	TestLoss      []float64
	TrainAccuracy []float64
	TestAccuracy  []float64
}

// Loss draws training histories: loss per epoch and, if any run measured
// accuracy, accuracy per epoch in a second panel beside it. Each run has its
// own colour; training data is a solid line and test data a dashed one.
// With logScale the loss axis is logarithmic, which shows slow late progress.
// It is an error if there are no values at all, a value is NaN or ±Inf (the
// error names the run, series and epoch: a NaN loss means training
// diverged), or logScale is set and a loss is not positive.
//
//	fig, err := plotting.Loss("3 vs 50 hidden", false,
//		plotting.Run{Label: "3 hidden", TrainLoss: h3.Loss},
//		plotting.Run{Label: "50 hidden", TrainLoss: h50.Loss})
func Loss(title string, logScale bool, runs ...Run) (*Figure, error) {
	const where = "plotting.Loss"
	if len(runs) == 0 {
		return nil, errors.New(where + ": no runs")
	}
	hasLoss, hasAcc := false, false
	for i, r := range runs {
		name := runName(r, i)
		for _, s := range []struct {
			n string
			v []float64
		}{{"TrainLoss", r.TrainLoss}, {"TestLoss", r.TestLoss}, {"TrainAccuracy", r.TrainAccuracy}, {"TestAccuracy", r.TestAccuracy}} {
			for e, v := range s.v {
				if !isFinite(v) {
					return nil, fmt.Errorf("%s: run %s: %s at epoch %d is %g (did training diverge?)", where, name, s.n, e+1, v)
				}
				if logScale && v <= 0 && (s.n == "TrainLoss" || s.n == "TestLoss") {
					return nil, fmt.Errorf("%s: run %s: %s at epoch %d is %g: a log scale needs positive losses", where, name, s.n, e+1, v)
				}
			}
		}
		hasLoss = hasLoss || len(r.TrainLoss)+len(r.TestLoss) > 0
		hasAcc = hasAcc || len(r.TrainAccuracy)+len(r.TestAccuracy) > 0
	}
	if !hasLoss && !hasAcc {
		return nil, errors.New(where + ": every run is empty: no loss or accuracy values")
	}
	var panels []*plot.Plot
	if hasLoss {
		lt := "loss"
		if hasAcc {
			lt = title + ": loss"
		}
		if !hasAcc || title == "" {
			lt = title
		}
		p := historyPlot(lt, "loss", runs, func(r Run) ([]float64, []float64) { return r.TrainLoss, r.TestLoss }, logScale)
		panels = append(panels, p)
	}
	if hasAcc {
		at := "accuracy"
		if !hasLoss {
			at = title
		}
		p := historyPlot(at, "accuracy", runs, func(r Run) ([]float64, []float64) { return r.TrainAccuracy, r.TestAccuracy }, false)
		panels = append(panels, p)
	}
	if len(panels) == 1 {
		return plotFigure(where, panels[0])
	}
	return newFigure(where, figWidth*4/3, figHeight, func(c draw.Canvas) {
		cells := plot.Align([][]*plot.Plot{panels}, draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Points(14)}, c)
		for i, p := range panels {
			p.Draw(cells[0][i])
		}
	})
}

// runName names run i for error messages.
func runName(r Run, i int) string {
	if r.Label != "" {
		return fmt.Sprintf("%d (%q)", i, r.Label)
	}
	return fmt.Sprint(i)
}

// historyPlot draws the train (solid) and test (dashed) series that pick
// returns for each run.
func historyPlot(title, ylabel string, runs []Run, pick func(Run) (train, test []float64), logScale bool) *plot.Plot {
	p := newPlot(title, "epoch", ylabel)
	if logScale {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	}
	var all []plotter.XY
	var labels []string
	for i, r := range runs {
		train, test := pick(r)
		for k, s := range [][]float64{train, test} {
			if len(s) == 0 {
				continue
			}
			xy := make(plotter.XYs, len(s))
			for e, v := range s {
				xy[e] = plotter.XY{X: float64(e + 1), Y: v}
			}
			l, _ := plotter.NewLine(xy)
			l.LineStyle = lineStyle(i, k == 1)
			p.Add(l)
			if len(s) == 1 { // a single epoch: show it as a point
				sc, _ := plotter.NewScatter(xy)
				sc.GlyphStyle = draw.GlyphStyle{Color: colorAt(i), Radius: glyphRadius, Shape: draw.CircleGlyph{}}
				p.Add(sc)
			}
			label := []string{"train", "test"}[k]
			if r.Label != "" {
				label = r.Label + ", " + label
			}
			p.Legend.Add(label, l)
			labels = append(labels, label)
			all = append(all, xy...)
		}
	}
	if p.X.Min == p.X.Max {
		p.X.Min, p.X.Max = p.X.Min-1, p.X.Max+1
	}
	p.X.Tick.Marker = integerTicks{}
	padY(p)
	placeLegend(p, all, labels)
	return p
}

// integerTicks marks whole epochs only.
type integerTicks struct{}

// Ticks returns the default ticks, without those that fall between whole
// numbers.
func (integerTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(min, max) {
		if t.Value == float64(int64(t.Value)) {
			out = append(out, t)
		}
	}
	return out
}
