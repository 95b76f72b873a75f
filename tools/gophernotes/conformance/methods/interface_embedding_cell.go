package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type lines struct {
	data   []string
	pos    int
	closed bool
}

func (l *lines) Read() (string, bool) {
	if l.closed || l.pos >= len(l.data) {
		return "", false
	}
	l.pos++
	return l.data[l.pos-1], true
}

func (l *lines) Close() error {
	if l.closed {
		return fmt.Errorf("already closed")
	}
	l.closed = true
	return nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func drain(rc ReadCloser) []string {
	defer rc.Close()
	var out []string
	for s, ok := rc.Read(); ok; s, ok = rc.Read() {
		out = append(out, s)
	}
	return out
}

func main() {
	l := &lines{data: []string{"a", "b", "c"}}
	fmt.Println(drain(l), l.closed, l.Close())
	var r Reader = l
	if c, ok := r.(Closer); ok {
		fmt.Println("is closer", c.Close())
	}
	_, isRC := r.(ReadCloser)
	fmt.Println(isRC)
	b, err := io.ReadAll(upper{strings.NewReader("hello, reader")})
	fmt.Println(string(b), err)
	var w io.Writer = &strings.Builder{}
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isStringer)
	n, _ := io.Copy(w, upper{strings.NewReader("xyz")})
	fmt.Println(n, w.(fmt.Stringer).String())
}
