// Package webtest checks web pages the way a reader sees them: it serves a folder over HTTP on
// the loopback interface and drives a headless Chromium with chromedp.
//
// A check starts a [Server] over a built folder, a [Browser], and opens a tab on a page:
//
//	srv, err := webtest.Serve("build")
//	...
//	defer srv.Close()
//	b, err := webtest.Start(ctx, webtest.Options{Width: 1280, Height: 900})
//	...
//	defer b.Close()
//	tab, closeTab := b.Tab()
//	defer closeTab()
//	rec, err := webtest.Record(tab)
//	...
//	err = chromedp.Do(tab, chromedp.Navigate(srv.URL+"/index.html"))
//
// The [Recorder] keeps every request the tab made, the loads that failed and the errors the
// page printed, so a check can demand that a page works offline (no request leaves srv.URL)
// and without errors.
//
// Chromium is Debian's chromium package (scripts/setup.sh installs it); [FindChromium] says
// what to install when it is missing. As root, Chromium runs without its sandbox, which
// needs user namespaces that containers often lack.
//
// Only commands and tests import this package: keep it out of pkg/nn and pkg/plotting.
package webtest
