package playground

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// playgroundLink finds the query of every link to the playground in a lesson's source, in
// Markdown or HTML form: playground.html?preset=xor&hidden=4.
var playgroundLink = regexp.MustCompile(`playground\.html\?([^"')\s]*)`)

// TestLessonLinks opens every playground link the lessons contain with the page's own parser:
// a link whose settings the page rejects would show the student an error instead of a network.
func TestLessonLinks(t *testing.T) {
	sources, err := filepath.Glob(filepath.Join("..", "..", "notebooks", "source", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) == 0 {
		t.Fatal("no lesson sources found in notebooks/source")
	}
	links := 0
	for _, path := range sources {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range playgroundLink.FindAllSubmatch(text, -1) {
			links++
			query := html.UnescapeString(string(m[1]))
			if _, err := ParseSettings(query); err != nil {
				t.Errorf("%s: the link playground.html?%s does not open: %v", filepath.Base(path), query, err)
			}
		}
	}
	if links == 0 {
		t.Error("no playground links found in the lessons; the pattern no longer matches how they are written")
	}
}
