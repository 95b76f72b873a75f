package plotting_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/neurons-in-go/course/pkg/plotting"
	"gonum.org/v1/gonum/mat"
)

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func ExampleFunctions() {
	fig, err := plotting.Functions("Sigmoid and its derivative", -6, 6,
		plotting.Fn{Label: "σ(x)", F: sigmoid},
		plotting.Fn{Label: "σ'(x)", F: func(x float64) float64 { return sigmoid(x) * (1 - sigmoid(x)) }, Dashed: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "sigmoid.png")))
	fmt.Println(fig.Size())
	// Output:
	// <nil>
	// 720 450
}

func ExampleLoss() {
	fig, err := plotting.Loss("3 vs 50 hidden", true,
		plotting.Run{Label: "3 hidden", TrainLoss: []float64{0.7, 0.5, 0.45, 0.43}},
		plotting.Run{Label: "50 hidden", TrainLoss: []float64{0.7, 0.3, 0.1, 0.05}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "loss.svg")))
	_, err = plotting.Loss("diverged", false, plotting.Run{Label: "rate 10", TrainLoss: []float64{1, math.NaN()}})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Loss: run 0 ("rate 10"): TrainLoss at epoch 2 is NaN (did training diverge?)
}

func ExampleDecisionBoundary() {
	and := func(x, y float64) float64 { return sigmoid(10 * (x + y - 1.5)) }
	r := plotting.Range{Min: -0.5, Max: 1.5}
	fig, err := plotting.DecisionBoundary("AND", and, r, r,
		[][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, []int{0, 0, 0, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "and.png")))
	// Output: <nil>
}

func ExampleDecisionBoundaryWith() {
	// A perceptron (a step, so the legend says just "boundary") on data
	// with three flipped labels, drawn as class 2 and named in the legend.
	perceptron := func(x, y float64) float64 {
		if x+y-1 > 0 {
			return 1
		}
		return 0
	}
	pts := [][]float64{{0, 0}, {0.2, 0.3}, {1, 1}, {0.9, 0.6}, {0.1, 0.6}, {0.8, 0.9}, {0.7, 0.1}}
	cls := []int{0, 0, 1, 1, 2, 2, 2}
	r := plotting.Range{Min: -0.2, Max: 1.2}
	fig, err := plotting.DecisionBoundaryWith("Flipped labels", perceptron, r, r, pts, cls,
		plotting.BoundaryOptions{ClassNames: []string{"class 0", "class 1", "flipped label"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "boundarywith.png")))
	// Output: <nil>
}

func ExampleBoundaryOptions_ringed() {
	// Points drawn with the labels they carry, the three whose label noise
	// flipped ringed: each shows both its label and that it was flipped.
	perceptron := func(x, y float64) float64 {
		if x+y-1 > 0 {
			return 1
		}
		return 0
	}
	pts := [][]float64{{0, 0}, {0.2, 0.3}, {1, 1}, {0.9, 0.6}, {0.1, 0.6}, {0.8, 0.9}, {0.7, 0.1}}
	labels := []int{0, 0, 1, 1, 1, 0, 1}
	r := plotting.Range{Min: -0.2, Max: 1.2}
	fig, err := plotting.DecisionBoundaryWith("Flipped labels, ringed", perceptron, r, r, pts, labels,
		plotting.BoundaryOptions{Ringed: []int{4, 5, 6}, RingName: "flipped label"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "boundaryrings.png")))
	// Output: <nil>
}

