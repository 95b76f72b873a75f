package main

import (
	"errors"
	"fmt"
	"strconv"
)

func find(grid [][]int, target int) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	} else if errors.Is(err, strconv.ErrRange) {
		return -1, err
	}
	return n, errors.New("bad " + s)
}

func main() {
	grid := [][]int{{1, -1, 5}, {5, 2}, {3}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 7))

	i := 0
loop:
	if i < 3 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	switch x := x * 10; {
	case x > 5:
		fmt.Println("switch", x)
	}
	fmt.Println("outer", x)
	fmt.Println(parse("21"))
	fmt.Println(parse("z"))
	fmt.Println(parse("99999999999999999999"))

	count := 0
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				continue rows
			}
			if r == 3 {
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
	err := errors.New("outer")
	{
		err := errors.New("inner")
		_ = err
	}
	fmt.Println(err)
}
