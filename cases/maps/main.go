// Command maps calls probed functions that take maps in every layout the
// Go 1.24+ swiss map implementation uses: nil, empty, small (one group, no
// directory), one table, several tables after growth, and maps whose keys
// or values are stored indirectly (over 128 bytes). Each is called once in
// a fixed order; expected entries are documented above each function (the
// normalizer sorts entries, because Go map order is random).
package main

import "fmt"

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

type point struct {
	X, Y int
}

// bigValue is 160 bytes, over the 128-byte limit, so map slots hold a
// pointer to it (indirect elem).
type bigValue struct {
	ID   int64
	Rest [19]int64
}

// bigKey is 136 bytes, so map slots hold a pointer to it (indirect key).
type bigKey struct {
	Name string
	Pad  [15]int64
}

func main() {
	testNilMap(nil)
	testEmptyMap(map[string]int{})
	testSmallMap(map[string]int{"one": 1, "two": 2, "three": 3})
	testOneTableMap(oneTableMap())
	testGrownMap(grownMap())
	testMapOfStructs(map[string]point{"a": {X: 1, Y: 2}, "b": {X: 3, Y: 4}})

	shared := &point{X: 9, Y: 9}
	testMapPointerValues(map[string]*point{"p": shared, "q": shared, "nil": nil})
	testMapStructKeys(map[point]string{{X: 0, Y: 0}: "origin", {X: 1, Y: -1}: "corner"})
	testMapOfMaps(map[string]map[string]int{
		"empty": {},
		"nil":   nil,
		"pair":  {"x": 1, "y": 2},
	})
	pm := map[string]int{"foo": 1, "bar": 2}
	testPointerToMap(&pm)
	testMapBigValues(map[int]bigValue{1: {ID: 100}, 2: {ID: 200, Rest: [19]int64{18: 219}}})
	testMapBigKeys(map[bigKey]int{{Name: "k1"}: 1, {Name: "k2", Pad: [15]int64{14: 7}}: 2})
	testMapAnyValues(map[string]any{"int": 1, "str": "s", "nil": nil, "slice": []int{1, 2}})
	fmt.Println("maps done", sink)
}

// oneTableMap has 40 entries: more than one group (8 slots) holds, fewer
// than one table (1024 slots) needs, so its directory has one table.
func oneTableMap() map[int]string {
	m := map[int]string{}
	for i := range 40 {
		m[i] = fmt.Sprintf("v%02d", i)
	}
	return m
}

// grownMap grows to 2000 entries (splitting into four tables) and then
// deletes all but six. Swiss tables never shrink, so the engine must walk
// four tables of mostly empty and deleted slots to find six entries.
func grownMap() map[uint16]uint16 {
	m := map[uint16]uint16{}
	for i := range uint16(2000) {
		m[i] = 2 * i
	}
	for i := range uint16(2000) {
		if i < 1000 || i > 1005 {
			delete(m, i)
		}
	}
	return m
}
