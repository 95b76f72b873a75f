package playground

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Dataset is a set of labelled samples: row i of X (Dim numbers, stored
// row-major in one slice) has class Labels[i], one of 0…Classes−1.
type Dataset struct {
	X       []float64
	Dim     int
	Labels  []int
	Classes int
}

// Len returns the number of samples.
func (d Dataset) Len() int { return len(d.Labels) }

// Row returns sample i (a view into X).
func (d Dataset) Row(i int) []float64 { return d.X[i*d.Dim : (i+1)*d.Dim] }

// add appends one sample.
func (d *Dataset) add(x []float64, label int) {
	d.X = append(d.X, x...)
	d.Labels = append(d.Labels, label)
}

// Extent is the half-width of the square [−Extent, Extent]² that every 2-D
// data set of the playground lives in, and that the decision boundary covers.
const Extent = 3.0

// The 2-D generators below draw n points with rng and add Gaussian noise of
// standard deviation noise to both coordinates after labelling, so the noise
// blurs the border between the classes. Classes alternate where the shape
// allows it, so both have n/2 points.

// XORCloud draws points from a 2-D standard normal and labels each with the
// XOR of the signs of its coordinates (1 in the second and fourth quadrants):
// the cloud of lesson 4.
func XORCloud(rng *rand.Rand, n int, noise float64) Dataset {
	d := Dataset{Dim: 2, Classes: 2}
	for range n {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		label := 0
		if (a > 0) != (b > 0) {
			label = 1
		}
		d.add(jitter(rng, noise, a, b), label)
	}
	return d
}

// Circles draws a disc of radius 1.2 (class 1) inside a ring of radii 1.8
// to 2.8 (class 0).
func Circles(rng *rand.Rand, n int, noise float64) Dataset {
	d := Dataset{Dim: 2, Classes: 2}
	for i := range n {
		label := (i + 1) % 2
		r := 1.2 * math.Sqrt(rng.Float64()) // uniform over the disc
		if label == 0 {
			r = 1.8 + rng.Float64()
		}
		t := 2 * math.Pi * rng.Float64()
		d.add(jitter(rng, noise, r*math.Cos(t), r*math.Sin(t)), label)
	}
	return d
}

// TwoSpirals draws two interleaved spirals of 1¾ turns each, the second
// (class 1) the first turned by half a circle.
func TwoSpirals(rng *rand.Rand, n int, noise float64) Dataset {
	d := Dataset{Dim: 2, Classes: 2}
	for i := range n {
		label := i % 2
		t := 0.05 + 0.95*rng.Float64()
		r, angle := 2.8*t, 3.5*math.Pi*t+float64(label)*math.Pi
		d.add(jitter(rng, noise, r*math.Cos(angle), r*math.Sin(angle)), label)
	}
	return d
}

// TwoMoons draws two interleaved half circles (scikit-learn's make_moons,
// centred and scaled by 1.8): the upper moon is class 0, the lower class 1.
func TwoMoons(rng *rand.Rand, n int, noise float64) Dataset {
	d := Dataset{Dim: 2, Classes: 2}
	for i := range n {
		label := i % 2
		t := math.Pi * rng.Float64()
		x, y := math.Cos(t), math.Sin(t)
		if label == 1 {
			x, y = 1-x, 0.5-y
		}
		d.add(jitter(rng, noise, 1.8*(x-0.5), 1.8*(y-0.25)), label)
	}
	return d
}

// jitter adds noise to a point, keeping it inside the plotted square.
func jitter(rng *rand.Rand, noise, x, y float64) []float64 {
	if noise > 0 {
		x += noise * rng.NormFloat64()
		y += noise * rng.NormFloat64()
	}
	clamp := func(v float64) float64 { return math.Max(-Extent, math.Min(Extent, v)) }
	return []float64{clamp(x), clamp(y)}
}

// DigitsPerClass is how many digits of each class the playground's subset of
// the course's 8×8 digits keeps.
const DigitsPerClass = 40

// DigitSubset keeps the first perClass digits of each class, in file order,
// from pixels (one row of 64 intensities 0–16 per digit) and their labels
// 0–9. The choice is deterministic, so every build writes the same file.
func DigitSubset(pixels [][]float64, labels []int, perClass int) (Dataset, error) {
	if len(pixels) != len(labels) {
		return Dataset{}, fmt.Errorf("playground: DigitSubset: %d rows of pixels but %d labels", len(pixels), len(labels))
	}
	d := Dataset{Dim: 64, Classes: 10}
	count := make([]int, 10)
	for i, row := range pixels {
		l := labels[i]
		if l < 0 || l > 9 || len(row) != 64 {
			return Dataset{}, fmt.Errorf("playground: DigitSubset: row %d has label %d and %d pixels, want 0–9 and 64", i, l, len(row))
		}
		if count[l] < perClass {
			count[l]++
			d.add(row, l)
		}
	}
	for l, c := range count {
		if c < perClass {
			return Dataset{}, fmt.Errorf("playground: DigitSubset: only %d digits %d, want %d", c, l, perClass)
		}
	}
	return d, nil
}

// WriteDigits writes d in the playground's digits file format: a comment
// line, then one line per digit of 64 pixel intensities 0–16 and the label,
// separated by commas (the columns of data/digits.csv.gz).
func WriteDigits(w io.Writer, d Dataset) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %d 8x8 digits from data/digits.csv.gz (the first %d of each class): 64 pixels 0-16, label\n", d.Len(), d.Len()/10)
	for i := range d.Len() {
		for _, p := range d.Row(i) {
			bw.WriteString(strconv.Itoa(int(p)))
			bw.WriteByte(',')
		}
		bw.WriteString(strconv.Itoa(d.Labels[i]))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ParseDigits reads the format WriteDigits writes. Lines starting with # and
// blank lines are skipped; errors name the line.
func ParseDigits(text string) (Dataset, error) {
	d := Dataset{Dim: 64, Classes: 10}
	x := make([]float64, 64)
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, ",")
		if len(fields) != 65 {
			return Dataset{}, fmt.Errorf("digits line %d: %d fields, want 65 (64 pixels and a label)", n+1, len(fields))
		}
		for j, f := range fields {
			v, err := strconv.Atoi(f)
			if err != nil {
				return Dataset{}, fmt.Errorf("digits line %d field %d: %q is not an integer", n+1, j+1, f)
			}
			if j == 64 {
				if v < 0 || v > 9 {
					return Dataset{}, fmt.Errorf("digits line %d: label %d, want 0–9", n+1, v)
				}
				d.add(x, v)
				break
			}
			if v < 0 || v > 16 {
				return Dataset{}, fmt.Errorf("digits line %d field %d: pixel %d, want 0–16", n+1, j+1, v)
			}
			x[j] = float64(v)
		}
	}
	if d.Len() == 0 {
		return Dataset{}, errors.New("digits: the file holds no digits")
	}
	return d, nil
}
