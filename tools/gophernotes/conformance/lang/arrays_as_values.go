package main

import "fmt"

type Grid [2][3]int

type Key struct {
	Row, Col int
}

func bump(g Grid) Grid {
	g[0][0]++
	return g
}

func bumpPtr(g *Grid) { g[1][2] += 5 }

func main() {
	var g Grid
	h := bump(g)
	fmt.Println(g, h)
	bumpPtr(&g)
	fmt.Println(g)
	a := [3]string{"x", "y", "z"}
	b := a
	b[1] = "Y"
	fmt.Println(a, b, a == b, a == [3]string{"x", "y", "z"})

	seen := map[[2]int]bool{}
	for _, p := range [][2]int{{1, 2}, {3, 4}, {1, 2}} {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))

	dist := map[Key]int{{0, 0}: 0, {1, 2}: 3}
	dist[Key{2, 2}] = 4
	k := Key{1, 2}
	fmt.Println(dist[k], dist[Key{9, 9}], len(dist))
	fmt.Println(Key{1, 2} == k, Key{1, 3} != k)

	arrs := [][3]int{{1, 2, 3}}
	x := arrs[0]
	x[0] = 100
	fmt.Println(arrs, x, len(x))
	for i, v := range a {
		a[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
}
