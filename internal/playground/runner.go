package playground

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Command is what the page asks of the Runner.
type Command struct {
	// Kind is one of "settings" (Text is the URL query of the settings),
	// "digits" (Text is the digits file, or empty when it could not be
	// fetched), "play", "pause", "step" (one epoch), "reset" and "quit".
	Kind string
	Text string
}

// EpochStats is what one epoch of training measured: the training loss
// and accuracy (averaged over the epoch's batches, before each update) and
// the test loss and accuracy after it.
type EpochStats = epochStats

// Frame is one update of the page.
type Frame struct {
	Epoch int          // epochs trained since the last reset
	Stats []EpochStats // the epochs since the previous frame
	// The run's History for the charts: Points are its points completed
	// since the previous frame, or all of them when Replace is set (after
	// a reset, or when the History merged its points); each is the mean
	// of Stride epochs.
	Points    []EpochStats
	Replace   bool
	Stride    int
	Boundary  []byte  // 2-D data: Grid×Grid RGBA pixels over [−Extent, Extent]², top row first
	Predicted []int   // digits: the predicted class of every test digit
	Confusion [][]int // digits: test digits by true class (row) and predicted class
	Playing   bool
	Done      bool // the epoch limit of the settings was reached
}

// Grid is the side, in cells, of the decision boundary's raster.
const Grid = 80

// Sink receives what the Runner shows. The page implements it by posting
// messages; the tests record them.
type Sink interface {
	// Settings reports accepted settings, to show in the controls and URL.
	Settings(s Settings)
	// Data reports the samples of a new training and test set.
	Data(train, test Dataset)
	// Frame reports training progress.
	Frame(f Frame)
	// Error reports a problem in words for the reader ("" clears it).
	Error(msg string)
}

// segment is the number of epochs of one call of nn.Train. Pausing does not
// end the call (the Runner waits inside it), so the optimizer keeps its
// state; only every segment epochs does it start afresh.
const segment = 10000

// errStop ends a call of nn.Train quietly.
var errStop = errors.New("stop")

// Runner trains a network as the page's commands say. Run does the work on
// one goroutine; Send may be called from any other.
type Runner struct {
	sink       Sink
	yield      func()
	now        func() time.Time
	frameEvery time.Duration

	mu    sync.Mutex
	queue []Command
	wake  chan struct{}

	digits        Dataset
	settings      Settings
	haveSettings  bool
	m             *model
	epoch         int
	playing       bool
	steps         int
	rebuild, quit bool
	failed        error
	problem       string // why there is no network to train, for the page
	notice        string // a message that stays while training, such as an unknown preset's
	pending       []EpochStats
	hist          History // the run's bounded history, for the charts
	sentPoints    int     // how many of hist's points the page has
	replace       bool    // the page must be sent all of hist's points
	lastFrame     time.Time
	frameGap      time.Duration // frameEvery, or more when frames are slow to draw
	gridPoints    []float64
}

// NewRunner returns a Runner reporting to sink. It calls yield after every
// frame it sends while training, so that a single-threaded host (a Web
// Worker) can deliver the next commands; frames are at least frameEvery
// apart while training runs.
func NewRunner(sink Sink, yield func(), frameEvery time.Duration) *Runner {
	return &Runner{sink: sink, yield: yield, now: time.Now, frameEvery: frameEvery, wake: make(chan struct{}, 1)}
}

