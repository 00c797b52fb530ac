// Command scalars calls probed functions that take booleans, integers of
// every width, floats, complex numbers and strings, each once, in a fixed
// order. Expected snapshot values are documented above each function.
package main

import "fmt"

// sink collects a digest of every probed call so the compiler keeps them.
var sink uint64

func main() {
	runNumbers()
	runStrings()
	fmt.Println("scalars done", sink)
}
