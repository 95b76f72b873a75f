package nn

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"unicode"

	"gonum.org/v1/gonum/mat"
)

// digitsSHA256 is the sha256 of data/digits.csv.gz, which LoadDigits checks.
const digitsSHA256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a"

// LoadDigits reads the 8×8 digits data set (data/digits.csv.gz): 1797 rows of
// 64 pixel intensities 0–16 followed by the label 0–9. It checks the file's
// sha256 first, and returns the pixels (one sample per
// row) and the labels. Errors name the file and, for bad content, the line.
func LoadDigits(path string) (X *mat.Dense, labels []int, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("nn: LoadDigits: %w", err)
	}
	sum := sha256.Sum256(raw)
	if got := hex.EncodeToString(sum[:]); got != digitsSHA256 {
		return nil, nil, fmt.Errorf("nn: LoadDigits: %s has sha256 %s, want %s (damaged or a different file)", path, got, digitsSHA256)
	}
	data, _, err := parseCSV(bytes.NewReader(raw), path, true)
	if err != nil {
		return nil, nil, fmt.Errorf("nn: LoadDigits: %w", err)
	}
	return splitDigits(data, path)
}

// splitDigits separates the pixel columns from the label column.
func splitDigits(data *mat.Dense, path string) (*mat.Dense, []int, error) {
	r, c := data.Dims()
	if c != 65 {
		return nil, nil, fmt.Errorf("nn: LoadDigits: %s has %d columns, want 65 (64 pixels and a label)", path, c)
	}
	X := mat.NewDense(r, 64, nil)
	labels := make([]int, r)
	for i := 0; i < r; i++ {
		row := data.RawRowView(i)
		copy(X.RawRowView(i), row[:64])
		l := row[64]
		if l != math.Trunc(l) || l < 0 || l > 9 {
			return nil, nil, fmt.Errorf("nn: LoadDigits: %s:%d: label %v, want an integer 0–9", path, i+1, l)
		}
		labels[i] = int(l)
	}
	return X, labels, nil
}

// maxCSVLine is the longest line ReadCSV and LoadDigits accept, in bytes.
const maxCSVLine = 16 << 20

// ReadCSV reads a file of comma-separated numbers, one sample per line, into a
// matrix; a name ending in ".gz" is decompressed first. The rules:
//
//   - Lines end in "\n", "\r\n" or a lone "\r" (as old Mac programs write).
//   - Blank lines are ignored, and so are spaces around fields and a byte
//     order mark (U+FEFF, which some editors write at the start of a file).
//   - The first line is a header, returned separately, only when none of its
//     fields is a number (as strconv.ParseFloat reads them, 1e400 included).
//     A first line that mixes numbers and other text, such as "1,2,3x", is
//     an error, not a header: ReadCSV never takes a line of data for a
//     header.
//   - Every other line must hold as many fields as the first, each a finite
//     number within float64's range (at most about 1.8e308 in size; one
//     too small for float64, such as 1e-400, reads as 0).
//   - A line may be up to 16 MiB long.
//
// Errors name the file, the line and the field.
func ReadCSV(path string) (data *mat.Dense, header []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("nn: ReadCSV: %w", err)
	}
	defer f.Close()
	data, header, err = parseCSV(f, path, strings.HasSuffix(path, ".gz"))
	if err != nil {
		return nil, nil, fmt.Errorf("nn: ReadCSV: %w", err)
	}
	return data, header, nil
}

// parseCSV parses CSV numbers from r by ReadCSV's rules; name is used in
// error messages.
func parseCSV(r io.Reader, name string, gz bool) (*mat.Dense, []string, error) {
	if gz {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: not gzip data: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCSVLine)
	sc.Split(scanCSVLines)
	var (
		values []float64
		header []string
		cols   = -1 // fields per line, set by the first non-blank line
		rows   int
		line   int
	)
	for sc.Scan() {
		line++
		text := trimCSV(sc.Text())
		if text == "" {
			continue
		}
		fields := strings.Split(text, ",")
		for i, f := range fields {
			fields[i] = trimCSV(f)
		}
		if cols < 0 {
			cols = len(fields)
			if noNumbers(fields) {
				header = fields
				continue
			}
		}
		if len(fields) != cols {
			return nil, nil, fmt.Errorf("%s:%d: %d fields, want %d like the first line", name, line, len(fields), cols)
		}
		for j, f := range fields {
			v, err := strconv.ParseFloat(f, 64)
			switch {
			case errors.Is(err, strconv.ErrRange):
				return nil, nil, fmt.Errorf("%s:%d: field %d: %q is too large for float64 (at most about 1.8e308 in size)", name, line, j+1, f)
			case err != nil && rows == 0 && header == nil:
				return nil, nil, fmt.Errorf("%s:%d: field %d: %q is not a number, and the first line is a header only when none of its fields is a number", name, line, j+1, f)
			case err != nil:
				return nil, nil, fmt.Errorf("%s:%d: field %d: %q is not a number", name, line, j+1, f)
			case math.IsNaN(v) || math.IsInf(v, 0):
				return nil, nil, fmt.Errorf("%s:%d: field %d: %q is not a finite number", name, line, j+1, f)
			}
			values = append(values, v)
		}
		rows++
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, nil, fmt.Errorf("%s:%d: line longer than %d bytes", name, line+1, maxCSVLine)
		}
		return nil, nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if rows == 0 {
		return nil, nil, fmt.Errorf("%s: no data rows", name)
	}
	return mat.NewDense(rows, cols, values), header, nil
}

