package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

// A type with String, one with struct tags, one with an XMLName, a named number.

type Point struct {
	X, Y int
}

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Item struct {
	ID    int     `xml:"id,attr"`
	Name  string  `xml:"name"`
	Price float64 `xml:"price,omitempty"`
}

type Order struct {
	XMLName xml.Name `xml:"order"`
	Items   []Item   `xml:"items>item"`
	At      Point    `xml:"at"`
}

type Celsius float64

func main() {
	b, err := xml.Marshal(Point{1, 2})
	fmt.Println(string(b), err)

	it := Item{ID: 7, Name: "pen"}
	b, _ = xml.Marshal(it)
	fmt.Println(string(b))
	b, _ = xml.Marshal(&it)
	fmt.Println(string(b))

	b, _ = xml.MarshalIndent([]Point{{1, 1}, {2, 3}}, "", "  ")
	fmt.Println(string(b))

	b, _ = xml.Marshal(Celsius(21.5))
	fmt.Println(string(b))

	o := Order{Items: []Item{{1, "ink", 2.5}, {2, "pad", 0}}, At: Point{4, 5}}
	b, _ = xml.MarshalIndent(o, "", " ")
	fmt.Println(string(b))

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "\t")
	if err := enc.Encode(it); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()

	var back Order
	if err := xml.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(len(back.Items), back.Items[0].Name, back.Items[1].ID, back.At)

	var p Point
	err = xml.Unmarshal([]byte("<Point><X>8</X><Y>9</Y></Point>"), &p)
	fmt.Println(p, err)
}
