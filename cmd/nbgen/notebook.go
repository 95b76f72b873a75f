package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Notebook is the part of a Jupyter notebook that nbgen writes: its cells, in order.
type Notebook struct {
	Cells []NotebookCell
}

// NotebookCell is one Markdown or code cell.
type NotebookCell struct {
	Markdown bool
	Source   string
}

// sameCells reports whether the notebook at path has the cells of nb (types and sources,
// ignoring outputs and metadata).
func sameCells(path string, nb Notebook) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	var file struct {
		Cells []struct {
			CellType string          `json:"cell_type"`
			Source   json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return false, fmt.Errorf("not a notebook: %w", err)
	}
	if len(file.Cells) != len(nb.Cells) {
		return false, nil
	}
	for i, c := range file.Cells {
		src, err := sourceText(c.Source)
		if err != nil {
			return false, fmt.Errorf("cell %d: %w", i, err)
		}
		if (c.CellType == "markdown") != nb.Cells[i].Markdown || src != nb.Cells[i].Source {
			return false, nil
		}
	}
	return true, nil
}

// sourceText reads a cell's source, stored either as one string or as a list of lines.
func sourceText(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var lines []string
	if err := json.Unmarshal(raw, &lines); err != nil {
		return "", fmt.Errorf("source is neither a string nor a list of strings")
	}
	return strings.Join(lines, ""), nil
}

// splitLines stores a source the way Jupyter does: one string per line, each but the last
// ending in "\n".
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// cellID is a stable id (nbformat 4.5 wants one per cell) derived from the file and position.
func cellID(name string, i int, src string) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s", name, i, src)))
	return hex.EncodeToString(h[:4])
}

// encode returns nb as an nbformat 4.5 document without outputs, formatted as Jupyter writes
// notebooks (keys sorted, one-space indent).
func encode(nb Notebook, name string) ([]byte, error) {
	cells := make([]any, 0, len(nb.Cells))
	for i, c := range nb.Cells {
		m := map[string]any{
			"id":       cellID(name, i, c.Source),
			"metadata": map[string]any{},
			"source":   splitLines(c.Source),
		}
		if c.Markdown {
			m["cell_type"] = "markdown"
		} else {
			m["cell_type"] = "code"
			m["execution_count"] = nil
			m["outputs"] = []any{}
		}
		cells = append(cells, m)
	}
	doc := map[string]any{
		"cells": cells,
		"metadata": map[string]any{
			"kernelspec":    map[string]any{"display_name": "Go", "language": "go", "name": "gophernotes"},
			"language_info": map[string]any{"file_extension": ".go", "name": "go"},
		},
		"nbformat":       4,
		"nbformat_minor": 5,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeNotebook writes nb to path atomically (a temporary file renamed into place).
func writeNotebook(path string, nb Notebook) error {
	data, err := encode(nb, filepath.Base(path))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".nbgen-*.ipynb")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, werr)
	}
	return nil
}
