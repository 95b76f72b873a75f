package webtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// chromiumNames are the commands FindChromium tries, in order: Debian's and Ubuntu's names
// first, then Google's.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"}

// FindChromium returns the path of the Chromium to drive: $CHROMIUM when it is set, else the
// first of chromium, chromium-browser, google-chrome-stable and google-chrome on PATH. Its
// error names the package to install.
func FindChromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		found, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("webtest: CHROMIUM=%s: %w", p, err)
		}
		return found, nil
	}
	for _, name := range chromiumNames {
		if found, err := exec.LookPath(name); err == nil {
			return found, nil
		}
	}
	return "", errors.New("webtest: no Chromium on PATH (tried chromium, chromium-browser, google-chrome-stable, google-chrome): " +
		"run scripts/setup.sh as root, or apt-get install chromium, or set CHROMIUM to a Chrome binary")
}

// Options say how to start the browser. The zero value is a 1280×900 window.
type Options struct {
	// Width and Height are the window's size in CSS pixels; 0 means 1280 and 900.
	Width, Height int
	// Exec is the browser binary; "" means FindChromium's answer.
	Exec string
}

// Browser is a headless Chromium started by Start. Its tabs are chromedp contexts: pass them
// to chromedp.Do and chromedp.Run.
type Browser struct {
	first       context.Context
	closeFirst  context.CancelFunc
	closeAlloc  context.CancelFunc
	firstIsUsed bool
}

// Start launches a headless Chromium and waits until it answers. Cancelling ctx, or Close,
// ends it. As root it passes --no-sandbox (Chromium refuses to start as root otherwise).
func Start(ctx context.Context, o Options) (*Browser, error) {
	if o.Width == 0 {
		o.Width = 1280
	}
	if o.Height == 0 {
		o.Height = 900
	}
	if o.Width < 0 || o.Height < 0 {
		return nil, fmt.Errorf("webtest: window size %dx%d is negative", o.Width, o.Height)
	}
	if o.Exec == "" {
		p, err := FindChromium()
		if err != nil {
			return nil, err
		}
		o.Exec = p
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(o.Exec),
		chromedp.WindowSize(o.Width, o.Height),
		chromedp.DisableGPU,
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, closeAlloc := chromedp.NewExecAllocator(ctx, opts...)
	first, closeFirst := chromedp.NewContext(allocCtx)
	// The first action starts the browser; an empty one surfaces a failure to start here.
	if err := chromedp.Do(first); err != nil {
		closeFirst()
		closeAlloc()
		return nil, fmt.Errorf("webtest: start %s: %w", o.Exec, err)
	}
	return &Browser{first: first, closeFirst: closeFirst, closeAlloc: closeAlloc}, nil
}

// Tab opens a new tab (the first call gets the tab the browser started with) and returns its
// context and the function that closes it.
func (b *Browser) Tab() (context.Context, context.CancelFunc) {
	if !b.firstIsUsed {
		b.firstIsUsed = true
		return b.first, func() {}
	}
	return chromedp.NewContext(b.first)
}

// Close ends the browser and its tabs.
func (b *Browser) Close() {
	b.closeFirst()
	b.closeAlloc()
}

// Screenshot writes a PNG of the whole page in tab (beyond the window's height) to path.
func Screenshot(tab context.Context, path string) error {
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		return fmt.Errorf("webtest: screenshot %s: %w", path, err)
	}
	return os.WriteFile(path, png, 0o644)
}

// Viewport sets the size of the page in tab to width×height CSS pixels; mobile makes the page
// lay itself out as on a phone (meta viewport honoured, touch events).
func Viewport(tab context.Context, width, height int, mobile bool) error {
	var opts []chromedp.EmulateViewportOption
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	return chromedp.Do(tab, chromedp.EmulateViewport(int64(width), int64(height), opts...))
}
