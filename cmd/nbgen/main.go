// Command nbgen, a build step, writes the course's notebooks from their sources.
//
// Each lesson has one source, notebooks/source/NN-name.md, from which nbgen writes two
// notebooks with the same file name: the lesson students work in (notebooks/NN-name.ipynb)
// and its solved copy (notebooks/solutions/NN-name.ipynb). The two are never edited by hand,
// so they cannot drift apart.
//
// Usage:
//
//	go run ./cmd/nbgen           write the notebooks whose cells changed (keeps the outputs of the others)
//	go run ./cmd/nbgen -check    exit 1, naming each one, if a notebook is out of date with its source
//
// After writing, `make update-notebooks` executes them and stores their outputs. The format of a
// source is documented in format.go.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	src := flag.String("src", "notebooks/source", "folder of lesson sources (*.md)")
	out := flag.String("out", "notebooks", "folder for the lessons; solved copies go to its solutions/ subfolder")
	check := flag.Bool("check", false, "only check that every notebook matches its source; write nothing")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "nbgen: unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	msgs, err := run(*src, *out, *check)
	for _, m := range msgs {
		fmt.Println(m)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbgen:", err)
		os.Exit(1)
	}
}

// run generates (or checks) the notebooks of every source in src and returns one line per
// notebook it wrote or found stale.
func run(src, out string, check bool) ([]string, error) {
	sources, err := filepath.Glob(filepath.Join(src, "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(sources)
	if len(sources) == 0 {
		return nil, fmt.Errorf("no lesson sources (*.md) in %s", src)
	}
	var msgs []string
	var stale []string
	for _, path := range sources {
		text, err := os.ReadFile(path)
		if err != nil {
			return msgs, err
		}
		cells, err := Parse(string(text))
		if err != nil {
			return msgs, fmt.Errorf("%s:%w", path, err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".md") + ".ipynb"
		for _, v := range []struct {
			dir     string
			variant Variant
		}{{out, Student}, {filepath.Join(out, "solutions"), Solution}} {
			nb := Build(cells, v.variant, name)
			dst := filepath.Join(v.dir, name)
			same, err := sameCells(dst, nb)
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				return msgs, fmt.Errorf("%s: %w", dst, err)
			}
			if same {
				continue
			}
			if check {
				stale = append(stale, dst)
				continue
			}
			if err := writeNotebook(dst, nb); err != nil {
				return msgs, err
			}
			msgs = append(msgs, "wrote "+dst)
		}
	}
	if len(stale) > 0 {
		return msgs, fmt.Errorf("out of date with notebooks/source (run `make update-notebooks`): %s", strings.Join(stale, ", "))
	}
	return msgs, nil
}
