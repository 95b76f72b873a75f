// Command playcheck, a browser test, checks the playground page (make playground) in headless
// Chromium, as a reader would use it, from a loopback server over the built
// folder:
//
//   - the test hook playground.html?autotrain=xor&epochs=300 trains the XOR
//     cloud to a training accuracy of at least 0.9 without a click;
//   - the digits train, and show their confusion matrix;
//   - play, pause, step and reset do what they say;
//   - bad settings (zero hidden units, an empty data set) and a learning rate
//     that blows up show a message naming the problem (the epoch, for NaN);
//   - the page asks nothing of the network beyond the server and prints no
//     errors;
//   - playground.wasm is at most 2 MB gzipped.
//
// It prints the time to first paint and the epochs per second it saw, and
// with -shots writes a screenshot of every check there.
//
//	go run ./cmd/playcheck -dir build -shots /tmp/shots
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/neurons-in-go/course/internal/webtest"
)

func main() {
	dir := flag.String("dir", "build", "the folder holding playground.html and playground/")
	shots := flag.String("shots", "", "write a screenshot of each check into this folder")
	timeout := flag.Duration("timeout", 30*time.Minute, "give up after this long: a guard against a hung browser, not a speed limit (the CPU may be shared)")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := run(ctx, *dir, *shots); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (the whole check ran past -timeout %v)", err, *timeout)
		}
		fmt.Fprintln(os.Stderr, "playcheck: FAIL:", err)
		os.Exit(1)
	}
	fmt.Println("playcheck: all passed")
}

// rate says how fast the page trained, from the status line's data. The page
// measures from the first frame of a run to the frame that ends it, so a run
// that ends within its first frame (XOR's 300 epochs can) has no rate.
func rate(st map[string]string) string {
	if v := st["epochsPerSecond"]; v != "" {
		return v + " epochs/s"
	}
	return "no training speed (the run ended within its first frame)"
}

// check is one page visit: its query, what to do there, and what must hold.
type check struct {
	name  string
	query string
	run   func(p *page) error
}

var checks = []check{
	{"xor", "autotrain=xor&epochs=300", func(p *page) error {
		st, err := p.waitState("done", "error")
		if err != nil {
			return err
		}
		acc, err := strconv.ParseFloat(st["accuracy"], 64)
		if err != nil || acc < 0.9 {
			return fmt.Errorf("training accuracy after 300 epochs is %q (state %v), want at least 0.9", st["accuracy"], st)
		}
		p.report("XOR: accuracy %.3f after %s epochs, %s; first contentful paint %s ms, first frame of the network %s ms",
			acc, st["epoch"], rate(st), p.eval(`String(performance.getEntriesByName('first-contentful-paint')[0]?.startTime.toFixed(0))`),
			p.eval(`String(window.pgFirstFrame?.toFixed(0))`))
		if err := p.boundaryIsDrawn(); err != nil {
			return err
		}
		return p.lessonLinks()
	}},
	{"digits", "autotrain=digits&epochs=100", func(p *page) error {
		st, err := p.waitState("done", "error")
		if err != nil {
			return err
		}
		if st["state"] != "done" {
			return fmt.Errorf("digits: %v", st)
		}
		cells := p.eval(`String(document.querySelectorAll('#confusion td').length)`)
		total := p.eval(`String([...document.querySelectorAll('#confusion td')].reduce((s, td) => s + Number(td.textContent), 0))`)
		if cells != "100" || total != "160" {
			return fmt.Errorf("confusion matrix has %s cells counting %s digits, want 100 cells and the 160 test digits", cells, total)
		}
		p.report("digits: accuracy %s after %s epochs, %s", st["accuracy"], st["epoch"], rate(st))
		return nil
	}},
	{"controls", "preset=spirals", func(p *page) error {
		if _, err := p.waitState("paused"); err != nil {
			return err
		}
		if err := p.click("#play"); err != nil {
			return err
		}
		if _, err := p.waitFor(`Number(document.getElementById('status').dataset.epoch) >= 5`, "5 epochs after play"); err != nil {
			return err
		}
		start := time.Now()
		p.eval(`'1'`) // the page answers while the worker trains
		answered := time.Since(start)
		if err := p.click("#play"); err != nil { // now the pause button
			return err
		}
		st, err := p.waitState("paused")
		if err != nil {
			return err
		}
		time.Sleep(300 * time.Millisecond)
		if again := p.state(); again["epoch"] != st["epoch"] {
			return fmt.Errorf("paused at epoch %s, but training went on to %s", st["epoch"], again["epoch"])
		}
		if err := p.click("#step"); err != nil {
			return err
		}
		n, _ := strconv.Atoi(st["epoch"])
		if _, err := p.waitFor(fmt.Sprintf(`document.getElementById('status').dataset.epoch === '%d'`, n+1), "one more epoch after step"); err != nil {
			return err
		}
		if err := p.click("#reset"); err != nil {
			return err
		}
		if _, err := p.waitFor(`document.getElementById('status').dataset.epoch === '0'`, "epoch 0 after reset"); err != nil {
			return err
		}
		p.report("controls: play, pause at epoch %s, step, reset; the page answered in %v while training", st["epoch"], answered.Round(time.Millisecond))
		return nil
	}},
	{"zero-units", "preset=xor&hidden=8,0", func(p *page) error {
		if err := p.waitMessage("hidden layer 2 has 0 units"); err != nil {
			return err
		}
		if err := p.click("#play"); err != nil {
			return err
		}
		return p.waitMessage("Nothing to train")
	}},
	{"unknown-preset", "preset=nosuch", func(p *page) error {
		if err := p.waitMessage(`There is no preset "nosuch"`); err != nil {
			return err
		}
		// The form shows the default preset's settings, not blanks, and
		// they train.
		if got := p.eval(`document.getElementById('data').value`); got != "xor" {
			return fmt.Errorf("the data set control shows %q, want the default preset's \"xor\"", got)
		}
		if err := p.click("#step"); err != nil {
			return err
		}
		_, err := p.waitFor(`document.getElementById('status').dataset.epoch === '1'`, "one epoch of the default preset")
		return err
	}},
	{"empty", "autotrain=moons&points=0", func(p *page) error { return p.waitMessage("the data set is empty") }},
	{"blow-up", "autotrain=xorboom", func(p *page) error {
		st, err := p.waitState("error")
		if err != nil {
			return err
		}
		want := "Training stopped in epoch "
		if !strings.HasPrefix(st["error"], want) {
			return fmt.Errorf("message %q, want it to start %q", st["error"], want)
		}
		return nil
	}},
}