func ExampleBoundaryOptions() {
	// The frames of an animation of a network learning: at the start every
	// point of the plane is below 0.5, so no boundary is drawn;
	// KeepBoundaryKey keeps its legend entry, so the legend stays put from
	// frame to frame. NoColorBar leaves out the 0–1 colour bar that a map
	// of probabilities otherwise has beside it.
	pts := [][]float64{{0, 0}, {1, 1}}
	cls := []int{0, 1}
	r := plotting.Range{Min: -0.5, Max: 1.5}
	anim, err := plotting.Animate(3, 0, func(i int) (*plotting.Figure, error) {
		shift := 1.5 - float64(i) // the boundary x + y = 1 + shift moves into view
		prob := func(x, y float64) float64 { return 1 / (1 + math.Exp(-4*(x+y-1-shift))) }
		return plotting.DecisionBoundaryWith(fmt.Sprintf("frame %d", i), prob, r, r, pts, cls,
			plotting.BoundaryOptions{KeepBoundaryKey: true, NoColorBar: true})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames())
	// Output: 3
}

func ExampleAnimate() {
	f := func(x float64) float64 { return x * x }
	x, path := 2.0, []float64{}
	for range 10 {
		path = append(path, x)
		x -= 0.3 * 2 * x
	}
	anim, err := plotting.Animate(len(path), 0, func(i int) (*plotting.Figure, error) {
		return plotting.Descent1D(fmt.Sprintf("step %d", i), f, -2.5, 2.5, path[:i+1])
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames(), anim.Save(filepath.Join(os.TempDir(), "descent.gif")))
	// Output: 10 <nil>
}

func ExampleScatterFit() {
	size := []float64{50, 60, 75, 80, 95, 110, 120}
	price := []float64{150, 185, 210, 245, 270, 330, 345}
	// The least-squares line through the points, found by hand for the example.
	line := func(x float64) float64 { return 2.82*x + 12 }
	fig, err := plotting.ScatterFit("Price by size", "size (m²)", "price (k€)",
		size, price, plotting.Fn{Label: "least squares", F: line}, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "scatterfit.png")))
	_, err = plotting.ScatterFit("bad", "x", "y", []float64{1, 2}, []float64{1}, plotting.Fn{}, false)
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.ScatterFit: len(x) = 2 but len(y) = 1
}

func ExampleDescent1D() {
	f := func(x float64) float64 { return x*x*x*x - 3*x*x + x }
	df := func(x float64) float64 { return 4*x*x*x - 6*x + 1 }
	x, path := 2.0, []float64{}
	for range 15 {
		path = append(path, x)
		x -= 0.05 * df(x)
	}
	fig, err := plotting.Descent1D("Gradient descent, rate 0.05", f, -2.2, 2.2, path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent1d.png")))
	fmt.Printf("ended at x = %.3f\n", path[len(path)-1])
	// Output:
	// <nil>
	// ended at x = 1.131
}

func ExampleDescent2D() {
	// A long, narrow valley: descent zig-zags across it.
	f := func(x, y float64) float64 { return x*x + 10*y*y }
	p := []float64{-1.8, 0.9}
	path := [][]float64{}
	for range 20 {
		path = append(path, []float64{p[0], p[1]})
		p[0] -= 0.09 * 2 * p[0]
		p[1] -= 0.09 * 20 * p[1]
	}
	r := plotting.Range{Min: -2, Max: 2}
	fig, err := plotting.Descent2D("Descent in a valley", f, r, plotting.Range{Min: -1, Max: 1}, path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent2d.svg")))
	// Output: <nil>
}

// digit returns an 8×8 image of a vertical bar at column col.
func digit(col int) []float64 {
	im := make([]float64, 64)
	for r := 1; r < 7; r++ {
		im[r*8+col] = 16
	}
	return im
}

func ExampleDigits() {
	images := [][]float64{digit(2), digit(3), digit(4), digit(5), digit(6)}
	truth := []int{1, 1, 1, 7, 1}
	predicted := []int{1, 1, 7, 7, 1}
	fig, err := plotting.Digits("Test digits", images, truth, predicted)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "digits.png")))
	_, err = plotting.Digits("bad", [][]float64{make([]float64, 63)}, nil, nil)
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Digits: image 0 has 63 values, need a square number such as 64 (8×8)
}

func ExampleImages() {
	// A digit and four copies moved one pixel, captioned with the direction.
	images := [][]float64{digit(3), digit(3), digit(3), digit(3), digit(3)}
	captions := []string{"original", "↓ down 1", "↑ up 1", "→ right 1", "← left 1"}
	fig, err := plotting.Images("A digit and its shifted copies", images, captions)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "images.png")))
	_, err = plotting.Images("bad", images, captions[:2])
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Images: 5 images but 2 captions
}

func ExampleFigure_Render() {
	fig, err := plotting.Functions("Sigmoid", -6, 6,
		plotting.Fn{Label: "σ", F: func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }})
	if err != nil {
		fmt.Println(err)
		return
	}
	// What a notebook stores for a cell that ends with fig: one PNG, drawn
	// at twice the pixel density, shown at the size in the metadata.
	r := fig.Render()
	fmt.Println(len(r.Data), r.Data["text/plain"], r.Metadata["image/png"])
	// Output:
	// 2 chart 720×450 map[height:450 width:720]
}

