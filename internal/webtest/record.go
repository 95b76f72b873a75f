package webtest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Recorder keeps what one tab loaded and printed from the moment Record started it: the URLs
// it requested, the loads that failed (network errors and HTTP statuses of 400 and more), and
// the errors on its console (console.error calls and uncaught exceptions).
type Recorder struct {
	mu       sync.Mutex
	requests []string
	failures []string
	errors   []string
	urls     map[network.RequestID]string
}

// Record starts recording the events of tab.
func Record(tab context.Context) (*Recorder, error) {
	r := &Recorder{urls: map[network.RequestID]string{}}
	if err := chromedp.Listen(tab, r.event); err != nil {
		return nil, fmt.Errorf("webtest: record: %w", err)
	}
	return r, nil
}

// event runs on chromedp's reading goroutine: it only stores what it sees.
func (r *Recorder) event(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		r.urls[e.RequestID] = e.Request.URL
		r.requests = append(r.requests, e.Request.URL)
	case *network.EventResponseReceived:
		if e.Response.Status >= 400 {
			r.failures = append(r.failures, fmt.Sprintf("%s: HTTP %d", e.Response.URL, e.Response.Status))
		}
	case *network.EventLoadingFailed:
		if !e.Canceled {
			r.failures = append(r.failures, fmt.Sprintf("%s: %s", r.urls[e.RequestID], e.ErrorText))
		}
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				if a.Description != "" {
					parts = append(parts, a.Description)
				} else {
					parts = append(parts, strings.Trim(string(a.Value), `"`))
				}
			}
			r.errors = append(r.errors, "console.error: "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + strings.SplitN(d.Exception.Description, "\n", 2)[0]
		}
		r.errors = append(r.errors, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, text))
	}
}

// Requests returns every URL requested so far, in order (data: URLs included).
func (r *Recorder) Requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.requests)
}

// Offsite returns the requested URLs that leave base (a server's URL): anything but base
// itself, data: and blob: URLs and about:blank. A page that works offline has none.
func (r *Recorder) Offsite(base string) []string {
	var out []string
	for _, u := range r.Requests() {
		if u == base || strings.HasPrefix(u, base+"/") || strings.HasPrefix(u, "data:") ||
			strings.HasPrefix(u, "blob:") || u == "about:blank" {
			continue
		}
		out = append(out, u)
	}
	return out
}

// Failures returns the loads that failed so far, as "URL: reason".
func (r *Recorder) Failures() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.failures)
}

// Errors returns the console errors and uncaught exceptions so far.
func (r *Recorder) Errors() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.errors)
}

// Reset forgets everything recorded so far, for example before opening the next page.
func (r *Recorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.requests, r.failures, r.errors = nil, nil, nil
	clear(r.urls)
}
