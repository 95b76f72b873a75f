package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLessonCardPictures checks the website's lesson cards against the lessons: each card names
// its chart by text from the chart's code cell (site/lessons.json, "picture"), and the site build
// stops when no cell contains it. A chart's code edited without the card shows up here, in go
// test, instead of at the end of a full make test.
func TestLessonCardPictures(t *testing.T) {
	root := filepath.Join("..", "..")
	raw, err := os.ReadFile(filepath.Join(root, "site", "lessons.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cards map[string]json.RawMessage
	if err := json.Unmarshal(raw, &cards); err != nil {
		t.Fatalf("site/lessons.json: %v", err)
	}
	checked := 0
	for name, v := range cards {
		if strings.HasPrefix(name, "_") {
			continue
		}
		var card struct{ Picture string }
		if err := json.Unmarshal(v, &card); err != nil {
			t.Fatalf("site/lessons.json, %s: %v", name, err)
		}
		src, err := os.ReadFile(filepath.Join(root, "notebooks", "source", strings.TrimSuffix(name, ".ipynb")+".md"))
		if err != nil {
			t.Errorf("site/lessons.json names %s, which has no source: %v", name, err)
			continue
		}
		if card.Picture == "" {
			continue
		}
		cells, err := Parse(string(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		found := false
		for _, c := range Build(cells, Student, name).Cells {
			if !c.Markdown && strings.Contains(c.Source, card.Picture) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("site/lessons.json: the card of %s shows the chart of the code cell containing %q, and no code cell of the lesson contains it", name, card.Picture)
		}
		checked++
	}
	if checked == 0 {
		t.Error("no lesson card names a picture; the test checks nothing")
	}
}
