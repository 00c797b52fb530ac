// Command pairing calls functions whose calls are hard to pair with their
// returns: empty bodies (the entry is the only RET), functions inlined at
// every call site or at some, recursion, a call that panics, a call whose
// goroutine stack moves, a frameless leaf, and one function called from 8
// goroutines at once. Each probe must give exactly one snapshot per call.
package main

import "fmt"

// sink keeps the results of probed calls alive.
var sink int

func main() {
	callEmptyBodies()
	callInlined()
	callRecursive()
	callPanicking()
	callMovingStack()
	callFrameless()
	callConcurrently()
	fmt.Println(sink)
}
