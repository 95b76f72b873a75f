package plotting

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/plot/plotter"
)

func TestLossCharts(t *testing.T) {
	var a, b, at, bt, acc, acct []float64
	for e := 0; e < 50; e++ {
		a = append(a, 1/(1+0.1*float64(e)))
		at = append(at, 1.1/(1+0.08*float64(e)))
		b = append(b, 1/(1+0.5*float64(e)))
		bt = append(bt, 1.2/(1+0.3*float64(e)))
		acc = append(acc, 1-0.5/(1+0.2*float64(e)))
		acct = append(acct, 1-0.55/(1+0.15*float64(e)))
	}
	f, err := Loss("3 vs 50 hidden", true, Run{Label: "3 hidden", TrainLoss: a, TestLoss: at}, Run{Label: "50 hidden", TrainLoss: b, TestLoss: bt, TrainAccuracy: acc, TestAccuracy: acct})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss.png", f)
	f, err = Loss("", false, Run{TrainLoss: a, TestLoss: at})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss1.png", f)
}

// TestHistoryFieldsAreRunFields checks the seam between nn.Train and
// Loss: every field of nn.History is a field of Run with the same name
// and type (History.TestName goes to Run.HeldOut), so a history fills a
// Run field by field.
func TestHistoryFieldsAreRunFields(t *testing.T) {
	h, r := reflect.TypeFor[nn.History](), reflect.TypeFor[Run]()
	renamed := map[string]string{"TestName": "HeldOut"}
	for i := 0; i < h.NumField(); i++ {
		f := h.Field(i)
		name := f.Name
		if to, ok := renamed[name]; ok {
			name = to
		}
		g, ok := r.FieldByName(name)
		if !ok || g.Type != f.Type {
			t.Errorf("nn.History.%s (%v) has no Run field of the same name and type", f.Name, f.Type)
		}
	}
}

// history returns n epochs of a falling loss and a rising accuracy.
func history(n int) (loss, acc []float64) {
	for e := range n {
		loss = append(loss, 1/float64(e+1))
		acc = append(acc, 1-0.9/float64(e+1))
	}
	return loss, acc
}

