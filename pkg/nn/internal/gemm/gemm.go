// Package gemm multiplies row-major float64 matrices stored in plain slices:
// C = A·B, C = Aᵀ·B and C = A·Bᵀ, the three products of a neural network's
// forward and backward passes.
//
// Every product is cut into tiles of C that an assembly micro-kernel keeps
// entirely in vector registers: 12 rows by 16 columns on amd64 processors
// with AVX-512 (by 8 for a last panel of at most 8 columns), 6 by 8 with
// AVX2 and FMA (package simd chooses, at run time, so no GOAMD64 setting
// is needed). Elsewhere, or when built with the purego tag, a
// register-tiled Go kernel computes 6×8 tiles.
// The AVX-512 kernels mask their loads and stores, so the last, narrower
// panel of columns needs no copy; the others pack it into a zero-padded
// buffer. Large products are split by rows or by columns (splitByCols)
// across the available cores by a pool of worker goroutines, and those
// with a long k and a large A go by blocks of k with packed operands
// (block.go); the workers recover panics and report them as errors. Warm
// products do not allocate. A·Bᵀ with few rows is taken as dot products
// instead (package vec's Dot4).
//
// The files follow one convention (that of gonum's internal/asm), as in
// package vec: kernel_amd64.go calls the assembly product kernels of
// kernel_amd64.s and kernel_other.go, built without the assembly, has the
// same functions with Go bodies (tileGo underneath), so that no call panics
// in any build; kind.go sets the tile sizes of the kernel package simd
// chose. ../asmgen (go generate ./pkg/nn/internal/asmgen; only the
// standard library) writes kernel_amd64.s and asm_amd64.go, the kernels'
// Go declarations and the switches that pick a kernel by its rows; its
// test checks that the committed files are what it writes.
package gemm

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neurons-in-go/course/pkg/nn/internal/simd"
	"github.com/neurons-in-go/course/pkg/nn/internal/vec"
)

// Tile sizes: a micro-kernel computes up to tileM rows by exactly tileN
// columns of C: 6×8 for the AVX2 and Go kernels, 12×16 for AVX-512. They
// change only with the kernel (setKind), never during a product.
var tileM, tileN = 6, 8

// maxTileM and maxTileN bound tileM and tileN.
const maxTileM, maxTileN = 12, 16

// parallelWork is the number of multiply-adds (m·n·k) from which a product
// is split across goroutines; below it, handing work to another thread
// costs more than it saves. setKind sets it per kernel: the faster the
// kernel, the more work a split needs to pay off; where two vCPUs share
// one core's AVX-512 units, two AVX-512 threads gain little over one (the
// measurements are in docs/performance.md).
var parallelWork = 1 << 18

// workers is the largest number of goroutines one product uses.
var workers = runtime.GOMAXPROCS(0)

