package gemm

// The micro-kernels, from the portable one to the widest.
const (
	kindGo = iota
	kindAVX2
	kindAVX512
)

var kindNames = [...]string{"go", "avx2+fma", "avx512"}

// kind is the kernel in use.
var kind = kindGo

// setKind selects kernel k, its tile sizes and its parallelWork. Only init and tests call it,
// never while a product runs.
func setKind(k int) {
	kind = k
	tileM, tileN, parallelWork = 6, 8, 1<<18
	switch k {
	case kindAVX2:
		parallelWork = 1 << 20
	case kindAVX512:
		tileM, tileN, parallelWork = 12, 16, 1<<22
	}
}