// TestLossWithAxes checks the accuracy and loss axes LossWith sets: 0 and 1
// shown by default, a fixed range kept exactly, per cent multiplying the
// axis and the reference lines by 100, and the labels naming the units
// and the smoothing.
func TestLossWithAxes(t *testing.T) {
	loss, acc := history(40)
	run := Run{TrainLoss: loss, TrainAccuracy: acc, Chance: 0.1}
	for _, tc := range []struct {
		name                string
		opt                 LossOptions
		accMin, accMax      float64
		accLabel            string
		lossMin, lossMax    float64 // 0, 0: not checked
		lossLabel, refsWant string
	}{
		{"default", LossOptions{}, -0.05, 1.05, "accuracy", 0, 0, "loss", "chance (10%)"},
		{"fixed accuracy", LossOptions{Accuracy: Range{0.7, 1}}, 0.7, 1, "accuracy", 0, 0, "loss", "chance (10%)"},
		{"per cent", LossOptions{Percent: true}, -5, 105, "accuracy (%)", 0, 0, "loss", "chance (10%)"},
		{"per cent, fixed", LossOptions{Percent: true, Accuracy: Range{0.9, 1}}, 90, 100, "accuracy (%)", 0, 0, "loss", "chance (10%)"},
		{"fixed loss, own label", LossOptions{Loss: Range{0.01, 2}, LogLoss: true, LossLabel: "cost J"}, -0.05, 1.05, "accuracy", 0.01, 2, "cost J", "chance (10%)"},
		{"own reference", LossOptions{AccuracyRefs: []Ref{{Label: "articles' network (88.3 %)", Y: 0.883}}}, -0.05, 1.05, "accuracy", 0, 0, "loss", "chance (10%)|articles' network (88.3 %)"},
		{"smoothed", LossOptions{Smooth: 5}, -0.05, 1.05, "accuracy and its 5-epoch mean", 0, 0, "loss and its 5-epoch mean", "chance (10%)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			panels, err := lossPanels("test", "t", tc.opt, []Run{run})
			if err != nil {
				t.Fatal(err)
			}
			if len(panels) != 2 {
				t.Fatalf("%d panels, want loss and accuracy", len(panels))
			}
			lp, ap := panels[0], panels[1]
			if ap.Y.Min != tc.accMin || ap.Y.Max != tc.accMax {
				t.Errorf("accuracy axis [%g, %g], want [%g, %g]", ap.Y.Min, ap.Y.Max, tc.accMin, tc.accMax)
			}
			if tc.lossMax != 0 && (lp.Y.Min != tc.lossMin || lp.Y.Max != tc.lossMax) {
				t.Errorf("loss axis [%g, %g], want [%g, %g]", lp.Y.Min, lp.Y.Max, tc.lossMin, tc.lossMax)
			}
			if ap.Y.Label.Text != tc.accLabel || lp.Y.Label.Text != tc.lossLabel {
				t.Errorf("axis labels %q and %q, want %q and %q", lp.Y.Label.Text, ap.Y.Label.Text, tc.lossLabel, tc.accLabel)
			}
			var refs []string
			for _, l := range legendLabels(ap) {
				if strings.Contains(l, "chance") || strings.Contains(l, "network") {
					refs = append(refs, l)
				}
			}
			if got := strings.Join(refs, "|"); got != tc.refsWant {
				t.Errorf("reference lines in the legend %q, want %q", got, tc.refsWant)
			}
			f, err := LossWith("t", tc.opt, run)
			if err != nil {
				t.Fatal(err)
			}
			checkFigure(t, "losswith_"+strings.ReplaceAll(tc.name, " ", "_")+".png", f)
		})
	}
}

// TestLossWithDrawsRefsAndSmooth draws the accuracy panel and reads its
// pixels: a reference line lies at its height (a fraction, also on a per
// cent axis), and a smoothed series runs through the running mean of an
// accuracy that jumps between 0.3 and 0.7, over the pale values of each
// epoch.
func TestLossWithDrawsRefsAndSmooth(t *testing.T) {
	jumpy := make([]float64, 40)
	for e := range jumpy {
		jumpy[e] = 0.3 + 0.4*float64(e%2) // epoch 1: 0.3, epoch 2: 0.7, ...
	}
	refGrey := refStyle.Color
	for _, tc := range []struct {
		name       string
		opt        LossOptions
		scale      float64
		smoothLine bool
	}{
		{"fractions", LossOptions{AccuracyRefs: []Ref{{Label: "r", Y: 0.15}}}, 1, false},
		{"per cent", LossOptions{Percent: true, AccuracyRefs: []Ref{{Label: "r", Y: 0.15}}}, 100, false},
		{"smoothed", LossOptions{Smooth: 4, AccuracyRefs: []Ref{{Label: "r", Y: 0.15}}}, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			panels, err := lossPanels("test", "t", tc.opt, []Run{{TrainAccuracy: jumpy}})
			if err != nil {
				t.Fatal(err)
			}
			ch := panels[0]
			ch.putInside()
			ch.Legend.Top, ch.Legend.Left = false, true
			img, at := drawnAt(t, ch)
			row := func(y float64) int { // how many pixels of the row at y are the reference's grey
				n := 0
				p0, p1 := at(10, y), at(39, y)
				for x := p0.X; x <= p1.X; x++ {
					if near(img, image.Point{X: x, Y: p0.Y}, refGrey) {
						n++
					}
				}
				return n
			}
			if on, off := row(tc.scale*0.15), row(tc.scale*0.22); on < 100 || off > 0 {
				t.Errorf("reference at 0.15: %d grey pixels on its row, want 100 or more; %d at 0.22, want none", on, off)
			}
			// Epoch 20 is 0.7; the mean of epochs 19 to 22 is 0.5.
			mean := at(20, tc.scale*0.5)
			if got := near(img, mean, Blue); got != tc.smoothLine {
				t.Errorf("(epoch 20, 0.5): pixel %v: the smoothed line drawn = %v, want %v", img.RGBAAt(mean.X, mean.Y), got, tc.smoothLine)
			}
			wantRaw := Blue
			if tc.smoothLine {
				wantRaw = pale(Blue).(color.RGBA)
			}
			if raw := at(20, tc.scale*0.7); !near(img, raw, wantRaw) {
				t.Errorf("(epoch 20, 0.7): pixel %v, want the value of that epoch drawn in %v", img.RGBAAt(raw.X, raw.Y), wantRaw)
			}
		})
	}
}

