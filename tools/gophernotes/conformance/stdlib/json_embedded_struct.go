package main

import (
	"encoding/json"
	"fmt"
)

// Struct embedding: the fields of an embedded struct are promoted, and
// encoding/json writes and reads them at the top level of the object.

type Address struct {
	City string
	Zip  string `json:"zip"`
}

type Person struct {
	Name string
	Address
	Age int `json:"age,omitempty"`
}

type Base struct {
	ID int `json:"id"`
}

type Item struct {
	*Base
	Title string `json:"title"`
}

func main() {
	p := Person{Name: "Ada", Address: Address{City: "London", Zip: "N1"}, Age: 36}
	fmt.Printf("%+v\n", p)
	fmt.Println(p.City)

	b, err := json.Marshal(p)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))

	var q Person
	if err := json.Unmarshal([]byte(`{"Name":"Alan","City":"Wilmslow","zip":"SK9","age":41}`), &q); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", q)
	fmt.Println(q.City, q.Zip)

	it := Item{Base: &Base{ID: 7}, Title: "pen"}
	b, err = json.Marshal(it)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))

	var back Item
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(back.ID, back.Title)
}
