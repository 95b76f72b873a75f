//go:build !amd64 || purego

package simd

// best is the best kernel this build runs: without the assembly, Go.
const best = Go
