//go:build !amd64 || purego

package gemm

import "testing"

// TestKernelOther checks that a build without the assembly kernels (another
// architecture, or the purego tag) reports and uses the plain-Go kernel.
func TestKernelOther(t *testing.T) {
	if got := Kernel(); got != "go" || hasAsm() {
		t.Errorf("Kernel() = %q, hasAsm() = %v; want \"go\", false", got, hasAsm())
	}
}
