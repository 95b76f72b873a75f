package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/vg"
	"testing"
)

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

// TestLessonDigitCharts draws lesson 6's mistakes grid and the shifted
// copies of a digit, and checks that a red frame leaves the digit's edge
// pixels alone.
func TestLessonDigitCharts(t *testing.T) {
	digit := make([]float64, 64)
	for i := range digit {
		r, c := i/8, i%8
		// A ring that touches every edge of the 8×8 box.
		if d := math.Hypot(float64(r)-3.5, float64(c)-3.5); d > 2.5 {
			digit[i] = 16
		}
	}
	images := make([][]float64, 20)
	truth, pred := make([]int, 20), make([]int, 20)
	for i := range images {
		images[i] = digit
		truth[i], pred[i] = 0, 0
	}
	pred[3], pred[17] = 6, 8
	fig, err := Digits("Test digits", images, truth, pred)
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson6-mistakes.png", fig)
	// No pixel of the picture is both red and where a digit pixel is dark:
	// count pure mistake-red pixels next to the darkest grey.
	img := fig.Image()
	b := img.Bounds()
	touching := 0
	for y := b.Min.Y + 1; y < b.Max.Y-1; y++ {
		for x := b.Min.X + 1; x < b.Max.X-1; x++ {
			if img.RGBAAt(x, y) != mistakeRed {
				continue
			}
			for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				if c := img.RGBAAt(x+d[0], y+d[1]); c.R < 0x40 && c.G < 0x40 && c.B < 0x40 {
					touching++
				}
			}
		}
	}
	if touching > 0 {
		t.Errorf("red frames touch %d dark digit pixels", touching)
	}
	shifted, err := Images("One training digit and its four shifted copies", [][]float64{digit, digit, digit, digit, digit},
		[]string{"original", "↓ down 1", "↑ up 1", "→ right 1", "← left 1"})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "lesson6-shifts.png", shifted)
	if _, err := Images("x", [][]float64{digit}, []string{"a", "b"}); err == nil {
		t.Error("Images with 1 image and 2 captions: no error")
	}
}

// TestWeightsMax checks that WeightsOptions.Max fixes the colour scale: a
// unit of weights all 0.5 is drawn in the colour of 0.5 on a scale from
// −Max to Max (on the data's own scale, 0.5 is its end), and that a bad
// Max is an error naming the field.
func TestWeightsMax(t *testing.T) {
	units := [][]float64{make([]float64, 64), make([]float64, 64)}
	for i := range units[0] {
		units[0][i], units[1][i] = 0.5, -0.25
	}
	tests := []struct {
		max, scale float64 // the option and the scale it should give
	}{
		{0, 0.5},
		{1, 1},
		{4, 4},
	}
	for _, tc := range tests {
		f, err := WeightsWith("fixed scale", WeightsOptions{Max: tc.max}, units)
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, fmt.Sprintf("weightsmax%g.png", tc.max), f)
		cmap := moreland.SmoothBlueRed()
		cmap.SetMin(-tc.scale)
		cmap.SetMax(tc.scale)
		for _, v := range []float64{0.5, -0.25} {
			c, err := cmap.At(v)
			if err != nil {
				t.Fatal(err)
			}
			want := color.RGBAModel.Convert(c).(color.RGBA)
			n := 0
			for i := 0; i < len(f.img.Pix); i += 4 {
				p := f.img.Pix[i : i+4]
				if p[0] == want.R && p[1] == want.G && p[2] == want.B {
					n++
				}
			}
			if n < 1000 {
				t.Errorf("Max %g: %d pixels in the colour of %g on the scale ±%g, want a whole tile", tc.max, n, v, tc.scale)
			}
		}
	}
	for _, bad := range []float64{-1, math.NaN(), math.Inf(1)} {
		_, err := WeightsWith("bad", WeightsOptions{Max: bad}, units)
		if err == nil || !strings.Contains(err.Error(), "WeightsOptions.Max") {
			t.Errorf("Max %v: error %v, want one naming WeightsOptions.Max", bad, err)
		}
		_, err = WeightsOfWith("bad", WeightsOptions{Max: bad}, mat.NewDense(64, 1, nil))
		if err == nil || !strings.Contains(err.Error(), "WeightsOfWith") {
			t.Errorf("WeightsOfWith, Max %v: error %v, want one naming WeightsOfWith", bad, err)
		}
	}
}

