package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/neurons-in-go/course/internal/webtest"
)

// screenshots writes PNGs of the landing page, a lesson, search results and, at a phone's
// width (390 CSS pixels), the landing page and a lesson, into dir.
func (c *checker) screenshots(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	lessons, _ := c.lessons()
	lesson := "/index.html"
	if len(lessons) > 0 {
		lesson = lessons[len(lessons)/2]
	}
	shots := []struct {
		file          string
		path          string
		width, height int
		full          bool
	}{
		{"landing.png", "/index.html", 1280, 900, true},
		{"lesson.png", lesson, 1280, 900, false},
		{"search.png", "/search.html?q=backpropagation", 1280, 900, false},
		{"phone-landing.png", "/index.html", 390, 844, true},
		{"phone-lesson.png", lesson, 390, 844, false},
	}
	for _, s := range shots {
		tab, closeTab := c.browser.Tab()
		err := c.shot(tab, filepath.Join(dir, s.file), s.path, s.width, s.height, s.full)
		closeTab()
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "screenshot: %s (%s at %d px)\n", filepath.Join(dir, s.file), s.path, s.width)
	}
	return nil
}

func (c *checker) shot(tab context.Context, file, path string, width, height int, full bool) error {
	if err := webtest.Viewport(tab, width, height, width < 600); err != nil {
		return err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(c.base+path)); err != nil {
		return err
	}
	// Let MathJax typeset and the search finish drawing.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](waitForMathJax, chromedp.EvalAwaitPromise)); err != nil {
		return err
	}
	if err := chromedp.Do(tab, chromedp.Sleep(time.Second)); err != nil {
		return err
	}
	if full {
		return webtest.Screenshot(tab, file)
	}
	png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	return os.WriteFile(file, png, 0o644)
}
