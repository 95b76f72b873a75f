package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct {
	X, Y int
}

type Path struct {
	Name   string
	Points []Point
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	if err := enc.Encode(Point{3, 4}); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("a point:", buf.Len(), "bytes")
	if err := enc.Encode(Path{"tri", []Point{{0, 0}, {3, 0}, {0, 4}}}); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("with a path:", buf.Len(), "bytes")

	dec := gob.NewDecoder(&buf)
	var q Point
	var p Path
	if err := dec.Decode(&q); err != nil {
		fmt.Println("error:", err)
		return
	}
	if err := dec.Decode(&p); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(q, p.Name, len(p.Points), p.Points[2])
}
