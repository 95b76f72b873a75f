package nn

import (
	"bytes"
	"compress/gzip"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"gonum.org/v1/gonum/mat"
)

func writeFile(t *testing.T, name, content string, gz bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	data := []byte(content)
	if gz {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write(data)
		w.Close()
		data = b.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadCSV(t *testing.T) {
	path := writeFile(t, "a.csv", "x, y ,label\n1,2,0\n\n3.5,-4,1\r\n", false)
	data, header, err := ReadCSV(path)
	if err != nil {
		t.Fatal(err)
	}
	if r, c := data.Dims(); r != 2 || c != 3 || data.At(1, 0) != 3.5 || header[1] != "y" {
		t.Errorf("ReadCSV = %v, header %q; want 2×3 with 3.5 and header y", mat.Formatted(data), header)
	}
	gzPath := writeFile(t, "b.csv.gz", "1,2\n3,4\n", true)
	data, header, err = ReadCSV(gzPath)
	if err != nil || header != nil || data.At(1, 1) != 4 {
		t.Errorf("ReadCSV gz = %v, %v, %v", data, header, err)
	}
	bom := writeFile(t, "bom.csv", "\uFEFF1,2\n3,4\n", false)
	if data, header, err := ReadCSV(bom); err != nil || header != nil || data.At(0, 0) != 1 {
		t.Errorf("a BOM before a data line: got %v, header %q, %v; want the line as data", data, header, err)
	}
	bomHeader := writeFile(t, "bomh.csv", "\uFEFFx,y\n3,4\n", false)
	if data, header, err := ReadCSV(bomHeader); err != nil || len(header) != 2 || header[0] != "x" || data.At(0, 0) != 3 {
		t.Errorf("a BOM before a header: got %v, header %q, %v; want header [x y]", data, header, err)
	}
	for _, tt := range []struct {
		name, content string
		rows          int
		header        []string
	}{
		{"CR line endings", "x,y\r1,2\r3,4\r", 2, []string{"x", "y"}},
		{"CR, no final line ending", "1,2\r3,4", 2, nil},
		{"CRLF and CR mixed", "1,2\r\n3,4\r5,6\n", 3, nil},
		{"a BOM after a space", " \uFEFF,\n0,0", 1, []string{"", ""}},
		{"a BOM around fields", "\uFEFFa\uFEFF, b\n1,2", 1, []string{"a", "b"}},
		{"tiny numbers read as 0", "1e-400,2\n", 1, nil},
	} {
		data, header, err := ReadCSV(writeFile(t, "ok.csv", tt.content, false))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if r, _ := data.Dims(); r != tt.rows || strings.Join(header, "|") != strings.Join(tt.header, "|") || (header == nil) != (tt.header == nil) {
			t.Errorf("%s: %d rows, header %q; want %d rows, header %q", tt.name, r, header, tt.rows, tt.header)
		}
	}
	tests := []struct{ content, want string }{
		{"1,2,3x\n4,5,6\n", `bad.csv:1: field 3: "3x" is not a number, and the first line is a header only when none of its fields is a number`},
		{"\n\nx,2\n4,5\n", `bad.csv:3: field 1: "x" is not a number, and the first line is a header`},
		{"a,b\nc,d\n", `bad.csv:2: field 1: "c" is not a number`},
		{"1,2\n3\n", "bad.csv:2: 1 fields, want 2"},
		{"1,2\n3,x\n", `bad.csv:2: field 2: "x" is not a number`},
		{"1,2\n3,NaN\n", "bad.csv:2: field 2: \"NaN\" is not a finite number"},
		{"", "bad.csv: no data rows"},
		{"1,2\n3,1e400\n", `bad.csv:2: field 2: "1e400" is too large for float64`},
		{"1e400,2\n3,4\n", `bad.csv:1: field 1: "1e400" is too large for float64`},
		{"-1e400\n3\n", `bad.csv:1: field 1: "-1e400" is too large for float64`},
		{"1,2\r3,x\r", `bad.csv:2: field 2: "x" is not a number`},
		{"a,b\r\n1,2\r\n3,4\r5\r", "bad.csv:4: 1 fields, want 2"},
		{"a,b\n", "no data rows"},
	}
	for _, tt := range tests {
		_, _, err := ReadCSV(writeFile(t, "bad.csv", tt.content, false))
		wantErr(t, err, tt.want)
	}
	long := "1," + strings.Repeat(" ", maxCSVLine) + "2\n"
	_, _, err = ReadCSV(writeFile(t, "long.csv", long, false))
	wantErr(t, err, "long.csv:1: line longer than 16777216 bytes")
	_, _, err = ReadCSV(writeFile(t, "bad.csv.gz", "not gzip", false))
	wantErr(t, err, "not gzip")
	_, _, err = ReadCSV(filepath.Join(t.TempDir(), "missing.csv"))
	wantErr(t, err, "missing.csv")
}

func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("1,2,3\n4,5,6\n"))
	f.Add([]byte("a,b\n1,2\n"))
	f.Add([]byte("1,,2\n"))
	f.Add([]byte("1e308,-1e308\n\n\n"))
	f.Add([]byte("\uFEFFa,b\n1,2\n"))
	f.Add([]byte("1,2,3x\n4,5,6\n"))
	f.Add([]byte(" x , 7 \r\n1,2\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, header, err := parseCSV(bytes.NewReader(data), "fuzz.csv", false)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		r, c := m.Dims()
		if r == 0 || c == 0 || (header != nil && len(header) != c) {
			t.Errorf("parsed %d×%d with header %q", r, c, header)
		}
		for _, v := range m.RawMatrix().Data {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("parsed a non-finite value %v", v)
			}
		}
		// A header has no numbers, and no row of data is lost: the input
		// has exactly r lines with a number, plus the header.
		for _, h := range header {
			if _, err := strconv.ParseFloat(h, 64); err == nil {
				t.Errorf("header %q holds the number %q", header, h)
			}
		}
		// Lines end in \n, \r\n or \r; a line of spaces and byte order
		// marks is blank.
		numeric := 0
		for _, l := range strings.FieldsFunc(string(data), func(r rune) bool { return r == '\n' || r == '\r' }) {
			if strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }) != "" {
				numeric++
			}
		}
		if header != nil {
			numeric--
		}
		if numeric != r {
			t.Errorf("%d non-blank data lines but %d rows", numeric, r)
		}
		// Writing the matrix back as CSV reads the same numbers.
		var buf bytes.Buffer
		buf.WriteString(strings.Join(header, ",") + "\n")
		for i := 0; i < r; i++ {
			for j, v := range m.RawRowView(i) {
				if j > 0 {
					buf.WriteByte(',')
				}
				buf.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
			}
			buf.WriteByte('\n')
		}
		again, header2, err := parseCSV(&buf, "again.csv", false)
		if err != nil || !mat.Equal(m, again) || strings.Join(header, ",") != strings.Join(header2, ",") {
			t.Errorf("re-reading the written CSV gives %v, %q, %v", again, header2, err)
		}
	})
}

