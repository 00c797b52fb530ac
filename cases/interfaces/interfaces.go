package main

import (
	"errors"
	"fmt"
	"io"
)

// Expects a = {interface {}, fields {data {int, "1234"}}}; message "a=1234".
//
//go:noinline
func testAnyInt(a any) {
	sink += a.(int)
}

// Expects a.data = {string, "boxed"}.
//
//go:noinline
func testAnyString(a any) {
	sink += len(a.(string))
}

// A boxed struct: a.data = {main.point, X "1", Y "2"}.
//
//go:noinline
func testAnyStruct(a any) {
	sink += a.(point).Y
}

// A pointer is stored in the data word itself: a.data = {*main.point,
// address, X "3", Y "4"}.
//
//go:noinline
func testAnyPointer(a any) {
	sink += a.(*point).X
}

// Expects a.data = {*int, address, "7"}.
//
//go:noinline
func testAnyIntPointer(a any) {
	sink += *a.(*int)
}

// Expects a.data = {[]int, size "3", 1, 2, 3}.
//
//go:noinline
func testAnySlice(a any) {
	sink += len(a.([]int))
}

// A map is pointer-shaped too: a.data = {map[string]int, size "1", k: 1}.
//
//go:noinline
func testAnyMap(a any) {
	sink += len(a.(map[string]int))
}

// Expects a = {interface {}, isNull: true}.
//
//go:noinline
func testAnyNil(a any) {
	if a == nil {
		sink++
	}
}

// A non-nil interface holding a nil pointer: a.data = {*main.point,
// isNull: true}.
//
//go:noinline
func testAnyTypedNil(a any) {
	if a != nil {
		sink++
	}
}

// A bool needs no allocation (the runtime points at a static byte):
// a.data = {bool, "true"}.
//
//go:noinline
func testAnyBool(a any) {
	if a.(bool) {
		sink++
	}
}

// errors.New: err = {error, data {*errors.errorString, s "boom"}}.
//
//go:noinline
func testErrorNew(err error) {
	sink += len(err.Error())
}

// fmt.Errorf with %w: err.data = {*fmt.wrapError, msg "load config: boom",
// err {error, data {*errors.errorString, s "boom"}}}.
//
//go:noinline
func testErrorWrapped(err error) {
	if errors.Unwrap(err) != nil {
		sink++
	}
}

// A value-receiver error is boxed: err.data = {main.valueError, Code "404"}.
//
//go:noinline
func testErrorValueReceiver(err error) {
	sink += len(err.Error())
}

// err.data = {*main.ptrError, Op "read", Path "/etc/hosts"}.
//
//go:noinline
func testErrorPointerReceiver(err error) {
	sink += len(err.Error())
}

// Expects err = {error, isNull: true}.
//
//go:noinline
func testNilError(err error) {
	if err == nil {
		sink++
	}
}

// A non-empty interface (itab, not a bare type word): s = {fmt.Stringer,
// data {main.point, X "5", Y "6"}}.
//
//go:noinline
func testStringer(s fmt.Stringer) {
	sink += len(s.String())
}

// r = {io.Reader, data {*strings.Reader, s "abc", i "0", prevRune "-1"}}.
//
//go:noinline
func testReader(r io.Reader) {
	if r != nil {
		sink++
	}
}

// Expects s = {[]interface {}, size "4", int "1", string "two", isNull,
// main.point {X "3", Y "3"}}.
//
//go:noinline
func testInterfaceSlice(s []any) {
	sink += len(s)
}

// Interfaces as struct fields: h.Name "h", h.Val {data {float64, "2.5"}},
// h.Err {data {*errors.errorString, s "boom"}}.
//
//go:noinline
func testInterfacesInStruct(h holder) {
	sink += len(h.Name)
}

// The dynamic type was built by reflect.StructOf, so no type in the capture
// matches its descriptor: a.data has notCapturedReason
// "missing type information".
//
//go:noinline
func testRuntimeOnlyType(a any) {
	if a != nil {
		sink++
	}
}
