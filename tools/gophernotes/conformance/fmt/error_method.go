package main

import (
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var err error = MyErr{7}
	fmt.Println(err)
	fmt.Println(MyErr{8})
	fmt.Printf("%v|%s\n", err, err)
}
