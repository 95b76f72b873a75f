package main

// The format of a lesson source (notebooks/source/NN-name.md).
//
// A source is Markdown. Each fenced block that opens with a line of exactly "```go" and closes
// with a line of exactly "```" is a code cell; the text between code cells is Markdown, split
// into separate cells at lines of exactly "+++". (To show Go code inside the prose without making
// a cell, fence it with "~~~go" or indent it.)
//
// Exercises mark their solutions the way nbgrader does:
//
//   - In a code cell, the lines between "// BEGIN SOLUTION" and "// END SOLUTION" are the worked
//     solution. An optional "// STARTER" line inside that block starts the lines the student sees
//     instead (a stub that compiles and runs). The marker lines themselves appear in neither.
//   - In Markdown, the lines between "<!-- BEGIN SOLUTION -->" and "<!-- END SOLUTION -->" are a
//     worked discussion that only the solved copy shows.
//
// A cell left empty by this (a cell that is all solution) is dropped from the lesson. The solved
// copy's title (a first line "# ...") ends with " (solved)". In the solved
// copy, relative paths in string literals ("../pkg/nn", "../data/...") and relative links in
// Markdown ("](../x)", `href="../x"`) get one more "../", since it lives in notebooks/solutions/.

import (
	"fmt"
	"regexp"
	"strings"
)

// Variant says which notebook Build writes from a source.
type Variant int

const (
	// Student is the lesson: starters instead of solutions.
	Student Variant = iota
	// Solution is the solved copy: solutions instead of starters, with discussions.
	Solution
)

// Cell is one cell of a source, before solutions are resolved.
type Cell struct {
	Markdown bool
	Lines    []string
	Line     int // line of the source that holds the cell's first line, for error messages
}

const (
	fenceGo   = "```go"
	fenceEnd  = "```"
	splitMark = "+++"

	codeBegin   = "// BEGIN SOLUTION"
	codeStarter = "// STARTER"
	codeEnd     = "// END SOLUTION"
	mdBegin     = "<!-- BEGIN SOLUTION -->"
	mdEnd       = "<!-- END SOLUTION -->"
)

// Parse splits a source into cells and checks that its solution markers pair up.
func Parse(src string) ([]Cell, error) {
	src = strings.TrimPrefix(src, "\ufeff")
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var cells []Cell
	cur := Cell{Markdown: true, Line: 1}
	flush := func() {
		if strings.TrimSpace(strings.Join(cur.Lines, "\n")) != "" {
			cells = append(cells, cur)
		}
	}
	inCode := false
	for i, line := range lines {
		n := i + 1
		t := strings.TrimRight(line, " \t")
		switch {
		case !inCode && t == fenceGo:
			flush()
			cur = Cell{Line: n + 1}
			inCode = true
		case inCode && t == fenceEnd:
			flush()
			cur = Cell{Markdown: true, Line: n + 1}
			inCode = false
		case !inCode && t == splitMark:
			flush()
			cur = Cell{Markdown: true, Line: n + 1}
		default:
			cur.Lines = append(cur.Lines, line)
		}
	}
	if inCode {
		return nil, fmt.Errorf("%d: code cell opened with ```go is never closed with ```", cur.Line-1)
	}
	flush()
	for _, c := range cells {
		if _, err := resolve(c, Student); err != nil {
			return nil, err
		}
	}
	return cells, nil
}

// resolve returns the lines of c that variant v shows.
func resolve(c Cell, v Variant) ([]string, error) {
	begin, starter, end := codeBegin, codeStarter, codeEnd
	if c.Markdown {
		begin, starter, end = mdBegin, "", mdEnd
	}
	const (
		normal = iota
		solution
		starting
	)
	state, opened := normal, 0
	var out []string
	for i, line := range c.Lines {
		n := c.Line + i
		t := strings.TrimSpace(line)
		switch {
		case t == begin:
			if state != normal {
				return nil, fmt.Errorf("%d: %q inside the solution opened at line %d", n, begin, opened)
			}
			state, opened = solution, n
		case starter != "" && t == starter:
			if state != solution {
				return nil, fmt.Errorf("%d: %q outside a solution block", n, starter)
			}
			state = starting
		case t == end:
			if state == normal {
				return nil, fmt.Errorf("%d: %q without %q", n, end, begin)
			}
			state = normal
		case strings.Contains(t, "BEGIN SOLUTION") || strings.Contains(t, "END SOLUTION"):
			return nil, fmt.Errorf("%d: malformed solution marker %q (want %q or %q on a line of its own)", n, t, begin, end)
		default:
			if state == normal || (state == solution && v == Solution) || (state == starting && v == Student) {
				out = append(out, line)
			}
		}
	}
	if state != normal {
		return nil, fmt.Errorf("%d: solution opened here is never closed with %q", opened, end)
	}
	return out, nil
}

var (
	relPath = regexp.MustCompile(`"\.\./`)             // a relative path in a Go string literal
	relLink = regexp.MustCompile(`(\]\(|href=")\.\./`) // a relative Markdown link or HTML href
)

// Build returns the notebook of variant v for the resolved cells. name is the notebook's file name.
func Build(cells []Cell, v Variant, name string) Notebook {
	var nb Notebook
	for i, c := range cells {
		lines, err := resolve(c, v)
		if err != nil { // Parse has checked every cell
			panic(err)
		}
		text := strings.Trim(strings.Join(lines, "\n"), "\n")
		if strings.TrimSpace(text) == "" {
			continue
		}
		if v == Solution {
			if c.Markdown {
				text = relLink.ReplaceAllString(text, `${1}../../`)
			} else {
				text = relPath.ReplaceAllString(text, `"../../`)
			}
		}
		if i == 0 && v == Solution && c.Markdown && strings.HasPrefix(text, "# ") {
			// The solved copy's title says what it is, in search results and browser tabs.
			title, rest, found := strings.Cut(text, "\n")
			text = title + " (solved)"
			if found {
				text += "\n" + rest
			}
		}
		nb.Cells = append(nb.Cells, NotebookCell{Markdown: c.Markdown, Source: text})
		if i == 0 && v == Solution {
			nb.Cells = append(nb.Cells, NotebookCell{Markdown: true, Source: fmt.Sprintf(
				"> **Solved copy.** This is the lesson with its exercises worked out and checked. "+
					"Try them yourself first in the lesson, [../%s](../%s).", name, name)})
		}
	}
	return nb
}
