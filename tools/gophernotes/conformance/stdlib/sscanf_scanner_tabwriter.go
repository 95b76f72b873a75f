package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Rec struct {
	Name string
	Qty  int
	Cost float64
}

func main() {
	var name string
	var qty int
	var cost float64
	n, err := fmt.Sscanf("apple 3 0.25", "%s %d %f", &name, &qty, &cost)
	fmt.Println(n, err, name, qty, cost)
	n, err = fmt.Sscanf("pear x 1", "%s %d %f", &name, &qty, &cost)
	fmt.Println(n, err)
	var a, b int
	fmt.Sscan("10 20", &a, &b)
	fmt.Println(a + b)

	input := "# inventory\napple 3 0.25\n\nbanana 12 0.10\ncherry 100 0.02\nbad line\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	var recs []Rec
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var r Rec
		if _, err := fmt.Sscanf(line, "%s %d %f", &r.Name, &r.Qty, &r.Cost); err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		recs = append(recs, r)
	}
	fmt.Println(sc.Err(), recs)

	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words", count)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tqty\tcost\t")
	for _, r := range recs {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", r.Name, r.Qty, r.Cost*float64(r.Qty))
	}
	tw.Flush()
	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
}
