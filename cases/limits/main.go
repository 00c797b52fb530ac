// Command limits calls probed functions whose probes set small capture
// limits (reference depth, collection size, string length, field count,
// event bytes) and functions whose arguments trip redaction, each once, in
// a fixed order. Expected snapshot values are documented above each
// function; the limits themselves are in probes.json.
package main

import (
	"fmt"
	"strings"
)

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

func main() {
	runDepth()
	runCollections()
	runLengths()
	runEventSize()
	runRedaction()
	runDefaults()
	fmt.Println("limits done", sink)
}

// seq returns n integers start, start+1, ...
func seq(n, start int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = start + i
	}
	return s
}

// repeatWords returns n copies of a word of the given length, each
// starting with its index so they can be told apart.
func repeatWords(n, length int) []string {
	s := make([]string, n)
	for i := range s {
		w := fmt.Sprintf("%02d", i)
		s[i] = w + strings.Repeat("x", length-len(w))
	}
	return s
}
