package main

import (
	"fmt"
)

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }

func main() {
	fmt.Printf("%#v\n", ID(5))
}
