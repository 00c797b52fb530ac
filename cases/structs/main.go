// Command structs calls probed functions that take empty, nested, big,
// embedded and anonymous structs, a standard-library struct with unexported
// fields, and methods on value and pointer receivers, each once, in a fixed
// order. Expected snapshot values are documented above each function.
package main

import (
	"bytes"
	"fmt"
)

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

func main() {
	testEmptyStruct(empty{})
	testSimpleStruct(point{X: 1, Y: -2})
	testNestedStruct(outer{
		Name:  "outer",
		Inner: inner{Label: "in", Depth: 1},
		Ptr:   &inner{Label: "via pointer", Depth: 2},
	})
	testBigStruct(newBigStruct())
	testEmbedded(employee{person: person{Name: "Ada", Age: 36}, address: &address{City: "London"}, Role: "engineer"})
	testUnexportedFields(account{ID: 9, balance: 1200, owner: "bob", frozen: true})
	var buf bytes.Buffer
	buf.WriteString("hello")
	testStdlibStruct(&buf)
	testAnonymousStruct(struct {
		A int
		B string
	}{A: 5, B: "anon"})
	testStructWithArray(withArray{Tag: "arr", Vals: [3]int{7, 8, 9}})
	testMixedStruct(mixed{ID: 3, Weight: 2.5, Name: "mixed"})
	sink += point{X: 3, Y: 4}.ManhattanLength()
	c := &counter{name: "hits", n: 10}
	sink += c.Add(5)
	sink += testStructResult(6).X
	fmt.Println("structs done", sink)
}