func ExampleConfusion() {
	counts := [][]int{
		{50, 2, 0},
		{3, 45, 4},
		{0, 6, 40},
	}
	fig, err := plotting.Confusion("Test set", counts, []string{"cat", "dog", "fox"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "confusion.pdf")))
	fmt.Println(fig.Size())
	// Output:
	// <nil>
	// 495 473
}

func ExampleWeights() {
	rng := rand.New(rand.NewPCG(1, 2))
	units := make([][]float64, 6)
	for i := range units {
		units[i] = make([]float64, 64)
		for j := range units[i] {
			units[i][j] = rng.NormFloat64()
		}
	}
	fig, err := plotting.Weights("Hidden units at initialisation", units)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "weights.png")))
	// Output: <nil>
}

func ExampleWeightsOf() {
	// A layer with 64 inputs and 3 hidden units: column j is unit j.
	w := mat.NewDense(64, 3, nil)
	for i := range 64 {
		row, col := float64(i/8), float64(i%8)
		w.Set(i, 0, row-3.5)           // looks for ink at the bottom
		w.Set(i, 1, col-3.5)           // ink on the right
		w.Set(i, 2, math.Sin(row+col)) // a diagonal pattern
	}
	fig, err := plotting.WeightsOf("Hidden layer", w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "weightsof.png")))
	// Output: <nil>
}

func ExampleWeightsWith() {
	// The same units before and after they grew: with one fixed scale
	// the second chart is visibly stronger, not just redrawn.
	rng := rand.New(rand.NewPCG(1, 2))
	small, large := make([][]float64, 5), make([][]float64, 5)
	for i := range small {
		small[i], large[i] = make([]float64, 64), make([]float64, 64)
		for j := range small[i] {
			v := rng.NormFloat64()
			small[i][j], large[i][j] = 0.2*v, v
		}
	}
	opt := plotting.WeightsOptions{Max: 2}
	a, err := plotting.WeightsWith("Before training", opt, small)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := plotting.WeightsWith("After training", opt, large)
	if err != nil {
		fmt.Println(err)
		return
	}
	fig, err := plotting.Grid(1, a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "weightswith.png")))
	// Output: <nil>
}

func ExampleWeightsOfWith() {
	w := mat.NewDense(64, 3, nil)
	for i := range 64 {
		w.Set(i, 0, 0.1*float64(i%8-4))
		w.Set(i, 1, 0.1*float64(i/8-4))
		w.Set(i, 2, 0.05)
	}
	fig, err := plotting.WeightsOfWith("Hidden layer, scale ±1", plotting.WeightsOptions{Max: 1}, w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "weightsofwith.png")))
	// Output: <nil>
}

func ExampleGrid() {
	sig := func(w float64) plotting.Fn {
		return plotting.Fn{Label: fmt.Sprintf("w = %g", w), F: func(x float64) float64 { return 1 / (1 + math.Exp(-w*x)) }}
	}
	a, err := plotting.Functions("Small weight", -6, 6, sig(0.5))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := plotting.Functions("Large weight", -6, 6, sig(5))
	if err != nil {
		fmt.Println(err)
		return
	}
	fig, err := plotting.Grid(2, a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "grid.png")))
	fmt.Println(fig.Size())
	// Output:
	// <nil>
	// 880 300
}

func ExampleFigure_Save() {
	fig, err := plotting.Functions("ReLU", -2, 2, plotting.Fn{Label: "relu", F: func(x float64) float64 { return math.Max(0, x) }})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir := os.TempDir()
	for _, name := range []string{"relu.png", "relu.svg", "relu.pdf", "relu.gif"} {
		fmt.Println(name, fig.Save(filepath.Join(dir, name)))
	}
	fmt.Println(fig.Save("relu.jpg")) // an unknown extension writes nothing
	fmt.Println(fig.VectorError())
	// Output:
	// relu.png <nil>
	// relu.svg <nil>
	// relu.pdf <nil>
	// relu.gif <nil>
	// plotting: saving relu.jpg: unknown extension ".jpg": use .png, .svg, .pdf or .gif
	// <nil>
}

