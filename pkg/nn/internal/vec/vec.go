// Package vec holds the element-wise and vector kernels of a network's
// training step, on float64 slices: AddRow and ColSums (a layer's bias and
// its gradient), Sigmoid, SigmoidBackward and AddRowSigmoid (the
// activation of the course's networks, alone or fused with the bias), Axpy
// (a plain gradient-descent step), Adam, and Dot and Dot4 (the dot
// products of package gemm's MulABT with few rows).
//
// Each runs AVX2 or AVX-512 assembly when package simd chose it, and
// otherwise, on other architectures or when built with the purego tag, a
// plain Go loop that the assembly must match (see the tests; each
// function's doc says whether bit for bit or how closely).
//
// The files follow one convention (that of gonum's internal/asm): foo.go
// holds the operation and fooGo, its plain loop; foo_amd64.s the assembly
// and foo_amd64.go its Go side; foo_other.go, built without the assembly,
// the same functions with Go bodies (fooGo underneath), so that no call
// panics in any build. ../asmgen writes sigmoid_amd64.s,
// bias_sigmoid_amd64.s and dot_amd64.s, and asm_amd64.go, their Go
// declarations (go generate ./pkg/nn/internal/asmgen; its test checks that
// the committed files are what it writes). The three short files
// adam_amd64.s, axpy_amd64.s and rows_amd64.s are written by hand, each
// declared in the _amd64.go file of its name.
package vec

import "github.com/neurons-in-go/course/pkg/nn/internal/simd"

// hasAsm reports whether the assembly kernels run (AVX2 or AVX-512).
func hasAsm() bool { return simd.Current() != simd.Go }
