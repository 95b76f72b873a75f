package main

import (
	"container/list"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Config struct {
	Origin Point
	Name   string
}

func main() {
	s := []Point{{3, 1}, {1, 2}, {2, 0}}
	var x any = s
	sort.Slice(x, func(i, j int) bool { return s[i].X < s[j].X })
	fmt.Println(s, x)
	fmt.Println(reflect.ValueOf(x).Len(), reflect.TypeOf(x).Kind())
	b, err := json.Marshal(x)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[string]any{"pts": x})
	fmt.Println(string(b))
	var cfg Config
	err = json.NewDecoder(strings.NewReader(`{"Origin":{"X":4,"Y":5},"Name":"n"}`)).Decode(&cfg)
	fmt.Println(cfg, err)
	var p Point
	err = json.Unmarshal([]byte(`{"X":7,"Y":8}`), &p)
	fmt.Println(p, err)
	var m sync.Map
	m.Store("pts", s)
	v, _ := m.Load("pts")
	fmt.Println(v)
	var av atomic.Value
	av.Store(&cfg)
	fmt.Println(av.Load())
	l := list.New()
	l.PushBack(map[string]Point{"o": {0, 0}})
	fmt.Println(l.Front().Value)
	fmt.Println(reflect.DeepEqual(x, []Point{{1, 2}, {2, 0}, {3, 1}}))
}
