package playground

import (
	"bytes"
	"math"
	"math/rand/v2"

	"reflect"
	"strings"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
)

func TestGenerators(t *testing.T) {
	tests := []struct {
		name string
		gen  func(*rand.Rand, int, float64) Dataset
		// class says which class a noise-free point belongs to, from its
		// position alone.
		class func(x, y float64) int
	}{
		{"xor", XORCloud, func(x, y float64) int {
			if (x > 0) != (y > 0) {
				return 1
			}
			return 0
		}},
		{"circles", Circles, func(x, y float64) int {
			if math.Hypot(x, y) < 1.5 {
				return 1
			}
			return 0
		}},
		{"spirals", TwoSpirals, nil},
		{"moons", TwoMoons, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const n = 401
			d := tt.gen(rand.New(rand.NewPCG(5, 6)), n, 0)
			if d.Len() != n || len(d.X) != 2*n || d.Dim != 2 || d.Classes != 2 {
				t.Fatalf("got %d labels, %d numbers, dim %d, %d classes; want %d, %d, 2, 2", d.Len(), len(d.X), d.Dim, d.Classes, n, 2*n)
			}
			count := [2]int{}
			for i, l := range d.Labels {
				x, y := d.Row(i)[0], d.Row(i)[1]
				if l != 0 && l != 1 || math.Abs(x) > Extent || math.Abs(y) > Extent {
					t.Fatalf("point %d: (%v, %v) class %d, want inside ±%v and class 0 or 1", i, x, y, l, Extent)
				}
				if tt.class != nil && tt.class(x, y) != l {
					t.Fatalf("point %d: (%v, %v) has class %d, want %d", i, x, y, l, tt.class(x, y))
				}
				count[l]++
			}
			if count[0] < n/3 || count[1] < n/3 {
				t.Errorf("classes have %v points, want both near %d", count, n/2)
			}
			again := tt.gen(rand.New(rand.NewPCG(5, 6)), n, 0)
			if !reflect.DeepEqual(d, again) {
				t.Error("the same seed gave different points")
			}
			noisy := tt.gen(rand.New(rand.NewPCG(5, 6)), n, 0.3)
			if reflect.DeepEqual(d.X, noisy.X) {
				t.Error("noise 0.3 left the points where they were")
			}
			if empty := tt.gen(rand.New(rand.NewPCG(5, 6)), 0, 0); empty.Len() != 0 {
				t.Errorf("0 points gave %d", empty.Len())
			}
		})
	}
}

// The spirals and moons are checked by their shape: spiral points lie on
// r = 2.8t at angle 3.5πt (+π for class 1); moon points on their unit
// circles.
func TestSpiralAndMoonShapes(t *testing.T) {
	d := TwoSpirals(rand.New(rand.NewPCG(1, 1)), 200, 0)
	for i, l := range d.Labels {
		x, y := d.Row(i)[0], d.Row(i)[1]
		tt := math.Hypot(x, y) / 2.8
		want := 3.5*math.Pi*tt + float64(l)*math.Pi
		if dx, dy := 2.8*tt*math.Cos(want)-x, 2.8*tt*math.Sin(want)-y; math.Hypot(dx, dy) > 1e-9 {
			t.Fatalf("spiral point %d (%v, %v) class %d is off its arm by %v", i, x, y, l, math.Hypot(dx, dy))
		}
	}
	d = TwoMoons(rand.New(rand.NewPCG(1, 1)), 200, 0)
	for i, l := range d.Labels {
		x, y := d.Row(i)[0]/1.8+0.5, d.Row(i)[1]/1.8+0.25
		if l == 1 {
			x, y = 1-x, 0.5-y
		}
		if r := math.Hypot(x, y); math.Abs(r-1) > 1e-9 || y < -1e-9 {
			t.Fatalf("moon point %d class %d is at radius %v, height %v of its half circle", i, l, r, y)
		}
	}
}