func TestRunningMean(t *testing.T) {
	for _, tc := range []struct {
		v     []float64
		n     int
		want  []float64
		first int
	}{
		{[]float64{1, 2, 3}, 1, []float64{1, 2, 3}, 0},
		{[]float64{1, 2, 3, 4, 5}, 3, []float64{2, 3, 4}, 1},
		// An alternating series: every mean, the last one too, is the middle.
		{[]float64{0, 4, 0, 4, 0, 4}, 2, []float64{2, 2, 2, 2, 2}, 0},
		{[]float64{0, 1, 0, 1, 0, 1}, 4, []float64{0.5, 0.5, 0.5}, 1}, // v[0:4] drawn at index 1
		{[]float64{2, 4}, 5, []float64{3}, 0},                         // fewer values than the window
		{[]float64{2}, 5, []float64{2}, 0},
		{nil, 3, nil, 0},
	} {
		got, first := runningMean(tc.v, tc.n)
		if !reflect.DeepEqual(got, tc.want) || first != tc.first {
			t.Errorf("runningMean(%v, %d) = %v, %d, want %v, %d", tc.v, tc.n, got, first, tc.want, tc.first)
		}
	}
}

// TestLossWithEpochs checks that a range of epochs sets the x axis and
// that the y axes fit the values shown: without the first epochs the loss
// axis no longer reaches their high values.
func TestLossWithEpochs(t *testing.T) {
	loss, acc := history(40)
	panels, err := lossPanels("test", "t", LossOptions{Epochs: Range{5, 40}}, []Run{{TrainLoss: loss, TrainAccuracy: acc}})
	if err != nil {
		t.Fatal(err)
	}
	lp := panels[0]
	if lp.X.Min != 5 || lp.X.Max != 40 {
		t.Errorf("epoch axis [%g, %g], want [5, 40]", lp.X.Min, lp.X.Max)
	}
	if lp.Y.Max > 0.25 { // epoch 5's loss is 0.2; epoch 1's is 1
		t.Errorf("loss axis reaches %g: it should fit epochs 5 to 40 (at most 0.2, padded)", lp.Y.Max)
	}
	f, err := LossWith("from epoch 5", LossOptions{Epochs: Range{5, 40}}, Run{TrainLoss: loss, TrainAccuracy: acc})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "losswith_epochs.png", f)
}

// TestLossWithMarkers checks that Markers puts a dot at each epoch shown, on
// every curve and in its legend key, and that without it there are none.
func TestLossWithMarkers(t *testing.T) {
	loss, acc := history(40)
	for _, markers := range []bool{false, true} {
		panels, err := lossPanels("test", "t", LossOptions{Epochs: Range{5, 40}, Markers: markers},
			[]Run{{Label: "a", TrainLoss: loss, TestLoss: loss, TrainAccuracy: acc}})
		if err != nil {
			t.Fatal(err)
		}
		for k, ch := range panels {
			for _, e := range ch.entries {
				dots := 0
				for _, th := range e.thumbs {
					if sc, ok := th.(*plotter.Scatter); ok {
						dots = len(sc.XYs)
					}
				}
				if want := map[bool]int{false: 0, true: 36}[markers]; dots != want {
					t.Errorf("Markers %v, panel %d, %q: %d dots, want %d (epochs 5 to 40)", markers, k, e.label, dots, want)
				}
			}
		}
	}
	f, err := LossWith("each epoch, with dots", LossOptions{Epochs: Range{5, 40}, Markers: true}, Run{TrainLoss: loss, TrainAccuracy: acc})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "losswith_markers.png", f)
}

