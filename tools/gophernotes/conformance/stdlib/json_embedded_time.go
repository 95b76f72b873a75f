package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// Embedding an imported type with methods: the outer struct gets its methods,
// so encoding/json marshals an Event through time.Time's MarshalJSON, while an
// embedded time.Duration (no JSON methods, not a struct) is a field named
// Duration.

type Event struct {
	time.Time
	Name string
}

type Lap struct {
	time.Duration
	Label string
}

func main() {
	l := Lap{90 * time.Second, "first"}
	fmt.Printf("%v %+v\n", l, l)
	b, err := json.Marshal(l)
	fmt.Println(string(b), err)

	e := Event{time.Date(2026, 12, 7, 1, 2, 3, 0, time.UTC), "launch"}
	fmt.Println(e.Year(), e.Name)
	b, err = json.Marshal(e)
	fmt.Println(string(b), err)

	var e2 Event
	err = json.Unmarshal([]byte(`"2027-01-02T03:04:05Z"`), &e2)
	fmt.Println(e2.Year(), e2.Name, err)
}
