package playground

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder is a Sink that keeps everything it is told.
type recorder struct {
	mu       sync.Mutex
	settings []Settings
	data     int
	frames   []Frame
	errors   []string
	changed  chan struct{}
}

func newRecorder() *recorder { return &recorder{changed: make(chan struct{}, 1000)} }

func (r *recorder) note() {
	select {
	case r.changed <- struct{}{}:
	default:
	}
}
func (r *recorder) Settings(s Settings) {
	r.mu.Lock()
	r.settings = append(r.settings, s)
	r.mu.Unlock()
	r.note()
}
func (r *recorder) Data(_, _ Dataset) { r.mu.Lock(); r.data++; r.mu.Unlock(); r.note() }
func (r *recorder) Frame(f Frame) {
	r.mu.Lock()
	r.frames = append(r.frames, f)
	r.mu.Unlock()
	r.note()
}
func (r *recorder) Error(msg string) {
	r.mu.Lock()
	r.errors = append(r.errors, msg)
	r.mu.Unlock()
	r.note()
}

// waitFor waits until cond holds of the recorder (checked under its lock). The
// limit only ends a hang: minutes, since training on a loaded machine can be
// ten times slower and stall for half a minute.
func (r *recorder) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(5 * time.Minute)
	for {
		r.mu.Lock()
		ok := cond()
		r.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-r.changed:
		case <-deadline:
			t.Fatalf("timed out waiting for %s; errors %q, %d frames", what, r.errors, len(r.frames))
		}
	}
}

func (r *recorder) lastFrame() Frame { return r.frames[len(r.frames)-1] }

func (r *recorder) lastError() string {
	if len(r.errors) == 0 {
		return ""
	}
	return r.errors[len(r.errors)-1]
}

// start runs a Runner on its own goroutine and stops it when the test ends.
func start(t *testing.T) (*Runner, *recorder) {
	rec := newRecorder()
	r := NewRunner(rec, func() {}, 0)
	done := make(chan struct{})
	go func() { r.Run(); close(done) }()
	t.Cleanup(func() { r.Send(Command{Kind: "quit"}); <-done })
	return r, rec
}

func TestRunnerTrainsXORToTheEpochLimit(t *testing.T) {
	r, rec := start(t)
	r.Send(Command{Kind: "settings", Text: "preset=xor&epochs=300"})
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "the last frame", func() bool { return len(rec.frames) > 0 && rec.lastFrame().Done })
	f := rec.lastFrame()
	if f.Epoch != 300 || f.Playing {
		t.Fatalf("last frame: epoch %d playing %v, want 300 and stopped", f.Epoch, f.Playing)
	}
	var stats []EpochStats
	for _, f := range rec.frames {
		stats = append(stats, f.Stats...)
	}
	if len(stats) != 300 {
		t.Fatalf("frames reported %d epochs, want every one of 300", len(stats))
	}
	if acc := stats[299].Acc; acc < 0.9 {
		t.Errorf("the xor preset should reach a training accuracy of 0.9 in 300 epochs, got %.3f", acc)
	}
	if len(f.Boundary) != 4*Grid*Grid {
		t.Errorf("boundary has %d bytes, want %d", len(f.Boundary), 4*Grid*Grid)
	}
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "the limit message", func() bool { return strings.Contains(rec.lastError(), "limit of 300 epochs") })
	// Raising the limit goes on with the same network and data.
	r.Send(Command{Kind: "settings", Text: "preset=xor&epochs=310"})
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "ten more epochs", func() bool { return rec.lastFrame().Epoch == 310 && rec.lastFrame().Done })
	if rec.data != 1 {
		t.Errorf("raising the epoch limit rebuilt the data set (%d data sets sent, want 1)", rec.data)
	}
}

func TestRunnerStepsPausesAndResets(t *testing.T) {
	r, rec := start(t)
	r.Send(Command{Kind: "settings", Text: "preset=moons"})
	rec.waitFor(t, "the untrained network", func() bool { return len(rec.frames) == 1 })
	if f := rec.lastFrame(); f.Epoch != 0 || len(f.Stats) != 0 {
		t.Fatalf("first frame: epoch %d with %d stats, want the untrained network", f.Epoch, len(f.Stats))
	}
	for i := 1; i <= 3; i++ {
		r.Send(Command{Kind: "step"})
		rec.waitFor(t, "a step", func() bool { return rec.lastFrame().Epoch == i })
	}
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "training", func() bool { return rec.lastFrame().Epoch > 20 })
	r.Send(Command{Kind: "pause"})
	rec.waitFor(t, "the pause", func() bool { return !rec.lastFrame().Playing })
	rec.mu.Lock()
	paused := rec.lastFrame().Epoch
	rec.mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	rec.mu.Lock()
	if e := rec.lastFrame().Epoch; e != paused {
		t.Errorf("paused at epoch %d, but training went on to %d", paused, e)
	}
	rec.mu.Unlock()
	r.Send(Command{Kind: "step"})
	rec.waitFor(t, "a step after the pause", func() bool { return rec.lastFrame().Epoch == paused+1 })
	r.Send(Command{Kind: "reset"})
	rec.waitFor(t, "the reset", func() bool { return rec.lastFrame().Epoch == 0 && rec.data == 2 })
}

