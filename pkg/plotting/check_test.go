package plotting

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	id := func(x float64) float64 { return x }
	half := func(x, y float64) float64 { return 0.5 }
	r := Range{0, 1}
	pts := [][]float64{{0, 0}, {1, 1}}
	sq := make([]float64, 64)
	for _, tc := range []struct {
		name, want string
		call       func() (*Figure, error)
	}{
		{"no functions", "no functions", func() (*Figure, error) { return Functions("", 0, 1) }},
		{"zero range", "empty", func() (*Figure, error) { return Functions("", 1, 1, Fn{F: id}) }},
		{"NaN range", "finite", func() (*Figure, error) { return Functions("", nan, 1, Fn{F: id}) }},
		{"nil F", "nil F", func() (*Figure, error) { return Functions("", 0, 1, Fn{Label: "f"}) }},
		{"NaN function", `log(0) = -Inf`, func() (*Figure, error) {
			return Functions("", 0, 1, Fn{Label: "log", F: math.Log})
		}},
		{"empty scatter", "x is empty", func() (*Figure, error) { return ScatterFit("", "", "", nil, nil, Fn{}, false) }},
		{"mismatched scatter", "len(x) = 2 but len(y) = 1", func() (*Figure, error) {
			return ScatterFit("", "", "", []float64{1, 2}, []float64{1}, Fn{}, false)
		}},
		{"NaN x", "x[1] is NaN", func() (*Figure, error) {
			return ScatterFit("", "", "", []float64{1, nan}, []float64{1, 2}, Fn{}, false)
		}},
		{"Inf y", "y[0] is +Inf", func() (*Figure, error) {
			return ScatterFit("", "", "", []float64{1, 2}, []float64{inf, 2}, Fn{}, false)
		}},
		{"bad fit", "fit(", func() (*Figure, error) {
			return ScatterFit("", "", "", []float64{1, 2}, []float64{1, 2}, Fn{F: func(float64) float64 { return nan }}, true)
		}},
		{"no runs", "no runs", func() (*Figure, error) { return Loss("", false) }},
		{"empty runs", "every run is empty", func() (*Figure, error) { return Loss("", false, Run{Label: "a"}) }},
		{"NaN loss", `TrainLoss at epoch 2 is NaN`, func() (*Figure, error) {
			return Loss("", false, Run{Label: "a", TrainLoss: []float64{1, nan}})
		}},
		{"log of zero", "log scale needs positive", func() (*Figure, error) {
			return Loss("", true, Run{TestLoss: []float64{1, 0}})
		}},
		{"nil prob", "prob is nil", func() (*Figure, error) { return DecisionBoundary("", nil, r, r, nil, nil) }},
		{"empty y range", "y range", func() (*Figure, error) { return DecisionBoundary("", half, r, Range{2, 1}, nil, nil) }},
		{"empty x range", "x range", func() (*Figure, error) { return DecisionBoundary("", half, Range{1, 1}, r, nil, nil) }},
		{"classes mismatch", "2 points but 1 classes", func() (*Figure, error) { return DecisionBoundary("", half, r, r, pts, []int{0}) }},
		{"short point", "point 0 has 1 values", func() (*Figure, error) {
			return DecisionBoundary("", half, r, r, [][]float64{{1}}, []int{0})
		}},
		{"NaN point", "point 1 is", func() (*Figure, error) {
			return DecisionBoundary("", half, r, r, [][]float64{{0, 0}, {nan, 0}}, []int{0, 1})
		}},
		{"bad class", "class 9", func() (*Figure, error) { return DecisionBoundary("", half, r, r, pts, []int{0, 9}) }},
		{"NaN prob", "f(", func() (*Figure, error) {
			return DecisionBoundary("", func(x, y float64) float64 { return nan }, r, r, pts, []int{0, 1})
		}},
		{"nil f 1D", "f is nil", func() (*Figure, error) { return Descent1D("", nil, 0, 1, []float64{0}) }},
		{"empty path 1D", "path is empty", func() (*Figure, error) { return Descent1D("", id, 0, 1, nil) }},
		{"range 1D", "x range", func() (*Figure, error) { return Descent1D("", id, 1, 0, []float64{0}) }},
		{"NaN path 1D", "path[1] is NaN", func() (*Figure, error) { return Descent1D("", id, 0, 1, []float64{0, nan}) }},
		{"f NaN at step", "f(5) = NaN", func() (*Figure, error) {
			return Descent1D("", func(x float64) float64 {
				if x == 5 {
					return nan
				}
				return x
			}, 0, 1, []float64{5})
		}},
		{"nil f 2D", "f is nil", func() (*Figure, error) { return Descent2D("", nil, r, r, pts) }},
		{"empty path 2D", "path is empty", func() (*Figure, error) { return Descent2D("", half, r, r, nil) }},
		{"range 2D x", "x range", func() (*Figure, error) { return Descent2D("", half, Range{0, 0}, r, pts) }},
		{"range 2D y", "y range", func() (*Figure, error) { return Descent2D("", half, r, Range{0, inf}, pts) }},
		{"bad path 2D", "point 0 has 3", func() (*Figure, error) { return Descent2D("", half, r, r, [][]float64{{1, 2, 3}}) }},
		{"NaN f 2D", "f(", func() (*Figure, error) {
			return Descent2D("", func(x, y float64) float64 { return inf }, r, r, pts)
		}},
		{"no digits", "no images", func() (*Figure, error) { return Digits("", nil, nil, nil) }},
		{"not square", "image 0 has 5 values", func() (*Figure, error) { return Digits("", [][]float64{make([]float64, 5)}, nil, nil) }},
		{"too many", "at most 100", func() (*Figure, error) { return Digits("", make([][]float64, 101), nil, nil) }},
		{"NaN pixel", "image 0[3] is NaN", func() (*Figure, error) {
			im := make([]float64, 64)
			im[3] = nan
			return Digits("", [][]float64{im}, nil, nil)
		}},
		{"truth length", "1 images but 2 true", func() (*Figure, error) { return Digits("", [][]float64{sq}, []int{1, 2}, nil) }},
		{"pred length", "1 images but 0 predicted", func() (*Figure, error) { return Digits("", [][]float64{sq}, nil, []int{}) }},
		{"no units", "no units", func() (*Figure, error) { return Weights("", nil) }},
		{"nil matrix", "w is nil", func() (*Figure, error) { return WeightsOf("", nil) }},
		{"empty confusion", "counts is empty", func() (*Figure, error) { return Confusion("", nil, nil) }},
		{"ragged confusion", "row 1 has 1 counts", func() (*Figure, error) { return Confusion("", [][]int{{1, 2}, {3}}, nil) }},
		{"negative count", "counts[0][1] = -2", func() (*Figure, error) { return Confusion("", [][]int{{1, -2}, {3, 4}}, nil) }},
		{"labels length", "1 labels for 2 classes", func() (*Figure, error) {
			return Confusion("", [][]int{{1, 2}, {3, 4}}, []string{"a"})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := tc.call()
			if err == nil || f != nil {
				t.Fatalf("got figure %v, err %v; want an error", f != nil, err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "plotting.") {
				t.Errorf("error %q should start with plotting. and contain %q", err, tc.want)
			}
		})
	}
}

