package playground

// HistoryCap is the most points a History keeps. A run without an epoch
// limit can train for millions of epochs; the page's charts need only about
// as many points as they are pixels wide.
const HistoryCap = 1024

// A History is the loss and accuracy of a run at a bounded number of
// points: each point is the mean of Stride consecutive epochs. It starts
// with one point per epoch; when it holds HistoryCap points it merges them
// in pairs, which halves their number and doubles Stride, so old epochs
// are kept at a coarser grain and the memory stays below HistoryCap
// points however long the run.
type History struct {
	Stride int          // epochs per point, a power of two
	Points []EpochStats // the means over blocks of Stride epochs, oldest first
	Epochs int          // epochs added
	sum    EpochStats   // the epochs of the block not yet complete
	n      int
}

// Add records one epoch, and reports whether the points were merged (the
// page must then be sent all of them again).
func (h *History) Add(s EpochStats) (merged bool) {
	if h.Stride == 0 {
		h.Stride = 1
	}
	h.Epochs++
	h.sum.Loss += s.Loss
	h.sum.Acc += s.Acc
	h.sum.TestLoss += s.TestLoss
	h.sum.TestAcc += s.TestAcc
	h.n++
	if h.n < h.Stride {
		return false
	}
	k := float64(h.n)
	h.Points = append(h.Points, EpochStats{Loss: h.sum.Loss / k, Acc: h.sum.Acc / k, TestLoss: h.sum.TestLoss / k, TestAcc: h.sum.TestAcc / k})
	h.sum, h.n = EpochStats{}, 0
	if len(h.Points) < HistoryCap {
		return false
	}
	for i := range len(h.Points) / 2 {
		a, b := h.Points[2*i], h.Points[2*i+1]
		h.Points[i] = EpochStats{Loss: (a.Loss + b.Loss) / 2, Acc: (a.Acc + b.Acc) / 2,
			TestLoss: (a.TestLoss + b.TestLoss) / 2, TestAcc: (a.TestAcc + b.TestAcc) / 2}
	}
	clear(h.Points[len(h.Points)/2:])
	h.Points = h.Points[:len(h.Points)/2]
	h.Stride *= 2
	return true
}