func ExampleAnimation_Save() {
	figs := make([]*plotting.Figure, 5)
	for i := range figs {
		w := float64(i + 1)
		f, err := plotting.Functions(fmt.Sprintf("w = %g", w), -6, 6,
			plotting.Fn{Label: "σ(wx)", F: func(x float64) float64 { return 1 / (1 + math.Exp(-w*x)) }})
		if err != nil {
			fmt.Println(err)
			return
		}
		figs[i] = f
	}
	anim, err := plotting.NewAnimation(200*time.Millisecond, figs...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames(), anim.Save(filepath.Join(os.TempDir(), "sigmoid-weights.gif")))
	fmt.Println(anim.Save(filepath.Join(os.TempDir(), "sigmoid-weights.png")) != nil)
	// Output:
	// 5 <nil>
	// true
}

func ExampleDescent1DSteps() {
	f := func(x float64) float64 { return (x - 2.25) * (x - 2.25) }
	x, path := 6.0, []float64{}
	for range 12 {
		path = append(path, x)
		x -= 0.2 * 2 * (x - 2.25)
	}
	// Zoom in after the first step: path[1:] starts at step 1, and the
	// legend says so.
	fig, err := plotting.Descent1DSteps("after the first step", f, 1.5, 5, path[1:], 1, plotting.Frame{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent1dsteps.png")))
	_, err = plotting.Descent1DSteps("bad", f, 1.5, 5, path, -1, plotting.Frame{})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Descent1DSteps: first = -1: a step number cannot be negative
}

func ExampleDescent2DSteps() {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	p := []float64{-4, 1}
	path := [][]float64{}
	for range 40 {
		path = append(path, []float64{p[0], p[1]})
		p[0] -= 0.05 * 2 * p[0]
		p[1] -= 0.05 * 10 * p[1]
	}
	// Steps 10 to 39 of the descent, over a square range centred at 0.
	fig, err := plotting.Descent2DSteps("steps 10 to 39", f,
		plotting.Range{Min: -4.5, Max: 4.5}, plotting.Range{Min: -4.5, Max: 4.5}, path[10:], 10)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent2dsteps.png")))
	// Output:
	// <nil>
}

func ExampleRef() {
	sigmoid := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	half := plotting.Frame{Refs: []plotting.Ref{{Label: "σ = 0.5", Y: 0.5}}}
	fig, err := plotting.FunctionsFrame("Where σ(x + b) crosses one half", "x", "σ(x + b)", -6, 6, half,
		plotting.Fn{Label: "b = 0", F: sigmoid},
		plotting.Fn{Label: "b = 2", F: func(x float64) float64 { return sigmoid(x + 2) }})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "ref.png")))
	_, err = plotting.FunctionsFrame("bad", "x", "y", 0, 1, plotting.Frame{Refs: []plotting.Ref{{Y: math.NaN()}}},
		plotting.Fn{F: sigmoid})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.FunctionsFrame: Frame.Refs[0] ("") is at y = NaN: need a finite value
}

func ExampleRun() {
	// Accuracy of ten-class training, measured on training and validation data.
	train := []float64{0.15, 0.42, 0.61, 0.74, 0.80, 0.84}
	val := []float64{0.12, 0.38, 0.57, 0.69, 0.75, 0.78}
	fig, err := plotting.Loss("Ten classes", false, plotting.Run{
		TrainAccuracy: train, TestAccuracy: val,
		HeldOut: "validation", // the legend says "validation", not "test"
		Chance:  0.1,          // a dotted line at 10%: guessing
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "run.png")))
	_, err = plotting.Loss("bad", false, plotting.Run{TrainAccuracy: train, Chance: 10})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Loss: run 0: Chance = 10: need an accuracy in [0, 1] (0 for none)
}

func ExampleFunctionsXY() {
	loss := func(w float64) float64 { return (w - 1.5) * (w - 1.5) }
	fig, err := plotting.FunctionsXY("Loss by weight", "weight w", "loss", -1, 4,
		plotting.Fn{Label: "(w − 1.5)²", F: loss})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "loss-by-weight.svg")))
	// Output:
	// <nil>
}