func TestLossWithBadInput(t *testing.T) {
	loss, acc := history(10)
	both := Run{TrainLoss: loss, TrainAccuracy: acc}
	for _, tc := range []struct {
		name string
		opt  LossOptions
		run  Run
		want string
	}{
		{"empty loss range", LossOptions{Loss: Range{1, 1}}, both, "LossOptions.Loss range [1, 1] is empty"},
		{"log loss range at 0", LossOptions{LogLoss: true, Loss: Range{0, 1}}, both, "must be positive on a log scale"},
		{"accuracy in per cent", LossOptions{Percent: true, Accuracy: Range{70, 100}}, both, "LossOptions.Accuracy range [70, 100] is not inside [0, 1]"},
		{"NaN accuracy range", LossOptions{Accuracy: Range{math.NaN(), 1}}, both, "must be finite"},
		{"reference in per cent", LossOptions{AccuracyRefs: []Ref{{Label: "chance (10 %)", Y: 10}}}, both, `AccuracyRefs[0] ("chance (10 %)") is at 10`},
		{"NaN loss reference", LossOptions{LossRefs: []Ref{{Y: math.NaN()}}}, both, "LossRefs[0]"},
		{"log loss reference at 0", LossOptions{LogLoss: true, LossRefs: []Ref{{Y: 0}}}, both, "a log scale needs a positive value"},
		{"accuracy refs, no accuracy", LossOptions{AccuracyRefs: []Ref{{Y: 0.5}}}, Run{TrainLoss: loss}, "no run has accuracy values"},
		{"loss refs, no loss", LossOptions{LossRefs: []Ref{{Y: 0.5}}}, Run{TrainAccuracy: acc}, "no run has loss values"},
		{"negative smooth", LossOptions{Smooth: -3}, both, "LossOptions.Smooth = -3"},
		{"epoch 0", LossOptions{Epochs: Range{0, 5}}, both, "starts before epoch 1"},
		{"epochs past the end", LossOptions{Epochs: Range{20, 30}}, both, "holds no values: the longest run has 10 epochs"},
		{"NaN value", LossOptions{Smooth: 3}, Run{TrainLoss: []float64{1, math.NaN()}}, "TrainLoss at epoch 2 is NaN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := LossWith("t", tc.opt, tc.run)
			if err == nil || f != nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "plotting.LossWith: ") {
				t.Errorf("got %v, %v; want an error from plotting.LossWith containing %q", f, err, tc.want)
			}
		})
	}
}

