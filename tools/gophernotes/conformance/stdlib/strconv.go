package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f*2, strconv.Itoa(99)+"!", strconv.FormatFloat(1.0/3, 'f', 4, 64))
	_, err = strconv.Atoi("abc")
	fmt.Println(err)
	fmt.Println(strconv.Quote("hi\n"))
}
