//go:build !amd64 || purego

package simd

import (
	"slices"
	"testing"
)

// TestOtherIsGo checks that a build without the assembly (another
// architecture, or the purego tag) offers and uses only the Go kernel.
func TestOtherIsGo(t *testing.T) {
	if got := Available(); !slices.Equal(got, []Kind{Go}) || Current() != Go {
		t.Errorf("Available() = %v, Current() = %v; want [go], go", got, Current())
	}
}
