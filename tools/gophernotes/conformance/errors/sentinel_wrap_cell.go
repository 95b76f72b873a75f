package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrInvalid = fmt.Errorf("invalid input")

type Store struct{ data map[string]int }

func (s *Store) Get(k string) (int, error) {
	v, ok := s.data[k]
	if !ok {
		return 0, fmt.Errorf("store.Get(%q): %w", k, ErrNotFound)
	}
	return v, nil
}

func (s *Store) Parse(k, v string) error {
	n, err := strconv.Atoi(v)
	if err != nil {
		return fmt.Errorf("parse %s: %w (%w)", k, ErrInvalid, err)
	}
	s.data[k] = n
	return nil
}

func main() {
	s := &Store{data: map[string]int{"a": 1}}
	_, err := s.Get("b")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Is(err, ErrInvalid))
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	err = s.Parse("x", "12a")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInvalid), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	fmt.Println(s.Parse("y", "7"), s.data["y"])
}
