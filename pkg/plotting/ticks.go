package plotting

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// roundTicks marks a linear axis at the multiples of a round step, 1, 2 or
// 5 times a power of ten, the smallest that labels at most maxRoundLabels
// ticks. Because every label is a multiple of the step, 0 is labelled
// whenever it lies on the axis (gonum's DefaultTicks may pick −15, 5, 25
// instead), and 1 is too when the step divides it, as on the unit square.
// An unlabelled tick sits halfway between labels. Labels have as many
// decimals as the step needs and never read "−0".
type roundTicks struct{}

// maxRoundLabels is how many labels a linear axis shows at most.
const maxRoundLabels = 6

// Ticks implements plot.Ticker.
func (roundTicks) Ticks(min, max float64) []plot.Tick {
	if !isFinite(min) || !isFinite(max) || max < min {
		return nil
	}
	if max == min {
		return []plot.Tick{{Value: min, Label: tickLabel(min, 0)}}
	}
	step := roundStep(min, max, maxRoundLabels)
	if step == 0 { // a range too wide or too narrow for round float64 steps
		return []plot.Tick{{Value: min, Label: strconv.FormatFloat(min, 'g', 6, 64)},
			{Value: max, Label: strconv.FormatFloat(max, 'g', 6, 64)}}
	}
	return multiples(min, max, step, max0(-int(math.Floor(math.Log10(step)+1e-9))))
}

// multiples labels the multiples of step in [min, max] with decimals
// decimal places and puts an unlabelled tick halfway between them.
func multiples(min, max, step float64, decimals int) []plot.Tick {
	first := math.Ceil(min/step - 1e-9)
	var ticks []plot.Tick
	for k := first; k*step <= max+step*1e-9; k++ {
		v := snap(k*step, decimals)
		ticks = append(ticks, plot.Tick{Value: v, Label: tickLabel(v, decimals)})
	}
	// Minor ticks halfway, inside the range, on both sides of the labels.
	for k := first - 1; k*step <= max; k++ {
		if h := (k + 0.5) * step; h >= min && h <= max {
			ticks = append(ticks, plot.Tick{Value: h})
		}
	}
	return ticks
}

// stepTicks labels a linear axis at the multiples of a chosen step, such
// as 45 on an axis of degrees, with an unlabelled tick halfway between
// labels. A step that is not positive and finite, or that would label more
// than maxStepLabels ticks, falls back to roundTicks.
type stepTicks float64

// maxStepLabels is how many labels a stepTicks axis shows at most.
const maxStepLabels = 25

// Ticks implements plot.Ticker.
func (s stepTicks) Ticks(min, max float64) []plot.Tick {
	step := float64(s)
	if !isFinite(min) || !isFinite(max) || max <= min || !(step > 0) || !isFinite(step) ||
		math.Floor(max/step+1e-9)-math.Ceil(min/step-1e-9)+1 > maxStepLabels {
		return roundTicks{}.Ticks(min, max)
	}
	decimals := 0 // as many as the step needs: 1 for 0.5, 2 for 0.25
	for decimals < 10 {
		v := step * math.Pow10(decimals)
		if math.Abs(v-math.Round(v)) <= 1e-9*v {
			break
		}
		decimals++
	}
	return multiples(min, max, step, decimals)
}

// roundStep returns the smallest step of the form 1, 2 or 5 × 10^k whose
// multiples in [min, max] number at most n, or 0 if the span is so wide or
// so narrow that no such step is a finite, nonzero float64.
func roundStep(min, max float64, n int) float64 {
	span := max - min
	if !isFinite(span) || span <= 0 {
		return 0
	}
	step := math.Pow10(int(math.Floor(math.Log10(span/float64(n)))) - 1)
	for i := 0; i < 30; i++ { // 30 steps multiply the start by 10^10
		if step == 0 || !isFinite(step) {
			return 0
		}
		count := math.Floor(max/step+1e-9) - math.Ceil(min/step-1e-9) + 1
		if count <= float64(n) {
			return step
		}
		step *= []float64{2, 2.5, 2}[i%3] // 1, 2, 5, 10, ...
	}
	return 0
}

// max0 returns n, or 0 if n is negative.
func max0(n int) int { return max(n, 0) }

// snap rounds v to decimals places, so 3 × 0.1 is 0.3, and turns −0 into 0.
func snap(v float64, decimals int) float64 {
	p := math.Pow10(decimals)
	v = math.Round(v*p) / p
	if v == 0 {
		return 0 // also turns -0 into +0
	}
	return v
}

