// Package gemm multiplies row-major float64 matrices stored in plain slices:
// C = A·B, C = Aᵀ·B and C = A·Bᵀ, the three products of a neural network's
// forward and backward passes.
//
// Every product is cut into tiles of C that an assembly micro-kernel keeps
// entirely in vector registers: 12 rows by 16 columns on amd64 processors
// with AVX-512, 6 by 8 with AVX2 and FMA (both detected at run time with
// golang.org/x/sys/cpu, so no GOAMD64 setting is needed). Elsewhere, or when
// built with the purego tag, a register-tiled Go kernel computes 6×8 tiles. Large products are split by rows across the
// available cores; the worker goroutines recover panics and report them as
// errors.
package gemm

//go:generate go run asmgen.go

import (
	"fmt"
	"runtime"
	"sync"
)

// Tile sizes: a micro-kernel computes up to tileM rows by exactly tileN
// columns of C: 6×8 for the AVX2 and Go kernels, 12×16 for AVX-512. They
// change only with the kernel (setKind), never during a product.
var tileM, tileN = 6, 8

// maxTileM and maxTileN bound tileM and tileN.
const maxTileM, maxTileN = 12, 16

// parallelWork is the number of multiply-adds (m·n·k) from which a product
// is split across goroutines; below it, starting them costs more than it saves.
var parallelWork = 1 << 16

// workers is the largest number of goroutines one product uses.
var workers = runtime.GOMAXPROCS(0)

