package main

// Arrays longer than one element are passed on the stack: expects
// a = {[3]int, size "3", elements 1, 2, 3}; message "a=[1, 2, 3]".
//
//go:noinline
func testArray(a [3]int) {
	sink += a[0] + a[2]
}

// Expects a = {[0]int, size "0", elements []}.
//
//go:noinline
func testEmptyArray(a [0]int) {
	sink += len(a) + 1
}

// Expects a = {[2]main.point, size "2", {X "1", Y "2"}, {X "3", Y "4"}}.
//
//go:noinline
func testArrayOfStructs(a [2]point) {
	sink += a[1].Y
}

// Expects a = {[2][3]int, size "2", [1 2 3], [4 5 6]} with each inner
// array {[3]int, size "3"}.
//
//go:noinline
func testArrayOfArrays(a [2][3]int) {
	sink += a[1][2]
}

// Expects s = {[]int, isNull: true}.
//
//go:noinline
func testNilSlice(s []int) {
	if s == nil {
		sink++
	}
}

// Non-nil with length 0: expects s = {[]int, size "0", elements []}.
//
//go:noinline
func testEmptySlice(s []int) {
	if s != nil {
		sink += len(s) + 1
	}
}

// Expects s = {[]int, size "4", -1, 0, 1, 1099511627776}; the message
// shows three items: "s=[-1, 0, 1, ...]".
//
//go:noinline
func testIntSlice(s []int) {
	sink += len(s)
}

// Expects b = {[]uint8, size "4", 71, 79, 68, 73}.
//
//go:noinline
func testByteSlice(b []byte) {
	sink += int(b[0])
}

// Expects s = {[]string, size "3", "a", "", "ünï"}.
//
//go:noinline
func testStringSlice(s []string) {
	sink += len(s[2])
}

// Expects s = {[]main.point, size "2", {X "1", Y "1"}, {X "2", Y "4"}}.
//
//go:noinline
func testStructSlice(s []point) {
	sink += s[1].Y
}

// Inner slices: [1], nil (isNull), empty (size "0"), [2, 3]; the message
// shows the first three, nested.
//
//go:noinline
func testSliceOfSlices(s [][]int) {
	sink += len(s[3])
}

// Elements 0 and 2 alias one point (same numbered address, X "5" Y "5"),
// element 1 is nil, element 3 is {X "6", Y "6"}.
//
//go:noinline
func testSliceOfPointers(s []*point) {
	sink += s[0].X + s[3].Y
}

// A slice into the middle of an array, len 3 cap 6: expects size "3" and
// elements 20, 30, 40 (capacity is not shown).
//
//go:noinline
func testSubSlice(s []int) {
	sink += s[0] + cap(s)
}
