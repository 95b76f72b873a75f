package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Println(part)
	}
	for f := range strings.FieldsSeq("  go   is fun ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
}