// tickLabel writes v rounded to decimals places, without trailing zeros
// ("0.5", "1", "-20"; "2.5e+06" for very large or small values); a value
// that rounds to zero is "0", never "-0".
func tickLabel(v float64, decimals int) string {
	if v = snap(v, decimals); v == 0 {
		return "0"
	}
	if a := math.Abs(v); a >= 1e6 || decimals > 5 {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// zeroLines draws the axis lines y = 0 and x = 0, darker than the grid,
// where they lie inside the plot's ranges, so a reader sees where a curve
// crosses zero and which side of it a value lies. It reads the ranges when
// the plot is drawn, so it can be added before they are final.
type zeroLines struct{}

// zeroLineStyle is darker than the grid and thinner than a curve.
var zeroLineStyle = draw.LineStyle{Color: zeroGrey, Width: vg.Points(1)}

// Plot implements plot.Plotter.
func (zeroLines) Plot(c draw.Canvas, p *plot.Plot) {
	if _, isLog := p.Y.Scale.(plot.LogScale); !isLog && p.Y.Min < 0 && p.Y.Max > 0 {
		_, y := p.Transforms(&c)
		y0 := y(0)
		c.StrokeLine2(zeroLineStyle, c.Min.X, y0, c.Max.X, y0)
	}
	if _, isLog := p.X.Scale.(plot.LogScale); !isLog && p.X.Min < 0 && p.X.Max > 0 {
		x, _ := p.Transforms(&c)
		x0 := x(0)
		c.StrokeLine2(zeroLineStyle, x0, c.Min.Y, x0, c.Max.Y)
	}
}

// integerTicks marks whole numbers (epochs, steps, layers). A range of at
// most maxEveryInteger whole numbers labels each, so every epoch of a short
// run or every layer of a network can be read off; a longer range is
// labelled at a round step, 1, 2, 5, 10, 20, 50, ... chosen so that at most
// maxIntegerLabels ticks are labelled, with an unlabelled tick halfway
// between labels when the step is even. A range of 1..10 is labelled 1, 2,
// ..., 10; 1..20 is labelled 5, 10, 15, 20; 1..3000 every 1000.
type integerTicks struct{}

const (
	maxEveryInteger  = 12
	maxIntegerLabels = 6
)

// Ticks implements plot.Ticker.
func (integerTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := math.Ceil(min), math.Floor(max)
	if !(hi >= lo) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil
	}
	step := 1.0
	for i := 0; hi-lo+1 > maxEveryInteger && (hi-lo)/step+1 > maxIntegerLabels; i++ {
		step *= []float64{2, 2.5, 2}[i%3] // 1, 2, 5, 10, 20, 50, ...
	}
	var out []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		v = snap(v, 0) // ceil(-0.2) is -0: label it "0"
		out = append(out, plot.Tick{Value: v, Label: tickLabel(v, 0)})
		if half := v + step/2; step >= 2 && math.Mod(step, 2) == 0 && half <= hi {
			out = append(out, plot.Tick{Value: half})
		}
	}
	if len(out) == 0 { // a range narrower than the step, such as 1..1
		out = append(out, plot.Tick{Value: snap(lo, 0), Label: tickLabel(lo, 0)})
	}
	return out
}

// positionTicks is integerTicks without the ticks below 1, for Series,
// whose positions count from 1: its x axis is padded left of the first
// value, and a label "0" there would name a layer, step or epoch that does
// not exist.
type positionTicks struct{}

// Ticks implements plot.Ticker. Position 1, the first layer, step or
// epoch, is always labelled when it is in range, so a reader sees where the
// count starts; it is left unlabelled only when the first labelled tick is
// so close (within 4 % of the axis) that the two labels would collide.
func (positionTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	first := math.Inf(1)
	for _, t := range (integerTicks{}).Ticks(min, max) {
		if t.Value >= 1 {
			out = append(out, t)
			if t.Label != "" && t.Value < first {
				first = t.Value
			}
		}
	}
	if min <= 1 && 1 <= max && first != 1 && first-1 >= 0.04*(max-min) {
		kept := out[:0]
		for _, t := range out {
			if t.Value != 1 { // an unlabelled minor tick at 1 gives way to the label
				kept = append(kept, t)
			}
		}
		out = append([]plot.Tick{{Value: 1, Label: "1"}}, kept...)
	}
	return out
}

// logTicks marks a logarithmic axis: a labelled major tick at each power of
// ten and unlabelled minor ticks at 2–9 times it. Every label is written
// the same way, as a power of ten ("10⁻²", "10⁰", "10³") or a multiple of
// one ("2×10⁻²"; see logLabel), never mixing "0.0001" with "1e-06". When the
// range holds only two powers of ten, the minor ticks at 2 and 5 times a
// power are labelled too; with fewer than two, those at 2, 3 and 5 times; if
// that is still fewer than three labels, every minor tick is; and if even
// that is fewer than two, the range is so narrow (less than a factor of
// two) that it is marked like a linear axis (roundTicks). When multiples
// are labelled and every label lies between 0.001 and 1000, all labels are
// decimals instead ("0.05", "0.1", "0.2", "0.5"; see decimalLabel).
type logTicks struct{}