// maxGzipped is the most playground.wasm may weigh gzipped, what a reader
// downloads from a server that compresses.
const maxGzipped = 2 << 20

func run(ctx context.Context, dir, shots string) error {
	wasm, err := os.ReadFile(filepath.Join(dir, "playground", "playground.wasm"))
	if err != nil {
		return fmt.Errorf("%w (run make playground first)", err)
	}
	size, err := gzippedSize(wasm)
	if err != nil {
		return err
	}
	fmt.Printf("playcheck: playground.wasm is %.2f MB, %.2f MB gzipped\n", float64(len(wasm))/(1<<20), float64(size)/(1<<20))
	if size > maxGzipped {
		return fmt.Errorf("playground.wasm is %d bytes gzipped, more than the %d allowed", size, maxGzipped)
	}
	srv, err := webtest.Serve(dir)
	if err != nil {
		return err
	}
	defer srv.Close()
	b, err := webtest.Start(ctx, webtest.Options{Width: 1280, Height: 1000})
	if err != nil {
		return err
	}
	defer b.Close()
	if shots != "" {
		if err := os.MkdirAll(shots, 0o755); err != nil {
			return err
		}
	}
	var failed []error
	for _, c := range checks {
		tab, closeTab := b.Tab()
		err := visit(tab, srv.URL, dir, c, shots)
		closeTab()
		if err != nil {
			failed = append(failed, fmt.Errorf("%s (playground.html?%s): %w", c.name, c.query, err))
		}
	}
	return errors.Join(failed...)
}

