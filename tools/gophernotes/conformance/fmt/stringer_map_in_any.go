package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type State int

func (s State) String() string { return [...]string{"idle", "run", "stop"}[s] }

func main() {
	m := map[string]Point{"a": {1, 2}, "b": {3, 4}}
	var x any = m
	fmt.Println(x)
	m["c"] = Point{5, 6} // the interface holds the same map
	fmt.Printf("%v|%+v\n", x, x)
	var keys any = map[Point]int{{3, 4}: 1, {1, 2}: 2, {1, 1}: 3}
	fmt.Println(keys)
	var states any = map[State][]Point{2: {{0, 0}}, 0: {{1, 1}}}
	fmt.Println(states)
	mm := map[string]any{"m": m, "s": []State{1, 2}}
	fmt.Println(mm)
	if back, ok := x.(map[string]Point); ok {
		fmt.Println(len(back), back["c"])
	}
}