// Ticks implements plot.Ticker. min and max must be positive.
func (logTicks) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) || !(max >= min) {
		return nil
	}
	lo := int(math.Floor(math.Log10(min)))
	hi := int(math.Ceil(math.Log10(max)))
	inside := func(v float64) bool { return v >= min*(1-1e-12) && v <= max*(1+1e-12) }
	if decades := manyDecades(lo, hi, inside); decades != nil {
		return decades
	}
	var ticks []plot.Tick
	majors := 0
	for e := lo; e <= hi; e++ {
		for k := 1; k <= 9; k++ {
			if e == hi && k > 1 {
				break
			}
			v := float64(k) * math.Pow10(e)
			ticks = append(ticks, plot.Tick{Value: v})
			if k == 1 && inside(v) {
				majors++
			}
		}
	}
	labelled := func(k int, few bool) bool {
		switch {
		case k == 1:
			return true
		case few:
			return majors < 2
		case majors < 2:
			return k == 2 || k == 3 || k == 5
		default:
			return majors < 3 && (k == 2 || k == 5)
		}
	}
	count := func(few bool) int {
		n := 0
		for i, t := range ticks {
			if labelled(i%9+1, few) && inside(t.Value) {
				n++
			}
		}
		return n
	}
	few := count(false) < 3
	if few && count(true) < 2 {
		// Less than a factor of two: plain linear ticks read better.
		return roundTicks{}.Ticks(min, max)
	}
	// Multiples of a power are labelled (a range of two powers of ten or
	// less): if every label lies between 0.001 and 1000, all are written
	// as decimals, "0.05 0.1 0.2 0.5", which read more easily than
	// "5×10⁻² 10⁻¹ 2×10⁻¹ 5×10⁻¹"; else all as powers of ten.
	plain := true
	for i, t := range ticks {
		if labelled(i%9+1, few) && inside(t.Value) {
			plain = plain && majors < 3 && t.Value >= 1e-3*(1-1e-9) && t.Value <= 1e3*(1+1e-9)
		}
	}
	for i := range ticks {
		k, e := i%9+1, lo+i/9
		if labelled(k, few) {
			if plain {
				ticks[i].Label = decimalLabel(k, e)
			} else {
				ticks[i].Label = logLabel(k, e)
			}
		}
	}
	return ticks
}

// decimalLabel writes k·10^e exactly as a decimal, for 1 ≤ k ≤ 9: "0.05"
// for k = 5, e = −2, "300" for k = 3, e = 2.
func decimalLabel(k, e int) string {
	if e >= 0 {
		return strconv.Itoa(k) + strings.Repeat("0", e)
	}
	return "0." + strings.Repeat("0", -e-1) + strconv.Itoa(k)
}

// maxLogLabels is how many labels a logarithmic axis shows at most.
const maxLogLabels = 7

// manyDecades returns the ticks of a log axis from 10^lo to 10^hi when more
// than maxLogLabels powers of ten lie inside it, else nil: a tick at each
// power of ten, labelled only every 2nd, 3rd, 5th, 10th, 20th, ... power
// (the multiples of that step), so at most maxLogLabels labels show and
// the rest stay unlabelled minor ticks.
func manyDecades(lo, hi int, inside func(float64) bool) []plot.Tick {
	majors := 0
	for e := lo; e <= hi; e++ {
		if inside(math.Pow10(e)) {
			majors++
		}
	}
	if majors <= maxLogLabels {
		return nil
	}
	step := 0
	for _, base := range []int{1, 10, 100} {
		for _, k := range []int{2, 3, 5, 10} {
			if step == 0 && (majors+k*base-1)/(k*base) <= maxLogLabels {
				step = k * base
			}
		}
	}
	if step == 0 { // more than 7000 decades: not a float64 range
		step = majors
	}
	ticks := make([]plot.Tick, 0, hi-lo+1)
	for e := lo; e <= hi; e++ {
		t := plot.Tick{Value: math.Pow10(e)}
		if ((e%step)+step)%step == 0 {
			t.Label = logLabel(1, e)
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// logLabel writes k·10^e exactly, with the exponent in superscript
// characters: "10⁻³" for k = 1 (and "10⁰" for 1), else "3×10⁻³".
func logLabel(k, e int) string {
	p := "10" + superscript(e)
	if k == 1 {
		return p
	}
	return strconv.Itoa(k) + "×" + p
}

// superscript writes n in superscript characters, such as "⁻¹²".
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	d := []rune(digits)
	var b strings.Builder
	if n < 0 {
		b.WriteRune('⁻')
	}
	for _, c := range strconv.Itoa(max(n, -n)) {
		b.WriteRune(d[c-'0'])
	}
	return b.String()
}
