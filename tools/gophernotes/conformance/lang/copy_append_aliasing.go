package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[:2]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:3:3]
	c = append(c, 100)
	c[0] = -1
	fmt.Println(a, c, cap(c) >= 3)
	n := copy(a, a[2:])
	fmt.Println(n, a)
	dst := make([]int, 2)
	fmt.Println(copy(dst, []int{7, 8, 9}), dst)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "héllo"), bs)
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			t = append(t, v)
		}
	}
	fmt.Println(t, s)
	x := []int{1, 2, 3}
	y := append(x[:1], x[2:]...)
	fmt.Println(x, y)
	z := append([]int(nil), x...)
	z[0] = 42
	fmt.Println(x, z)
	m := [][]int{{1}, {2}}
	row := m[0]
	row = append(row, 10)
	m[1][0] = 20
	fmt.Println(m, row)
	var nilS []string
	fmt.Println(nilS == nil, len(nilS), append(nilS, "a"), nilS[:0] == nil)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[1:3]
	sl[0] = 50
	sl = append(sl, 60)
	fmt.Println(arr, sl)
}