func TestEdgeCasesDraw(t *testing.T) {
	constant := func(x float64) float64 { return 3 }
	sq := make([]float64, 64)
	for i := range sq {
		sq[i] = float64(i % 9)
	}
	for name, call := range map[string]func() (*Figure, error){
		"constant.png": func() (*Figure, error) { return Functions("constant", 0, 1, Fn{F: constant}) },
		"one_point.png": func() (*Figure, error) {
			return ScatterFit("one", "x", "y", []float64{1}, []float64{2}, Fn{Label: "fit", F: constant}, true)
		},
		"one_epoch.png": func() (*Figure, error) {
			return Loss("one epoch", false, Run{TrainAccuracy: []float64{0.5}})
		},
		"no_boundary.png": func() (*Figure, error) {
			return DecisionBoundary("all class 1", func(x, y float64) float64 { return 1 }, Range{0, 1}, Range{0, 1}, [][]float64{{0.5, 0.5}}, nil)
		},
		"zero_confusion.png": func() (*Figure, error) { return Confusion("nothing", [][]int{{0}}, nil) },
		"pred_only.png": func() (*Figure, error) {
			return Digits("predicted", [][]float64{sq}, nil, []int{3})
		},
		"weightsof.png": func() (*Figure, error) {
			return WeightsOf("W", mat.NewDense(4, 2, []float64{1, -1, 0, 2, 3, 0, -2, 1}))
		},
	} {
		f, err := call()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkFigure(t, name, f)
	}
}
