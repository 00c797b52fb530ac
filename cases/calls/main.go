// Command calls exercises how functions are called and return: results of
// every shape, variadic arguments, calls on other goroutines, recursion,
// repeated calls, generics, chan and func arguments and a message
// template. Calls happen in a fixed order; expected values are documented
// above each function.
package main

import "fmt"

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

func main() {
	runResults()
	runFlow()
	runGenerics()
	fmt.Println("calls done", sink)
}