// scanCSVLines is a bufio.SplitFunc for lines that end in "\n", "\r\n" or
// a lone "\r"; the line it returns has no line ending.
func scanCSVLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0 && atEOF && len(data) > 0:
		return len(data), data, nil // the last line, without a line ending
	case i < 0:
		return 0, nil, nil // ask for more
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data):
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil // "\r\n"
		}
		return i + 1, data[:i], nil // a lone "\r"
	case atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // "\r" at the end of the buffer: "\n" may follow
}

// trimCSV removes the spaces and byte order marks (U+FEFF) around s.
func trimCSV(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
}

// noNumbers reports whether none of fields is a number; a number outside
// float64's range, such as 1e400, is still a number.
func noNumbers(fields []string) bool {
	for _, f := range fields {
		if _, err := strconv.ParseFloat(f, 64); err == nil || errors.Is(err, strconv.ErrRange) {
			return false
		}
	}
	return true
}

// StandardScaler rescales every column to mean 0 and standard deviation 1,
// using the mean and (population) standard deviation of the data it was fitted
// on. Fit it on the training set only, then Transform both sets, so that
// nothing about the test set leaks into training. Columns that are constant in
// the training set are only centred.
type StandardScaler struct {
	Mean, Std []float64
}

// Fit computes the mean and standard deviation of every column of X.
func (s *StandardScaler) Fit(X *mat.Dense) error {
	if s == nil {
		return errors.New("nn: StandardScaler.Fit: the scaler is nil; use new(nn.StandardScaler)")
	}
	if X == nil || X.IsEmpty() {
		return errors.New("nn: StandardScaler.Fit: X is empty")
	}
	if err := checkFinite("StandardScaler.Fit", "X", X); err != nil {
		return err
	}
	r, c := X.Dims()
	s.Mean = make([]float64, c)
	s.Std = make([]float64, c)
	for i := 0; i < r; i++ {
		for j, v := range X.RawRowView(i) {
			s.Mean[j] += v
		}
	}
	for j := range s.Mean {
		s.Mean[j] /= float64(r)
	}
	for i := 0; i < r; i++ {
		for j, v := range X.RawRowView(i) {
			d := v - s.Mean[j]
			s.Std[j] += d * d
		}
	}
	for j := range s.Std {
		s.Std[j] = math.Sqrt(s.Std[j] / float64(r))
	}
	return nil
}

// Transform returns a new matrix with every column of X standardised with the
// fitted mean and standard deviation.
func (s *StandardScaler) Transform(X *mat.Dense) (*mat.Dense, error) {
	if s == nil || s.Mean == nil {
		return nil, errors.New("nn: StandardScaler.Transform: call Fit first")
	}
	if len(s.Std) != len(s.Mean) {
		return nil, fmt.Errorf("nn: StandardScaler.Transform: %d means but %d standard deviations", len(s.Mean), len(s.Std))
	}
	for j := range s.Mean {
		if m, sd := s.Mean[j], s.Std[j]; m-m != 0 || !(sd >= 0) || math.IsInf(sd, 0) {
			return nil, fmt.Errorf("nn: StandardScaler.Transform: column %d has mean %v and standard deviation %v, want finite numbers (and a deviation ≥ 0)", j, m, sd)
		}
	}
	if X == nil || X.IsEmpty() {
		return nil, errors.New("nn: StandardScaler.Transform: X is empty")
	}
	if err := checkFinite("StandardScaler.Transform", "X", X); err != nil {
		return nil, err
	}
	r, c := X.Dims()
	if c != len(s.Mean) {
		return nil, fmt.Errorf("nn: StandardScaler.Transform: X has %d columns, the scaler was fitted on %d", c, len(s.Mean))
	}
	out := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		o := out.RawRowView(i)
		for j, v := range X.RawRowView(i) {
			d := v - s.Mean[j]
			if s.Std[j] > 0 {
				d /= s.Std[j]
			}
			o[j] = d
		}
	}
	return out, nil
}