// testDigitsFile returns the playground's digits file made from the course's
// data, as cmd/playdata writes it.
func testDigitsFile(t testing.TB) string {
	t.Helper()
	X, labels, err := nn.LoadDigits("../../data/digits.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := X.Dims()
	rows := make([][]float64, r)
	for i := range rows {
		rows[i] = X.RawRowView(i)
	}
	d, err := DigitSubset(rows, labels, DigitsPerClass)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteDigits(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestDigitsFileRoundTrip(t *testing.T) {
	text := testDigitsFile(t)
	d, err := ParseDigits(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 10*DigitsPerClass {
		t.Fatalf("%d digits, want %d", d.Len(), 10*DigitsPerClass)
	}
	count := make([]int, 10)
	for _, l := range d.Labels {
		count[l]++
	}
	for l, c := range count {
		if c != DigitsPerClass {
			t.Errorf("%d digits %d, want %d", c, l, DigitsPerClass)
		}
	}
	var again bytes.Buffer
	if err := WriteDigits(&again, d); err != nil || again.String() != text {
		t.Errorf("writing the parsed digits gave a different file (err %v)", err)
	}
	// The first digit of the course's file is a 0; its first row is 0 0 5 13 9 1 0 0.
	if d.Labels[0] != 0 || !reflect.DeepEqual(d.Row(0)[:8], []float64{0, 0, 5, 13, 9, 1, 0, 0}) {
		t.Errorf("first digit: label %d, first row %v", d.Labels[0], d.Row(0)[:8])
	}
}

func TestDigitSubsetErrors(t *testing.T) {
	row := make([]float64, 64)
	if _, err := DigitSubset([][]float64{row}, []int{3}, 1); err == nil || !strings.Contains(err.Error(), "only 0 digits 0") {
		t.Errorf("a file without zeros: err %v, want it to say there are no digits 0", err)
	}
	if _, err := DigitSubset([][]float64{row}, []int{11}, 1); err == nil || !strings.Contains(err.Error(), "row 0") {
		t.Errorf("label 11: err %v, want it to name row 0", err)
	}
	if _, err := DigitSubset([][]float64{row}, nil, 1); err == nil {
		t.Error("rows without labels: no error")
	}
}

func TestParseDigitsErrors(t *testing.T) {
	good := strings.Repeat("0,", 64) + "7"
	tests := []struct{ text, want string }{
		{"", "no digits"},
		{"# only a comment\n\n", "no digits"},
		{"1,2,3", "line 1: 3 fields"},
		{good + "\n" + strings.Repeat("0,", 64) + "x", `line 2 field 65: "x"`},
		{strings.Repeat("0,", 64) + "10", "label 10"},
		{"17," + strings.Repeat("0,", 63) + "1", "pixel 17"},
		{"-1," + strings.Repeat("0,", 63) + "1", "pixel -1"},
	}
	for _, tt := range tests {
		if _, err := ParseDigits(tt.text); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseDigits(%.30q): err %v, want it to contain %q", tt.text, err, tt.want)
		}
	}
	d, err := ParseDigits("# comment\r\n" + good + "\r\n")
	if err != nil || d.Len() != 1 || d.Labels[0] != 7 {
		t.Errorf("one good line with CRLF: %d digits, err %v", d.Len(), err)
	}
}

func FuzzParseDigits(f *testing.F) {
	f.Add(strings.Repeat("0,", 64) + "7\n")
	f.Add("# c\n" + strings.Repeat("16,", 64) + "9")
	f.Add("1,2\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := ParseDigits(text)
		if err != nil {
			return
		}
		if d.Len() == 0 || len(d.X) != 64*d.Len() {
			t.Fatalf("%d digits with %d pixels", d.Len(), len(d.X))
		}
		for i, l := range d.Labels {
			if l < 0 || l > 9 {
				t.Fatalf("digit %d has label %d", i, l)
			}
		}
		for _, p := range d.X {
			if p < 0 || p > 16 {
				t.Fatalf("pixel %v", p)
			}
		}
	})
}

func TestMakeData(t *testing.T) {
	digits, err := ParseDigits(testDigitsFile(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range DataSets {
		t.Run(name, func(t *testing.T) {
			s := Presets[name]
			s.Points = 101
			train, test, err := MakeData(s, digits)
			if err != nil {
				t.Fatal(err)
			}
			wantTrain := 50
			if name == "digits" {
				wantTrain = 61
			}
			if train.Len() != wantTrain || test.Len() != 101-wantTrain {
				t.Errorf("split %d/%d, want %d/%d", train.Len(), test.Len(), wantTrain, 101-wantTrain)
			}
			for _, v := range append(append([]float64{}, train.X...), test.X...) {
				if name == "digits" && (v < 0 || v > 1) {
					t.Fatalf("digit pixel %v, want it scaled to 0–1", v)
				}
			}
			again, _, _ := MakeData(s, digits)
			if !reflect.DeepEqual(train, again) {
				t.Error("the same settings gave a different training set")
			}
		})
	}
	s := Presets["digits"]
	if _, _, err := MakeData(s, Dataset{}); err == nil || !strings.Contains(err.Error(), "digits.txt") {
		t.Errorf("digits without the file: err %v, want it to name playground/digits.txt", err)
	}
	s.Points = 5000
	if train, test, err := MakeData(s, digits); err != nil || train.Len()+test.Len() != digits.Len() {
		t.Errorf("more points than digits: %d+%d samples, err %v; want all %d digits", train.Len(), test.Len(), err, digits.Len())
	}
}
