package simd

import "testing"

// TestAvailable checks that the kernel in use at start-up is the best one
// available, that the list runs from Go up without gaps, and that Set
// selects each.
func TestAvailable(t *testing.T) {
	av := Available()
	if len(av) == 0 || av[0] != Go || av[len(av)-1] != Current() {
		t.Fatalf("Available() = %v, Current() = %v; want Go first and the current kernel last", av, Current())
	}
	saved := Current()
	defer Set(saved)
	for i, k := range av {
		if k != Kind(i) {
			t.Errorf("Available()[%d] = %v, want %v", i, k, Kind(i))
		}
		Set(k)
		if Current() != k {
			t.Errorf("after Set(%v), Current() = %v", k, Current())
		}
	}
}

// TestString checks the names nnbench prints.
func TestString(t *testing.T) {
	for k, want := range map[Kind]string{Go: "go", AVX2: "avx2+fma", AVX512: "avx512"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}
