package playground

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// generators maps the 2-D data sets to their generators.
var generators = map[string]func(rng *rand.Rand, n int, noise float64) Dataset{
	"xor":     XORCloud,
	"circles": Circles,
	"spirals": TwoSpirals,
	"moons":   TwoMoons,
}

// digitsTrainFrac is the share of the digits used for training, as in
// lessons 7 and 8.
const digitsTrainFrac = 0.6

// MakeData builds the training and test sets that s describes. 2-D sets draw
// s.Points points with s.Seed and train on the first half; digits take
// s.Points digits (at most all of digits, the subset the page loaded) in an
// order shuffled with s.Seed, scale the pixels to 0–1 and train on 60%.
func MakeData(s Settings, digits Dataset) (train, test Dataset, err error) {
	if gen, ok := generators[s.Data]; ok {
		all := gen(rand.New(rand.NewPCG(s.Seed, 1)), s.Points, s.Noise)
		return all.slice(0, s.Points/2), all.slice(s.Points/2, s.Points), nil
	}
	if s.Data != digitsName {
		return train, test, fmt.Errorf("data set %q: choose one of xor, circles, spirals, moons, digits", s.Data)
	}
	if digits.Len() == 0 {
		return train, test, errors.New("the digits have not been loaded (playground/digits.txt is missing or unreadable), so the digits data set is empty")
	}
	order := rand.New(rand.NewPCG(s.Seed, 2)).Perm(digits.Len())
	n := min(s.Points, digits.Len())
	all := Dataset{Dim: digits.Dim, Classes: digits.Classes}
	for _, i := range order[:n] {
		x := make([]float64, digits.Dim)
		for j, p := range digits.Row(i) {
			x[j] = p / 16
		}
		all.add(x, digits.Labels[i])
	}
	cut := int(digitsTrainFrac*float64(n) + 0.5)
	return all.slice(0, cut), all.slice(cut, n), nil
}

// slice returns samples lo…hi−1 (sharing memory with d).
func (d Dataset) slice(lo, hi int) Dataset {
	return Dataset{X: d.X[lo*d.Dim : hi*d.Dim], Dim: d.Dim, Labels: d.Labels[lo:hi], Classes: d.Classes}
}
