//go:build !amd64 || purego

package vec

// sigmoidAsm is sigmoidGo.
func sigmoidAsm(dst, src []float64) { sigmoidGo(dst, src) }

// sigmoidBackAsm is sigmoidBackGo.
func sigmoidBackAsm(d, a []float64) { sigmoidBackGo(d, a) }
