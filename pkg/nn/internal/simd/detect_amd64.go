//go:build amd64 && !purego

package simd

import "golang.org/x/sys/cpu"

// detect returns the best kernel this CPU runs; x/sys/cpu reports AVX2 and
// AVX-512 only when the operating system saves the wider registers too.
func detect() Kind {
	switch {
	case cpu.X86.HasAVX512F && cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		return AVX512
	case cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		return AVX2
	}
	return Go
}

// best is the best kernel this CPU runs.
var best = detect()