// Send queues a command without blocking.
func (r *Runner) Send(c Command) {
	r.mu.Lock()
	r.queue = append(r.queue, c)
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// next takes the next command, waiting for one if wait is set.
func (r *Runner) next(wait bool) (Command, bool) {
	for {
		r.mu.Lock()
		if len(r.queue) > 0 {
			c := r.queue[0]
			r.queue = r.queue[1:]
			r.mu.Unlock()
			return c, true
		}
		r.mu.Unlock()
		if !wait {
			return Command{}, false
		}
		<-r.wake
	}
}

// wantsEpoch reports whether the next epoch should be trained now.
func (r *Runner) wantsEpoch() bool { return r.playing || r.steps > 0 }

// Run handles commands and trains until a "quit" command.
func (r *Runner) Run() {
	for !r.quit {
		if r.rebuild {
			r.build()
		}
		if r.m == nil || r.failed != nil || !r.wantsEpoch() {
			c, _ := r.next(true)
			r.handle(c)
			continue
		}
		if err := r.m.train(r.epoch, segment, r.onEpoch); err != nil {
			r.failed = err
			r.playing, r.steps = false, 0
			r.sendFrame(false)
			r.sink.Error(err.Error())
		}
	}
}

// handle changes the state as c says.
func (r *Runner) handle(c Command) {
	switch c.Kind {
	case "settings":
		s, err := ParseSettings(c.Text)
		r.notice = ""
		if u, ok := onlyUnknownPreset(err); ok {
			// A mistyped link: show the default preset, and say so.
			r.notice = strings.ToUpper(u.Error()[:1]) + u.Error()[1:] + "."
			err = nil
		}
		if err != nil {
			r.m, r.haveSettings, r.playing, r.steps = nil, false, false, 0
			r.problem = "These settings cannot be trained: " + err.Error()
			r.sink.Settings(s)
			r.sink.Error(r.problem)
			return
		}
		// A new epoch limit alone goes on with the same network.
		r.rebuild = !r.haveSettings || r.m == nil || !sameRun(s, r.settings)
		r.settings, r.haveSettings, r.problem = s, true, ""
		r.sink.Settings(s)
		r.sink.Error(r.notice)
	case "digits":
		d, err := ParseDigits(c.Text)
		if c.Text == "" {
			err = errors.New("playground/digits.txt could not be fetched")
		}
		r.digits = d
		if err != nil {
			r.digits = Dataset{}
			if r.haveSettings && r.settings.Data == digitsName {
				r.sink.Error("The digits data set is empty: " + err.Error())
			}
		}
		r.rebuild = r.haveSettings && r.settings.Data == digitsName
	case "play", "step":
		switch {
		case !r.haveSettings || r.m == nil && !r.rebuild:
			r.sink.Error("Nothing to train. " + r.problem)
		case r.failed != nil:
			r.sink.Error(r.failed.Error() + ". Press reset (or change a setting) to start again.")
		case r.settings.Epochs > 0 && r.epoch >= r.settings.Epochs:
			r.sink.Error("The run reached its limit of " + strconv.Itoa(r.settings.Epochs) + " epochs: press reset, or raise the limit.")
		case c.Kind == "play":
			r.playing = true
		default:
			r.playing = false
			r.steps++
		}
	case "pause":
		r.playing, r.steps = false, 0
		r.sendFrame(false)
	case "reset":
		r.playing, r.steps = false, 0
		r.rebuild = r.haveSettings
	case "quit":
		r.quit = true
	}
}

// build makes the data and the network of the current settings and shows
// them untrained.
func (r *Runner) build() {
	r.rebuild, r.m, r.epoch, r.failed, r.pending = false, nil, 0, nil, nil
	r.hist, r.sentPoints, r.replace = History{}, 0, true
	train, test, err := MakeData(r.settings, r.digits)
	if err == nil {
		r.m, err = newModel(r.settings, train, test)
	}
	if err != nil {
		r.playing, r.steps = false, 0
		r.problem = "These settings cannot be trained: " + err.Error()
		r.sink.Error(r.problem)
		return
	}
	r.problem = ""
	r.sink.Error(r.notice)
	r.sink.Data(train, test)
	r.sendFrame(false)
}

// onEpoch is called by nn.Train after every epoch: it records the epoch,
// sends a frame when one is due, takes the commands that came in, and
// waits while training is paused.
func (r *Runner) onEpoch(s EpochStats) error {
	r.epoch++
	r.pending = append(r.pending, s)
	if r.hist.Add(s) {
		r.replace = true
	}
	if r.steps > 0 {
		r.steps--
	}
	done := r.settings.Epochs > 0 && r.epoch >= r.settings.Epochs
	if done {
		r.playing, r.steps = false, 0
	}
	if done || !r.wantsEpoch() || r.now().Sub(r.lastFrame) >= r.frameGap {
		r.sendFrame(done)
		r.yield()
	}
	for {
		for c, ok := r.next(false); ok; c, ok = r.next(false) {
			r.handle(c)
		}
		if r.rebuild || r.quit {
			return errStop
		}
		if r.wantsEpoch() {
			return nil
		}
		if done {
			return errStop
		}
		c, _ := r.next(true)
		r.handle(c)
	}
}

// sendFrame reports the epochs since the last frame and what the network
// now computes.
func (r *Runner) sendFrame(done bool) {
	start := r.now()
	defer func() {
		// Drawing may take at most a fifth of the time.
		r.lastFrame = r.now()
		r.frameGap = max(r.frameEvery, 4*r.lastFrame.Sub(start))
	}()
	f := Frame{Epoch: r.epoch, Stats: r.pending, Playing: r.playing, Done: done, Stride: max(r.hist.Stride, 1)}
	r.pending = nil
	if r.replace {
		f.Points, f.Replace = slices.Clone(r.hist.Points), true
	} else {
		f.Points = slices.Clone(r.hist.Points[r.sentPoints:])
	}
	r.sentPoints, r.replace = len(r.hist.Points), false
	if r.m != nil {
		if r.m.binary {
			if r.gridPoints == nil {
				r.gridPoints = GridPoints(Grid)
			}
			if probs, err := r.m.probabilities(r.gridPoints); err == nil {
				f.Boundary = Paint(probs)
			}
		} else if pred, err := r.m.predictTest(); err == nil && pred != nil {
			f.Predicted = pred
			f.Confusion, _ = confusion(pred, r.m.testLabels, r.settings.classes())
		}
	}
	r.sink.Frame(f)
}

// sameRun reports whether a and b differ at most in their epoch limit.
func sameRun(a, b Settings) bool {
	a.Epochs = b.Epochs
	return reflect.DeepEqual(a, b)
}

// classes returns the number of classes of the data set s names.
func (s Settings) classes() int {
	if s.Data == digitsName {
		return 10
	}
	return 2
}
