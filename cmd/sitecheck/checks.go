package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/neurons-in-go/course/internal/webtest"
)

// maxLessonBytes is the most a lesson page may weigh with its images: the HTML (inline
// animations included) plus every image file it shows.
const maxLessonBytes = 3_000_000

// notCrawled are pages the site links to but other steps build and check: the playground
// (cmd/playground) has its own browser test. Links to them must still not be dead.
var notCrawled = map[string]bool{"/playground.html": true}

// page is what one visit of an HTML page found.
type page struct {
	path     string          // "/notebooks/01-linear-regression.html"
	links    []string        // the absolute URLs of its a[href]
	ids      map[string]bool // its element ids and anchor names
	prose    string          // the text of its paragraphs and list items (no code)
	formulas int             // formulas MathJax typeset
	images   []string        // the URLs of its images, all loaded
	bytes    int64           // the HTML plus its image files
	next     string          // the absolute URL of its a.right-next link, "" when it has none
	prev     string          // the absolute URL of its a.left-prev link, "" when it has none
}

// checker holds the site under test and the problems found so far.
type checker struct {
	dir, base string
	browser   *webtest.Browser
	out       io.Writer
	problems  []string
	pages     map[string]*page
	order     []string // pages in the order they were visited
}

func (c *checker) fail(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// checkAll visits every page reachable from the landing page, then checks links, weights,
// search and prev/next.
func (c *checker) checkAll() error {
	tab, closeTab := c.browser.Tab()
	defer closeTab()
	rec, err := webtest.Record(tab)
	if err != nil {
		return err
	}
	if err := c.crawl(tab, rec); err != nil {
		return err
	}
	c.checkLinks()
	c.checkRedirects()
	c.checkWeights()
	if err := c.checkSearch(tab); err != nil {
		return err
	}
	return c.checkPrevNext(tab)
}

// lessons returns the lesson pages (notebooks/*.html) and the solved copies
// (notebooks/solutions/*.html) that the build wrote, sorted: the pages with their notebook
// (<name>.ipynb) beside them. The other pages there are redirects from a lesson's old name.
func (c *checker) lessons() (lessons, solutions []string) {
	for _, pattern := range []string{"notebooks/*.html", "notebooks/solutions/*.html"} {
		files, _ := filepath.Glob(filepath.Join(c.dir, pattern))
		for _, f := range files {
			if _, err := os.Stat(strings.TrimSuffix(f, ".html") + ".ipynb"); err != nil {
				continue
			}
			rel, _ := filepath.Rel(c.dir, f)
			p := "/" + filepath.ToSlash(rel)
			if strings.Contains(pattern, "solutions") {
				solutions = append(solutions, p)
			} else {
				lessons = append(lessons, p)
			}
		}
	}
	sort.Strings(lessons)
	sort.Strings(solutions)
	return lessons, solutions
}

// crawl visits the landing page and every internal HTML page it leads to.
func (c *checker) crawl(tab context.Context, rec *webtest.Recorder) error {
	c.pages = map[string]*page{}
	queue := []string{"/index.html"}
	seen := map[string]bool{"/index.html": true}
	lessons, solutions := c.lessons()
	if len(lessons) == 0 {
		c.fail("no lesson pages in %s/notebooks", c.dir)
	}
	for _, p := range append(lessons, solutions...) {
		if !seen[p] {
			seen[p] = true
			queue = append(queue, p)
		}
	}
	formulas, images := 0, 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		pg, err := c.visit(tab, rec, p)
		if err != nil {
			return err
		}
		c.pages[p] = pg
		c.order = append(c.order, p)
		formulas += pg.formulas
		images += len(pg.images)
		for _, link := range pg.links {
			target, _, internal := c.internal(link)
			if !internal || !strings.HasSuffix(target, ".html") || seen[target] || notCrawled[target] {
				continue
			}
			if _, err := os.Stat(c.file(target)); err != nil {
				continue // a dead link; checkLinks names it
			}
			seen[target] = true
			queue = append(queue, target)
		}
	}
	fmt.Fprintf(c.out, "pages: %d visited, no request left the site, %d formulas typeset, %d images loaded\n",
		len(c.pages), formulas, images)
	return nil
}

