package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type LinkedList struct {
	head *node
	size int
}

func (l *LinkedList) PushFront(v int) {
	l.head = &node{val: v, next: l.head}
	l.size++
}

func (l *LinkedList) Append(v int) {
	n := &node{val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *LinkedList) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			b.WriteString(" -> ")
		}
		fmt.Fprintf(&b, "%d", n.val)
	}
	b.WriteString("]")
	return b.String()
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.sum()
}

func (l LinkedList) Len() int { return l.size }

func main() {
	var l LinkedList
	l.Append(2)
	l.Append(3)
	l.PushFront(1)
	fmt.Println(l.String(), l.Len(), l.head.sum())
	fmt.Println(&l)
	fmt.Printf("%v %d\n", &l, l.size)
}
