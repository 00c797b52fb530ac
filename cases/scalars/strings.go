package main

import "strings"

func runStrings() {
	testEmptyString("")
	testString("hello")
	testUTF8String("héllo, 世界 🌍")
	testStringEscapes("tab\tnl\n\"q\" back\\slash nul\x00 bell\a end")
	testThreeStrings("one", "two", "three")
	testLongString(strings.Repeat("0123456789", 30))
	sink += uint64(len(testStringResult("ping")))
}

// Expects s = {type string, value ""}.
//
//go:noinline
func testEmptyString(s string) {
	sink += uint64(len(s))
}

// Expects s = "hello".
//
//go:noinline
func testString(s string) {
	sink += uint64(len(s))
}

// Multi-byte UTF-8 (2, 3 and 4 byte runes), 19 bytes: expects the text
// unchanged, "héllo, 世界 🌍"; message "s=héllo, 世界 🌍".
//
//go:noinline
func testUTF8String(s string) {
	sink += uint64(len(s))
}

// Control characters, quotes, a backslash and a NUL byte: the golden shows
// them JSON-escaped ("tab\tnl\n\"q\" back\\slash nul\u0000 bell\u0007 end").
//
//go:noinline
func testStringEscapes(s string) {
	sink += uint64(len(s))
}

// Expects a = "one", b = "two", c = "three".
//
//go:noinline
func testThreeStrings(a, b, c string) {
	sink += uint64(len(a) + len(b) + len(c))
}

// 300 bytes, over the default maxLength 255: expects the first 255 bytes
// ("0123456789" x 25 + "01234"), truncated: true, size "300".
//
//go:noinline
func testLongString(s string) {
	sink += uint64(len(s))
}

// A string result: @return = "ping-pong".
//
//go:noinline
func testStringResult(s string) string {
	return s + "-pong"
}