// visit loads one page, waits for MathJax, and checks requests, errors, formulas and images.
func (c *checker) visit(tab context.Context, rec *webtest.Recorder, p string) (*page, error) {
	rec.Reset()
	if err := chromedp.Do(tab, chromedp.Navigate(c.base+p)); err != nil {
		return nil, fmt.Errorf("open %s: %w", p, err)
	}
	hasMath, err := chromedp.Run(tab, chromedp.Evaluate[bool](`!!document.querySelector("script[src*='mathjax/MathJax.js']")`))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if hasMath {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](waitForMathJax, chromedp.EvalAwaitPromise))
		if err != nil {
			return nil, fmt.Errorf("%s: waiting for MathJax: %w", p, err)
		}
		if !ok {
			c.fail("%s: MathJax did not typeset the page within 5 minutes", p)
		}
	}
	facts, err := chromedp.Run(tab, chromedp.Evaluate[pageFactsResult](pageFacts))
	if err != nil {
		return nil, fmt.Errorf("%s: reading the page: %w", p, err)
	}
	for _, u := range rec.Offsite(c.base) {
		c.fail("%s: loads %s from outside the site", p, u)
	}
	for _, f := range rec.Failures() {
		c.fail("%s: failed to load %s", p, f)
	}
	for _, e := range rec.Errors() {
		c.fail("%s: %s", p, e)
	}
	for _, r := range facts.Raw {
		c.fail("%s: raw TeX on the page: %q", p, r)
	}
	for _, e := range facts.Errors {
		c.fail("%s: MathJax error: %q", p, e)
	}
	if facts.Formulas < facts.Sources {
		c.fail("%s: MathJax typeset %d of %d formulas", p, facts.Formulas, facts.Sources)
	}
	for _, b := range facts.Broken {
		c.fail("%s: image %s did not load (naturalWidth 0)", p, b)
	}
	ids := map[string]bool{}
	for _, id := range facts.IDs {
		ids[id] = true
	}
	return &page{path: p, links: facts.Links, ids: ids, prose: facts.Prose,
		formulas: facts.Formulas, images: facts.Images, next: facts.Next, prev: facts.Prev}, nil
}

// waitForMathJax resolves true once MathJax 2 is ready and has typeset every formula that
// Sphinx marked (.math), false when that has not happened after 5 minutes (the page facts
// then say which formulas are left).
const waitForMathJax = `new Promise(resolve => {
  const started = Date.now();
  const wait = () => {
    const marked = document.querySelectorAll(".math").length;
    const done = window.MathJax && MathJax.isReady && MathJax.Hub.queue.pending === 0 &&
      !MathJax.Hub.queue.running && document.querySelectorAll(".math .MathJax_CHTML").length >= marked;
    if (done) resolve(true);
    else if (Date.now() - started > 300000) resolve(false);
    else setTimeout(wait, 50);
  };
  wait();
})`

// pageFactsResult is what pageFacts returns.
type pageFactsResult struct {
	Links    []string `json:"links"`
	IDs      []string `json:"ids"`
	Prose    string   `json:"prose"`
	Raw      []string `json:"raw"`
	Errors   []string `json:"errors"`
	Formulas int      `json:"formulas"`
	Sources  int      `json:"sources"`
	Images   []string `json:"images"`
	Broken   []string `json:"broken"`
	Next     string   `json:"next"`
	Prev     string   `json:"prev"`
}