// visit opens the page of one check and runs it.
func visit(tab context.Context, base, dir string, c check, shots string) error {
	rec, err := webtest.Record(tab)
	if err != nil {
		return err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(base+"/playground.html?"+c.query)); err != nil {
		return err
	}
	p := &page{tab: tab, dir: dir}
	err = c.run(p)
	if shots != "" {
		if serr := webtest.Screenshot(tab, filepath.Join(shots, "playground-"+c.name+".png")); serr != nil && err == nil {
			err = serr
		}
	}
	if err != nil {
		return err
	}
	var problems []string
	for _, u := range rec.Offsite(base) {
		problems = append(problems, "requested from the network: "+u)
	}
	problems = append(problems, rec.Failures()...)
	problems = append(problems, rec.Errors()...)
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// gzippedSize returns the size of b compressed with gzip at its best.
func gzippedSize(b []byte) (int, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := w.Write(b); err != nil {
		return 0, err
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	return buf.Len(), nil
}

// page is a tab on the playground served from dir.
type page struct {
	tab context.Context
	dir string
}

// lessonLinks checks that the lesson pages the playground links to exist,
// when the rest of the site has been built into the same folder (it has an
// index.html); otherwise it says it skipped them.
func (p *page) lessonLinks() error {
	hrefs := p.eval(`[...document.querySelectorAll('.lessons a')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('?')).join(' ')`)
	pages := strings.Fields(hrefs)
	if len(pages) < 8 {
		return fmt.Errorf("the page links to %d lessons (%q), want all 8", len(pages), hrefs)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "index.html")); err != nil {
		p.report("lesson links: not checked, %s holds no site (no index.html)", p.dir)
		return nil
	}
	var missing []string
	for _, h := range pages {
		if _, err := os.Stat(filepath.Join(p.dir, filepath.FromSlash(h))); err != nil {
			missing = append(missing, h)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the playground links to lesson pages that are not in %s: %s", p.dir, strings.Join(missing, ", "))
	}
	p.report("lesson links: all %d lesson pages are there", len(pages))
	return nil
}

func (p *page) report(format string, a ...any) { fmt.Printf("playcheck: "+format+"\n", a...) }

// eval returns the string value of a JavaScript expression ("" on error).
func (p *page) eval(js string) string {
	s, err := chromedp.Run(p.tab, chromedp.Evaluate[string](js))
	if err != nil {
		return ""
	}
	return s
}

// state returns the data attributes of #status.
func (p *page) state() map[string]string {
	m, err := chromedp.Run(p.tab, chromedp.Evaluate[map[string]string](`Object.assign({}, document.getElementById('status').dataset)`))
	if err != nil {
		return map[string]string{"state": "unreadable: " + err.Error()}
	}
	return m
}

// waitFor polls a JavaScript condition for up to ten minutes: training in the browser on a
// loaded machine can take minutes, and the whole check has its own -timeout.
func (p *page) waitFor(cond, what string) (bool, error) {
	ok, err := chromedp.Run(p.tab, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(10*time.Minute)))
	if err != nil {
		return false, fmt.Errorf("waiting for %s: %w (status %v)", what, err, p.state())
	}
	return ok, nil
}

// waitState waits until #status's data-state is one of states and returns
// its data attributes.
func (p *page) waitState(states ...string) (map[string]string, error) {
	cond := fmt.Sprintf(`%q.split(' ').includes(document.getElementById('status').dataset.state)`, strings.Join(states, " "))
	if _, err := p.waitFor(cond, "state "+strings.Join(states, " or ")); err != nil {
		return nil, err
	}
	return p.state(), nil
}

// waitMessage waits until the page's message (#message) says text.
func (p *page) waitMessage(text string) error {
	cond := fmt.Sprintf(`!document.getElementById('message').hidden && document.getElementById('message').textContent.includes(%q)`, text)
	_, err := p.waitFor(cond, fmt.Sprintf("the message %q", text))
	return err
}

// click clicks the element sel selects.
func (p *page) click(sel string) error {
	return chromedp.Do(p.tab, chromedp.Click(chromedp.CSS(sel)))
}

// boundaryIsDrawn checks that the decision boundary shows both classes'
// colours: the canvas is not blank.
func (p *page) boundaryIsDrawn() error {
	got := p.eval(`(() => {
		const c = document.getElementById('boundary'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		let blue = 0, orange = 0;
		for (let i = 0; i < d.length; i += 4) { if (d[i + 2] > d[i] + 40) blue++; else if (d[i] > d[i + 2] + 40) orange++; }
		return blue + ' ' + orange + ' ' + d.length / 4;
	})()`)
	var blue, orange, all int
	if _, err := fmt.Sscan(got, &blue, &orange, &all); err != nil || blue < all/5 || orange < all/5 {
		return fmt.Errorf("decision boundary: %q blue, orange and all pixels; want each class to cover a fifth of the XOR plane", got)
	}
	return nil
}
