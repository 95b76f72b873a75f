package webtest

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// startBrowser starts Chromium for a test, or skips the test when there is none; under CI
// (CI=true), where setup installs Chromium, a missing browser fails the test instead.
func startBrowser(t *testing.T, o Options) (*Browser, context.Context) {
	t.Helper()
	if _, err := FindChromium(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithDeadline(context.Background(), testDeadline(t))
	t.Cleanup(cancel)
	b, err := Start(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b, ctx
}

// testDeadline is when a browser test gives up: half a minute before go test's own -timeout
// would end the test binary (10 minutes by default), so that a step that hangs fails with its
// own error, not a dump of every goroutine. A fixed minute ran out on a heavily loaded machine,
// where starting Chromium and loading two tabs is slow.
func testDeadline(t *testing.T) time.Time {
	if d, ok := t.Deadline(); ok {
		return d.Add(-30 * time.Second)
	}
	return time.Now().Add(10 * time.Minute)
}

// twoPixels is a 2×1 PNG, red then blue.
func twoPixels(t *testing.T) string {
	img := image.NewRGBA(image.Rect(0, 0, 2, 1))
	img.Set(0, 0, color.RGBA{255, 0, 0, 255})
	img.Set(1, 0, color.RGBA{0, 0, 255, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestBrowserRecordsWhatAPageLoads(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "dot.png"), twoPixels(t))
	write(t, filepath.Join(dir, "page.html"), `<!DOCTYPE html><html><head><title>t</title></head><body>
<img id="ok" src="dot.png"><img id="gone" src="gone.png">
<script src="http://offsite.invalid/lib.js"></script>
<script>console.error("broken", 42); document.title = "ran";</script>
<script>undefinedFunction();</script>
</body></html>`)
	srv, err := Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	b, _ := startBrowser(t, Options{Width: 400, Height: 300})
	tab, closeTab := b.Tab()
	defer closeTab()
	rec, err := Record(tab)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/page.html")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(tab, chromedp.Title())
	if err != nil || title != "ran" {
		t.Fatalf("title %q (%v), want the page's script to have run", title, err)
	}
	width, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.getElementById("ok").naturalWidth`))
	if err != nil || width != 2 {
		t.Errorf("naturalWidth of dot.png = %d (%v), want 2", width, err)
	}

	if got, want := rec.Offsite(srv.URL), []string{"http://offsite.invalid/lib.js"}; !slices.Equal(got, want) {
		t.Errorf("Offsite = %q, want %q (all requests: %q)", got, want, rec.Requests())
	}
	failures := strings.Join(rec.Failures(), "\n")
	for _, want := range []string{srv.URL + "/gone.png: HTTP 404", "http://offsite.invalid/lib.js: "} {
		if !strings.Contains(failures, want) {
			t.Errorf("Failures = %q, want one starting %q", rec.Failures(), want)
		}
	}
	errs := strings.Join(rec.Errors(), "\n")
	for _, want := range []string{"console.error: broken 42", "undefinedFunction is not defined"} {
		if !strings.Contains(errs, want) {
			t.Errorf("Errors = %q, want one with %q", rec.Errors(), want)
		}
	}
	rec.Reset()
	if len(rec.Requests())+len(rec.Failures())+len(rec.Errors()) != 0 {
		t.Errorf("Reset kept something: %q %q %q", rec.Requests(), rec.Failures(), rec.Errors())
	}

	// A second tab works, and Viewport and Screenshot give a PNG of the page's width.
	tab2, closeTab2 := b.Tab()
	defer closeTab2()
	if err := Viewport(tab2, 390, 600, true); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab2, chromedp.Navigate(srv.URL+"/dot.png")); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "shot.png")
	if err := Screenshot(tab2, shot); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if w := img.Bounds().Dx(); w != 390 {
		t.Errorf("screenshot width %d, want the viewport's 390", w)
	}
}

func TestStartRejects(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"negative size", Options{Width: -1, Height: 10, Exec: "/bin/true"}, "negative"},
		{"missing binary", Options{Exec: filepath.Join(t.TempDir(), "no-chromium")}, "no-chromium"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			b, err := Start(ctx, tt.o)
			if err == nil {
				b.Close()
				t.Fatalf("Start succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestFindChromiumHonoursEnv(t *testing.T) {
	t.Setenv("CHROMIUM", filepath.Join(t.TempDir(), "absent"))
	if _, err := FindChromium(); err == nil || !strings.Contains(err.Error(), "CHROMIUM=") {
		t.Errorf("FindChromium with a missing $CHROMIUM: err %v, want one naming CHROMIUM", err)
	}
	t.Setenv("CHROMIUM", "sh")
	if p, err := FindChromium(); err != nil || !strings.HasSuffix(p, "/sh") {
		t.Errorf("FindChromium with CHROMIUM=sh: %q, %v; want sh's path", p, err)
	}
}
