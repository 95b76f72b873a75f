package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%d %5d %-5d| %x %X %o %b\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f %.2f %8.3f %e %g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%q %v %t %c %U\n", "hi", nil, true, 'G', 'G')
	fmt.Printf("%6.2f%%\n", 12.3456)
}
