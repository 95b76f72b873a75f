package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

func main() {
	rest, ok := strings.CutPrefix("lesson-3", "lesson-")
	fmt.Println(rest, ok)
	base, ok := strings.CutSuffix("model.json", ".json")
	fmt.Println(base, ok)
	b := bytes.Clone([]byte("abc"))
	fmt.Println(string(b), len(b))
	fmt.Println(string(fmt.Appendf(nil, "%d-%s", 7, "x")))
	fmt.Println(string(utf8.AppendRune(nil, 'é')))
	fmt.Println(time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	err := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", "|"))

	var done atomic.Bool
	var n atomic.Int32
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(1)
		}()
	}
	wg.Wait()
	done.Store(true)
	fmt.Println(n.Load(), done.Load(), n.CompareAndSwap(4, 10), n.Load())

	calls := 0
	once := sync.OnceFunc(func() { calls++ })
	once()
	once()
	fmt.Println("calls", calls)

	ctx, cancel := context.WithCancel(context.Background())
	detached := context.WithoutCancel(ctx)
	cancel()
	fmt.Println(ctx.Err(), detached.Err())
}
