package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) { return u.sb.WriteString(strings.ToUpper(string(p))) }

func parse(line int, s string) (n int) {
	if s == "" {
		panic(&ParseError{line, "empty"})
	}
	if s == "?" {
		panic("unknown token")
	}
	return len(s)
}

func safeParse(line int, s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return parse(line, s), nil
}

func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	if e, ok := v.(error); ok {
		return "error " + e.Error()
	}
	return fmt.Sprint("plain ", v)
}

func main() {
	for i, s := range []string{"abc", "", "?"} {
		n, err := safeParse(i+1, s)
		var pe *ParseError
		fmt.Println(n, err, errors.As(err, &pe))
	}
	for _, v := range []any{Temp(21.5), &ParseError{3, "bad"}, 42, "s"} {
		fmt.Println(describe(v))
	}
	u := &upper{}
	var x any = u
	if w, ok := x.(io.Writer); ok {
		fmt.Fprintf(w, "written %d", 7)
	}
	fmt.Println(u.sb.String())
}
