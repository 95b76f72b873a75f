package plotting

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
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
// (History.TestName): empty means "test"; "validation" for a validation set.
// TrainName likewise names the data the Train series were measured on:
// empty means "train"; "original digits" when the network trained on
// altered copies of them. Chance,
// if not 0, is the accuracy of guessing (0.1 for ten balanced classes):
// the accuracy panel draws it as a dotted reference line labelled
// "chance (10%)". NoEachEpoch leaves out the run's thin pale line of each
// epoch's value in a smoothed chart (LossOptions.Smooth), for a run whose
// values barely jump, so the legend's "each epoch" names the runs that keep it.
// EachEpochHeldOutOnly keeps that pale line for the run's held-out series
// only, for a run whose training and held-out values jump over the same
// range, where two pale lines would merge into one band of unknown origin;
// when it is the only run with a pale line, the legend names the series:
// "50 hidden, test, each epoch".
type Run struct {
	Label         string
	TrainLoss     []float64
	TestLoss      []float64
	TrainAccuracy []float64
	TestAccuracy  []float64
	HeldOut       string
	TrainName     string
	Chance        float64
	NoEachEpoch   bool

	EachEpochHeldOutOnly bool
}

// Loss draws training histories: loss per epoch and, if any run measured
// accuracy, accuracy per epoch in a second panel beside it (its axis
// always shows 0 and 1). Each run has its
// own colour; training data is a solid line and held-out data a dashed one,
// labelled "test" or the run's HeldOut name ("validation"); the training line is labelled "train" or the run's TrainName. A run's Chance
// is drawn as a reference line in the accuracy panel.
// With logScale the loss axis is logarithmic, which shows slow late progress.
// It is an error if there are no values at all, a value is NaN or ±Inf (the
// error names the run, series and epoch: a NaN loss means training
// diverged), or logScale is set and a loss is not positive. LossWith takes
// more settings: fixed axis ranges, accuracy in per cent, reference lines
// with labels of your own, smoothing of noisy curves and a part of the
// epochs.
//
//	fig, err := plotting.Loss("3 vs 50 hidden", false,
//		plotting.Run{Label: "3 hidden", TrainLoss: h3.TrainLoss},
//		plotting.Run{Label: "50 hidden", TrainLoss: h50.TrainLoss})
func Loss(title string, logScale bool, runs ...Run) (*Figure, error) {
	return lossWith("plotting.Loss", title, LossOptions{LogLoss: logScale}, runs)
}

// LossOptions are the settings of LossWith. The zero value draws what Loss
// draws without a log scale. Every number is in the units of the runs'
// values: accuracies and their reference lines are fractions of 1, also
// when Percent labels the axis in per cent.
type LossOptions struct {
	// LogLoss makes the loss axis logarithmic, as Loss's logScale does.
	LogLoss bool
	// Loss fixes the loss axis to this range (positive with LogLoss); the
	// zero Range follows the data. Values outside it are cut at the frame.
	Loss Range
	// Accuracy fixes the accuracy axis to this range inside [0, 1], such
	// as {0.9, 1} to tell apart two curves near the top; the zero Range
	// shows 0 and 1 and whatever the data needs. Values outside it are
	// cut at the frame.
	Accuracy Range
	// Percent labels the accuracy axis in per cent, 0 to 100, and names
	// it "accuracy (%)".
	Percent bool
	// AccuracyRefs are reference lines across the accuracy panel (the
	// first dotted, the next ones in other dash patterns, after those of
	// LossRefs, so the shared legend tells them apart; see Ref), with
	// labels of your own in the legend: {Label: "chance (10 %)",
	// Y: 0.1}, or an earlier network's score. A Run's Chance adds one
	// labelled "chance (10%)" too.
	AccuracyRefs []Ref
	// LossRefs are reference lines across the loss panel (dotted, then
	// other dash patterns; see Ref), such as
	// the loss of always guessing the mean.
	LossRefs []Ref
	// Smooth, if 2 or more, draws each series as its running mean over
	// Smooth epochs (the epochs around each; the mean starts and ends where
	// a whole window fits, Smooth/2 epochs or so inside the run), over the
	// values of each epoch in a thin pale line, so that the trend of a
	// noisy curve shows without hiding the noise. The axes say so
	// ("loss and its 5-epoch mean").
	Smooth int
	// Epochs shows only these epochs (counted from 1), such as {5, 300}
	// to leave out the high loss of the first few; the y axes fit the
	// values shown. The zero Range shows every epoch.
	Epochs Range
	// LossLabel names the loss axis, such as "cost J"; empty: "loss".
	LossLabel string
	// EpochMarks are thin solid vertical lines across every panel at the
	// epochs given, labelled at the top of each panel, such as
	// {Label: "learning rate ÷ 10", Epoch: 50} or where early stopping
	// would have stopped.
	EpochMarks []EpochMark
	// Markers draws a dot at each point of every curve (with Smooth, of
	// the running mean), and in its legend key: for a few dozen epochs
	// shown one by one (see Epochs), where a curve that zig-zags from
	// epoch to epoch would otherwise hide which values were measured.
	Markers bool
}