// TestEpochMarks checks that an EpochMark draws its line in every panel
// (pixels of its colour, in a column, in both halves of the figure) and
// that a mark at no epoch shown is an error naming it.
func TestEpochMarks(t *testing.T) {
	run := Run{TrainLoss: []float64{1, 0.5, 0.3, 0.2, 0.15, 0.1}, TrainAccuracy: []float64{0.5, 0.6, 0.7, 0.8, 0.85, 0.9}}
	f, err := LossWith("marks", LossOptions{EpochMarks: []EpochMark{{Label: "stop", Epoch: 3}}}, run)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "epochmarks.png", f)
	want := epochMarkStyle.Color.(color.Gray).Y
	b := f.img.Bounds()
	for half := 0; half < 2; half++ {
		best := 0 // the most mark-coloured pixels in one column of this half
		for x := b.Min.X + half*b.Dx()/2; x < b.Min.X+(half+1)*b.Dx()/2; x++ {
			n := 0
			for y := b.Min.Y; y < b.Max.Y; y++ {
				if c := f.img.RGBAAt(x, y); c.R == want && c.G == want && c.B == want {
					n++
				}
			}
			best = max(best, n)
		}
		if best < b.Dy()/4 {
			t.Errorf("panel %d: at most %d pixels of the mark's colour in a column, want a line across the panel", half, best)
		}
	}
	// The label is written in every panel: each half of the figure changes when it is left out.
	bare, err := LossWith("marks", LossOptions{EpochMarks: []EpochMark{{Epoch: 3}}}, run)
	if err != nil {
		t.Fatal(err)
	}
	if bare.img.Bounds() != b {
		t.Fatalf("figure without the label is %v, with it %v", bare.img.Bounds(), b)
	}
	for half := 0; half < 2; half++ {
		differ := 0
		for x := b.Min.X + half*b.Dx()/2; x < b.Min.X+(half+1)*b.Dx()/2; x++ {
			for y := b.Min.Y; y < b.Max.Y; y++ {
				if f.img.RGBAAt(x, y) != bare.img.RGBAAt(x, y) {
					differ++
				}
			}
		}
		if differ == 0 {
			t.Errorf("panel %d: the mark's label changes no pixel, want it written in every panel", half)
		}
	}
	tests := []struct {
		name string
		opt  LossOptions
	}{
		{"before epoch 1", LossOptions{EpochMarks: []EpochMark{{Epoch: 0.5}}}},
		{"after the last", LossOptions{EpochMarks: []EpochMark{{Epoch: 7}}}},
		{"NaN", LossOptions{EpochMarks: []EpochMark{{Epoch: math.NaN()}}}},
		{"outside Epochs", LossOptions{Epochs: Range{Min: 3, Max: 6}, EpochMarks: []EpochMark{{Label: "x", Epoch: 2}}}},
	}
	for _, tc := range tests {
		_, err := LossWith("bad", tc.opt, run)
		if err == nil || !strings.Contains(err.Error(), "LossOptions.EpochMarks[0]") {
			t.Errorf("%s: error %v, want one naming LossOptions.EpochMarks[0]", tc.name, err)
		}
	}
}

// TestRefStylesDistinct checks that the reference lines of one chart, and
// of the two panels of LossWith, which share a legend, each have their own
// dash pattern in the legend (addRefs draws them as refLegend keys them).
func TestRefStylesDistinct(t *testing.T) {
	run := Run{TrainLoss: []float64{1, 0.5, 0.3}, TrainAccuracy: []float64{0.2, 0.5, 0.7}}
	for _, tc := range []struct {
		name string
		opt  LossOptions
		runs []Run
	}{
		{"one panel, two refs", LossOptions{LossRefs: []Ref{{Label: "a", Y: 0.4}, {Label: "b", Y: 0.6}}}, []Run{{TrainLoss: run.TrainLoss}}},
		{"loss and accuracy refs", LossOptions{LossRefs: []Ref{{Label: "a", Y: 0.4}}, AccuracyRefs: []Ref{{Label: "b", Y: 0.1}}}, []Run{run}},
		{"chance and a ref", LossOptions{AccuracyRefs: []Ref{{Label: "b", Y: 0.9}}}, []Run{{TrainAccuracy: run.TrainAccuracy, Chance: 0.1}}},
		{"four refs", LossOptions{LossRefs: []Ref{{Label: "a", Y: 0.4}, {Label: "b", Y: 0.5}, {Label: "c", Y: 0.6}}, AccuracyRefs: []Ref{{Label: "d", Y: 0.1}}}, []Run{run}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			panels, err := lossPanels("test", "t", tc.opt, tc.runs)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]string{}
			for _, p := range panels {
				n := 0
				for _, e := range p.entries {
					if pl, ok := e.thumbs[0].(*polyline); ok && pl.xys == nil && !strings.Contains(e.label, "each epoch") {
						key := fmt.Sprint(pl.style)
						if other, dup := seen[key]; dup {
							t.Errorf("reference lines %q and %q have the same style %s", other, e.label, key)
						}
						seen[key] = e.label
						n++
					}
				}
				if n == 0 {
					t.Errorf("panel %q has no reference line in its legend", p.Y.Label.Text)
				}
			}
		})
	}
}

