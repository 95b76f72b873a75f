package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func op() error { return fmt.Errorf("op: %w", &MyErr{42}) }

func main() {
	err := op()
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("code", me.Code)
	}
	fmt.Println(err)
}
