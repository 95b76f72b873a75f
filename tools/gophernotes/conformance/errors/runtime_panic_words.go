package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Cell struct {
	Name string
	N    int
}

func (c *Cell) Get() int { return c.N }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		err, isErr := r.(error)
		isRuntime := isErr && errors.As(err, &re)
		fmt.Printf("%s: %v (runtime.Error: %t)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	ints := []int{1, 2, 3}
	strs := []string{"a", "b", "c"}
	cells := []Cell{{"a", 1}, {"b", 2}, {"c", 3}}
	rows := [][]float64{{1}, {2}, {3}}
	maps := []map[string]int{{"a": 1}, {"b": 2}, {"c": 3}}
	i := 5
	j := 1
	try("int index", func() { fmt.Println(ints[i]) })
	try("string index", func() { fmt.Println(strs[i]) })
	try("cell index", func() { fmt.Println(cells[i].N) })
	try("[]float64 index", func() { fmt.Println(rows[i]) })
	try("map index", func() { fmt.Println(maps[i]) })
	try("int store", func() { ints[i] = 7 })
	try("cell store", func() { cells[i] = Cell{} })
	try("int slice high", func() { fmt.Println(ints[:i]) })
	try("string slice high", func() { fmt.Println(strs[j:i]) })
	try("cell slice low", func() { fmt.Println(cells[i:]) })
	try("inverted slice", func() { fmt.Println(rows[2:j]) })
	try("string char", func() { fmt.Println("abc"[i]) })
	var p *Cell
	try("nil field", func() { fmt.Println(p.N) })
	try("nil field store", func() { p.Name = "x" })
	try("nil method", func() { fmt.Println(p.Get()) })
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	zero := 0
	try("divide by zero", func() { fmt.Println(10 / zero) })
	try("modulo by zero", func() { fmt.Println(10 % zero) })
	try("ok", func() { fmt.Println(ints[2], cells[2].N, rows[2][0], maps[2]["c"]) })
}