func ExampleSeriesWith() {
	// Gradient sizes that vanish through a deep sigmoid network, on a log
	// axis pinned to [10⁻¹², 10⁰] so that charts of other networks share it.
	var g []float64
	for l := 0; l < 12; l++ {
		g = append(g, 0.3*math.Pow(0.1, float64(l)))
	}
	fig, err := plotting.SeriesWith("Gradient size by layer", "layer", "mean |gradient|",
		plotting.SeriesOptions{LogY: true, Y: plotting.Range{Min: 1e-12, Max: 1}},
		plotting.Line{Label: "sigmoid", Y: g})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "serieswith.png")))
	_, err = plotting.SeriesWith("bad", "layer", "g", plotting.SeriesOptions{LogY: true, Y: plotting.Range{Min: 0, Max: 1}},
		plotting.Line{Y: g})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.SeriesWith: SeriesOptions.Y range [0, 1] must be positive on a log scale
}

func ExampleSeries() {
	sigmoid := []float64{0.21, 0.052, 0.013, 0.0031, 0.00078}
	relu := []float64{0.19, 0.17, 0.18, 0.16, 0.17}
	fig, err := plotting.Series("Mean gradient size by layer", "layer", "mean |gradient|", true,
		plotting.Line{Label: "sigmoid", Y: sigmoid},
		plotting.Line{Label: "ReLU", Y: relu})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "gradient-by-layer.png")))
	_, err = plotting.Series("bad", "layer", "size", true, plotting.Line{Label: "dead", Y: []float64{0.1, 0}})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Series: line 0 ("dead"): Y[1] (position 2) is 0: a log scale needs positive values
}