// TestSmoothKeyColours checks that the legend key of the pale per-epoch
// lines shows each run's pale colour, as the chart draws them, not a grey
// that no line has.
func TestSmoothKeyColours(t *testing.T) {
	loss := []float64{1, 0.8, 0.9, 0.6, 0.7, 0.5}
	for _, n := range []int{1, 2, 3} {
		runs := make([]Run, n)
		var want []color.Color
		for i := range runs {
			runs[i] = Run{Label: fmt.Sprint("run ", i), TrainLoss: loss}
			want = append(want, pale(colorAt(i)))
		}
		panels, err := lossPanels("test", "t", LossOptions{Smooth: 3}, runs)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range panels[0].entries {
			if e.label != "each epoch" {
				continue
			}
			found = true
			key, ok := e.thumbs[0].(paleKey)
			if !ok {
				t.Fatalf("%d runs: the key of %q is a %T, want a paleKey", n, e.label, e.thumbs[0])
			}
			if !reflect.DeepEqual([]color.Color(key), want) {
				t.Errorf("%d runs: key colours %v, want %v", n, key, want)
			}
		}
		if !found {
			t.Errorf("%d runs: no \"each epoch\" legend entry", n)
		}
	}
}

// TestLossEpochTicks checks the epoch axis of both panels: epoch 1, where
// a run starts, is labelled, and no tick names an epoch 0.
func TestLossEpochTicks(t *testing.T) {
	for _, tc := range []struct {
		epochs int
		opt    LossOptions
		want   string // the labels, space separated
	}{
		{3000, LossOptions{}, "1 1000 2000 3000"},
		{20, LossOptions{}, "1 5 10 15 20"},
		{5, LossOptions{}, "1 2 3 4 5"},
		{1, LossOptions{}, "1"},
		{300, LossOptions{Epochs: Range{Min: 5, Max: 300}}, "100 200 300"},
	} {
		v := make([]float64, tc.epochs)
		for i := range v {
			v[i] = 1 / float64(i+1)
		}
		panels, err := lossPanels("test", "t", tc.opt, []Run{{TrainLoss: v, TrainAccuracy: v}})
		if err != nil {
			t.Fatal(err)
		}
		for k, p := range panels {
			var labels []string
			for _, tk := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
				if tk.Value < 1 {
					t.Errorf("%d epochs, panel %d: tick at epoch %g", tc.epochs, k, tk.Value)
				}
				if tk.Label != "" {
					labels = append(labels, tk.Label)
				}
			}
			if got := strings.Join(labels, " "); got != tc.want {
				t.Errorf("%d epochs %+v, panel %d: labels %q, want %q", tc.epochs, tc.opt.Epochs, k, got, tc.want)
			}
		}
	}
}