func TestRunnerReportsBadInput(t *testing.T) {
	tests := []struct {
		query, want string
	}{
		{"preset=xor&hidden=8,0", "hidden layer 2 has 0 units"},
		{"preset=xor&points=0", "the data set is empty"},
		{"preset=xor&rate=-1", "learning rate"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r, rec := start(t)
			r.Send(Command{Kind: "settings", Text: tt.query})
			rec.waitFor(t, "the error", func() bool { return strings.Contains(rec.lastError(), tt.want) })
			r.Send(Command{Kind: "play"})
			rec.waitFor(t, "the play refusal", func() bool {
				return strings.HasPrefix(rec.lastError(), "Nothing to train. ") && strings.Contains(rec.lastError(), tt.want)
			})
			// A good setting afterwards trains again.
			r.Send(Command{Kind: "settings", Text: "preset=xor&epochs=2"})
			r.Send(Command{Kind: "play"})
			rec.waitFor(t, "training", func() bool { return len(rec.frames) > 0 && rec.lastFrame().Done })
		})
	}
}

func TestRunnerNamesTheEpochOfNaN(t *testing.T) {
	r, rec := start(t)
	r.Send(Command{Kind: "settings", Text: "preset=xorboom"})
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "the NaN", func() bool { return strings.Contains(rec.lastError(), "training stopped in epoch") })
	epoch := rec.lastFrame().Epoch
	if want := "training stopped in epoch " + itoa(epoch+1) + " "; !strings.HasPrefix(rec.lastError(), want) {
		t.Errorf("error %q should start %q (the epoch after the %d the page counted)", rec.lastError(), want, epoch)
	}
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "the refusal", func() bool { return strings.Contains(rec.lastError(), "Press reset") })
}

func TestRunnerDigits(t *testing.T) {
	r, rec := start(t)
	r.Send(Command{Kind: "settings", Text: "preset=digits&epochs=5"})
	rec.waitFor(t, "the missing digits", func() bool { return strings.Contains(rec.lastError(), "digits") })
	r.Send(Command{Kind: "digits", Text: testDigitsFile(t)})
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "training", func() bool { return len(rec.frames) > 0 && rec.lastFrame().Done })
	f := rec.lastFrame()
	if f.Boundary != nil || len(f.Confusion) != 10 {
		t.Fatalf("digits frame: boundary %d bytes, %d confusion rows; want none and 10", len(f.Boundary), len(f.Confusion))
	}
	total := 0
	for _, row := range f.Confusion {
		for _, v := range row {
			total += v
		}
	}
	if total != len(f.Predicted) || total != 160 {
		t.Errorf("confusion matrix counts %d digits, predictions %d, want the 160 test digits", total, len(f.Predicted))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestRunnerHistoryStaysBounded(t *testing.T) {
	r, rec := start(t)
	const epochs = 3000 // more than twice HistoryCap: the points merge on the way
	r.Send(Command{Kind: "settings", Text: "preset=xor&epochs=" + strconv.Itoa(epochs)})
	r.Send(Command{Kind: "play"})
	rec.waitFor(t, "the last frame", func() bool { return len(rec.frames) > 0 && rec.lastFrame().Done })
	// What the page holds: the points of every frame, replaced when a
	// frame says so.
	var page []EpochStats
	var want History
	replaced := 0
	for _, f := range rec.frames {
		if f.Replace {
			page = append(page[:0], f.Points...)
			replaced++
		} else {
			page = append(page, f.Points...)
		}
		for _, s := range f.Stats {
			want.Add(s)
		}
		if len(page) >= HistoryCap {
			t.Fatalf("epoch %d: the page holds %d points, want fewer than %d", f.Epoch, len(page), HistoryCap)
		}
	}
	if replaced < 2 {
		t.Errorf("%d frames replaced the history, want the first one and one after a merge", replaced)
	}
	if last := rec.lastFrame(); last.Stride != want.Stride {
		t.Errorf("stride %d, want %d", last.Stride, want.Stride)
	}
	if len(page) != len(want.Points) {
		t.Fatalf("the page holds %d points, want %d", len(page), len(want.Points))
	}
	for i := range page {
		if page[i] != want.Points[i] {
			t.Fatalf("point %d is %+v, want %+v", i, page[i], want.Points[i])
		}
	}
}

func TestRunnerNamesAnUnknownPreset(t *testing.T) {
	r, rec := start(t)
	r.Send(Command{Kind: "settings", Text: "preset=nosuch&rate=0.5"})
	rec.waitFor(t, "the message", func() bool { return strings.Contains(rec.lastError(), `"nosuch"`) })
	rec.waitFor(t, "the default preset's network", func() bool { return len(rec.frames) == 1 })
	rec.mu.Lock()
	s := rec.settings[len(rec.settings)-1]
	msg := rec.lastError()
	rec.mu.Unlock()
	want := Presets[DefaultPreset]
	if s.Data != want.Data || s.Rate != 0.5 {
		t.Errorf("settings shown %+v, want the %q preset with rate 0.5", s, DefaultPreset)
	}
	for _, name := range PresetNames() {
		if !strings.Contains(msg, name) {
			t.Errorf("message %q does not list the preset %q", msg, name)
		}
	}
	// It trains, and the message stays until the settings change.
	r.Send(Command{Kind: "step"})
	rec.waitFor(t, "a step", func() bool { return rec.lastFrame().Epoch == 1 })
	if !strings.Contains(rec.lastError(), `"nosuch"`) {
		t.Errorf("the message went: %q", rec.lastError())
	}
	r.Send(Command{Kind: "settings", Text: "preset=moons"})
	rec.waitFor(t, "the message to clear", func() bool { return rec.lastError() == "" })
}
