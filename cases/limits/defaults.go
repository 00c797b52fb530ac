package main

import "strings"

// testAgentDefaults's probe sets no capture limits: the Go agent's defaults
// apply. The 600-byte string shows its first 512 bytes (truncated, size
// "600"); the 300 elements of the slice its first 256 (notCapturedReason
// "collectionSize"); the five-pointer chain is captured to the end (no
// depth limit): 42.
//
//go:noinline
func testAgentDefaults(s string, xs []uint, p *****int) {
	sink += len(s) + len(xs) + *****p
}

func runDefaults() {
	xs := make([]uint, 300)
	for i := range xs {
		xs[i] = uint(i)
	}
	v := 42
	p1 := &v
	p2 := &p1
	p3 := &p2
	p4 := &p3
	testAgentDefaults(strings.Repeat("abcdefghij", 60), xs, &p4)
}
