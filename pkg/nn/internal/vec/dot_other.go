//go:build !amd64 || purego

package vec

// dot4Asm is dot4Go.
func dot4Asm(out, x, b []float64, k int) { dot4Go(out, x, b, k) }
