package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]), reverse(s))
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b, string(b[1:]))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.ValidString("a\xffb"))
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Print(r, " ")
	}
	fmt.Println([]rune(bad), string(rune(65)), string(rune(-1)))
	up := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s)
	fmt.Println(up, strings.ToUpper(s), strings.Title("go lang"))
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, fmt.Sprintf("%x % x %q %+q", "é", "é", "é", "é"))
	var sb strings.Builder
	for _, w := range strings.Fields("  the quick  brown ") {
		sb.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	fmt.Println(sb.String(), strings.Count("cheese", "e"), strings.IndexRune(s, '世'))
}
