package main

// Expects m = {map[string]int, isNull: true}.
//
//go:noinline
func testNilMap(m map[string]int) {
	if m == nil {
		sink++
	}
}

// Expects m = {map[string]int, size "0", entries []}.
//
//go:noinline
func testEmptyMap(m map[string]int) {
	sink += len(m) + 1
}

// A small map lives in a single group: expects size "3",
// entries one: 1, three: 3, two: 2 (sorted by the normalizer). The message
// lists entries in slot order, which for a small map is insertion order:
// "m=map[one: 1, two: 2, three: 3]".
//
//go:noinline
func testSmallMap(m map[string]int) {
	sink += m["two"]
}

// Expects size "40", entries 0: "v00" ... 39: "v39".
//
//go:noinline
func testOneTableMap(m map[int]string) {
	sink += len(m)
}

// Expects map[uint16]uint16 size "6", entries 1000: 2000, 1001: 2002,
// 1002: 2004, 1003: 2006, 1004: 2008, 1005: 2010.
//
//go:noinline
func testGrownMap(m map[uint16]uint16) {
	sink += len(m)
}

// Expects size "2", a: {X "1", Y "2"}, b: {X "3", Y "4"}.
//
//go:noinline
func testMapOfStructs(m map[string]point) {
	sink += m["b"].Y
}

// Values p and q alias one point (same numbered address, X "9", Y "9");
// nil: {*main.point, isNull: true}.
//
//go:noinline
func testMapPointerValues(m map[string]*point) {
	sink += m["p"].X
}

// Struct keys: {X "0", Y "0"}: "origin", {X "1", Y "-1"}: "corner".
//
//go:noinline
func testMapStructKeys(m map[point]string) {
	sink += len(m[point{}])
}

// Inner maps: empty (size "0"), nil (isNull), pair (size "2", x: 1, y: 2).
//
//go:noinline
func testMapOfMaps(m map[string]map[string]int) {
	sink += m["pair"]["y"]
}

// Expects m = {*map[string]int, address, size "2", bar: 2, foo: 1};
// message "m=map[foo: 1, bar: 2]" (slot order, as above).
//
//go:noinline
func testPointerToMap(m *map[string]int) {
	sink += (*m)["foo"]
}

// Indirect values: 1: {ID "100", Rest all "0"}, 2: {ID "200", Rest[18]
// "219"}; how the indirection shows (a *main.bigValue with an address, as
// Datadog's agent does, or the value itself) is the decoder's choice.
//
//go:noinline
func testMapBigValues(m map[int]bigValue) {
	sink += int(m[2].ID)
}

// Indirect keys: {Name "k1", Pad zeros}: 1 and {Name "k2", Pad[14] "7"}: 2.
//
//go:noinline
func testMapBigKeys(m map[bigKey]int) {
	sink += len(m)
}

// Interface values: int: any(1), str: any("s"), nil: isNull,
// slice: any([]int{1, 2}).
//
//go:noinline
func testMapAnyValues(m map[string]any) {
	sink += len(m)
}
