// Command collections calls probed functions that take arrays and slices:
// nil, empty, of scalars, strings, structs, slices and pointers, each once,
// in a fixed order. Expected snapshot values are documented above each
// function.
package main

import "fmt"

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

type point struct {
	X, Y int
}

func main() {
	testArray([3]int{1, 2, 3})
	testEmptyArray([0]int{})
	testArrayOfStructs([2]point{{X: 1, Y: 2}, {X: 3, Y: 4}})
	testArrayOfArrays([2][3]int{{1, 2, 3}, {4, 5, 6}})
	testNilSlice(nil)
	testEmptySlice([]int{})
	testIntSlice([]int{-1, 0, 1, 1 << 40})
	testByteSlice([]byte("GODI"))
	testStringSlice([]string{"a", "", "ünï"})
	testStructSlice([]point{{X: 1, Y: 1}, {X: 2, Y: 4}})
	testSliceOfSlices([][]int{{1}, nil, {}, {2, 3}})

	shared := &point{X: 5, Y: 5}
	testSliceOfPointers([]*point{shared, nil, shared, {X: 6, Y: 6}})

	backing := [8]int{0, 10, 20, 30, 40, 50, 60, 70}
	testSubSlice(backing[2:5])
	fmt.Println("collections done", sink)
}
