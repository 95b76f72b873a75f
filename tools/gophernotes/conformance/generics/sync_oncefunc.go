package main

import (
	"fmt"
	"sync"
)

func main() {
	setup := sync.OnceFunc(func() { fmt.Println("setting up") })
	setup()
	setup()
	fmt.Println("done")
}
