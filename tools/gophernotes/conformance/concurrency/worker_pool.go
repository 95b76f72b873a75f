package main

import (
	"fmt"
	"sort"
)

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	var out []int
	for i := 0; i < 6; i++ {
		out = append(out, <-results)
	}
	sort.Ints(out)
	fmt.Println(out)
}
