package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// Unexported struct fields: encoding/json neither writes nor fills them, even
// with a json tag, while fmt prints them.

type Account struct {
	Owner   string `json:"owner"`
	balance int
	pin     string `json:"pin"`
	Tags    []string
}

type Point struct {
	X, Y  int
	label string
}

type Shape struct {
	Name   string
	Center Point
	Corner *Point
	Points []Point
	ByName map[string]Point
	note   string
}

func main() {
	a := Account{Owner: "ada", balance: 100, pin: "1234", Tags: []string{"gold"}}
	b, err := json.Marshal(a)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
	fmt.Printf("%v\n%+v\n", a, a)

	p := Point{1, 2, "origin"}
	s := Shape{
		Name:   "square",
		Center: p,
		Corner: &Point{3, 4, "corner"},
		Points: []Point{{5, 6, "a"}, {7, 8, "b"}},
		ByName: map[string]Point{"c": {9, 10, "c"}},
		note:   "private",
	}
	b, err = json.MarshalIndent(s, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
	fmt.Printf("%v %+v\n", s.Center, s.Points)

	b, _ = json.Marshal(&p)
	fmt.Println(string(b))
	b, _ = json.Marshal([]Point{p, {3, 4, "x"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]Point{"p": p})
	fmt.Println(string(b))

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(a); err != nil {
		fmt.Println("error:", err)
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode([]Account{a}); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(buf.String())

	back := Account{balance: 7, pin: "0000"}
	in := `{"owner":"alan","balance":5,"pin":"9999","Tags":["x"],"Balance":6}`
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", back)

	var q Point
	if err := json.Unmarshal([]byte(`{"X":1,"Y":2,"label":"l","Label":"L"}`), &q); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", q)

	var sh Shape
	if err := json.Unmarshal([]byte(`{"Name":"tri","Center":{"X":1,"label":"c"},"note":"n","Points":[{"Y":3,"label":"p"}]}`), &sh); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", sh)
}