func ExampleFunctionsFrame() {
	// The frames of an animation share one Frame, so the axes and the
	// legend stay put while the curve changes.
	fr := plotting.Frame{Y: plotting.Range{Min: -0.05, Max: 1.05}, Legend: plotting.TopLeft}
	anim, err := plotting.Animate(8, 150*time.Millisecond, func(i int) (*plotting.Figure, error) {
		w := 0.5 * float64(i+1)
		return plotting.FunctionsFrame(fmt.Sprintf("w = %g", w), "x", "σ(wx)", -6, 6, fr,
			plotting.Fn{Label: "σ(wx)", F: func(x float64) float64 { return 1 / (1 + math.Exp(-w*x)) }})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames(), anim.Save(filepath.Join(os.TempDir(), "sigmoid-frames.gif")))
	// Output:
	// 8 <nil>
}

func ExampleDescent1DFrame() {
	f := func(x float64) float64 { return x * x }
	path := []float64{-2.5}
	for range 15 {
		x := path[len(path)-1]
		path = append(path, x-0.8*2*x) // overshoots: the path swings from side to side
	}
	fr := plotting.Frame{X: plotting.Range{Min: -3, Max: 3}, Y: plotting.Range{Min: -0.5, Max: 9}, Legend: plotting.BottomRight}
	anim, err := plotting.Animate(len(path), 120*time.Millisecond, func(i int) (*plotting.Figure, error) {
		return plotting.Descent1DFrame(fmt.Sprintf("step %d", i), f, -3, 3, path[:i+1], fr)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(anim.Frames(), anim.Save(filepath.Join(os.TempDir(), "descent-swing.gif")))
	// Output:
	// 16 <nil>
}

func ExampleDescent2DPath() {
	// 2000 steps down a long valley: as dots they would merge into a bar,
	// so the path is a plain line with dots on the first 15 steps only.
	loss := func(w, b float64) float64 { return w*w/20 + 2*b*b }
	w, b := -9.0, 1.5
	path := [][]float64{{w, b}}
	for range 2000 {
		w, b = w-0.2*w/10, b-0.2*4*b
		path = append(path, []float64{w, b})
	}
	fig, err := plotting.Descent2DPath("2000 steps, η = 0.2", "weight w", "bias b", loss,
		plotting.Range{Min: -10, Max: 2}, plotting.Range{Min: -2, Max: 2}, path, 0,
		plotting.PathOptions{MarkFirst: 15})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent2dpath.png")))
	_, err = plotting.Descent2DPath("bad", "w", "b", loss, plotting.Range{Min: -10, Max: 2},
		plotting.Range{Min: -2, Max: 2}, path, 0, plotting.PathOptions{MarkEvery: -5})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Descent2DPath: PathOptions.MarkEvery = -5: need a spacing in points, or 0 for every point
}

func ExampleDescent1DPath() {
	// Every 50th of 1000 small steps down f(x) = x²: the dots thin out as
	// the steps shrink near the minimum.
	f := func(x float64) float64 { return x * x }
	xs := []float64{2.5}
	for range 1000 {
		xs = append(xs, xs[len(xs)-1]*(1-2*0.002))
	}
	fig, err := plotting.Descent1DPath("1000 steps, η = 0.002", f, -3, 3, xs, 0, plotting.Frame{},
		plotting.PathOptions{MarkEvery: 50})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent1dpath.png")))
	// Output: <nil>
}

func ExampleDescent2DXY() {
	// The loss of a line ŷ = wx + b on three points, over the weight and the bias.
	x, y := []float64{0.2, 0.3, 0.4}, []float64{1, 2, 3}
	loss := func(w, b float64) float64 {
		sum := 0.0
		for k := range x {
			r := w*x[k] + b - y[k]
			sum += r * r
		}
		return sum / float64(len(x))
	}
	w, b := 0.0, 0.0
	path := [][]float64{{w, b}}
	for range 500 {
		gw, gb := 0.0, 0.0
		for k := range x {
			r := w*x[k] + b - y[k]
			gw += 2 * r * x[k] / 3
			gb += 2 * r / 3
		}
		w, b = w-0.5*gw, b-0.5*gb
		path = append(path, []float64{w, b})
	}
	fig, err := plotting.Descent2DXY("L(w, b), η = 0.5", "weight w", "bias b", loss,
		plotting.Range{Min: -1, Max: 12}, plotting.Range{Min: -3, Max: 4.5}, path, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "descent2dxy.png")))
	_, err = plotting.Descent2DXY("bad", "w", "b", loss, plotting.Range{Min: -1, Max: 12}, plotting.Range{Min: -3, Max: 4.5}, path, -1)
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.Descent2DXY: first = -1: a step number cannot be negative
}

func ExampleScatterFitFrame() {
	share := []float64{0.2, 0.3, 0.4}
	load := []float64{1, 2, 3}
	line := func(x float64) float64 { return 10*x - 1 }
	// The line over every share from 0 to 1, and its prediction for 0.5 marked.
	fr := plotting.Frame{
		X:     plotting.Range{Min: 0, Max: 1},
		Marks: []plotting.Mark{{Label: "prediction for x = 0.5: 4 t", X: 0.5, Y: line(0.5)}},
	}
	fig, err := plotting.ScatterFitFrame("Beyond the observations", "aluminium share x", "breaking load (t)",
		share, load, plotting.Fn{Label: "ŷ = 10x − 1", F: line}, false, fr)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "scatterfitframe.png")))
	fr.Marks[0].Y = math.NaN()
	_, err = plotting.ScatterFitFrame("bad", "x", "y", share, load, plotting.Fn{F: line}, false, fr)
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.ScatterFitFrame: Frame.Marks[0] ("prediction for x = 0.5: 4 t") is at (0.5, NaN): need finite values
}

func ExampleMark() {
	// Mark the largest and the smallest value of a curve on one chart.
	f := func(x float64) float64 { return 1.1 + math.Cos(2*(x-1)) }
	lo, hi := 0.0, 0.0
	for i := range 3001 {
		x := 3 * float64(i) / 3000
		if f(x) < f(lo) {
			lo = x
		}
		if f(x) > f(hi) {
			hi = x
		}
	}
	fr := plotting.Frame{Marks: []plotting.Mark{
		{Label: fmt.Sprintf("largest, %.2f at x = %.2f", f(hi), hi), X: hi, Y: f(hi)},
		{Label: fmt.Sprintf("smallest, %.2f at x = %.2f", f(lo), lo), X: lo, Y: f(lo)},
	}}
	fig, err := plotting.FunctionsFrame("Largest and smallest", "x", "f(x)", 0, 3, fr, plotting.Fn{Label: "f", F: f})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "marks.png")))
	fmt.Printf("largest at %.2f, smallest at %.2f\n", hi, lo)
	// Output:
	// <nil>
	// largest at 1.00, smallest at 2.57
}

