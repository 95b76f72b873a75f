// Package simd chooses, once at start-up, which vector instructions the
// assembly of packages gemm (the matrix products) and vec (the
// element-wise and vector kernels) uses: AVX-512, AVX2 with FMA, or none,
// in which case both run their plain-Go loops. On amd64 it asks
// golang.org/x/sys/cpu, which reports AVX2 and AVX-512 only when the
// operating system saves the wider registers too, so no GOAMD64 setting is
// needed. On other architectures, or when built with the purego tag, the
// choice is always Go.
package simd

// Kind is a family of kernels, named after the instructions it uses.
type Kind int

// The kernels, from the portable one to the widest.
const (
	Go Kind = iota
	AVX2
	AVX512
)

var names = [...]string{"go", "avx2+fma", "avx512"}

// String names the kernel: "go", "avx2+fma" or "avx512".
func (k Kind) String() string { return names[k] }

// kind is the kernel in use.
var kind = best

// Current returns the kernel in use.
func Current() Kind { return kind }

// Set selects kernel k, one of Available(). Only tests call it (to run
// every kernel this CPU has), never while a kernel runs; package gemm's
// tests go through gemm's setKind, which also sets its tile sizes.
func Set(k Kind) { kind = k }

// Available lists the kernels this CPU runs, from Go to the best, for
// tests and benchmarks.
func Available() []Kind {
	return []Kind{Go, AVX2, AVX512}[:best+1]
}
