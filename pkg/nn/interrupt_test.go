//go:build unix

package nn

import (
	"errors"
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// TestTrainStopsOnInterrupt sends this process SIGINT (what Jupyter's ■ sends the
// kernel) during a Train of 1<<40 epochs: Train must return ErrInterrupted with the
// epochs done so far, not run on. Not parallel: the signal reaches every Train that runs
// in this process.
func TestTrainStopsOnInterrupt(t *testing.T) {
	// Keep the test binary alive whatever Train does with the signal.
	keep := make(chan os.Signal, 1)
	signal.Notify(keep, os.Interrupt)
	defer signal.Stop(keep)

	const at = 5
	X, Y := xorData()
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	var sent time.Time
	h, err := Train(net, X, Y, TrainConfig{Epochs: 1 << 40, Optimizer: SGD(0.5),
		OnEpoch: func(epoch int, _ History) error {
			switch {
			case epoch == at:
				sent = time.Now()
				return syscall.Kill(os.Getpid(), syscall.SIGINT)
			case epoch > at && time.Since(sent) > 5*time.Minute:
				// Not a speed target: fail instead of training for ever. Minutes, as
				// a loaded machine can stall the signal's delivery for half a minute.
				return errors.New("still training 5 minutes after SIGINT")
			}
			return nil
		}})
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("Train after SIGINT: err = %v, want ErrInterrupted", err)
	}
	if h.Epochs() < at {
		t.Errorf("history has %d epochs, want at least the %d up to the interrupt", h.Epochs(), at)
	}
	// Train stopped listening: a later SIGINT is not taken by it.
	w := watchInterrupt()
	w.stop()
	if w.interrupted() {
		t.Error("a stopped watch reports an interrupt")
	}
}
