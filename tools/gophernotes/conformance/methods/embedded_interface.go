package main

import (
	"fmt"
	"strings"
)

type Upper struct{ strings.Builder }

func main() {
	var u Upper
	u.WriteString("abc")
	fmt.Println(strings.ToUpper(u.String()))
}