// tile computes C[0:rows, 0:8] = A[0:rows, 0:k]·B[0:k, 0:8] with
// A(i,p) = a[ai+i*rsA+p*csA], B(p,j) = b[bi+p*ldb+j], C(i,j) = c[ci+i*ldc+j],
// with the AVX2 assembly kernel when it is the one in use and tileGo
// otherwise. The AVX-512 kernels, which mask their columns, go through
// tile512 instead. The caller guarantees 1 ≤ rows ≤ tileM; indexes out of
// range panic in Go before any kernel runs.
func tile(rows, k int, a []float64, ai, rsA, csA int, b []float64, bi, ldb int, c []float64, ci, ldc int) {
	if simd.Current() == simd.AVX2 {
		tileAsm(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
		return
	}
	tileGo(rows, k, a, ai, rsA, csA, b, bi, ldb, c, ci, ldc)
}

// Kernel names the micro-kernel in use: "avx512", "avx2+fma" or "go".
func Kernel() string {
	return simd.Current().String()
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
	if !transposeATB(m, k, n) {
		return run(m, n, k, a, 1, m, b, n, false, c)
	}
	// cᵀ = bᵀ·a keeps fewer columns of its tiles idle; every element is
	// still one chain of multiply-adds over p in order, so the bits match.
	t := getTask()
	defer putTask(t)
	t.trans = grow(t.trans, m*n)
	ct := t.trans
	if err := run(n, m, k, b, 1, n, a, m, false, ct); err != nil {
		return err
	}
	for j := 0; j < n; j++ {
		row := ct[j*m : j*m+m]
		for i, v := range row {
			c[i*n+j] = v
		}
	}
	return nil
}

// transposeATB reports whether MulATB computes its m×n product (a sum of k
// terms) as the transpose of an n×m one. A tile row costs the same whether
// its panel of tileN columns is full or not, so the product needs
// m·⌈n/tileN⌉ tile rows per step of k one way and n·⌈m/tileN⌉ the other
// (30 and 20 for the 30×10 weight gradient of the digits network). Both ways must avoid the tiles
// of 1 to 3 rows, whose kernels split each sum over k into several
// accumulators: then every element is summed in the same order either way.
func transposeATB(m, k, n int) bool {
	if simd.Current() != simd.Go {
		if r := m % tileM; r >= 1 && r <= 3 {
			return false
		}
		if r := n % tileM; r >= 1 && r <= 3 {
			return false
		}
	}
	// Writing the transpose back costs about one step of k per element
	// (a scattered store against 16 multiply-adds a cycle): the 784×100
	// weight gradient of an MNIST-sized layer runs faster untransposed.
	panels := func(x int) int { return (x + tileN - 1) / tileN }
	return n*panels(m)*k+m*n < m*panels(n)*k
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
// Tasks are reused so that warm products do not allocate.
type task struct {
	n, k      int
	a         []float64
	rsA, csA  int
	b         []float64
	ldb, full int
	packed    []float64
	trans     []float64 // MulATB's transposed product
	c         []float64
	done      chan error

	// blocked says whether the product takes the blocked path (block.go);
	// packs[w] is the packing space of the caller (0) and of helper w.
	blocked bool
	packs   [maxHelpers]packs

	// Rows, or with byCols columns, are handed out in chunks: next is the
	// first row (column) not yet taken, m the number of rows, chunk the
	// rows (columns) per chunk.
	next     atomic.Int64
	m, chunk int
	byCols   bool
	// gen counts the task's parallel products; slots[w] holds gen<<2 | the
	// state (pending, running, revoked) of the helper asked for by piece w.
	gen   uint64
	slots [maxHelpers]atomic.Uint64
}

// maxHelpers bounds the worker goroutines one product asks for.
const maxHelpers = 64

// Helper states in task.slots.
const (
	pending = iota + 1
	running
	revoked
)

// freeTasks keeps finished tasks for reuse. It is a plain list, not a
// sync.Pool: a pool may drop its items at any garbage collection (and at
// random under the race detector), and training steps must not allocate.
var freeTasks struct {
	sync.Mutex
	list []*task
}

func getTask() *task {
	freeTasks.Lock()
	defer freeTasks.Unlock()
	if n := len(freeTasks.list); n > 0 {
		t := freeTasks.list[n-1]
		freeTasks.list = freeTasks.list[:n-1]
		return t
	}
	return &task{done: make(chan error, 64)}
}

func putTask(t *task) {
	freeTasks.Lock()
	freeTasks.list = append(freeTasks.list, t)
	freeTasks.Unlock()
}

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
	t := getTask()
	defer putTask(t)
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
	} else if simd.Current() == simd.AVX512 {
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
	t.blocked = useBlocks(m, k, n)
	err := t.split(m, m*n*k)
	t.a, t.b, t.c = nil, nil, nil // do not keep the caller's matrices alive
	return err
}

// rows computes the rows [i0, i1) of the task's product in the columns
// [j0, j1) (j0 a multiple of tileN); w is the worker (0 for the caller).
func (t *task) rows(w, i0, i1, jlo, jhi int) {
	if t.blocked {
		t.blockRows(&t.packs[w], i0, i1)
		return
	}
	var tmp [maxTileM * maxTileN]float64
	mr, nr := tileM, tileN
	n, k, a, rsA, csA, c := t.n, t.k, t.a, t.rsA, t.csA, t.c
	for j0 := jlo; j0 < jhi; j0 += nr {
		b, bi, ldb := t.b, j0, t.ldb
		if j0 >= t.full {
			b, bi, ldb = t.packed, 0, nr
		}
		for i := i0; i < i1; i += mr {
			rows := min(mr, i1-i)
			if simd.Current() == simd.AVX512 {
				tile512(rows, min(nr, n-j0), k, a, i*rsA, rsA, csA, b, bi, ldb, c, i*n+j0, n, false, -1)
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

// spinFor is how long an idle worker keeps looking for a piece, and a
// caller for its helpers' answers, before sleeping. A sleeping goroutine is
// woken through the operating system, and on a virtual machine whose idle
// vCPU has halted that takes tens of microseconds, a fifth of an
// MNIST-sized product: in a training loop, where the worker goes idle
// between products, splitting them gained nothing. Only one worker looks
// at a time, yielding its thread between looks. A piece sent while another
// worker sleeps on the channel goes to that worker (a channel hands values
// to a waiting receiver first), but the looking worker keeps its thread,
// and so a vCPU, awake: its next yield runs the woken worker there at
// once. docs/performance.md has the measurements, and those of handing
// pieces to the looking worker itself, which made the products alone
// faster but an epoch slower.
const spinFor = 100 * time.Microsecond

// spinner is 1 while a worker is looking for pieces.
var spinner atomic.Int32

// nextPiece waits for the next piece: looking for one for spinFor when no
// other worker is, then asleep.
func nextPiece() piece {
	if spinner.CompareAndSwap(0, 1) {
		deadline := time.Now().Add(spinFor)
		for {
			if len(pieces) > 0 {
				select {
				case p := <-pieces:
					spinner.Store(0)
					return p
				default: // another worker took it
				}
			}
			if time.Now().After(deadline) {
				break
			}
			runtime.Gosched()
		}
		spinner.Store(0)
	}
	return <-pieces
}

// piece asks a worker goroutine to help with a task: slot w of the task's
// product number gen.
type piece struct {
	t   *task
	w   int
	gen uint64
}

var (
	startWorkers sync.Once
	pieces       chan piece
)

// worker helps with tasks until the program ends (nextPiece says how it
// waits). It takes a piece only if the product still wants it (the caller
// revokes pieces it finished without help), computes chunks while there are
// any, and answers on the task's channel; a panic becomes an error, and the
// worker lives on.
func worker() {
	for {
		p := nextPiece()
		if p.t.slots[p.w].CompareAndSwap(p.gen<<2|pending, p.gen<<2|running) {
			p.t.done <- p.t.work(p.w)
		}
	}
}

// split computes the rows [0, m). A product with enough work is cut into
// chunks of whole tiles that the caller and up to workers−1 worker
// goroutines take in turn, so a worker that is not scheduled soon (the
// other core busy with another program) delays nothing: the caller takes
// its chunks and revokes its piece.
func (t *task) split(m, work int) error {
	mr := tileM
	blocks := (m + mr - 1) / mr
	// GOMAXPROCS as it is now: with one thread (go test -cpu 1, or lowered
	// after start) a helper could only run once the caller sleeps.
	nw := min(workers, runtime.GOMAXPROCS(0), blocks, maxHelpers, cap(t.done))
	if work < parallelWork || nw < 2 {
		return t.protect(0, 0, m, 0, t.n)
	}
	startWorkers.Do(func() {
		pieces = make(chan piece, maxHelpers)
		for range runtime.GOMAXPROCS(0) {
			go worker()
		}
	})
	t.gen++
	t.m, t.chunk = m, mr*max(1, blocks/(4*nw))
	t.byCols = !t.blocked && splitByCols((t.n+tileN-1)/tileN, t.k, t.n, nw)
	if t.byCols {
		panels := (t.n + tileN - 1) / tileN
		t.chunk = tileN * max(1, panels/(2*nw))
	}
	if t.blocked {
		// Each chunk packs all of B again (reading it from memory): one
		// chunk per goroutine.
		t.chunk = mr * max(4, (blocks+nw-1)/nw)
	}
	t.next.Store(0)
	for w := 1; w < nw; w++ {
		t.slots[w].Store(t.gen<<2 | pending)
		select {
		case pieces <- piece{t, w, t.gen}:
		default: // every worker is busy: do without
			t.slots[w].Store(t.gen<<2 | revoked)
		}
	}
	err := t.work(0)
	waits := 0
	for w := 1; w < nw; w++ {
		if !t.slots[w].CompareAndSwap(t.gen<<2|pending, t.gen<<2|revoked) {
			if t.slots[w].Load() == t.gen<<2|running {
				waits++
			}
		}
	}
	if waits > 0 {
		// The helpers are computing their last chunks: look for their
		// answers for a while rather than sleep and be woken (see spinFor).
		// Without yielding: the caller is the one the program waits for.
		deadline := time.Now().Add(spinFor)
		for len(t.done) < waits && time.Now().Before(deadline) {
		}
	}
	for range waits {
		if e := <-t.done; err == nil {
			err = e
		}
	}
	return err
}

// work computes chunks of rows until none is left and returns the first
// error (a panic in a chunk); the other chunks are still computed. w is
// the worker (0 for the caller).
func (t *task) work(w int) error {
	var err error
	for {
		x0 := int(t.next.Add(int64(t.chunk))) - t.chunk
		var e error
		switch {
		case t.byCols && x0 >= t.n, !t.byCols && x0 >= t.m:
			return err
		case t.byCols:
			e = t.protect(w, 0, t.m, x0, min(x0+t.chunk, t.n))
		default:
			e = t.protect(w, x0, min(x0+t.chunk, t.m), 0, t.n)
		}
		if err == nil {
			err = e
		}
	}
}

// protect computes rows [i0, i1) and turns a panic into an error.
func (t *task) protect(w, i0, i1, j0, j1 int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if j0 == 0 && j1 == t.n {
				err = fmt.Errorf("gemm: computing rows %d to %d panicked: %v", i0, i1, r)
			} else {
				err = fmt.Errorf("gemm: computing columns %d to %d of rows %d to %d panicked: %v", j0, j1, i0, i1, r)
			}
		}
	}()
	t.rows(w, i0, i1, j0, j1)
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
			vec.Dot4(out[j:j+4], x, b[j*k:], k)
		}
		for ; j < n; j++ {
			out[j] = vec.Dot(x, b[j*k:j*k+k])
		}
	}
}

// splitByCols reports whether a product with panels panels of tileN
// columns, a k-long sum and n columns is split across nw goroutines by
// columns rather than by rows. Every chunk of rows reads all of B; once B
// (k·n values) outgrows the second-level cache (1 MB), chunks of columns,
// each reading its own part of B, are faster, while for a smaller B rows
// are (docs/performance.md has the measurements).
func splitByCols(panels, k, n, nw int) bool {
	return panels >= 2*nw && k*n >= 1<<17
}
