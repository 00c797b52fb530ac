package main

// wide has 12 fields, over a maxFieldCount of 5.
type wide struct {
	A, B, C, D, E, F, G, H, I, J, K, L int
}

func runLengths() {
	testStringLength("The quick brown fox jumps over the lazy dog")
	testStringLengthUTF8("aαααααααα")
	testStringLengthInSlice([]string{"abcdefgh", "xy", "wxyz"})
	testFieldCount(wide{A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, J: 10, K: 11, L: 12})
}

// maxLength 16: value "The quick brown " (16 bytes), truncated: true,
// size "43"; the message shows the captured prefix.
//
//go:noinline
func testStringLength(s string) {
	sink += len(s)
}

// 17 bytes ("a" then eight 2-byte runes) under maxLength 16: the cut falls
// inside the last rune, so the captured prefix ends in half a rune; the
// golden shows how the decoder renders that (size "17", truncated: true).
//
//go:noinline
func testStringLengthUTF8(s string) {
	sink += len(s)
}

// maxLength 4 applies to each element: "abcd" (truncated, size "8"),
// "xy", and "wxyz" (exactly the limit: not truncated).
//
//go:noinline
func testStringLengthInSlice(s []string) {
	sink += len(s)
}

// maxFieldCount 5: fields A..E ("1".."5"), then notCapturedReason
// "fieldCount" (a reason of other Datadog tracers; the Go agent has no
// field limit).
//
//go:noinline
func testFieldCount(w wide) {
	sink += w.A + w.L
}
