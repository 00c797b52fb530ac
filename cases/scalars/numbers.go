package main

import (
	"math"
	"math/cmplx"
)

func runNumbers() {
	testBool(true, false)
	testSignedMin(math.MinInt8, math.MinInt16, math.MinInt32, math.MinInt64)
	testSignedMax(math.MaxInt8, math.MaxInt16, math.MaxInt32, math.MaxInt64, -42)
	testUnsignedMax(math.MaxUint8, math.MaxUint16, math.MaxUint32, math.MaxUint64, 7)
	testByteAndRune('G', '世')
	testNamedScalars(-40, modeWrite)
	testUintptr(0xdeadbeef)
	sink += uint64(int64(testFloatArgs(1.5, -2.25)))
	testMixedArgs(7, 0.5, "mixed", true)
	testFloatsInMemory(&floatValues{
		F32:     1.5,
		F32Inex: 0.1,
		F64:     -2.75,
		NaN:     math.NaN(),
		PosInf:  math.Inf(1),
		NegInf:  math.Inf(-1),
		NegZero: math.Copysign(0, -1),
		Large:   1e21,
		Huge:    math.MaxFloat64,
		Tiny:    1e-7,
		Min:     math.SmallestNonzeroFloat64,
	})
	testComplexArgs(complex(1, 2), complex(-1.5, 0.25))
	testComplexInMemory(&complexValues{C64: complex(1, 2), C128: complex(-1.5, -0.5), Inf: cmplx.Inf()})
	sink += uint64(testManyInts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
	testStringAfterNineInts(1, 2, 3, 4, 5, 6, 7, 8, 9, "on the stack")
}

// Expects t = "true", f = "false".
//
//go:noinline
func testBool(t, f bool) {
	if t {
		sink++
	}
	if f {
		sink += 2
	}
}

// Expects the minimum of each signed width: a = "-128", b = "-32768",
// c = "-2147483648", d = "-9223372036854775808".
//
//go:noinline
func testSignedMin(a int8, b int16, c int32, d int64) {
	sink += uint64(int64(a) + int64(b) + int64(c) + d)
}

// Expects the maximum of each signed width: a = "127", b = "32767",
// c = "2147483647", d = "9223372036854775807"; e (int) = "-42".
//
//go:noinline
func testSignedMax(a int8, b int16, c int32, d int64, e int) {
	sink += uint64(int64(a) + int64(b) + int64(c) + d + int64(e))
}

// Expects the maximum of each unsigned width: a = "255", b = "65535",
// c = "4294967295", d = "18446744073709551615"; e (uint) = "7".
//
//go:noinline
func testUnsignedMax(a uint8, b uint16, c uint32, d uint64, e uint) {
	sink += uint64(a) + uint64(b) + uint64(c) + d + uint64(e)
}

// byte and rune are aliases: DWARF names them uint8 and int32.
// Expects b = {type uint8, value "71"}, r = {type int32, value "19990"}.
//
//go:noinline
func testByteAndRune(b byte, r rune) {
	sink += uint64(b) + uint64(r)
}

type celsius int32

type fileMode uint8

const modeWrite fileMode = 2

// Named basic types keep their own name: t = {type main.celsius, value "-40"},
// m = {type main.fileMode, value "2"}.
//
//go:noinline
func testNamedScalars(t celsius, m fileMode) {
	sink += uint64(int64(t)) + uint64(m)
}

// uintptr is rendered as hex: p = "0xdeadbeef".
//
//go:noinline
func testUintptr(p uintptr) {
	sink += uint64(p)
}

// Float arguments arrive in XMM registers (X0, X1), which a uprobe cannot
// read: expects f32 and f64 with notCapturedReason "unavailable", and the
// float64 @return (in X0) "unavailable" too. The template renders them as
// "f64={unavailable} -> {unavailable}".
//
//go:noinline
func testFloatArgs(f32 float32, f64 float64) float64 {
	return float64(f32) * f64
}

// Integer-class arguments use RAX, RBX... while the float uses X0: expects
// i = "7", s = "mixed", b = "true" and f "unavailable".
//
//go:noinline
func testMixedArgs(i int, f float64, s string, b bool) {
	if b {
		sink += uint64(i) + uint64(len(s)) + uint64(f*2)
	}
}

// floatValues holds floats in memory, where they are readable.
type floatValues struct {
	F32     float32
	F32Inex float32
	F64     float64
	NaN     float64
	PosInf  float64
	NegInf  float64
	NegZero float64
	Large   float64
	Huge    float64
	Tiny    float64
	Min     float64
}

// Floats read through a pointer, formatted as strconv.FormatFloat(v, 'f',
// -1, 64) after widening float32: F32 "1.5", F32Inex "0.10000000149011612",
// F64 "-2.75", NaN "NaN", PosInf "+Inf", NegInf "-Inf", NegZero "-0",
// Large "1000000000000000000000", Huge "17976931348623157" followed by 292
// zeros (309 digits), Tiny "0.0000001", Min "0." followed by 323 zeros and
// "5" (5e-324 without exponent).
//
//go:noinline
func testFloatsInMemory(v *floatValues) {
	if v.F64 < 0 {
		sink++
	}
}

// complex64 and complex128 arguments use XMM register pairs: expects both
// "unavailable".
//
//go:noinline
func testComplexArgs(c64 complex64, c128 complex128) {
	sink += uint64(real(c64)) + uint64(imag(c128)*4)
}

type complexValues struct {
	C64  complex64
	C128 complex128
	Inf  complex128
}

// Complex numbers read through a pointer: C64 "(1+2i)", C128 "(-1.5-0.5i)",
// Inf "(+Inf+Infi)".
//
//go:noinline
func testComplexInMemory(v *complexValues) {
	sink += uint64(real(v.C64))
}

// The Go register ABI has nine integer registers: a..i arrive in registers,
// j and k on the stack. Expects a = "1" ... k = "11", @return = "66";
// message "sum of 11 ints = 66, k = 11".
//
//go:noinline
func testManyInts(a, b, c, d, e, f, g, h, i, j, k int) int {
	return a + b + c + d + e + f + g + h + i + j + k
}

// Nine ints use up every integer register, so the string (two words) is
// passed on the stack: a..i = "1".."9", s = "on the stack".
//
//go:noinline
func testStringAfterNineInts(a, b, c, d, e, f, g, h, i int, s string) {
	sink += uint64(a+b+c+d+e+f+g+h+i) + uint64(len(s))
}
