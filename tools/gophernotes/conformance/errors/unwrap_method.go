package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m Multi) Unwrap() []error { return m.errs }

var ErrBusy = errors.New("busy")

func main() {
	var err error = &QueryError{"select", fs.ErrNotExist}
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Unwrap(err) == fs.ErrNotExist)
	wrapped := fmt.Errorf("run: %w", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist))
	var qe *QueryError
	fmt.Println(errors.As(wrapped, &qe), qe != nil && qe.Query == "select")
	var m error = Multi{[]error{ErrBusy, err}}
	fmt.Println(errors.Is(m, ErrBusy), errors.Is(m, fs.ErrNotExist), errors.Unwrap(m) == nil)
	var qe2 *QueryError
	fmt.Println(errors.As(m, &qe2))
}