// pageFacts collects, after MathJax: the links, ids, prose, raw TeX left in the text outside
// code, MathJax errors, the number of typeset formulas and of formulas Sphinx marked (.math),
// the images, and the targets of the page's next and previous links (a.right-next, a.left-prev).
const pageFacts = `(() => {
  const main = document.querySelector("main") || document.body;
  const skip = "pre, code, script, style, textarea, .highlight, .MathJax_CHTML, .MathJax_Display";
  let text = "";
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (!n.parentElement.closest(skip)) text += n.textContent;
  }
  const raw = [];
  for (const re of [/\$\$[^$]*\$\$/g, /\$\$/g, /\\\([^]*?\\\)/g, /\\\[[^]*?\\\]/g, /\$[^$\s][^$\n]*?\$/g]) {
    for (const m of text.matchAll(re)) raw.push(m[0].slice(0, 80));
    if (raw.length) break;
  }
  const prose = [...main.querySelectorAll("p, li")]
    .filter(e => !e.closest(skip + ", nav, .prev-next-bottom, .lesson-actions"))
    .map(e => e.innerText).join(" ");
  return {
    links: [...document.querySelectorAll("a[href]")].map(a => a.href),
    ids: [...document.querySelectorAll("[id]")].map(e => e.id)
      .concat([...document.querySelectorAll("a[name]")].map(a => a.name)),
    prose: prose,
    raw: raw,
    errors: [...document.querySelectorAll(".MathJax_Error, merror, .mjx-merror")].map(e => e.textContent.slice(0, 80)),
    formulas: document.querySelectorAll(".math .MathJax_CHTML").length,
    sources: document.querySelectorAll(".math").length,
    images: [...document.images].map(i => i.currentSrc || i.src),
    broken: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src),
    next: (document.querySelector("a.right-next") || {href: ""}).href,
    prev: (document.querySelector("a.left-prev") || {href: ""}).href,
  };
})()`

// internal splits an absolute URL of the site into its path (with index.html for a folder)
// and fragment; internal is false for other sites and schemes.
func (c *checker) internal(link string) (target, fragment string, internal bool) {
	u, err := url.Parse(link)
	if err != nil || u.Scheme+"://"+u.Host != c.base {
		return "", "", false
	}
	target = u.Path
	if target == "" || strings.HasSuffix(target, "/") {
		target += "index.html"
	}
	return path.Clean(target), u.Fragment, true
}

// file is the file under dir that serves the site path p.
func (c *checker) file(p string) string {
	return filepath.Join(c.dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))
}

// checkLinks fails on every internal link to a missing file or a missing #anchor.
func (c *checker) checkLinks() {
	links, dead := 0, 0
	for _, p := range c.order {
		for _, link := range c.pages[p].links {
			target, fragment, internal := c.internal(link)
			if !internal {
				continue
			}
			links++
			if _, err := os.Stat(c.file(target)); err != nil {
				c.fail("%s: dead link to %s", p, target)
				dead++
				continue
			}
			if to, ok := c.pages[target]; ok && fragment != "" && !to.ids[fragment] {
				c.fail("%s: link to %s#%s, which has no such anchor", p, target, fragment)
				dead++
			}
		}
	}
	fmt.Fprintf(c.out, "links: %d internal links checked, %d dead\n", links, dead)
}

// checkWeights fails on a lesson page that weighs maxLessonBytes or more with its images.
func (c *checker) checkWeights() {
	lessons, solutions := c.lessons()
	heaviest, name := int64(0), ""
	for _, p := range append(lessons, solutions...) {
		pg, ok := c.pages[p]
		if !ok {
			continue
		}
		info, err := os.Stat(c.file(p))
		if err != nil {
			continue
		}
		total := info.Size()
		seen := map[string]bool{}
		for _, img := range pg.images {
			target, _, internal := c.internal(img)
			if !internal || seen[target] {
				continue
			}
			seen[target] = true
			if fi, err := os.Stat(c.file(target)); err == nil {
				total += fi.Size()
			}
		}
		pg.bytes = total
		if total >= maxLessonBytes {
			c.fail("%s weighs %.1f MB with its images (limit %.0f MB)", p, float64(total)/1e6, maxLessonBytes/1e6)
		}
		if total > heaviest {
			heaviest, name = total, p
		}
	}
	fmt.Fprintf(c.out, "weight: the heaviest lesson page is %s, %.2f MB with its images (limit %.0f MB)\n",
		name, float64(heaviest)/1e6, maxLessonBytes/1e6)
}

