package main

import (
	"fmt"
)

func producer(n int, ch chan<- int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