// tile computes C[0:rows, 0:8] = A[0:rows, 0:k]·B[0:k, 0:8] with
// A(i,p) = a[ai+i*rsA+p*csA], B(p,j) = b[bi+p*ldb+j], C(i,j) = c[ci+i*ldc+j],
// using the assembly kernel when the CPU supports it. The caller guarantees
// 1 ≤ rows ≤ tileM; indexes out of range panic in Go before any kernel runs.
func tile(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	switch kind {
	case kindAVX512:
		tile512(rows, tileN, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
		return
	case kindAVX2:
		tileAsm(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
		return
	}
	tileGo(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
}

// Kernel names the micro-kernel in use: "avx512", "avx2+fma" or "go".
func Kernel() string {
	return kindNames[kind]
}

// MulAB sets c = a·b, where a is m×k, b is k×n and c is m×n, all row-major.
// It returns an error when a slice is shorter than its shape requires, a
// dimension is negative, or a worker goroutine panicked.
func MulAB(c, a, b []float64, m, k, n int) error {
	if err := check("MulAB", c, a, b, m, k, n); err != nil {
		return err
	}
	return run(m, n, k, a, k, 1, b, n, false, c)
}

// MulATB sets c = aᵀ·b, where a is k×m, b is k×n and c is m×n, all
// row-major. It returns an error when a slice is shorter than its shape
// requires, a dimension is negative, or a worker goroutine panicked.
func MulATB(c, a, b []float64, m, k, n int) error {
	if err := check("MulATB", c, a, b, m, k, n); err != nil {
		return err
	}
	return run(m, n, k, a, 1, m, b, n, false, c)
}

// MulABT sets c = a·bᵀ, where a is m×k, b is n×k and c is m×n, all
// row-major. It returns an error when a slice is shorter than its shape
// requires, a dimension is negative, or a worker goroutine panicked.
func MulABT(c, a, b []float64, m, k, n int) error {
	if err := check("MulABT", c, a, b, m, k, n); err != nil {
		return err
	}
	if m < tileM {
		// Few rows: packing bᵀ would cost as much as the product itself, so
		// take dot products of contiguous rows instead.
		dotABT(c, a, b, m, k, n)
		return nil
	}
	return run(m, n, k, a, k, 1, b, k, true, c)
}

func check(op string, c, a, b []float64, m, k, n int) error {
	switch {
	case m < 0 || k < 0 || n < 0:
		return fmt.Errorf("gemm: %s: negative dimension m=%d k=%d n=%d", op, m, k, n)
	case len(a) < m*k:
		return fmt.Errorf("gemm: %s: a has %d elements, want at least m·k = %d·%d", op, len(a), m, k)
	case len(b) < k*n:
		return fmt.Errorf("gemm: %s: b has %d elements, want at least k·n = %d·%d", op, len(b), k, n)
	case len(c) < m*n:
		return fmt.Errorf("gemm: %s: c has %d elements, want at least m·n = %d·%d", op, len(c), m, n)
	}
	return nil
}

// task is one product in flight: its operands, the packed panel of B
// when one is needed, and the channel its worker goroutines answer on.
// Tasks are pooled so that warm products do not allocate.
type task struct {
	n, k      int
	a         []float64
	rsA, csA  int
	b         []float64
	ldb, full int
	packed    []float64
	c         []float64
	done      chan error
}

var taskPool = sync.Pool{New: func() any { return &task{done: make(chan error, 64)} }}

// grow returns s resized to n elements, reusing its storage when it can.
func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// run computes c = A·B for an m×k A with strides (rsA, csA) and, when
// transB is false, a row-major k×n B with row stride ldb; when transB is
// true, b holds Bᵀ (n×k, row stride ldb) and is first packed into k×n.
func run(m, n, k int, a []float64, rsA, csA int, b []float64, ldb int, transB bool, c []float64) error {
	if m == 0 || n == 0 {
		return nil
	}
	t := taskPool.Get().(*task)
	defer taskPool.Put(t)
	nr := tileN
	full := n / nr * nr // columns covered by whole panels read straight from b
	if transB {
		// Pack Bᵀ into a zero-padded k×np row-major matrix.
		np := (n + nr - 1) / nr * nr
		t.packed = grow(t.packed, k*np)
		pb := t.packed
		for j := 0; j < n; j++ {
			row := b[j*ldb : j*ldb+k]
			for p, v := range row {
				pb[p*np+j] = v
			}
		}
		for p := 0; p < k; p++ {
			clear(pb[p*np+n : p*np+np])
		}
		b, ldb, full = pb, np, np
	} else if kind == kindAVX512 {
		// The AVX-512 kernels mask the last, narrower panel themselves.
		full = n
	} else if full < n {
		// Pack the last, partial panel of columns into a zero-padded k×8.
		t.packed = grow(t.packed, k*nr)
		pb := t.packed
		w := n - full
		for p := 0; p < k; p++ {
			copy(pb[p*nr:p*nr+w], b[p*ldb+full:p*ldb+n])
			clear(pb[p*nr+w : p*nr+nr])
		}
	}
	t.n, t.k, t.a, t.rsA, t.csA, t.b, t.ldb, t.full, t.c = n, k, a, rsA, csA, b, ldb, full, c
	err := t.split(m, m*n*k)
	t.a, t.b, t.c = nil, nil, nil // do not keep the caller's matrices alive
	return err
}

// rows computes the rows [i0, i1) of the task's product.
func (t *task) rows(i0, i1 int) {
	var tmp [maxTileM * maxTileN]float64
	mr, nr := tileM, tileN
	n, k, a, rsA, csA, c := t.n, t.k, t.a, t.rsA, t.csA, t.c
	for j0 := 0; j0 < n; j0 += nr {
		b, bi, ldb := t.b, j0, t.ldb
		if j0 >= t.full {
			b, bi, ldb = t.packed, 0, nr
		}
		for i := i0; i < i1; i += mr {
			rows := min(mr, i1-i)
			if kind == kindAVX512 {
				tile512(rows, min(nr, n-j0), k, a, i*rsA, rsA, csA, b, bi, ldb, c, i*n+j0, n)
				continue
			}
			if j0+nr <= n {
				tile(rows, k, a, i*rsA, rsA, csA, b, bi, ldb, c, i*n+j0, n)
				continue
			}
			tile(rows, k, a, i*rsA, rsA, csA, b, bi, ldb, tmp[:], 0, nr)
			for r := 0; r < rows; r++ {
				copy(c[(i+r)*n+j0:(i+r)*n+n], tmp[r*nr:])
			}
		}
	}
}

// piece is a range of rows of a task, sent to a worker goroutine.
type piece struct {
	t      *task
	i0, i1 int
}

var (
	startWorkers sync.Once
	pieces       chan piece
)

// worker computes pieces until the program ends, answering each on its
// task's channel; a panic becomes that piece's error, and the worker lives on.
func worker() {
	for p := range pieces {
		p.t.done <- p.t.protect(p.i0, p.i1)
	}
}

// split computes the rows [0, m), cut into contiguous ranges of whole
// tiles, one per worker when the product has enough work.
func (t *task) split(m, work int) error {
	mr := tileM
	blocks := (m + mr - 1) / mr
	nw := min(workers, blocks, cap(t.done))
	if work < parallelWork || nw < 2 {
		return t.protect(0, m)
	}
	startWorkers.Do(func() {
		pieces = make(chan piece, 64)
		for range runtime.GOMAXPROCS(0) {
			go worker()
		}
	})
	for w := 1; w < nw; w++ {
		pieces <- piece{t, w * blocks / nw * mr, min(m, (w+1)*blocks/nw*mr)}
	}
	err := t.protect(0, blocks/nw*mr)
	for w := 1; w < nw; w++ {
		if e := <-t.done; err == nil {
			err = e
		}
	}
	return err
}

// protect computes rows [i0, i1) and turns a panic into an error.
func (t *task) protect(i0, i1 int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gemm: computing rows %d to %d panicked: %v", i0, i1, r)
		}
	}()
	t.rows(i0, i1)
	return nil
}

// tileGo is the portable micro-kernel: two rows by four columns of C at a
// time, eight accumulators that the Go compiler keeps in registers.
func tileGo(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	for r := 0; r < rows; r += 2 {
		two := r+1 < rows
		a0 := ai + r*rsA
		a1 := a0
		if two {
			a1 = a0 + rsA
		}
		for j := 0; j < tileN; j += 4 {
			var c00, c01, c02, c03, c10, c11, c12, c13 float64
			pa0, pa1, pb := a0, a1, bi+j
			for p := 0; p < k; p++ {
				bv := b[pb : pb+4 : pb+4]
				x0, x1 := a[pa0], a[pa1]
				c00 += x0 * bv[0]
				c01 += x0 * bv[1]
				c02 += x0 * bv[2]
				c03 += x0 * bv[3]
				c10 += x1 * bv[0]
				c11 += x1 * bv[1]
				c12 += x1 * bv[2]
				c13 += x1 * bv[3]
				pa0 += csA
				pa1 += csA
				pb += ldb
			}
			o := ci + r*ldc + j
			cv := c[o : o+4 : o+4]
			cv[0], cv[1], cv[2], cv[3] = c00, c01, c02, c03
			if two {
				o += ldc
				cv = c[o : o+4 : o+4]
				cv[0], cv[1], cv[2], cv[3] = c10, c11, c12, c13
			}
		}
	}
}

// dotABT sets c = a·bᵀ row by row with dot products of contiguous rows,
// four rows of b at a time.
func dotABT(c, a, b []float64, m, k, n int) {
	for i := 0; i < m; i++ {
		x := a[i*k : i*k+k]
		out := c[i*n : i*n+n]
		j := 0
		for ; j+4 <= n; j += 4 {
			dot4(out[j:j+4], x, b[j*k:], k)
		}
		for ; j < n; j++ {
			out[j] = dot(x, b[j*k:j*k+k])
		}
	}
}
