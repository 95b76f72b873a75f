package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Line struct{ A, B Point }

func main() {
	m := map[string]any{"l": Line{Point{1, 2}, Point{3, 4}}}
	fmt.Println(m)
	fmt.Println(m["l"])
	m["k"] = Line{B: Point{5, 6}}
	fmt.Println(m["k"], len(m))
	keys := map[any]int{Line{Point{1, 1}, Point{2, 2}}: 1}
	keys[Line{Point{1, 1}, Point{2, 2}}]++
	fmt.Println(keys, len(keys))
}