// An EpochMark is a vertical marker line at Epoch (counted from 1, as the
// epoch axis is), with Label written beside it (empty: no text).
type EpochMark struct {
	Label string
	Epoch float64
}

// LossWith is Loss with settings: opt fixes the axes' ranges, labels
// accuracy in per cent, adds reference lines with labels of your own,
// smooths noisy curves or shows a part of the epochs (see LossOptions).
// It returns the errors Loss does, and an error for a setting that is
// not finite, a range that is empty, an accuracy range or reference outside
// [0, 1], a loss range or reference that is not positive on a log scale,
// reference lines for a panel no run has values for, a negative Smooth, or
// epochs that do not start at 1 or later or hold no values, or an EpochMark
// outside the epochs shown.
//
//	fig, err := plotting.LossWith("The better recipe", plotting.LossOptions{
//		LogLoss:      true,
//		Accuracy:     plotting.Range{Min: 0.8, Max: 1},
//		Percent:      true,
//		AccuracyRefs: []plotting.Ref{{Label: "articles' network (88.3 %)", Y: 0.883}},
//	}, plotting.Run{TrainLoss: h.TrainLoss, TestLoss: h.TestLoss,
//		TrainAccuracy: h.TrainAccuracy, TestAccuracy: h.TestAccuracy})
func LossWith(title string, opt LossOptions, runs ...Run) (*Figure, error) {
	return lossWith("plotting.LossWith", title, opt, runs)
}

