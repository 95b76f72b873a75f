package main

import (
	"cmp"
	"fmt"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("b", "a"), cmp.Compare(1.5, 2.5))
	fmt.Println(cmp.Less(1, 2), cmp.Or(0, 0, 7, 9), cmp.Or("", "x"))
}
