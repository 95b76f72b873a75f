package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	xs := []float64{2.5, -1, 3}
	sort.Float64s(xs)
	fmt.Println(xs, sort.SearchFloat64s(xs, 2.5))
}
