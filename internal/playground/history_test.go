package playground

import (
	"math"
	"testing"
)

func TestHistoryStaysBounded(t *testing.T) {
	var h History
	const epochs = 1_000_000
	capacity := 0
	for e := 1; e <= epochs; e++ {
		h.Add(EpochStats{Loss: float64(e), Acc: 1, TestLoss: 2 * float64(e), TestAcc: 0.5})
		if len(h.Points) >= HistoryCap {
			t.Fatalf("epoch %d: %d points, want fewer than %d", e, len(h.Points), HistoryCap)
		}
		capacity = max(capacity, cap(h.Points))
	}
	if capacity > 2*HistoryCap {
		t.Errorf("the points' array grew to %d, want at most %d", capacity, 2*HistoryCap)
	}
	if h.Epochs != epochs {
		t.Errorf("Epochs = %d, want %d", h.Epochs, epochs)
	}
	// Every point is the mean of its block of Stride epochs: the loss of
	// epochs k·s+1 … (k+1)·s averages to k·s + (s+1)/2.
	s := float64(h.Stride)
	if got := len(h.Points) * h.Stride; got > epochs || epochs-got >= h.Stride {
		t.Errorf("%d points of %d epochs cover %d epochs, want the %d epochs but the last incomplete block", len(h.Points), h.Stride, got, epochs)
	}
	for k, p := range h.Points {
		want := float64(k)*s + (s+1)/2
		if math.Abs(p.Loss-want) > 1e-9*want || math.Abs(p.TestLoss-2*want) > 2e-9*want || p.Acc != 1 || p.TestAcc != 0.5 {
			t.Fatalf("point %d (stride %d) = %+v, want loss %g", k, h.Stride, p, want)
		}
	}
}

func TestHistoryMergesInPairs(t *testing.T) {
	var h History
	merges := 0
	for e := range HistoryCap {
		if h.Add(EpochStats{Loss: float64(e)}) {
			merges++
			if e != HistoryCap-1 {
				t.Errorf("merged after epoch %d, want only once the %d points are full", e+1, HistoryCap)
			}
		}
	}
	if merges != 1 || h.Stride != 2 || len(h.Points) != HistoryCap/2 {
		t.Fatalf("after %d epochs: %d merges, stride %d, %d points; want 1, 2, %d", HistoryCap, merges, h.Stride, len(h.Points), HistoryCap/2)
	}
	if h.Points[0].Loss != 0.5 || h.Points[1].Loss != 2.5 {
		t.Errorf("first points %v, want the means 0.5 and 2.5", h.Points[:2])
	}
	// The next epoch starts a block of two: no new point until it is full.
	h.Add(EpochStats{Loss: 10})
	if len(h.Points) != HistoryCap/2 {
		t.Errorf("a half-full block made a point")
	}
	h.Add(EpochStats{Loss: 20})
	if n := len(h.Points); n != HistoryCap/2+1 || h.Points[n-1].Loss != 15 {
		t.Errorf("the block of 10 and 20 gave %v, want one more point of 15", h.Points[n-1])
	}
}