// TestColorBarTicks checks the labels under a weight map's colour bar: the
// round values inside the scale, and both ends with their own values unless
// a round value already marks the end, without two labels touching.
func TestColorBarTicks(t *testing.T) {
	charWidth := func(s string) vg.Length { return vg.Length(6 * len([]rune(s))) }
	tests := []struct {
		name   string
		lo, hi float64
		width  vg.Length
		want   []string
	}{
		{"ends between round values", -0.963, 0.963, 300, []string{"-0.96", "-0.5", "0", "0.5", "0.96"}},
		{"ends above one", -1.5987, 1.5987, 300, []string{"-1.6", "-1", "0", "1", "1.6"}},
		{"round ends stand for themselves", -1, 1, 300, []string{"-1", "-0.5", "0", "0.5", "1"}},
		{"a round value touching an end loses its label", -1.02, 1.02, 300, []string{"-1", "-0.5", "0", "0.5", "1"}},
		{"ends without trailing zeros", -0.5, 0.5, 300, []string{"-0.5", "-0.4", "-0.2", "0", "0.2", "0.4", "0.5"}},
		{"a symmetric scale loses the same labels at both ends", -6, 6, 150, []string{"-6", "0", "6"}},
		{"a narrow bar keeps the ends", -0.963, 0.963, 80, []string{"-0.96", "0", "0.96"}},
		{"large weights", -12.34, 12.34, 300, []string{"-12", "-10", "-5", "0", "5", "10", "12"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range colorBarTicks(tc.lo, tc.hi, tc.width, charWidth) {
			got = append(got, tk.Label)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: labels %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestImagesPixelGrid checks that ImagesWith's PixelGrid draws lines
// between the pixels of a blank image and that without it the figure is
// the same as Images', and that ImagesWith reports bad input as Images does.
func TestImagesPixelGrid(t *testing.T) {
	blank := [][]float64{make([]float64, 64)}
	grey := func(f *Figure) int { // pixels neither white nor near white
		n := 0
		img := f.Image()
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if c := img.RGBAAt(x, y); c.R < 0xF0 || c.G < 0xF0 || c.B < 0xF0 {
					n++
				}
			}
		}
		return n
	}
	plain, err := Images("blank", blank, []string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opt      ImagesOptions
		moreInk  bool
		wantSame bool
	}{
		{"no grid", ImagesOptions{}, false, true},
		{"pixel grid", ImagesOptions{PixelGrid: true}, true, false},
	}
	for _, tt := range tests {
		f, err := ImagesWith("blank", tt.opt, blank, []string{"a"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got, base := grey(f), grey(plain); (got > base+100) != tt.moreInk {
			t.Errorf("%s: %d grey pixels against %d without options; want more: %v", tt.name, got, base, tt.moreInk)
		}
		if same := string(f.PNG()) == string(plain.PNG()); same != tt.wantSame {
			t.Errorf("%s: same PNG as Images: %v, want %v", tt.name, same, tt.wantSame)
		}
	}
	for _, bad := range []struct {
		name     string
		images   [][]float64
		captions []string
		want     string
	}{
		{"captions", blank, []string{"a", "b"}, "1 images but 2 captions"},
		{"not square", [][]float64{make([]float64, 63)}, nil, "square"},
		{"empty", nil, nil, "plotting.ImagesWith"},
	} {
		_, err := ImagesWith("x", ImagesOptions{PixelGrid: true}, bad.images, bad.captions)
		if err == nil || !strings.Contains(err.Error(), bad.want) || !strings.HasPrefix(err.Error(), "plotting.ImagesWith") {
			t.Errorf("%s: error %v, want one from plotting.ImagesWith containing %q", bad.name, err, bad.want)
		}
	}
}