func ExampleLine() {
	// 300 epochs of a noisy accuracy: dots on every value would merge into
	// a beaded rope, so the lines go without markers and the dashed one is
	// the held-out data.
	var train, val []float64
	for e := range 300 {
		train = append(train, 0.9-0.4/(1+0.05*float64(e))+0.02*math.Sin(float64(e)))
		val = append(val, 0.85-0.4/(1+0.05*float64(e))+0.04*math.Sin(1.7*float64(e)))
	}
	fig, err := plotting.Series("Accuracy per epoch", "epoch", "accuracy", false,
		plotting.Line{Label: "training", Y: train, NoMarkers: true},
		plotting.Line{Label: "validation", Y: val, NoMarkers: true, Dashed: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "accuracy-per-epoch.png")))
	// Output:
	// <nil>
}

func ExampleLossWith() {
	// Ten classes: the accuracy axis from 80 % to 100 % tells apart two
	// curves near the top, with a reference line of our own.
	fig, err := plotting.LossWith("Digits", plotting.LossOptions{
		LogLoss:      true,
		Accuracy:     plotting.Range{Min: 0.8, Max: 1},
		Percent:      true,
		AccuracyRefs: []plotting.Ref{{Label: "earlier network (88.3 %)", Y: 0.883}},
	}, plotting.Run{
		TrainLoss:     []float64{0.5, 0.2, 0.1, 0.06, 0.04},
		TestLoss:      []float64{0.4, 0.22, 0.16, 0.14, 0.13},
		TrainAccuracy: []float64{0.86, 0.94, 0.97, 0.99, 1},
		TestAccuracy:  []float64{0.9, 0.95, 0.965, 0.975, 0.978},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "digits-history.png")))
	// Accuracies stay fractions of 1 with Percent.
	_, err = plotting.LossWith("bad", plotting.LossOptions{Percent: true, Accuracy: plotting.Range{Min: 80, Max: 100}},
		plotting.Run{TrainAccuracy: []float64{0.86, 0.94}})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.LossWith: LossOptions.Accuracy range [80, 100] is not inside [0, 1]: accuracies are fractions of 1, also with Percent (write {0.7, 1} for 70–100 %)
}

func ExampleEpochMark() {
	// The learning rate drops tenfold at epoch 30: a marker line says
	// where, in both panels, so the second fall of the loss is explained.
	var loss, acc []float64
	for e := 1; e <= 60; e++ {
		l := 1/float64(e) + 0.3
		if e > 30 {
			l = 0.3 * math.Exp(-float64(e-30)/8)
		}
		loss, acc = append(loss, l), append(acc, 1-l/1.5)
	}
	fig, err := plotting.LossWith("Learning-rate drop", plotting.LossOptions{
		EpochMarks: []plotting.EpochMark{{Label: "rate ÷ 10", Epoch: 30}},
	}, plotting.Run{TrainLoss: loss, TrainAccuracy: acc})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "epochmark.png")))
	// A mark outside the epochs is an error naming it.
	_, err = plotting.LossWith("bad", plotting.LossOptions{
		EpochMarks: []plotting.EpochMark{{Label: "late", Epoch: 61}},
	}, plotting.Run{TrainLoss: loss})
	fmt.Println(err)
	// Output:
	// <nil>
	// plotting.LossWith: LossOptions.EpochMarks[0] ("late") is at epoch 61: need an epoch shown, in [1, 60]
}

func ExampleLossOptions() {
	// A noisy run: the running mean over 5 epochs shows the trend over the
	// pale values of each epoch; epochs 1 to 4, far above the rest, are
	// left out, and a dotted line marks guessing.
	var loss, acc []float64
	for e := range 200 {
		d := 1 / (1 + 0.05*float64(e))
		loss = append(loss, 0.7*d*(1+0.3*math.Sin(2.3*float64(e))))
		acc = append(acc, 0.95-0.45*d+0.05*math.Sin(1.7*float64(e)))
	}
	fig, err := plotting.LossWith("50 hidden neurons, η = 10", plotting.LossOptions{
		Smooth:       5,
		Epochs:       plotting.Range{Min: 5, Max: 200},
		AccuracyRefs: []plotting.Ref{{Label: "coin toss (50 %)", Y: 0.5}},
	}, plotting.Run{TrainLoss: loss, TrainAccuracy: acc})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "noisy-history.png")))
	// Output:
	// <nil>
}
