package plotting

import "testing"

func TestScratch(t *testing.T) {
	f, err := Functions("Step and sigmoid", -6, 6, Fn{Label: "step", F: step}, Fn{Label: "sigmoid", F: sigmoid}, Fn{Label: "sigmoid'", F: func(x float64) float64 { return sigmoid(x) * (1 - sigmoid(x)) }, Dashed: true})
	if err != nil {
		t.Fatal(err)
	}
	saveGallery(t, "functions.png", f)
	x := []float64{1, 2, 3, 4, 5, 6}
	y := []float64{1.2, 1.9, 3.4, 3.8, 5.3, 5.9}
	s, err := ScatterFit("Fit", "size", "price", x, y, Fn{Label: "least squares", F: func(x float64) float64 { return 0.97*x + 0.1 }}, true)
	if err != nil {
		t.Fatal(err)
	}
	saveGallery(t, "scatter.png", s)
	g, err := Grid(2, f, s)
	if err != nil {
		t.Fatal(err)
	}
	saveGallery(t, "grid.png", g)
}