// lossWith draws Loss and LossWith, naming where in its errors.
func lossWith(where, title string, opt LossOptions, runs []Run) (*Figure, error) {
	panels, err := lossPanels(where, title, opt, runs)
	if err != nil {
		return nil, err
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

// lossPanels checks the runs and opt and returns the loss panel, the
// accuracy panel, or both, in that order.
func lossPanels(where, title string, opt LossOptions, runs []Run) ([]*chart, error) {
	if len(runs) == 0 {
		return nil, errors.New(where + ": no runs")
	}
	logScale := opt.LogLoss
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
	if err := opt.check(where, hasLoss, hasAcc, runs); err != nil {
		return nil, err
	}
	lossLabel := opt.LossLabel
	if lossLabel == "" {
		lossLabel = "loss"
	}
	accLabel, scale := "accuracy", 1.0
	if opt.Percent {
		accLabel, scale = "accuracy (%)", 100
	}
	if opt.Smooth > 1 {
		// The axis holds both the pale values of each epoch and their
		// running mean, so the label names both.
		note := fmt.Sprintf(" and its %d-epoch mean", opt.Smooth)
		lossLabel += note
		accLabel += note
	}
	var panels []*chart
	if hasLoss {
		p := historyPlot(title, lossLabel, runs, func(r Run) ([]float64, []float64) { return r.TrainLoss, r.TestLoss },
			logScale, opt.LossRefs, historyView{scale: 1, smooth: opt.Smooth, epochs: opt.Epochs, markers: opt.Markers})
		if opt.Loss != (Range{}) {
			p.Y.Min, p.Y.Max = opt.Loss.Min, opt.Loss.Max
		}
		panels = append(panels, p)
	}
	if hasAcc {
		// Each distinct chance level once, then the references given.
		var refs []Ref
		seen := map[float64]bool{}
		for _, r := range runs {
			if r.Chance != 0 && !seen[r.Chance] {
				seen[r.Chance] = true
				refs = append(refs, Ref{Label: "chance (" + strconv.FormatFloat(100*r.Chance, 'g', 3, 64) + "%)", Y: r.Chance})
			}
		}
		refs = append(refs, opt.AccuracyRefs...)
		p := historyPlot(title, accLabel, runs, func(r Run) ([]float64, []float64) { return r.TrainAccuracy, r.TestAccuracy },
			false, refs, historyView{scale: scale, smooth: opt.Smooth, epochs: opt.Epochs, refFirst: len(opt.LossRefs), markers: opt.Markers})
		if opt.Accuracy != (Range{}) {
			p.Y.Min, p.Y.Max = scale*opt.Accuracy.Min, scale*opt.Accuracy.Max
		} else {
			// Accuracy runs from 0 to 1: the axis shows both ends, so a
			// level can be judged against them.
			p.Y.Min, p.Y.Max = math.Min(p.Y.Min, -0.05*scale), math.Max(p.Y.Max, 1.05*scale)
		}
		panels = append(panels, p)
	}
	for _, p := range panels {
		for _, m := range opt.EpochMarks {
			p.Add(epochLine{m.Epoch, m.Label}) // labelled in every panel: the legend does not name it
		}
	}
	return panels, nil
}

// check reports an error for a setting of opt that LossWith cannot draw
// (see LossWith), given whether the runs have loss and accuracy values.
func (opt LossOptions) check(where string, hasLoss, hasAcc bool, runs []Run) error {
	if opt.Loss != (Range{}) {
		if err := checkRange(where, "LossOptions.Loss", opt.Loss.Min, opt.Loss.Max); err != nil {
			return err
		}
		if opt.LogLoss && opt.Loss.Min <= 0 {
			return fmt.Errorf("%s: LossOptions.Loss range [%g, %g] must be positive on a log scale", where, opt.Loss.Min, opt.Loss.Max)
		}
	}
	if opt.Accuracy != (Range{}) {
		if err := checkRange(where, "LossOptions.Accuracy", opt.Accuracy.Min, opt.Accuracy.Max); err != nil {
			return err
		}
		if opt.Accuracy.Min < 0 || opt.Accuracy.Max > 1 {
			return fmt.Errorf("%s: LossOptions.Accuracy range [%g, %g] is not inside [0, 1]: accuracies are fractions of 1, also with Percent (write {0.7, 1} for 70–100 %%)", where, opt.Accuracy.Min, opt.Accuracy.Max)
		}
	}
	for i, r := range opt.AccuracyRefs {
		if !isFinite(r.Y) || r.Y < 0 || r.Y > 1 {
			return fmt.Errorf("%s: LossOptions.AccuracyRefs[%d] (%q) is at %g: need an accuracy in [0, 1], a fraction also with Percent", where, i, r.Label, r.Y)
		}
	}
	for i, r := range opt.LossRefs {
		if !isFinite(r.Y) {
			return fmt.Errorf("%s: LossOptions.LossRefs[%d] (%q) is at %g: need a finite value", where, i, r.Label, r.Y)
		}
		if opt.LogLoss && r.Y <= 0 {
			return fmt.Errorf("%s: LossOptions.LossRefs[%d] (%q) is at %g: a log scale needs a positive value", where, i, r.Label, r.Y)
		}
	}
	if len(opt.AccuracyRefs) > 0 && !hasAcc {
		return fmt.Errorf("%s: LossOptions.AccuracyRefs are drawn in the accuracy panel, but no run has accuracy values", where)
	}
	if len(opt.LossRefs) > 0 && !hasLoss {
		return fmt.Errorf("%s: LossOptions.LossRefs are drawn in the loss panel, but no run has loss values", where)
	}
	if opt.Smooth < 0 {
		return fmt.Errorf("%s: LossOptions.Smooth = %d: need a number of epochs, or 0 for none", where, opt.Smooth)
	}
	if opt.Epochs != (Range{}) {
		if err := checkRange(where, "LossOptions.Epochs", opt.Epochs.Min, opt.Epochs.Max); err != nil {
			return err
		}
		if opt.Epochs.Min < 1 {
			return fmt.Errorf("%s: LossOptions.Epochs range [%g, %g] starts before epoch 1, the first", where, opt.Epochs.Min, opt.Epochs.Max)
		}
		longest := 0
		for _, r := range runs {
			longest = max(longest, len(r.TrainLoss), len(r.TestLoss), len(r.TrainAccuracy), len(r.TestAccuracy))
		}
		if opt.Epochs.Min > float64(longest) {
			return fmt.Errorf("%s: LossOptions.Epochs range [%g, %g] holds no values: the longest run has %d epochs", where, opt.Epochs.Min, opt.Epochs.Max, longest)
		}
	}
	longest := 0
	for _, r := range runs {
		longest = max(longest, len(r.TrainLoss), len(r.TestLoss), len(r.TrainAccuracy), len(r.TestAccuracy))
	}
	for i, m := range opt.EpochMarks {
		lo, hi := 1.0, float64(longest)
		if opt.Epochs != (Range{}) {
			lo, hi = opt.Epochs.Min, opt.Epochs.Max
		}
		if !isFinite(m.Epoch) || m.Epoch < lo || m.Epoch > hi {
			return fmt.Errorf("%s: LossOptions.EpochMarks[%d] (%q) is at epoch %g: need an epoch shown, in [%g, %g]", where, i, m.Label, m.Epoch, lo, hi)
		}
	}
	return nil
}

// epochMarkStyle is the line of an EpochMark: thin, solid and dark grey, so
// that it is told apart from the dotted reference lines and the dashed
// held-out curves.
var epochMarkStyle = draw.LineStyle{Color: color.Gray{0x40}, Width: 1}

// epochLine is an EpochMark as a plotter: a vertical line across the data
// area with its label at the top, to the right of the line, or to its left
// in the right quarter of the chart so that it stays inside.
type epochLine struct {
	x     float64
	label string
}

// Plot implements plot.Plotter.
func (e epochLine) Plot(c draw.Canvas, p *plot.Plot) {
	if e.x < p.X.Min || e.x > p.X.Max {
		return
	}
	x, _ := p.Transforms(&c)
	px := x(e.x)
	c.StrokeLine2(epochMarkStyle, px, c.Min.Y, px, c.Max.Y)
	if e.label == "" {
		return
	}
	ts := text.Style{Font: sans(tickSize), XAlign: draw.XLeft, YAlign: draw.YTop, Handler: richText{}, Color: color.Gray{0x20}}
	at := vg.Point{X: px + 4, Y: c.Max.Y - 4}
	if px > c.Min.X+(c.Max.X-c.Min.X)*3/4 {
		ts.XAlign, at.X = draw.XRight, px-4
	}
	c.FillText(ts, at, e.label)
}

// runName names run i for error messages.
func runName(r Run, i int) string {
	if r.Label != "" {
		return fmt.Sprintf("%d (%q)", i, r.Label)
	}
	return fmt.Sprint(i)
}

// A historyView says how historyPlot shows the values: multiplied by scale
// (100 for per cent), as running means over smooth epochs (if 2 or more),
// and only the epochs in epochs (if not the zero Range); its reference
// lines take the styles from refFirst on, after those of the other panel.
type historyView struct {
	scale    float64
	smooth   int
	epochs   Range
	refFirst int  // the reference lines' first style (see refStyleAt)
	markers  bool // a dot at each point of every curve (LossOptions.Markers)
}

// paleWidth is the width of the thin pale line of each epoch's value under
// a smoothed series.
const paleWidth = 1

// pale returns c faded towards white, for the raw values under a smoothed
// series.
func pale(c color.Color) color.Color {
	return mix(color.RGBAModel.Convert(c).(color.RGBA), color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, 0.6)
}

// paleKey is the legend key of the pale per-epoch lines of a smoothed
// chart: a thin line in each colour, stacked in the key's height and
// spread evenly through it, so the key shows every run's colour.
type paleKey []color.Color

// Thumbnail implements plot.Thumbnailer.
func (k paleKey) Thumbnail(c *draw.Canvas) {
	h := c.Max.Y - c.Min.Y
	n := len(k)
	for i, col := range k {
		// n lines at the centres of n equal slices of the middle half.
		y := c.Min.Y + h/4 + h/2*(vg.Length(i)+0.5)/vg.Length(n)
		if n == 1 {
			y = c.Min.Y + h/2
		}
		// A little wider than the chart's pale lines, to show in the key.
		c.StrokeLine2(draw.LineStyle{Color: col, Width: 1.5 * paleWidth}, c.Min.X, y, c.Max.X, y)
	}
}

// runningMean returns the mean of every n consecutive values of v, and the
// index of v at which the first of them is drawn, (n−1)/2: mean i covers
// v[i : i+n] and is drawn at index first+i. The smoothed series starts and
// ends where a whole window fits, so its ends are means of n values like the
// rest rather than of fewer (a series that alternates from epoch to epoch
// would otherwise end on one of its two phases). With fewer than n values
// the window is all of v.
func runningMean(v []float64, n int) (means []float64, first int) {
	n = min(n, len(v))
	if n <= 0 {
		return nil, 0
	}
	means = make([]float64, len(v)-n+1)
	for i := range means {
		sum := 0.0
		for _, x := range v[i : i+n] {
			sum += x
		}
		means[i] = sum / float64(n)
	}
	return means, (n - 1) / 2
}

// epochXYs returns the points (epoch, scale·v) of the epochs (counted from
// 1) inside the view's epochs range.
func (hv historyView) epochXYs(v []float64) plotter.XYs { return hv.epochXYsFrom(v, 0) }

// epochXYsFrom is epochXYs for values whose first, v[0], is that of the
// epoch first+1.
func (hv historyView) epochXYsFrom(v []float64, first int) plotter.XYs {
	var xy plotter.XYs
	for i, y := range v {
		x := float64(first + i + 1)
		if hv.epochs != (Range{}) && (x < hv.epochs.Min || x > hv.epochs.Max) {
			continue
		}
		xy = append(xy, plotter.XY{X: x, Y: hv.scale * y})
	}
	return xy
}

// historyPlot draws the train (solid) and held-out (dashed) series that
// pick returns for each run, over the reference lines refs, as hv says.
func historyPlot(title, ylabel string, runs []Run, pick func(Run) (train, test []float64), logScale bool, refs []Ref, hv historyView) *chart {
	p := newChart(title, "epoch", ylabel)
	if logScale {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
	}
	scaled := make([]Ref, len(refs))
	for i, r := range refs {
		scaled[i] = Ref{Label: r.Label, Y: hv.scale * r.Y}
	}
	smooth := hv.smooth > 1
	// Only a chart that shows held-out values needs "train" in its labels:
	// without them a run's label alone names its curve, and a single
	// unlabelled run needs no legend entry.
	heldOutShown := false
	for _, r := range runs {
		heldOutShown = heldOutShown || len(r.TestLoss) > 0 || len(r.TestAccuracy) > 0
	}
	// Layers, bottom to top: the pale per-epoch lines of a smoothed chart,
	// the runs' curves, then the reference lines (so a chance line stays
	// visible through a band of noisy epochs and where a curve settles onto
	// it).
	if smooth {
		for i, r := range runs {
			if r.NoEachEpoch {
				continue
			}
			train, test := pick(r)
			if r.EachEpochHeldOutOnly {
				train = nil
			}
			for _, s := range [][]float64{train, test} {
				if xy := hv.epochXYs(s); len(s) > 0 && len(xy) > 0 {
					p.Add(newPolyline(xy, draw.LineStyle{Color: pale(colorAt(i)), Width: paleWidth}))
				}
			}
		}
	}
	for i, r := range runs {
		train, test := pick(r)
		for k, s := range [][]float64{train, test} {
			if len(s) == 0 {
				continue
			}
			xy := hv.epochXYs(s)
			if len(xy) == 0 {
				continue
			}
			style := lineStyle(i, k == 1)
			if smooth {
				// A window of epochs shown too narrow for one whole mean
				// keeps the epochs' own values.
				if sm := hv.epochXYsFrom(runningMean(s, hv.smooth)); len(sm) > 0 {
					xy = sm
				}
			}
			l := newPolyline(xy, style)
			p.Add(l)
			keys := []plot.Thumbnailer{l}
			if len(xy) == 1 || hv.markers { // a single epoch, or dots asked for: show the points
				sc, _ := plotter.NewScatter(xy)
				sc.GlyphStyle = draw.GlyphStyle{Color: colorAt(i), Radius: glyphRadius, Shape: draw.CircleGlyph{}}
				p.Add(sc)
				if hv.markers {
					keys = append(keys, sc)
				}
			}
			heldOut := r.HeldOut
			if heldOut == "" {
				heldOut = "test"
			}
			trainName := r.TrainName
			if trainName == "" {
				trainName = "train"
			}
			label := []string{trainName, heldOut}[k]
			switch {
			case !heldOutShown:
				label = r.Label
			case r.Label != "":
				label = r.Label + ", " + label
			}
			if label != "" {
				p.addLegend(label, keys...)
			}
		}
	}
	addRefs(p, scaled, hv.refFirst)
	if smooth {
		// The key to the pale lines: one short pale line in each run's
		// colour, stacked, as the chart draws them.
		var key paleKey
		var named []string
		for i, r := range runs {
			_, test := pick(r)
			if !r.NoEachEpoch && (!r.EachEpochHeldOutOnly || len(test) > 0) {
				key = append(key, pale(colorAt(i)))
				name := r.Label
				if r.EachEpochHeldOutOnly && name != "" {
					heldOut := r.HeldOut
					if heldOut == "" {
						heldOut = "test"
					}
					name += ", " + heldOut
				}
				named = append(named, name)
			}
		}
		switch {
		case len(key) == 0:
		case len(key) < len(runs) && len(named) == 1 && named[0] != "":
			p.addLegend(named[0]+", each epoch", key)
		default:
			p.addLegend("each epoch", key)
		}
	}
	if hv.epochs != (Range{}) {
		p.X.Min, p.X.Max = hv.epochs.Min, hv.epochs.Max
	}
	if p.X.Min == p.X.Max { // one epoch: half an epoch either side, so no other is labelled
		p.X.Min, p.X.Max = p.X.Min-0.5, p.X.Max+0.5
	}
	refLegend(p, scaled, hv.refFirst)
	// Epochs count from 1: label epoch 1 where the axis starts there, and
	// never a "0" for an epoch that does not exist.
	p.X.Tick.Marker = positionTicks{}
	padY(p.Plot)
	return p
}
