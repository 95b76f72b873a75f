package plotting

import (
	"math"
	"strconv"

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
	decimals := max0(-int(math.Floor(math.Log10(step) + 1e-9)))
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
