package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Row struct {
	Name  string
	Score float64
}

func write(w io.Writer, rows []Row) (int, error) {
	total := 0
	for i, r := range rows {
		n, err := fmt.Fprintf(w, "%2d|%-6s|%6.2f\n", i, r.Name, r.Score)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func main() {
	rows := []Row{{"ann", 3.14159}, {"bob", 42}, {"christine", -1.5}}
	var sb strings.Builder
	n, err := write(&sb, rows)
	fmt.Print(sb.String())
	fmt.Println(n, err, sb.Len())

	var buf bytes.Buffer
	write(&buf, rows[:1])
	buf.WriteString("tail")
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %q\n", line, err, buf.String())

	sb.Reset()
	for i := 0; i < 3; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println("[" + sb.String() + "]")
	fmt.Fprintln(&buf, "x", 1, true)
	fmt.Printf("%q\n", buf.String())
}