// checkSearch searches, for each lesson, a word of its prose that no other page's prose has
// (its solved copy aside), and expects the lesson among the results.
func (c *checker) checkSearch(tab context.Context) error {
	lessons, _ := c.lessons()
	for _, l := range lessons {
		pg, ok := c.pages[l]
		if !ok {
			continue
		}
		// The lesson's solved copy shares its text: leave it out of the comparison.
		twin := path.Join("/notebooks/solutions", path.Base(l))
		prose := map[string]string{}
		for p, other := range c.pages {
			if p != twin {
				prose[p] = other.prose
			}
		}
		word := distinctWord(l, prose)
		if word == "" {
			c.fail("%s: no word of its text is unique to it, so search cannot be checked on it", l)
			continue
		}
		found, err := c.search(tab, word)
		if err != nil {
			return err
		}
		if !slices.Contains(found, l) {
			c.fail("search for %q does not find %s (found %q)", word, l, found)
			continue
		}
		fmt.Fprintf(c.out, "search: %q finds %s (%d results)\n", word, strings.TrimPrefix(pg.path, "/"), len(found))
	}
	return nil
}

// search runs the site's search page for word and returns the paths of the results.
func (c *checker) search(tab context.Context, word string) ([]string, error) {
	if err := chromedp.Do(tab, chromedp.Navigate(c.base+"/search.html?q="+url.QueryEscape(word))); err != nil {
		return nil, fmt.Errorf("open the search page: %w", err)
	}
	// Sphinx loads its index and searches in the page's script: on a loaded machine that can
	// take much longer than on a quiet one, so the wait is generous (the whole check has -timeout).
	ctx, cancel := context.WithTimeout(tab, 10*time.Minute)
	defer cancel()
	links, err := chromedp.Run(ctx, chromedp.Poll[[]string](searchResults, chromedp.WithPollingTimeout(10*time.Minute)))
	if err != nil {
		return nil, fmt.Errorf("search for %q: the results never appeared: %w", word, err)
	}
	var paths []string
	for _, l := range links {
		if target, _, internal := c.internal(l); internal {
			paths = append(paths, target)
		}
	}
	return paths, nil
}

// searchResults is truthy (the result links) once Sphinx's search has finished.
const searchResults = `(() => {
  const summary = document.querySelector("#search-results .search-summary, #search-results p");
  if (!summary || !/found|did not match/i.test(summary.textContent)) return null;
  return [...document.querySelectorAll("#search-results ul.search li a")].map(a => a.href);
})()`

// distinctWord returns the most frequent word (7 letters or more) of page p's prose that
// appears in no other page's prose, or "" when there is none.
func distinctWord(p string, prose map[string]string) string {
	count := map[string]int{}
	for _, w := range words(prose[p]) {
		count[w]++
	}
	for other, text := range prose {
		if other == p {
			continue
		}
		for _, w := range words(text) {
			delete(count, w)
		}
	}
	best, n := "", 0
	for w, k := range count {
		if k > n || (k == n && w < best) {
			best, n = w, k
		}
	}
	return best
}

