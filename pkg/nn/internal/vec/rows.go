package vec

import (
	"fmt"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
)

// AddRow adds the vector b (n elements) to every row of the rows×n
// row-major matrix c: c[r*n+j] += b[j]. Each element gets exactly one
// addition, so the result is that of the scalar loop; with AVX-512 it adds
// up to 32 columns of a row at a time.
func AddRow(c, b []float64, rows, n int) error {
	if rows < 0 || n < 0 || len(c) < rows*n || len(b) < n {
		return fmt.Errorf("vec: AddRow: c has %d elements and b %d, want %d×%d and %d", len(c), len(b), rows, n, n)
	}
	if rows == 0 || n == 0 {
		return nil
	}
	b = b[:n]
	if rows == 1 {
		// One sample (a network's Forward): the plain loop, without the
		// setup of the kernels below.
		addRowGo(c, b, 1, n)
		return nil
	}
	if simd.Current() == simd.AVX512 && n <= 32 {
		// Narrow rows: the masked store at the end of one row would overlap
		// the next row's first load and stall store forwarding, so treat c
		// as one flat array and add b repeated with period lcm(n, 8).
		var pat [8 * 32]float64
		period := n
		for period%8 != 0 {
			period += n
		}
		for i := 0; i < period; i++ {
			pat[i] = b[i%n]
		}
		total := rows * n
		c = c[:total]
		n8 := total &^ 7
		if n8 > 0 {
			addPattern512(&c[0], &pat[0], n8/8, period/8)
		}
		for i := n8; i < total; i++ {
			c[i] += b[i%n]
		}
		return nil
	}
	if simd.Current() == simd.AVX512 {
		for j0 := 0; j0 < n; j0 += 32 {
			w := min(32, n-j0)
			_ = c[(rows-1)*n+j0+w-1]
			addRows512(&c[j0], &b[j0], rows, n, 1<<w-1)
		}
		return nil
	}
	addRowGo(c, b, rows, n)
	return nil
}

// addRowGo is AddRow's scalar loop.
func addRowGo(c, b []float64, rows, n int) {
	b = b[:n]
	for r := 0; r < rows; r++ {
		row := c[r*n : r*n+n]
		for j, v := range b {
			row[j] += v
		}
	}
}

// ColSums sets s[j] to the sum of column j of the rows×n row-major matrix
// c, adding the rows in order to an initial +0, as the scalar loop
// s[j] += c[r*n+j] for r = 0, 1, … does; the result is bit for bit that
// loop's. With AVX-512 it keeps up to 32 column sums in registers.
func ColSums(s, c []float64, rows, n int) error {
	if rows < 0 || n < 0 || len(c) < rows*n || len(s) < n {
		return fmt.Errorf("vec: ColSums: c has %d elements and s %d, want %d×%d and %d", len(c), len(s), rows, n, n)
	}
	s = s[:n]
	if rows == 0 || n == 0 {
		clear(s)
		return nil
	}
	if simd.Current() == simd.AVX512 {
		for j0 := 0; j0 < n; j0 += 32 {
			w := min(32, n-j0)
			_ = c[(rows-1)*n+j0+w-1]
			colSums512(&s[j0], &c[j0], rows, n, 1<<w-1)
		}
		return nil
	}
	colSumsGo(s, c, rows, n)
	return nil
}

// colSumsGo is ColSums's scalar loop.
func colSumsGo(s, c []float64, rows, n int) {
	s = s[:n]
	clear(s)
	for r := 0; r < rows; r++ {
		row := c[r*n : r*n+n]
		for j, v := range row {
			s[j] += v
		}
	}
}

// AddRowSigmoid adds b to every row of the rows×n matrix z, as AddRow does,
// and sets a to the Sigmoid of the result, as Sigmoid does: z and a end
// bit for bit as after AddRow(z, b, rows, n) and Sigmoid(a, z). With
// AVX-512 and n ≤ 32 it does both in one pass over z. a and z must not
// overlap.
func AddRowSigmoid(a, z, b []float64, rows, n int) error {
	if rows < 0 || n < 0 || len(z) < rows*n || len(a) < rows*n || len(b) < n {
		return fmt.Errorf("vec: AddRowSigmoid: z has %d elements, a %d and b %d, want %d×%d, %d×%d and %d", len(z), len(a), len(b), rows, n, rows, n, n)
	}
	total := rows * n
	z, a, b = z[:total], a[:total], b[:n]
	if simd.Current() != simd.AVX512 || n > 32 || total < 8 || rows == 1 {
		if err := AddRow(z, b, rows, n); err != nil {
			return err
		}
		return Sigmoid(a, z)
	}
	var pat [8 * 32]float64
	period := n
	for period%8 != 0 {
		period += n
	}
	for i := 0; i < period; i++ {
		pat[i] = b[i%n]
	}
	n8 := total &^ 7
	biasSigmoid8(&a[0], &z[0], n8, &sigTable, &pat[0], period/8)
	// The tail, fewer than 8 values, as Sigmoid treats the values after
	// its last chunk of 8.
	for i := n8; i < total; i++ {
		z[i] += b[i%n]
	}
	return Sigmoid(a[n8:], z[n8:])
}
