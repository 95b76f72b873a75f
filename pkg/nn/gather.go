package nn

// Minibatches (train.go's epoch) take their rows from the training set in
// the epoch's shuffled order. Copying them is a walk over memory, not
// arithmetic: for an MNIST-sized set (60000×784) it is the time of a
// quarter of the products. So, for batches of at least prefetchValues
// inputs, a goroutine copies the next batch into a second buffer while the
// current one trains, on the other core; smaller batches are copied in
// place, where a hand-over between goroutines would cost more than the copy.
//
// The inputs are checked for NaN and infinities as they are first copied,
// in the first epoch, rather than in a pass of their own before training (a
// second walk over all of X): a bad value stops Train before the batch that
// holds it trains, and Train puts the weights back as they were
// (trainer.restore), so the caller sees the same error, and the same
// network, as if X had been checked first.

// prefetchValues is the number of inputs (batch rows × columns) from which a
// minibatch is copied ahead on another goroutine: 128 rows of 128 inputs
// (a variable for the tests).
var prefetchValues = 1 << 14

// minibatch is the rows of one step: inputs, targets and classes.
type minibatch struct {
	x, y   []float64
	labels []int
	err    error // a NaN or infinity found in x (first epoch only)
}

// fill copies the samples lo..hi−1 of the epoch's order into b; with check
// it also looks for NaN or infinite inputs among them.
func (t *trainer) fill(b *minibatch, lo, hi int, check bool) {
	n := hi - lo
	b.x, b.y, b.labels = b.x[:n*t.xc], b.y[:n*t.yc], b.labels[:n]
	for r, i := range t.order[lo:hi] {
		copy(b.x[r*t.xc:(r+1)*t.xc], t.X[i*t.xc:(i+1)*t.xc])
		copy(b.y[r*t.yc:(r+1)*t.yc], t.Y[i*t.yc:(i+1)*t.yc])
		b.labels[r] = t.class[i]
	}
	b.err = nil
	if check && firstNonFinite(b.x) >= 0 {
		// Name the first bad input of X, as the check before training does.
		b.err = firstNonFiniteRow("Train", "X", t.X, t.xc, t.xc)
	}
}

// batches returns a function that gives the epoch's minibatches in turn
// (the one it gave before may be overwritten) and a function that stops
// the copying goroutine, if there is one, before the epoch returns.
func (t *trainer) batches(check bool) (next func() *minibatch, stop func()) {
	start := 0
	if t.batch*t.xc < prefetchValues {
		b := &t.bufs[0]
		return func() *minibatch {
			t.fill(b, start, min(start+t.batch, t.N), check)
			start += t.batch
			return b
		}, func() {}
	}
	free, ready := make(chan *minibatch, 2), make(chan *minibatch, 2)
	quit, done := make(chan struct{}), make(chan struct{})
	free <- &t.bufs[0]
	free <- &t.bufs[1]
	go func() {
		defer close(done)
		for lo := 0; lo < t.N; lo += t.batch {
			var b *minibatch
			select {
			case b = <-free:
			case <-quit:
				return
			}
			t.fill(b, lo, min(lo+t.batch, t.N), check)
			select {
			case ready <- b:
			case <-quit:
				return
			}
		}
	}()
	var last *minibatch
	next = func() *minibatch {
		if last != nil {
			free <- last
		}
		last = <-ready
		return last
	}
	stop = func() {
		close(quit)
		<-done
	}
	return next, stop
}
