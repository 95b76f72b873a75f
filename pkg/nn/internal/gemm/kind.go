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

// setKind selects kernel k and its tile sizes. Only init and tests call it,
// never while a product runs.
func setKind(k int) {
	kind = k
	tileM, tileN = 6, 8
	if k == kindAVX512 {
		tileM, tileN = 12, 16
	}
}
