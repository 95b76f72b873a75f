package gemm

import "github.com/neurons-in-go/course/pkg/nn/internal/simd"

// Blocking for products with a long k and a large A (square products of
// 512 and up; see useBlocks for which).
//
// A tile that runs over all of k reads a panel of B of k×16 values and 12
// rows of A of k values each, which for large products come from memory
// again for every panel: the unblocked 1024×1024 product runs at half the
// speed of the 256×256 one. Instead, the AVX-512 path cuts k into equal
// blocks of at most kc steps. For each block a worker copies ("packs") the
// block of B into 16-column panels of kb×16 values, and then, blockRowsMax
// rows at a time, its rows of A into tiles of 12 rows stored step by step
// (12 consecutive values per step of k): a panel stays near the core while
// the tiles go over it, and a tile of A is read in one stream, which the
// kernel prefetches (../asmgen). Every
// tile after the first block adds to C what it computed (tile512's add),
// continuing each element's chain of multiply-adds where the previous block
// left it: the result is bit for bit the unblocked one. Tiles of 1 to 3
// rows split their sums (see ../asmgen), so the last tile of a product,
// when it has 1 to 3 rows, runs unblocked over all of k.

// kc is the largest number of steps of k in a block; k is cut into
// ⌈k/kc⌉ blocks of equal length (to a step), so that no block is a short
// remainder. A packed panel of B holds up to kc×16 values, 64 KB. Blocks of
// 512 rather than 256 (32 KB panels, which fit the first-level cache)
// cross C half as often: with the kernel's prefetching, square 1024 and
// 2048 products went from 139 and 135 to 142 and 143 GFLOP/s on two
// threads, 512 from 129 to 134 (medians of four alternating runs; 768
// measured about as 512).
const kc = 512

// minBlockK is the shortest k that the blocked path takes.
const minBlockK = 256

// blockMinRows is the fewest rows for which the blocked path pays: packing
// a panel of B costs about as much as one row of tiles going over it.
const blockMinRows = 48

// blockRowsMax bounds the rows packed at once: 16 tiles of 12 rows by kc
// steps, 768 KB, stay in the second-level cache.
const blockRowsMax = 16 * 12

// noBlocks turns the blocked path off, for the tests that compare it with
// the unblocked one.
var noBlocks = false

// blockMinA is the size of A (m·k values, 1 MB) and blockMinN the number
// of columns from which the blocked path pays. With a smaller A, the tiles
// of the unblocked path read it from the second-level cache as fast as
// packed; with fewer columns, packing A is a large part of the work. A
// square 1024 product runs about twice as fast blocked
// (docs/performance.md has the measurements).
const blockMinA, blockMinN = 1 << 17, 256

// useBlocks reports whether a product of m rows, n columns and a k-long sum
// takes the blocked path.
func useBlocks(m, k, n int) bool {
	return simd.Current() == simd.AVX512 && !noBlocks && k > minBlockK && m >= blockMinRows && m*k >= blockMinA && n >= blockMinN
}

// packs is one worker's packing space, reused from product to product.
type packs struct {
	a, b []float64
}

// blockRows computes the rows [i0, i1) of the task's product (i0 a
// multiple of tileM) by blocks of k (see above), with the worker's packing
// space p. For each block of k it packs the block of B once, row by row
// (reading a panel's rows in turn would touch one page of memory per row),
// then goes over the rows blockRowsMax at a time, packing their part of A.
func (t *task) blockRows(p *packs, i0, i1 int) {
	mr, nr := tileM, tileN
	n, k, a, rsA, csA, b, ldb, c := t.n, t.k, t.a, t.rsA, t.csA, t.b, t.ldb, t.c
	end := i1 // the rows computed by blocks
	if r := (i1 - i0) % mr; r >= 1 && r <= 3 {
		end = i1 - r
	}
	panels := (n + nr - 1) / nr
	blocks := (k + kc - 1) / kc
	step := (k + blocks - 1) / blocks
	for p0 := 0; p0 < k; p0 += step {
		kb := min(step, k-p0)
		p.b = grow(p.b, panels*kb*nr)
		pb := p.b
		for q := 0; q < kb; q++ {
			row := b[(p0+q)*ldb : (p0+q)*ldb+n]
			for j0 := 0; j0 < n; j0 += nr {
				d := (j0/nr)*kb*nr + q*nr
				copy(pb[d:d+nr], row[j0:min(j0+nr, n)])
			}
		}
		for s0 := i0; s0 < end; s0 += blockRowsMax {
			s1 := min(s0+blockRowsMax, end)
			tiles := (s1 - s0 + mr - 1) / mr
			p.a = grow(p.a, tiles*mr*kb)
			pa := p.a
			for ti := 0; ti < tiles; ti++ {
				i := s0 + ti*mr
				packA(pa[ti*mr*kb:(ti+1)*mr*kb], a, i*rsA+p0*csA, rsA, csA, min(mr, s1-i), kb, mr)
			}
			for j0 := 0; j0 < n; j0 += nr {
				w := min(nr, n-j0)
				for ti := 0; ti < tiles; ti++ {
					i := s0 + ti*mr
					// The tile after this one: the next rows, or the first
					// rows of the next panel. Its part of C (in memory, or
					// far down the caches) arrives while this tile runs.
					next := -1
					if ti+1 < tiles {
						next = i*n + n*mr + j0
					} else if j0+nr < n {
						next = s0*n + j0 + nr
					}
					tile512(min(mr, s1-i), w, kb, pa, ti*mr*kb, 1, mr, pb, (j0/nr)*kb*nr, nr, c, i*n+j0, n, p0 > 0, next)
				}
			}
		}
	}
	if end < i1 {
		for j0 := 0; j0 < n; j0 += nr {
			tile512(i1-end, min(nr, n-j0), k, a, end*rsA, rsA, csA, b, j0, ldb, c, end*n+j0, n, false, -1)
		}
	}
}

// packA copies rows×kb values of A, A(r, q) = a[ai + r·rsA + q·csA], into
// dst so that A(r, q) is dst[q·ld + r].
func packA(dst, a []float64, ai, rsA, csA, rows, kb, ld int) {
	if csA == 1 {
		// A stored by rows (MulAB): read each row in one stream.
		for r := 0; r < rows; r++ {
			src := a[ai+r*rsA : ai+r*rsA+kb]
			for q, v := range src {
				dst[q*ld+r] = v
			}
		}
		return
	}
	for q := 0; q < kb; q++ {
		d := dst[q*ld : q*ld+rows]
		s := ai + q*csA
		for r := range d {
			d[r] = a[s+r*rsA]
		}
	}
}