// FitTransform fits the scaler on X and returns X transformed.
func (s *StandardScaler) FitTransform(X *mat.Dense) (*mat.Dense, error) {
	if err := s.Fit(X); err != nil {
		return nil, err
	}
	return s.Transform(X)
}

// TrainTestSplit shuffles the rows of X (and their labels) with rng and puts
// the first round(trainFrac·N) of them in the training set, the rest in the
// test set. The same seed gives the same split.
func TrainTestSplit(X *mat.Dense, labels []int, trainFrac float64, rng *rand.Rand) (Xtrain, Xtest *mat.Dense, ytrain, ytest []int, err error) {
	if X == nil || X.IsEmpty() {
		return nil, nil, nil, nil, errors.New("nn: TrainTestSplit: X is empty")
	}
	r, c := X.Dims()
	if len(labels) != r {
		return nil, nil, nil, nil, fmt.Errorf("nn: TrainTestSplit: %d labels for %d rows of X", len(labels), r)
	}
	if !(trainFrac > 0 && trainFrac < 1) {
		return nil, nil, nil, nil, fmt.Errorf("nn: TrainTestSplit: trainFrac %v, want a number strictly between 0 and 1", trainFrac)
	}
	if rng == nil {
		return nil, nil, nil, nil, errors.New("nn: TrainTestSplit: rng is nil")
	}
	nTrain := int(math.Round(trainFrac * float64(r)))
	if nTrain == 0 || nTrain == r {
		return nil, nil, nil, nil, fmt.Errorf("nn: TrainTestSplit: %v of %d rows leaves one side empty", trainFrac, r)
	}
	perm := rng.Perm(r)
	Xtrain, Xtest = mat.NewDense(nTrain, c, nil), mat.NewDense(r-nTrain, c, nil)
	ytrain, ytest = make([]int, nTrain), make([]int, r-nTrain)
	for k, i := range perm {
		if k < nTrain {
			copy(Xtrain.RawRowView(k), X.RawRowView(i))
			ytrain[k] = labels[i]
		} else {
			copy(Xtest.RawRowView(k-nTrain), X.RawRowView(i))
			ytest[k-nTrain] = labels[i]
		}
	}
	return Xtrain, Xtest, ytrain, ytest, nil
}

// OneHot returns a len(labels)×k matrix whose row i is 1 in column labels[i]
// and 0 elsewhere.
func OneHot(labels []int, k int) (*mat.Dense, error) {
	if len(labels) == 0 {
		return nil, errors.New("nn: OneHot: no labels")
	}
	if k <= 0 {
		return nil, fmt.Errorf("nn: OneHot: %d classes, want a positive number", k)
	}
	Y := mat.NewDense(len(labels), k, nil)
	for i, l := range labels {
		if l < 0 || l >= k {
			return nil, fmt.Errorf("nn: OneHot: label %d at index %d is outside 0..%d", l, i, k-1)
		}
		Y.Set(i, l, 1)
	}
	return Y, nil
}

// Accuracy returns the fraction of predictions equal to their labels.
func Accuracy(predicted, labels []int) (float64, error) {
	if len(predicted) != len(labels) {
		return 0, fmt.Errorf("nn: Accuracy: %d predictions for %d labels", len(predicted), len(labels))
	}
	if len(labels) == 0 {
		return 0, errors.New("nn: Accuracy: no labels")
	}
	n := 0
	for i, p := range predicted {
		if p == labels[i] {
			n++
		}
	}
	return float64(n) / float64(len(labels)), nil
}

// ConfusionMatrix returns the k×k counts whose element [t][p] is the number
// of samples of true class t predicted as class p; the diagonal holds the
// correct predictions.
func ConfusionMatrix(predicted, labels []int, k int) ([][]int, error) {
	if len(predicted) != len(labels) {
		return nil, fmt.Errorf("nn: ConfusionMatrix: %d predictions for %d labels", len(predicted), len(labels))
	}
	if k <= 0 {
		return nil, fmt.Errorf("nn: ConfusionMatrix: %d classes, want a positive number", k)
	}
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
	}
	for i, p := range predicted {
		t := labels[i]
		if t < 0 || t >= k {
			return nil, fmt.Errorf("nn: ConfusionMatrix: label %d at index %d is outside 0..%d", t, i, k-1)
		}
		if p < 0 || p >= k {
			return nil, fmt.Errorf("nn: ConfusionMatrix: prediction %d at index %d is outside 0..%d", p, i, k-1)
		}
		m[t][p]++
	}
	return m, nil
}
