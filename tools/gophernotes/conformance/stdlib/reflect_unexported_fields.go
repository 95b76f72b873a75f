package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
)

// Unexported struct fields seen by reflect, fmt's %#v and %T, encoding/xml,
// and encoding/json through an embedded struct of an unexported type.

type Record struct {
	id    int    `json:"id" db:"record_id"`
	Title string `json:"title" xml:"title,attr"`
	notes string
}

type base struct {
	ID   int
	seen bool
}

type level int

type Doc struct {
	base
	level
	Body string `json:"body"`
	size int
}

func main() {
	rt := reflect.TypeOf(Record{})
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Printf("%s %q json=%q db=%q exported=%v\n", f.Name, f.Tag, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	if f, ok := rt.FieldByName("id"); ok {
		fmt.Println(f.Name, f.Tag.Get("db"))
	}
	dt := reflect.TypeOf(Doc{})
	for _, name := range []string{"base", "seen", "level", "Body", "missing"} {
		f, ok := dt.FieldByName(name)
		fmt.Println(name, ok, f.Name, f.Index, f.Anonymous, f.IsExported())
	}
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Doc{})) {
		fmt.Println(f.Name, f.Index, f.Tag)
	}

	r := Record{id: 1, Title: "go", notes: "n"}
	fmt.Printf("%v %+v\n", r, r)
	fmt.Printf("%#v\n", r)
	fmt.Printf("%#v\n", []Record{r})

	var pair struct {
		key string `json:"key"`
		Val int
	}
	pair.key, pair.Val = "k", 2
	fmt.Printf("%T\n%#v\n", pair, pair)
	b, _ := json.Marshal(pair)
	fmt.Println(string(b))

	b, err := xml.Marshal(r)
	fmt.Println(string(b), err)
	var r2 Record
	err = xml.Unmarshal([]byte(`<Record title="t"><id>5</id><notes>x</notes></Record>`), &r2)
	fmt.Printf("%+v %v\n", r2, err)

	d := Doc{base{7, true}, 3, "text", 4}
	b, _ = json.Marshal(d)
	fmt.Println(string(b))
	var d2 Doc
	err = json.Unmarshal([]byte(`{"ID":8,"seen":true,"level":2,"body":"b","size":9}`), &d2)
	fmt.Printf("%+v %v\n", d2, err)
	fmt.Printf("%#v\n", d2)
}