// TestRefOverCurve draws a curve that lies exactly on a reference line, in
// a loss panel and in a Frame chart, and reads the pixels of that row: the
// reference line's grey must show there, since it is drawn over the data
// (a curve that settles onto it would otherwise hide it).
func TestRefOverCurve(t *testing.T) {
	flat := make([]float64, 40)
	for e := range flat {
		flat[e] = 0.5
	}
	lossChart := func() (*chart, error) {
		panels, err := lossPanels("test", "t", LossOptions{AccuracyRefs: []Ref{{Label: "r", Y: 0.5}}}, []Run{{TrainAccuracy: flat}})
		if err != nil {
			return nil, err
		}
		return panels[0], nil
	}
	frameChart := func() (*chart, error) {
		return functionsPlot("test", "t", "x", "y", 1, 40, Frame{Refs: []Ref{{Label: "r", Y: 0.5}}},
			[]Fn{{Label: "flat", F: func(float64) float64 { return 0.5 }}, {Label: "rise", F: func(x float64) float64 { return x / 40 }}})
	}
	for _, tc := range []struct {
		name  string
		chart func() (*chart, error)
	}{{"loss panel", lossChart}, {"frame", frameChart}} {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := tc.chart()
			if err != nil {
				t.Fatal(err)
			}
			ch.putInside()
			ch.Legend.Top, ch.Legend.Left = false, true
			img, at := drawnAt(t, ch)
			grey, blue := 0, 0
			p0, p1 := at(10, 0.5), at(39, 0.5)
			for x := p0.X; x <= p1.X; x++ {
				c := img.RGBAAt(x, p0.Y)
				switch {
				case c.R == c.G && c.G == c.B && c.R < 0xa0:
					grey++
				case near(img, image.Point{X: x, Y: p0.Y}, Blue):
					blue++
				}
			}
			if grey < 30 || blue < 30 {
				t.Errorf("row of the curve at 0.5: %d grey pixels (the reference line) and %d blue ones (the curve between its dashes), want 30 or more of each", grey, blue)
			}
		})
	}
}

