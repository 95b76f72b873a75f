package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neurons-in-go/course/internal/webtest"
)

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"short words only here", nil},
		{"Backpropagation, from scratch!", []string{"backpropagation", "scratch"}},
		{"sigmoid's derivative σ′ = σ(1−σ)", []string{"sigmoid", "derivative"}},
		{"x1_weights2 gradient", []string{"weights", "gradient"}},
	}
	for _, tt := range tests {
		if got := words(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDistinctWord(t *testing.T) {
	prose := map[string]string{
		"/a.html": "perceptron perceptron network network network learning",
		"/b.html": "network learning sigmoid",
		"/c.html": "network",
	}
	tests := []struct{ page, want string }{
		{"/a.html", "perceptron"}, // "network" is more frequent but not unique
		{"/b.html", "sigmoid"},
		{"/c.html", ""},
	}
	for _, tt := range tests {
		if got := distinctWord(tt.page, prose); got != tt.want {
			t.Errorf("distinctWord(%s) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestInternal(t *testing.T) {
	c := &checker{base: "http://127.0.0.1:4000"}
	tests := []struct {
		link, target, fragment string
		internal               bool
	}{
		{"http://127.0.0.1:4000/index.html", "/index.html", "", true},
		{"http://127.0.0.1:4000/", "/index.html", "", true},
		{"http://127.0.0.1:4000/notebooks/", "/notebooks/index.html", "", true},
		{"http://127.0.0.1:4000/notebooks/../report.html#top", "/report.html", "top", true},
		{"http://127.0.0.1:4001/index.html", "", "", false},
		{"https://mybinder.org/v2/gh/a/b/main?urlpath=tree/notebooks/x.ipynb", "", "", false},
		{"mailto:someone@example.org", "", "", false},
	}
	for _, tt := range tests {
		target, fragment, internal := c.internal(tt.link)
		if target != tt.target || fragment != tt.fragment || internal != tt.internal {
			t.Errorf("internal(%q) = %q, %q, %v; want %q, %q, %v", tt.link, target, fragment, internal, tt.target, tt.fragment, tt.internal)
		}
	}
}

// writeSite writes a three-page site with a search page; broken adds one defect of each kind
// the checks look for.
func writeSite(t *testing.T, broken bool) string {
	dir := t.TempDir()
	// The fake search page finds the lesson whose word was searched, or always 02-b when broken.
	extra, tex, img, prev, found := "", `<span class="note">x squared</span>`, "", `<a class="left-prev" href="01-a.html">prev</a>`,
		`(new URLSearchParams(location.search).get("q") === "following" ? "02-b" : "01-a")`
	if broken {
		extra = `<a href="missing.html">dead</a> <a href="notebooks/01-a.html#nope">no anchor</a>
<script src="http://offsite.invalid/x.js"></script>`
		tex = `<span>$$x^2$$</span>`
		img = `<img src="../gone.png" alt="gone">`
		prev = `<a class="left-prev" href="../index.html">prev</a>`
		found = `"02-b"`
	}
	files := map[string]string{
		"index.html": `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><main>
<p>Welcome to the course</p>` + extra + `
<a class="right-next" href="notebooks/01-a.html">next</a></main></body></html>`,
		"notebooks/01-a.html": `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><main id="top">
<p>The alphabetical lesson</p><p>` + tex + `</p>` + img + `
<a class="left-prev" href="../index.html">prev</a><a class="right-next" href="02-b.html">next</a></main></body></html>`,
		"notebooks/02-b.html": `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><main>
<p>The following lesson</p><a href="01-a.html#top">back to the top of a</a>` + prev + `</main></body></html>`,
		"search.html": `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><div id="search-results"></div><script>
setTimeout(() => { document.getElementById("search-results").innerHTML =
  '<p class="search-summary">Search finished, found 1 page</p><ul class="search"><li><a href="notebooks/' + ` + found + ` + '.html">hit</a></li></ul>'; }, 100);
</script></body></html>`,
	}
	// Each lesson page has its notebook beside it; an old lesson name redirects to a lesson.
	files["notebooks/01-a.ipynb"] = "{}"
	files["notebooks/02-b.ipynb"] = "{}"
	files["notebooks/00-old.html"] = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=01-a.html"></head><body></body></html>`
	if broken {
		files["notebooks/00-gone.html"] = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=09-gone.html"></head><body></body></html>`
		files["notebooks/00-stray.html"] = `<!DOCTYPE html><html><body>no notebook, no redirect</body></html>`
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestChecks(t *testing.T) {
	if _, err := webtest.FindChromium(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	// Half a minute before go test's own -timeout: a fixed two minutes could run out on a
	// heavily loaded machine, and a step that hangs should fail with its own error.
	deadline := time.Now().Add(10 * time.Minute)
	if d, ok := t.Deadline(); ok {
		deadline = d.Add(-30 * time.Second)
	}
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	b, err := webtest.Start(ctx, webtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	tests := []struct {
		name   string
		broken bool
		want   []string
	}{
		{"a sound site", false, nil},
		{"a broken site", true, []string{
			"/index.html: dead link to /missing.html",
			"/index.html: link to /notebooks/01-a.html#nope, which has no such anchor",
			"/index.html: loads http://offsite.invalid/x.js from outside the site",
			`/notebooks/01-a.html: raw TeX on the page: "$$x^2$$"`,
			"/notebooks/01-a.html: image http://",
			"gone.png: HTTP 404",
			`search for "alphabetical" does not find /notebooks/01-a.html`,
			"notebooks/00-gone.html redirects to 09-gone.html, which is not a lesson page",
			"notebooks/00-stray.html is neither a lesson page (no notebook beside it) nor a redirect",
			"previous links walk back through",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeSite(t, tt.broken)
			srv, err := webtest.Serve(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			c := &checker{dir: dir, base: srv.URL, browser: b, out: io.Discard}
			if err := c.checkAll(); err != nil {
				t.Fatal(err)
			}
			// The walks over what the crawl recorded go where walks that open every page go.
			tab, closeTab := c.browser.Tab()
			defer closeTab()
			for _, w := range []struct {
				selector string
				recorded func(*page) string
			}{{"a.right-next", func(pg *page) string { return pg.next }}, {"a.left-prev", func(pg *page) string { return pg.prev }}} {
				for _, start := range []string{"/index.html", "/notebooks/02-b.html"} {
					fromCrawl, err := c.walk(tab, start, w.selector, w.recorded)
					if err != nil {
						t.Fatal(err)
					}
					opened, err := (&checker{dir: dir, base: srv.URL, browser: b, out: io.Discard}).walk(tab, start, w.selector, w.recorded)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(fromCrawl, opened) {
						t.Errorf("%s from %s: %q over the crawl's records, %q opening each page", w.selector, start, fromCrawl, opened)
					}
				}
			}
			all := strings.Join(c.problems, "\n")
			if tt.want == nil && len(c.problems) > 0 {
				t.Fatalf("problems on a sound site:\n%s", all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("no problem mentions %q; got:\n%s", w, all)
				}
			}
		})
	}
}
