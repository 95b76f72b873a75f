package exercises

import (
	"math/rand/v2"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
)

// learnsWith returns a learnsXOR-like function that builds and trains as r does.
func learnsWith(r xorRecipe) func(int, uint64) bool {
	return func(hidden int, s uint64) bool {
		ok, err := r.learns(hidden, s)
		if err != nil {
			panic(err)
		}
		return ok
	}
}

func TestCheck4_1(t *testing.T) {
	n2, err := xorSuccesses(2)
	if err != nil {
		t.Fatal(err)
	}
	n3, err := xorSuccesses(3)
	if err != nil {
		t.Fatal(err)
	}
	if n2 >= n3 || n2 == 0 {
		t.Fatalf("the exercise needs 2 hidden neurons to fail more often than 3, and 2 to succeed sometimes; got %d and %d", n2, n3)
	}
	right := learnsWith(exercise41)
	r := exercise41
	r.init = nn.InitXavier
	xavier := learnsWith(r)
	r = exercise41
	r.eta = 5
	eta5 := learnsWith(r)
	r = exercise41
	r.epochs = 500
	short := learnsWith(r)
	r = exercise41
	r.seed = func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(2, s)) }
	swapped := learnsWith(r)
	r = exercise41
	r.seed = func(s uint64) *rand.Rand { return rand.New(rand.NewPCG(s-1, 2)) }
	fromZero := learnsWith(r) // seeds 0…9 instead of 1…10
	tests := []struct {
		name string
		f    func(int, uint64) bool
		hint string
	}{
		{"right", right, ""},
		{"nil", nil, "nil"},
		{"starter", func(int, uint64) bool { return false }, "false for every seed"},
		{"always true", func(int, uint64) bool { return true }, "true for every seed"},
		{"inverted", func(h int, s uint64) bool { return !right(h, s) }, "opposite"},
		{"hidden ignored", func(_ int, s uint64) bool { return right(2, s) }, "do not depend on hidden"},
		{"Xavier weights", xavier, "Xavier"},
		{"section 5's rate", eta5, "learning rate is not 1"},
		{"section 7's rate", learnsWith(xorRecipe{nn.InitUniform, 10, 2000, exercise41.seed}), "learning rate is not 1"},
		{"seed ignored, always 1", learnsWith(xorRecipe{nn.InitUniform, 1, 2000, func(uint64) *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }}), "rand.NewPCG(seed, 2)"},
		{"seed ignored, always 4", learnsWith(xorRecipe{nn.InitUniform, 1, 2000, func(uint64) *rand.Rand { return rand.New(rand.NewPCG(4, 2)) }}), "rand.NewPCG(seed, 2)"},
		{"500 epochs", short, "2000 epochs"},
		{"200 epochs", learnsWith(xorRecipe{nn.InitUniform, 1, 200, exercise41.seed}), "2000 epochs"},
		{"seed second", swapped, "rand.NewPCG(seed, 2)"},
		{"seeds 0…9", fromZero, "s − 1"},
		{"one seed wrong", func(h int, s uint64) bool { return right(h, s) != (h == 2 && s == 4) }, "seed 4"},
		{"panics", func(int, uint64) bool { panic("no") }, "panicked"},
	}
	for _, tt := range tests {
		expectResult(t, tt.name, Check4_1(tt.f), "4.1", tt.hint)
	}
}
