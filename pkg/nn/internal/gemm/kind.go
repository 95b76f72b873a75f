package gemm

import "github.com/neurons-in-go/course/pkg/nn/internal/simd"

// The kernel in use is package simd's choice; setKind sets the tile sizes
// and parallelWork that go with it.
func init() { setKind(simd.Current()) }

// setKind selects kernel k (package simd's Set), its tile sizes and its
// parallelWork. Only init and tests call it, never while a product runs.
func setKind(k simd.Kind) {
	simd.Set(k)
	tileM, tileN, parallelWork = 6, 8, 1<<18
	switch k {
	case simd.AVX2:
		parallelWork = 1 << 20
	case simd.AVX512:
		tileM, tileN, parallelWork = 12, 16, 1<<22
	}
}