// words splits text into lower-case words of 7 ASCII letters or more.
func words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if len(f) >= 7 {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// checkPrevNext follows the next links from the landing page to the end, then the previous
// links back, and expects every lesson and solved copy on the way, lessons in order.
func (c *checker) checkPrevNext(tab context.Context) error {
	forward, err := c.walk(tab, "/index.html", "a.right-next", func(pg *page) string { return pg.next })
	if err != nil {
		return err
	}
	back, err := c.walk(tab, forward[len(forward)-1], "a.left-prev", func(pg *page) string { return pg.prev })
	if err != nil {
		return err
	}
	lessons, solutions := c.lessons()
	var seenLessons []string
	for _, p := range forward {
		if slices.Contains(lessons, p) {
			seenLessons = append(seenLessons, p)
		}
	}
	if !slices.Equal(seenLessons, lessons) {
		c.fail("next links walk through the lessons %q, want %q", seenLessons, lessons)
	}
	for _, s := range solutions {
		if !slices.Contains(forward, s) {
			c.fail("next links never reach %s", s)
		}
	}
	slices.Reverse(back)
	if !slices.Equal(back, forward) {
		c.fail("previous links walk back through %q, not the reverse of the next links %q", back, forward)
	}
	fmt.Fprintf(c.out, "prev/next: %d pages from index.html to %s and back, %d lessons in order\n",
		len(forward), strings.TrimPrefix(forward[len(forward)-1], "/"), len(seenLessons))
	return nil
}

// walk starts at start and follows the link matching selector until a page has none. A page
// the crawl visited is not opened again: its link is the one the crawl read from the same
// rendered page (recorded, by the selector's link); any other page is opened in the tab.
func (c *checker) walk(tab context.Context, start, selector string, recorded func(*page) string) ([]string, error) {
	seq := []string{start}
	cur := start
	for range 200 {
		href, err := c.link(tab, cur, selector, recorded)
		if err != nil {
			return nil, err
		}
		if href == "" {
			return seq, nil
		}
		next, _, internal := c.internal(href)
		if !internal {
			c.fail("%s: %s leads out of the site, to %s", cur, selector, href)
			return seq, nil
		}
		if slices.Contains(seq, next) {
			c.fail("%s: %s goes back to %s (a loop)", cur, selector, next)
			return seq, nil
		}
		seq = append(seq, next)
		cur = next
	}
	return nil, fmt.Errorf("following %s from %s never ends", selector, start)
}

// link returns the absolute URL of the first link matching selector on page p ("" when there
// is none): as the crawl recorded it, or read from the page opened in tab when the crawl did
// not visit p.
func (c *checker) link(tab context.Context, p, selector string, recorded func(*page) string) (string, error) {
	if pg, ok := c.pages[p]; ok {
		return recorded(pg), nil
	}
	if err := chromedp.Do(tab, chromedp.Navigate(c.base+p)); err != nil {
		return "", fmt.Errorf("open %s: %w", p, err)
	}
	href, err := chromedp.Run(tab, chromedp.Evaluate[string](
		fmt.Sprintf(`(document.querySelector(%q) || {href: ""}).href`, selector)))
	if err != nil {
		return "", fmt.Errorf("%s: %w", p, err)
	}
	return href, nil
}

// refreshTarget finds the address a redirect page sends the browser to.
var refreshTarget = regexp.MustCompile(`<meta http-equiv="refresh" content="0; url=([^"]+)">`)

// checkRedirects checks the pages under notebooks/ that are not lessons: each must be a
// redirect from a lesson's old name to a lesson page that exists, so that old links keep working.
func (c *checker) checkRedirects() {
	for _, pattern := range []string{"notebooks/*.html", "notebooks/solutions/*.html"} {
		files, _ := filepath.Glob(filepath.Join(c.dir, pattern))
		for _, f := range files {
			if _, err := os.Stat(strings.TrimSuffix(f, ".html") + ".ipynb"); err == nil {
				continue
			}
			rel, _ := filepath.Rel(c.dir, f)
			data, err := os.ReadFile(f)
			if err != nil {
				c.fail("%s: %v", rel, err)
				continue
			}
			m := refreshTarget.FindSubmatch(data)
			if m == nil {
				c.fail("%s is neither a lesson page (no notebook beside it) nor a redirect", rel)
				continue
			}
			target := filepath.Join(filepath.Dir(f), string(m[1]))
			if _, err := os.Stat(strings.TrimSuffix(target, ".html") + ".ipynb"); err != nil {
				c.fail("%s redirects to %s, which is not a lesson page", rel, m[1])
			}
		}
	}
}
