package main

import "unsafe"

// Expects p = {type *int, isNull: true}; message "p=nil".
//
//go:noinline
func testNilPointer(p *int) {
	if p == nil {
		sink++
	}
}

// Expects p = {type *int, address, value "42"}; message "p=42".
//
//go:noinline
func testIntPointer(p *int) {
	sink += *p
}

// Chains: only the last pointer shows its address. Expects
// pp = {type **int, address, value "42"} and
// ppp = {type ***int, address, value "42"}.
//
//go:noinline
func testPointerChain(pp **int, ppp ***int) {
	sink += **pp + ***ppp
}

// A non-nil pointer to a nil pointer: the chain ends in the inner nil, so
// pp shows isNull: true (the outer pointer itself is not nil).
//
//go:noinline
func testPointerToNilPointer(pp **int) {
	if *pp == nil {
		sink++
	}
}

// Expects p = {type *string, address, value "pointee"}.
//
//go:noinline
func testStringPointer(p *string) {
	sink += len(*p)
}

// A pointer to a struct carries the struct's fields itself: expects
// p = {type *main.point, address, fields {X "1", Y "2"}};
// message "p={X: 1, Y: 2} p.X=1".
//
//go:noinline
func testStructPointer(p *point) {
	sink += p.X + p.Y
}

// Expects p = {type *main.point, isNull: true}. The template's {p.X}
// dereferences nil: the message shows "{error: ...}" and the snapshot
// carries an evaluationErrors entry for "p.X".
//
//go:noinline
func testNilStructPointer(p *point) {
	if p == nil {
		sink++
	}
}

// Expects p = {type *[4]int, address, size "4", elements 10, 20, 30, 40}.
//
//go:noinline
func testPointerToArray(p *[4]int) {
	sink += p[3]
}

// Expects p = {type *[]int, address, size "3", elements 1, 2, 3}.
//
//go:noinline
func testPointerToSlice(p *[]int) {
	sink += len(*p)
}

// a -> b -> a: expects a = {*main.node, Val "1", Next {*main.node, Val "2",
// Next {*main.node, address of a, notCapturedReason "circular reference"}}}.
//
//go:noinline
func testCycle(a *node) {
	sink += a.Next.Val
}

// n.Next == n: expects n = {*main.node, Val "7", Next {address of n,
// notCapturedReason "circular reference"}}.
//
//go:noinline
func testSelfLoop(n *node) {
	sink += n.Next.Val
}

// a and b point at one object, c at an equal but distinct one: a and b
// show the same (numbered) address, c another; all three X "3", Y "4".
//
//go:noinline
func testAliasedArgs(a, b, c *point) {
	if a == b && b != c {
		sink += a.X + c.Y
	}
}

// unsafe.Pointer shows its address only: p = {type unsafe.Pointer, address};
// message "p=0x..." (the address).
//
//go:noinline
func testUnsafePointer(p unsafe.Pointer) {
	if p != nil {
		sink++
	}
}

// The pointee lies in a PROT_NONE page, so reading it fails: expects
// p = {type *int64, address, notCapturedReason "unavailable"}.
//
//go:noinline
func testUnreadablePointer(p *int64) {
	if p != nil {
		sink++
	}
}
