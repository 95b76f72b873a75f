package main

import "fmt"

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

const Busy State = 1

type Box struct{ V any }

func get() any { return Busy }

func main() {
	m := map[string]any{"s": State(1), "b": Busy}
	fmt.Println(m["s"], m["b"], m)
	xs := []any{State(0), Busy, 2}
	fmt.Println(xs, xs[1])
	var y any
	y = Busy
	fmt.Println(y)
	m["t"] = State(0)
	fmt.Println(m["t"])
	xs = append(xs, Busy)
	fmt.Println(xs[3])
	ch := make(chan any, 1)
	ch <- Busy
	fmt.Println(<-ch)
	fmt.Println(Box{Busy}, Box{V: State(0)}.V)
	fmt.Println(get())
	mk := map[any]int{Busy: 5}
	fmt.Println(mk[Busy], mk[State(1)], mk)
	delete(mk, Busy)
	fmt.Println(len(mk))
	arr := [2]any{Busy, State(0)}
	fmt.Println(arr)
	switch v := y.(type) {
	case State:
		fmt.Println("State", int(v), v)
	default:
		fmt.Println("other")
	}
}
