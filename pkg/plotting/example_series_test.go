package plotting_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/neurons-in-go/course/pkg/plotting"
)

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
