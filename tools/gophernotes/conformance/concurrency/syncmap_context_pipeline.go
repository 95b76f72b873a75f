package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job    Job
	Square int
}

func gen(ctx context.Context, n int) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- Job{ID: i, N: i * 3}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(in <-chan Job, workers int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- Result{j, j.N * j.N}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx := context.Background()
	var results []Result
	for r := range square(gen(ctx, 6), 3) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].Job.ID < results[j].Job.ID })
	fmt.Println(results)

	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(fmt.Sprint("k", i), Job{ID: i})
		}()
	}
	wg.Wait()
	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k3", Job{ID: 99})
	fmt.Println(actual, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Delete("k0")
	_, ok = m.Load("k0")
	fmt.Println(ok)

	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	block := make(chan struct{})
	select {
	case <-block:
		fmt.Println("unexpected")
	case <-tctx.Done():
		fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	}
	cctx, cancel2 := context.WithCancel(ctx)
	cancel2()
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
	vctx := context.WithValue(ctx, "user", "ann")
	fmt.Println(vctx.Value("user"), vctx.Value("none"))
}
