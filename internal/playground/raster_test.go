package playground

import (
	"math"
	"testing"
)

func TestBoundary(t *testing.T) {
	const grid = 4
	pixel := func(px []byte, i, j int) [4]byte {
		o := 4 * (i*grid + j)
		return [4]byte{px[o], px[o+1], px[o+2], px[o+3]}
	}
	white := [4]byte{255, 255, 255, 255}
	sureBlue := [4]byte{107, 173, 215, 255} // 60% of class 1's colour over white
	sureOrange := [4]byte{249, 190, 122, 255}
	tests := []struct {
		name string
		prob func(x, y float64) float64
		want func(i, j int) [4]byte
	}{
		{"undecided", func(x, y float64) float64 { return 0.5 }, func(i, j int) [4]byte { return white }},
		{"NaN", func(x, y float64) float64 { return math.NaN() }, func(i, j int) [4]byte { return white }},
		{"right is class 1", func(x, y float64) float64 {
			if x > 0 {
				return 1
			}
			return 0
		}, func(i, j int) [4]byte {
			if j >= grid/2 {
				return sureBlue
			}
			return sureOrange
		}},
		{"top is class 0, beyond 0", func(x, y float64) float64 {
			if y > 0 {
				return -3
			}
			return 7
		}, func(i, j int) [4]byte {
			if i < grid/2 {
				return sureOrange
			}
			return sureBlue
		}},
	}
	for _, tt := range tests {
		px := Boundary(tt.prob, grid)
		if len(px) != 4*grid*grid {
			t.Fatalf("%s: %d bytes, want %d", tt.name, len(px), 4*grid*grid)
		}
		for i := range grid {
			for j := range grid {
				if got, want := pixel(px, i, j), tt.want(i, j); got != want {
					t.Errorf("%s: pixel (%d, %d) = %v, want %v", tt.name, i, j, got, want)
				}
			}
		}
	}
	// Cell centres: the first cell of a 4×4 grid over ±3 is at (−2.25, 2.25).
	var first [2]float64
	n := 0
	Boundary(func(x, y float64) float64 {
		if n == 0 {
			first = [2]float64{x, y}
		}
		n++
		return 0.5
	}, grid)
	if first != [2]float64{-2.25, 2.25} || n != grid*grid {
		t.Errorf("first cell centre %v after %d calls, want (−2.25, 2.25) and %d calls", first, n, grid*grid)
	}
}
