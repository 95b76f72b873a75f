//go:build !linux

package plotting

import "testing"

// limitMemory does nothing where the address space cannot be capped the
// Linux way; the child's time limit still ends a runaway.
func limitMemory(t *testing.T, bytes uint64) {}
