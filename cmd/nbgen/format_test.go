package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const lesson = "# Lesson 9\n\nIntro.\n+++\n## Exercise 9.1\n\nWrite it, then try the [playground](../p.html) or <a href=\"../p.html?x=1\">this</a>.\n<!-- BEGIN SOLUTION -->\nBecause.\n<!-- END SOLUTION -->\n\n```go\nimport \"../pkg/nn\"\n```\n\n```go\nfunc f() int {\n\t// BEGIN SOLUTION\n\treturn 42\n\t// STARTER\n\treturn 0 // your code here\n\t// END SOLUTION\n}\n```\n```go\n// BEGIN SOLUTION\nfmt.Println(\"only in the solved copy\")\n// END SOLUTION\n```\n"

func sources(nb Notebook) []string {
	var out []string
	for _, c := range nb.Cells {
		kind := "code: "
		if c.Markdown {
			kind = "md: "
		}
		out = append(out, kind+c.Source)
	}
	return out
}

func TestBuild(t *testing.T) {
	cells, err := Parse(lesson)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		v    Variant
		want []string
	}{
		{Student, []string{
			"md: # Lesson 9\n\nIntro.",
			"md: ## Exercise 9.1\n\nWrite it, then try the [playground](../p.html) or <a href=\"../p.html?x=1\">this</a>.",
			"code: import \"../pkg/nn\"",
			"code: func f() int {\n\treturn 0 // your code here\n}",
		}},
		{Solution, []string{
			"md: # Lesson 9 (solved)\n\nIntro.",
			"md: > **Solved copy.** This is the lesson with its exercises worked out and checked. Try them yourself first in the lesson, [../l.ipynb](../l.ipynb).",
			"md: ## Exercise 9.1\n\nWrite it, then try the [playground](../../p.html) or <a href=\"../../p.html?x=1\">this</a>.\nBecause.",
			"code: import \"../../pkg/nn\"",
			"code: func f() int {\n\treturn 42\n}",
			"code: fmt.Println(\"only in the solved copy\")",
		}},
	}
	for _, tt := range tests {
		got := sources(Build(cells, tt.v, "l.ipynb"))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("variant %d:\n got %q\nwant %q", tt.v, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"text\n```go\nx := 1\n", "2: code cell opened with ```go is never closed"},
		{"```go\n// BEGIN SOLUTION\nx := 1\n```\n", "2: solution opened here is never closed"},
		{"```go\nx := 1\n// END SOLUTION\n```\n", `3: "// END SOLUTION" without`},
		{"```go\n// STARTER\n```\n", `2: "// STARTER" outside a solution block`},
		{"```go\n// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n```\n", "3: \"// BEGIN SOLUTION\" inside the solution opened at line 2"},
		{"a\n<!-- BEGIN SOLUTION -->\nb\n", "2: solution opened here is never closed"},
		{"```go\nx := 1 // BEGIN SOLUTION\n```\n", "2: malformed solution marker"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}

func TestRunWritesAndChecks(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "source")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "09-x.md"), []byte(lesson), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := run(src, dir, true); err == nil || !strings.Contains(err.Error(), "out of date") {
		t.Fatalf("check before writing: got %v, want out of date", err)
	}
	msgs, err := run(src, dir, false)
	if err != nil || len(msgs) != 2 {
		t.Fatalf("write: %v %v", msgs, err)
	}
	if _, err := run(src, dir, true); err != nil {
		t.Fatalf("check after writing: %v", err)
	}
	msgs, err = run(src, dir, false)
	if err != nil || len(msgs) != 0 {
		t.Fatalf("second write should write nothing, got %v %v", msgs, err)
	}
	// Editing a solution changes only the solved copy.
	edited := strings.Replace(lesson, "return 42", "return 41", 1)
	if err := os.WriteFile(filepath.Join(src, "09-x.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = run(src, dir, true)
	if err == nil || !strings.Contains(err.Error(), filepath.Join("solutions", "09-x.ipynb")) || strings.Contains(err.Error(), dir+"/09-x.ipynb") {
		t.Fatalf("after editing a solution: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(lesson)
	f.Add("```go\n// BEGIN SOLUTION\n// STARTER\n// END SOLUTION\n```")
	f.Fuzz(func(t *testing.T, src string) {
		cells, err := Parse(src)
		if err != nil {
			return
		}
		for _, v := range []Variant{Student, Solution} {
			for _, c := range Build(cells, v, "f.ipynb").Cells {
				if strings.Contains(c.Source, codeBegin) || strings.Contains(c.Source, mdEnd) {
					t.Fatalf("marker left in %q", c.Source)
				}
			}
		}
	})
}
