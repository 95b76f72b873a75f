package webtest

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServe(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "index.html"), "<p>home</p>")
	write(t, filepath.Join(dir, "sub", "index.html"), "<p>sub</p>")
	write(t, filepath.Join(dir, "app.wasm"), "\x00asm")
	write(t, filepath.Join(dir, "style.css"), "p{}")
	s, err := Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
		t.Errorf("URL = %q, want a loopback address", s.URL)
	}
	tests := []struct {
		path       string
		status     int
		typePrefix string
		body       string
	}{
		{"/", 200, "text/html", "<p>home</p>"},
		{"/index.html", 301, "", ""}, // net/http redirects /index.html to ./, as static hosts do
		{"/sub/", 200, "text/html", "<p>sub</p>"},
		{"/app.wasm", 200, "application/wasm", "\x00asm"},
		{"/style.css", 200, "text/css", "p{}"},
		{"/missing.html", 404, "", ""},
		{"/../server.go", 404, "", ""},
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tt := range tests {
		resp, err := client.Get(s.URL + tt.path)
		if err != nil {
			t.Fatalf("GET %s: %v", tt.path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, tt.typePrefix) {
			t.Errorf("GET %s: Content-Type %q, want %q...", tt.path, got, tt.typePrefix)
		}
		if tt.body != "" && string(body) != tt.body {
			t.Errorf("GET %s: body %q, want %q", tt.path, body, tt.body)
		}
		if tt.status == 200 && resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("GET %s: Cache-Control %q, want no-store", tt.path, resp.Header.Get("Cache-Control"))
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := http.Get(s.URL + "/"); err == nil {
		t.Errorf("the server still answers after Close")
	}
}

func TestServeBadFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.txt")
	write(t, file, "x")
	for _, path := range []string{filepath.Join(dir, "missing"), file} {
		if s, err := Serve(path); err == nil {
			s.Close()
			t.Errorf("Serve(%s) succeeded, want an error", path)
		} else if !strings.Contains(err.Error(), path) {
			t.Errorf("Serve(%s) error %q does not name the folder", path, err)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