func TestLoadDigits(t *testing.T) {
	X, labels, err := LoadDigits("../../data/digits.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if r, c := X.Dims(); r != 1797 || c != 64 || len(labels) != 1797 || labels[0] != 0 || X.At(0, 2) != 5 {
		t.Errorf("digits: %d×%d, %d labels, first label %d, X[0][2] = %v", r, c, len(labels), labels[0], X.At(0, 2))
	}
	_, _, err = LoadDigits(writeFile(t, "digits.csv.gz", "1,2\n", true))
	wantErr(t, err, "sha256")
	_, _, err = LoadDigits("nope.csv.gz")
	wantErr(t, err, "nope.csv.gz")
	_, _, err = splitDigits(mat.NewDense(1, 3, nil), "d.csv")
	wantErr(t, err, "3 columns, want 65")
	row := make([]float64, 65)
	row[64] = 10
	_, _, err = splitDigits(mat.NewDense(1, 65, row), "d.csv")
	wantErr(t, err, "d.csv:1: label 10")
}

func TestStandardScaler(t *testing.T) {
	X := mat.NewDense(3, 2, []float64{1, 5, 2, 5, 3, 5})
	var s StandardScaler
	out, err := s.FitTransform(X)
	if err != nil {
		t.Fatal(err)
	}
	want := math.Sqrt(1.5)
	if math.Abs(out.At(0, 0)+want) > 1e-15 || out.At(2, 1) != 0 {
		t.Errorf("scaled = %v, want ±%v in column 0 and 0 in the constant column", mat.Formatted(out), want)
	}
	_, err = s.Transform(mat.NewDense(1, 3, nil))
	wantErr(t, err, "3 columns, the scaler was fitted on 2")
	_, err = s.Transform(nil)
	wantErr(t, err, "empty")
	var empty StandardScaler
	_, err = empty.Transform(X)
	wantErr(t, err, "Fit first")
	_, err = empty.FitTransform(&mat.Dense{})
	wantErr(t, err, "empty")
	X.Set(1, 1, math.NaN())
	wantErr(t, empty.Fit(X), "X[1][1] is NaN")
}

