package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "abc", "99999999999999999999", "", " 1", "0x1f", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "1_000", "-128", "128"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(s, n, err)
	}
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("nan", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.Itoa(-45), strconv.FormatInt(255, 2))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), 12, 10), string(strconv.AppendQuote(nil, "x")))
}
