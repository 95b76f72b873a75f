package plotting

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// A Run is the training history of one network: one value per epoch, epoch
// 1 first. Any slice may be empty (not measured). Label names the run in
// the legend, such as "3 hidden" or "rate 0.5"; it may be empty for a single
// run. The slices have the names of nn.History's, so a history h from
// nn.Train fills a Run field by field:
//
//	plotting.Run{Label: "3 hidden", TrainLoss: h.TrainLoss, TestLoss: h.TestLoss,
//		TrainAccuracy: h.TrainAccuracy, TestAccuracy: h.TestAccuracy, HeldOut: h.TestName}
//
// HeldOut names the data the Test series were measured on, in the legend
// (History.TestName): empty means "test"; "validation" for a validation set. Chance,
// if not 0, is the accuracy of guessing (0.1 for ten balanced classes):
// the accuracy panel draws it as a dotted reference line labelled
// "chance (10%)".
type Run struct {
	Label         string
	TrainLoss     []float64
	TestLoss      []float64
	TrainAccuracy []float64
	TestAccuracy  []float64
	HeldOut       string
	Chance        float64
}

// Loss draws training histories: loss per epoch and, if any run measured
// accuracy, accuracy per epoch in a second panel beside it (its axis
// always shows 0 and 1). Each run has its
// own colour; training data is a solid line and held-out data a dashed one,
// labelled "test" or the run's HeldOut name ("validation"). A run's Chance
// is drawn as a reference line in the accuracy panel.
// With logScale the loss axis is logarithmic, which shows slow late progress.
// It is an error if there are no values at all, a value is NaN or ±Inf (the
// error names the run, series and epoch: a NaN loss means training
// diverged), or logScale is set and a loss is not positive.
//
//	fig, err := plotting.Loss("3 vs 50 hidden", false,
//		plotting.Run{Label: "3 hidden", TrainLoss: h3.TrainLoss},
//		plotting.Run{Label: "50 hidden", TrainLoss: h50.TrainLoss})
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
		if !isFinite(r.Chance) || r.Chance < 0 || r.Chance > 1 {
			return nil, fmt.Errorf("%s: run %s: Chance = %g: need an accuracy in [0, 1] (0 for none)", where, name, r.Chance)
		}
		hasLoss = hasLoss || len(r.TrainLoss)+len(r.TestLoss) > 0
		hasAcc = hasAcc || len(r.TrainAccuracy)+len(r.TestAccuracy) > 0
	}
	if !hasLoss && !hasAcc {
		return nil, errors.New(where + ": every run is empty: no loss or accuracy values")
	}
	var panels []*chart
	if hasLoss {
		p := historyPlot(title, "loss", runs, func(r Run) ([]float64, []float64) { return r.TrainLoss, r.TestLoss }, logScale, nil)
		panels = append(panels, p)
	}
	if hasAcc {
		// Each distinct chance level once.
		var refs []Ref
		seen := map[float64]bool{}
		for _, r := range runs {
			if r.Chance != 0 && !seen[r.Chance] {
				seen[r.Chance] = true
				refs = append(refs, Ref{Label: "chance (" + strconv.FormatFloat(100*r.Chance, 'g', 3, 64) + "%)", Y: r.Chance})
			}
		}
		p := historyPlot(title, "accuracy", runs, func(r Run) ([]float64, []float64) { return r.TrainAccuracy, r.TestAccuracy }, false, refs)
		// Accuracy runs from 0 to 1: the axis shows both ends, so a
		// level can be judged against them.
		p.Y.Min, p.Y.Max = math.Min(p.Y.Min, -0.05), math.Max(p.Y.Max, 1.05)
		panels = append(panels, p)
	}
	if len(panels) == 1 {
		return chartFigure(where, panels[0])
	}
	// Two panels share the title and one legend above them; their y axis
	// labels say which is which.
	entries := panels[0].entries
	seen := map[string]bool{}
	for _, e := range entries {
		seen[e.label] = true
	}
	for _, e := range panels[1].entries {
		if !seen[e.label] {
			entries = append(entries, e)
		}
	}
	loss, acc := *panels[0].Plot, *panels[1].Plot
	loss.Title.Text, acc.Title.Text = "", ""
	return newFigure(where, figWidth*4/3, figHeight, func(c draw.Canvas) {
		drawWithLegend(c, title, entries, false, &loss, &acc)
	})
}

// runName names run i for error messages.
func runName(r Run, i int) string {
	if r.Label != "" {
		return fmt.Sprintf("%d (%q)", i, r.Label)
	}
	return fmt.Sprint(i)
}

// historyPlot draws the train (solid) and held-out (dashed) series that
// pick returns for each run, over the reference lines refs.
func historyPlot(title, ylabel string, runs []Run, pick func(Run) (train, test []float64), logScale bool, refs []Ref) *chart {
	p := newChart(title, "epoch", ylabel)
	if logScale {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
	}
	addRefs(p, refs)
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
			l := newPolyline(xy, lineStyle(i, k == 1))
			p.Add(l)
			if len(s) == 1 { // a single epoch: show it as a point
				sc, _ := plotter.NewScatter(xy)
				sc.GlyphStyle = draw.GlyphStyle{Color: colorAt(i), Radius: glyphRadius, Shape: draw.CircleGlyph{}}
				p.Add(sc)
			}
			heldOut := r.HeldOut
			if heldOut == "" {
				heldOut = "test"
			}
			label := []string{"train", heldOut}[k]
			if r.Label != "" {
				label = r.Label + ", " + label
			}
			p.addLegend(label, l)
		}
	}
	if p.X.Min == p.X.Max {
		p.X.Min, p.X.Max = p.X.Min-1, p.X.Max+1
	}
	refLegend(p, refs)
	p.X.Tick.Marker = integerTicks{}
	padY(p.Plot)
	return p
}