func TestTrainTestSplit(t *testing.T) {
	X := mat.NewDense(10, 1, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	labels := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	Xtr, Xte, ytr, yte, err := TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for i, y := range append(append([]int{}, ytr...), yte...) {
		var x float64
		if i < 6 {
			x = Xtr.At(i, 0)
		} else {
			x = Xte.At(i-6, 0)
		}
		if int(x) != y || seen[y] {
			t.Errorf("row %d: x %v with label %d (seen before: %v)", i, x, y, seen[y])
		}
		seen[y] = true
	}
	if len(ytr) != 6 || len(yte) != 4 {
		t.Errorf("split sizes %d/%d, want 6/4", len(ytr), len(yte))
	}
	_, _, again, _, _ := TrainTestSplit(X, labels, 0.6, rand.New(rand.NewPCG(1, 0)))
	for i := range again {
		if again[i] != ytr[i] {
			t.Fatal("the same seed should give the same split")
		}
	}
	rng := rand.New(rand.NewPCG(1, 0))
	for _, tt := range []struct {
		X      *mat.Dense
		labels []int
		frac   float64
		rng    *rand.Rand
		want   string
	}{
		{nil, labels, 0.5, rng, "X is empty"},
		{X, labels[:3], 0.5, rng, "3 labels for 10 rows"},
		{X, labels, 1, rng, "trainFrac 1"},
		{X, labels, 0.01, rng, "leaves one side empty"},
		{X, labels, 0.5, nil, "rng is nil"},
	} {
		_, _, _, _, err := TrainTestSplit(tt.X, tt.labels, tt.frac, tt.rng)
		wantErr(t, err, tt.want)
	}
}

func TestOneHotAccuracyConfusion(t *testing.T) {
	Y, err := OneHot([]int{2, 0}, 3)
	if err != nil || Y.At(0, 2) != 1 || Y.At(1, 0) != 1 || mat.Sum(Y) != 2 {
		t.Errorf("OneHot = %v, %v", Y, err)
	}
	_, err = OneHot([]int{3}, 3)
	wantErr(t, err, "label 3 at index 0 is outside 0..2")
	_, err = OneHot(nil, 3)
	wantErr(t, err, "no labels")
	_, err = OneHot([]int{0}, 0)
	wantErr(t, err, "0 classes")

	acc, err := Accuracy([]int{1, 2, 3, 4}, []int{1, 2, 0, 4})
	if err != nil || acc != 0.75 {
		t.Errorf("Accuracy = %v, %v; want 0.75", acc, err)
	}
	_, err = Accuracy([]int{1}, []int{1, 2})
	wantErr(t, err, "1 predictions for 2 labels")
	_, err = Accuracy(nil, nil)
	wantErr(t, err, "no labels")

	m, err := ConfusionMatrix([]int{0, 1, 1, 2}, []int{0, 1, 2, 2}, 3)
	if err != nil || m[0][0] != 1 || m[1][1] != 1 || m[2][1] != 1 || m[2][2] != 1 {
		t.Errorf("ConfusionMatrix = %v, %v", m, err)
	}
	_, err = ConfusionMatrix([]int{0}, []int{0, 1}, 2)
	wantErr(t, err, "1 predictions for 2 labels")
	_, err = ConfusionMatrix([]int{0}, []int{5}, 2)
	wantErr(t, err, "label 5")
	_, err = ConfusionMatrix([]int{-1}, []int{0}, 2)
	wantErr(t, err, "prediction -1")
	_, err = ConfusionMatrix([]int{0}, []int{0}, 0)
	wantErr(t, err, "0 classes")
}
