package plotting

import "testing"

func TestFunctionCharts(t *testing.T) {
	f, err := Functions("Step and sigmoid", -6, 6, Fn{Label: "step", F: step}, Fn{Label: "sigmoid", F: sigmoid}, Fn{Label: "sigmoid'", F: func(x float64) float64 { return sigmoid(x) * (1 - sigmoid(x)) }, Dashed: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "functions.png", f)
	x := []float64{1, 2, 3, 4, 5, 6}
	y := []float64{1.2, 1.9, 3.4, 3.8, 5.3, 5.9}
	s, err := ScatterFit("Fit", "size", "price", x, y, Fn{Label: "least squares", F: func(x float64) float64 { return 0.97*x + 0.1 }}, true)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "scatter.png", s)
	g, err := Grid(2, f, s)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "grid.png", g)
}

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

func TestBoundaryAndDescentCharts(t *testing.T) {
	prob := func(x, y float64) float64 { return sigmoid(8*(x+y-1)) * sigmoid(-8*(x+y-2.2)) }
	pts := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.2, 0.9}, {0.9, 0.1}}
	cls := []int{0, 1, 1, 0, 1, 1}
	f, err := DecisionBoundary("XOR", prob, Range{-0.5, 1.5}, Range{-0.5, 1.5}, pts, cls)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "boundary.png", f)
	fx := func(x float64) float64 { return x*x*x*x - 3*x*x + x }
	var path []float64
	x := 2.0
	for i := 0; i < 15; i++ {
		path = append(path, x)
		x -= 0.05 * (4*x*x*x - 6*x + 1)
	}
	d1, err := Descent1D("Gradient descent, rate 0.05", fx, -2.2, 2.2, path)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "descent1d.png", d1)
	fxy := func(x, y float64) float64 { return x*x + 5*y*y }
	var p2 [][]float64
	a, b := -1.8, 1.0
	for i := 0; i < 20; i++ {
		p2 = append(p2, []float64{a, b})
		a, b = a-0.15*2*a, b-0.15*10*b
	}
	d2, err := Descent2D("Descent on x² + 5y²", fxy, Range{-2, 2}, Range{-1.2, 1.2}, p2)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "descent2d.png", d2)
}

func TestImageCharts(t *testing.T) {
	var imgs [][]float64
	var truth, pred []int
	for k := 0; k < 20; k++ {
		im := make([]float64, 64)
		for i := range im {
			if (i%8+i/8+k)%5 < 2 || i%8 == k%8 {
				im[i] = float64((i*7 + k) % 17)
			}
		}
		imgs = append(imgs, im)
		truth = append(truth, k%10)
		p := k % 10
		if k%7 == 3 {
			p = (k + 3) % 10
		}
		pred = append(pred, p)
	}
	f, err := Digits("Test digits", imgs, truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "digits.png", f)
	units := make([][]float64, 12)
	for u := range units {
		units[u] = make([]float64, 64)
		for i := range units[u] {
			units[u][i] = float64((i*(u+3))%13) - 6
		}
	}
	w, err := Weights("Hidden units", units)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "weights.png", w)
	cm := make([][]int, 10)
	for i := range cm {
		cm[i] = make([]int, 10)
		for j := range cm[i] {
			cm[i][j] = (i * j) % 3
		}
		cm[i][i] = 40 + i
	}
	c, err := Confusion("Confusion matrix", cm, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "confusion.png", c)
}
