// Command sitecheck, a browser test, opens the course website in a headless
// Chromium and checks it the way a reader would use it:
//
//   - every page loads without a failed request, a console error or a request that leaves the
//     site (the site must work offline, from any static server);
//   - every formula is typeset by MathJax (no raw $$, \( or \[ left, no MathJax error);
//   - every image has loaded (naturalWidth > 0);
//   - no internal link is dead (pages, downloads, #anchors);
//   - each lesson page with its images weighs under 3 MB;
//   - the search page finds each lesson by a word from its text;
//   - the next links walk from the landing page through every lesson in order, and the
//     previous links walk back.
//
// Usage:
//
//	go run ./cmd/sitecheck [-dir build] [-shots DIR]
//
// It serves -dir on a loopback port (internal/webtest) and prints one line per check; it exits
// 1 naming every problem. -shots writes screenshots (landing page, a lesson, search results,
// the landing page and a lesson at phone width) into DIR.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/neurons-in-go/course/internal/webtest"
)

func main() {
	dir := flag.String("dir", "build", "the built website")
	shots := flag.String("shots", "", "write screenshots into this folder")
	timeout := flag.Duration("timeout", 30*time.Minute, "give up after this long: a guard against a hung browser, not a speed limit (a loaded machine can take many minutes)")
	flag.Parse()
	if err := run(*dir, *shots, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "sitecheck:", err)
		os.Exit(1)
	}
}

func run(dir, shots string, timeout time.Duration) error {
	if _, err := os.Stat(dir + "/index.html"); err != nil {
		return fmt.Errorf("%s/index.html is missing: build the site first (make course)", dir)
	}
	srv, err := webtest.Serve(dir)
	if err != nil {
		return err
	}
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	b, err := webtest.Start(ctx, webtest.Options{Width: 1280, Height: 900})
	if err != nil {
		return err
	}
	defer b.Close()
	c := &checker{dir: dir, base: srv.URL, browser: b, out: os.Stdout}
	if err := c.checkAll(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%w (the whole check ran past -timeout %v)", err, timeout)
		}
		return err
	}
	if shots != "" {
		if err := c.screenshots(shots); err != nil {
			return err
		}
	}
	if len(c.problems) > 0 {
		for _, p := range c.problems {
			fmt.Fprintln(os.Stderr, "FAIL", p)
		}
		return fmt.Errorf("%d problems in %s", len(c.problems), dir)
	}
	fmt.Fprintf(c.out, "sitecheck: %s passed\n", dir)
	return nil
}
