package main

import (
	"fmt"
)

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	fmt.Println(describe(1), describe("a"), describe(2.5))
}
