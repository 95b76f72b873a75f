package exercises

// The comparisons the checks share: a student's number or slice against the expected one.

import "math"

// near reports whether got is within tol of want, relative to want's size when it is larger
// than 1. NaN and infinities are never near anything.
func near(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// relNear reports whether got is within tol of want relative to want's size, however small want
// is. NaN and infinities are never near anything.
func relNear(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= tol*math.Abs(want)
}

// sameRel reports whether got is within a relative 1e-6 of want (both may be tiny).
func sameRel(got, want float64) bool {
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= 1e-6*math.Abs(want)+1e-300
}

// sameInts reports whether a and b hold the same numbers.
func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// allNear reports whether got and want have the same length and are near element by element.
func allNear(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if !near(got[i], want[i], tol) {
			return false
		}
	}
	return true
}

// allZero reports whether every element of v is 0.
func allZero(v []float64) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// sameMultiset reports whether got is a permutation of want, within tol.
func sameMultiset(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(want))
	for _, g := range got {
		found := false
		for j, w := range want {
			if !used[j] && near(g, w, tol) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// allSame reports whether every element of v equals the first.
func allSame(v []float64) bool {
	for _, x := range v {
		if x != v[0] {
			return false
		}
	}
	return true
}

// nearPoint reports whether (gx, gy) is within 1e-9 of (wx, wy), coordinate by coordinate.
func nearPoint(gx, gy, wx, wy float64) bool { return near(gx, wx, 1e-9) && near(gy, wy, 1e-9) }
