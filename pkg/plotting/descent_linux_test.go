package plotting

import (
	"syscall"
	"testing"
)

// limitMemory caps the process's address space at bytes, so that a
// runaway allocation ends the process instead of the machine's memory.
func limitMemory(t *testing.T, bytes uint64) {
	lim := syscall.Rlimit{Cur: bytes, Max: bytes}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		t.Logf("no memory limit: %v", err)
	}
}
