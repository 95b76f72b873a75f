package main

import (
	"fmt"
)

type pair struct{ k, v string }

func main() {
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var qs []*pair
	for _, q := range []pair{{"x", "1"}, {"y", "2"}} {
		qs = append(qs, &q)
	}
	fmt.Println(*qs[0], *qs[1])

	var ss []*string
	for s := "a"; len(s) < 4; s += "a" {
		ss = append(ss, &s)
	}
	fmt.Println(*ss[0], *ss[1], *ss[2])

	var ks []*string
	for k := range map[string]int{"only": 1} {
		ks = append(ks, &k)
	}
	fmt.Println(*ks[0])

	var fs []*float64
	for _, f := range []float64{1.5, 2.5} {
		fs = append(fs, &f)
	}
	fmt.Println(*fs[0], *fs[1])
}
