package main

import "bytes"

type empty struct{}

// Expects s = {type main.empty, fields {}}.
//
//go:noinline
func testEmptyStruct(s empty) {
	_ = s
	sink++
}

type point struct {
	X, Y int
}

// Expects p = {type main.point, fields {X "1", Y "-2"}}.
//
//go:noinline
func testSimpleStruct(p point) {
	sink += p.X + p.Y
}

type inner struct {
	Label string
	Depth int
}

type outer struct {
	Name  string
	Inner inner
	Ptr   *inner
}

// A struct inside a struct (same depth) and behind a pointer (one deeper):
// expects o.Name "outer", o.Inner {Label "in", Depth "1"},
// o.Ptr {*main.inner, address, Label "via pointer", Depth "2"};
// message "outer: in / via pointer".
//
//go:noinline
func testNestedStruct(o outer) {
	sink += o.Inner.Depth + o.Ptr.Depth + len(o.Name)
}

// bigStruct has 24 fields of mixed kinds; too big for registers, it is
// passed on the stack.
type bigStruct struct {
	F01 bool
	F02 int8
	F03 int16
	F04 int32
	F05 int64
	F06 uint8
	F07 uint16
	F08 uint32
	F09 uint64
	F10 int
	F11 uint
	F12 string
	F13 []int
	F14 *int
	F15 [2]int
	F16 point
	F17 map[string]int
	F18 any
	F19 error
	F20 uintptr
	F21 float64
	F22 string
	F23 bool
	F24 int
}

func newBigStruct() bigStruct {
	seven := 7
	return bigStruct{
		F01: true, F02: -2, F03: -3, F04: -4, F05: -5,
		F06: 6, F07: 7, F08: 8, F09: 9, F10: 10, F11: 11,
		F12: "twelve", F13: []int{13}, F14: &seven, F15: [2]int{15, 15},
		F16: point{X: 16, Y: 16}, F17: map[string]int{"k": 17}, F18: 18,
		F19: nil, F20: 0x20, F21: 21.5, F22: "", F23: false, F24: 24,
	}
}

// Every field in declaration order, F01 "true" ... F24 "24"; F21 (a float
// in memory) "21.5"; F19 a nil error; F18 any holding int "18". The
// message shows five fields, then "...":
// "b={F01: true, F02: -2, F03: -3, F04: -4, F05: -5, ...}".
//
//go:noinline
func testBigStruct(b bigStruct) {
	sink += b.F10 + b.F24 + len(b.F12) + *b.F14
}

type person struct {
	Name string
	Age  int
}

type address struct {
	City string
}

// employee embeds a struct and a pointer to a struct; DWARF names embedded
// fields after their type.
type employee struct {
	person
	*address
	Role string
}

// Expects e.person {Name "Ada", Age "36"}, e.address {*main.address,
// City "London"}, e.Role "engineer".
//
//go:noinline
func testEmbedded(e employee) {
	sink += e.Age + len(e.City) + len(e.Role)
}

// account mixes exported and unexported fields; both are captured.
type account struct {
	ID      int
	balance int64
	owner   string
	frozen  bool
}

// Expects a.ID "9", a.balance "1200", a.owner "bob", a.frozen "true".
//
//go:noinline
func testUnexportedFields(a account) {
	if a.frozen {
		sink += a.ID + int(a.balance) + len(a.owner)
	}
}

// A standard-library struct with only unexported fields: expects
// b = {*bytes.Buffer, buf {[]uint8, size "5", 104 101 108 108 111},
// off "0", lastRead {bytes.readOp, "0"}}.
//
//go:noinline
func testStdlibStruct(b *bytes.Buffer) {
	sink += b.Len()
}

// An anonymous struct type: DWARF names it "struct { A int; B string }".
// Expects v.A "5", v.B "anon".
//
//go:noinline
func testAnonymousStruct(v struct {
	A int
	B string
}) {
	sink += v.A + len(v.B)
}

// withArray contains an array of length > 1, so the register ABI passes the
// whole struct on the stack.
type withArray struct {
	Tag  string
	Vals [3]int
}

// Expects s.Tag "arr", s.Vals {[3]int, size "3", 7, 8, 9}.
//
//go:noinline
func testStructWithArray(s withArray) {
	sink += s.Vals[2] + len(s.Tag)
}

// mixed is split across registers: ID in an integer register, Weight in
// X0, Name in two integer registers.
type mixed struct {
	ID     int
	Weight float64
	Name   string
}

// The float field sits in an XMM register: the engine cannot assemble the
// whole value, so m is expected "unavailable" (or, if an engine assembles
// pieces, ID "3", Name "mixed" with Weight "unavailable").
//
//go:noinline
func testMixedStruct(m mixed) {
	sink += m.ID + len(m.Name) + int(m.Weight)
}

// A method with a value receiver, DWARF name main.point.ManhattanLength:
// expects p {X "3", Y "4"}, @return "7".
//
//go:noinline
func (p point) ManhattanLength() int {
	return abs(p.X) + abs(p.Y)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

type counter struct {
	name string
	n    int
}

// A method with a pointer receiver, DWARF name main.(*counter).Add:
// expects c {*main.counter, name "hits", n "10"}, delta "5", @return "15";
// message "hits += 5 -> 15".
//
//go:noinline
func (c *counter) Add(delta int) int {
	c.n += delta
	return c.n
}

// A struct result: @return {main.point, X "6", Y "12"}.
//
//go:noinline
func testStructResult(x int) point {
	return point{X: x, Y: 2 * x}
}