// TestLossLegendLabels checks the curves' legend labels: "train" and
// "test" only when some run has held-out values, and no entry for a
// single unlabelled run without them.
func TestLossLegendLabels(t *testing.T) {
	v := []float64{0.9, 0.5, 0.3}
	tests := []struct {
		name string
		runs []Run
		want []string
	}{
		{"one unlabelled run, train only", []Run{{TrainLoss: v}}, nil},
		{"two labelled runs, train only", []Run{{Label: "a", TrainLoss: v}, {Label: "b", TrainLoss: v}}, []string{"a", "b"}},
		{"one unlabelled run with test", []Run{{TrainLoss: v, TestLoss: v}}, []string{"train", "test"}},
		{"labelled runs, one with test", []Run{{Label: "a", TrainLoss: v, TestLoss: v}, {Label: "b", TrainLoss: v}}, []string{"a, train", "a, test", "b, train"}},
		{"held-out name", []Run{{Label: "a", TrainLoss: v, TestLoss: v, HeldOut: "validation"}}, []string{"a, train", "a, validation"}},
		{"training data's name", []Run{{TrainLoss: v, TestLoss: v, TrainName: "original digits"}}, []string{"original digits", "test"}},
		{"training data's name, labelled run", []Run{{Label: "a", TrainLoss: v, TestLoss: v, TrainName: "originals", HeldOut: "validation"}}, []string{"a, originals", "a, validation"}},
		{"training data's name, train only", []Run{{Label: "a", TrainLoss: v, TrainName: "originals"}}, []string{"a"}},
	}
	for _, tt := range tests {
		panels, err := lossPanels("test", "t", LossOptions{}, tt.runs)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, e := range panels[0].entries {
			got = append(got, e.label)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: legend %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNoEachEpoch checks the legend of a smoothed chart when some runs
// leave out their pale per-epoch line: the key shows the pale colours of
// the runs that keep it, names the run when it is the only one, and is
// absent when no run keeps it.
func TestNoEachEpoch(t *testing.T) {
	loss := []float64{1, 0.8, 0.9, 0.6, 0.7, 0.5}
	tests := []struct {
		name      string
		noEach    []bool
		wantLabel string // "" means no entry for the pale lines
		wantKey   []int  // runs whose pale colour the key shows
	}{
		{"none left out", []bool{false, false}, "each epoch", []int{0, 1}},
		{"first of two left out", []bool{true, false}, "run 1, each epoch", []int{1}},
		{"second of two left out", []bool{false, true}, "run 0, each epoch", []int{0}},
		{"one of three left out", []bool{true, false, false}, "each epoch", []int{1, 2}},
		{"all left out", []bool{true, true}, "", nil},
	}
	for _, tc := range tests {
		runs := make([]Run, len(tc.noEach))
		for i := range runs {
			runs[i] = Run{Label: fmt.Sprint("run ", i), TrainLoss: loss, NoEachEpoch: tc.noEach[i]}
		}
		panels, err := lossPanels("test", "t", LossOptions{Smooth: 3}, runs)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []legendEntry
		for _, e := range panels[0].entries {
			if strings.Contains(e.label, "each epoch") {
				got = append(got, e)
			}
		}
		if tc.wantLabel == "" {
			if len(got) != 0 {
				t.Errorf("%s: legend has %q, want no entry for pale lines", tc.name, got[0].label)
			}
			continue
		}
		if len(got) != 1 || got[0].label != tc.wantLabel {
			t.Errorf("%s: pale-line legend entries %v, want one %q", tc.name, got, tc.wantLabel)
			continue
		}
		var want []color.Color
		for _, i := range tc.wantKey {
			want = append(want, pale(colorAt(i)))
		}
		if key, ok := got[0].thumbs[0].(paleKey); !ok || !reflect.DeepEqual([]color.Color(key), want) {
			t.Errorf("%s: key %v, want the pale colours %v", tc.name, got[0].thumbs[0], want)
		}
	}
}

// TestEachEpochHeldOutOnly checks that a run with EachEpochHeldOutOnly
// keeps the pale line of each epoch for its held-out values only, and that
// the legend then names that series.
func TestEachEpochHeldOutOnly(t *testing.T) {
	train, test := make([]float64, 40), make([]float64, 40)
	for e := range train {
		train[e] = 0.1 + 0.2*float64(e%2) // epoch 20: 0.3
		test[e] = 0.6 + 0.2*float64(e%2)  // epoch 20: 0.8
	}
	for _, tc := range []struct {
		name                string
		only                bool
		trainPale, testPale bool
	}{
		{"both series", false, true, true},
		{"held-out only", true, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			panels, err := lossPanels("test", "t", LossOptions{Smooth: 4}, []Run{{TrainAccuracy: train, TestAccuracy: test, EachEpochHeldOutOnly: tc.only}})
			if err != nil {
				t.Fatal(err)
			}
			ch := panels[0]
			ch.putInside()
			ch.Legend.Top, ch.Legend.Left = false, true
			img, at := drawnAt(t, ch)
			if p := at(20, 0.3); near(img, p, pale(Blue).(color.RGBA)) != tc.trainPale {
				t.Errorf("(epoch 20, train value 0.3): pixel %v, pale line drawn = %v, want %v", img.RGBAAt(p.X, p.Y), !tc.trainPale, tc.trainPale)
			}
			if p := at(20, 0.8); near(img, p, pale(Blue).(color.RGBA)) != tc.testPale {
				t.Errorf("(epoch 20, test value 0.8): pixel %v, pale line drawn = %v, want %v", img.RGBAAt(p.X, p.Y), !tc.testPale, tc.testPale)
			}
		})
	}
	// The legend: the one run with a pale line is named with its series.
	for _, tc := range []struct {
		heldOut, want string
	}{
		{"", "50 hidden, test, each epoch"},
		{"validation", "50 hidden, validation, each epoch"},
	} {
		runs := []Run{
			{Label: "3 hidden", TrainAccuracy: train, TestAccuracy: test, NoEachEpoch: true},
			{Label: "50 hidden", TrainAccuracy: train, TestAccuracy: test, HeldOut: tc.heldOut, EachEpochHeldOutOnly: true},
		}
		panels, err := lossPanels("test", "t", LossOptions{Smooth: 4}, runs)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range panels[0].entries {
			if strings.Contains(e.label, "each epoch") {
				got = append(got, e.label)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("HeldOut %q: pale-line legend entries %q, want one %q", tc.heldOut, got, tc.want)
		}
	}
}
