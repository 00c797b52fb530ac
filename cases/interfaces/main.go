// Command interfaces calls probed functions that take `any` holding values
// of each kind, errors of each origin, non-empty interfaces (fmt.Stringer,
// io.Reader) and a value whose dynamic type exists only at run time, each
// once, in a fixed order. Expected snapshot values are documented above
// each function.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

type point struct {
	X, Y int
}

// String makes point a fmt.Stringer (value receiver).
func (p point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

// valueError implements error with a value receiver.
type valueError struct {
	Code int
}

func (e valueError) Error() string {
	return fmt.Sprintf("status %d", e.Code)
}

// ptrError implements error with a pointer receiver.
type ptrError struct {
	Op   string
	Path string
}

func (e *ptrError) Error() string {
	return e.Op + " " + e.Path
}

// holder puts interfaces inside a struct.
type holder struct {
	Name string
	Val  any
	Err  error
}

func main() {
	n := 7
	testAnyInt(1234)
	testAnyString("boxed")
	testAnyStruct(point{X: 1, Y: 2})
	testAnyPointer(&point{X: 3, Y: 4})
	testAnyIntPointer(&n)
	testAnySlice([]int{1, 2, 3})
	testAnyMap(map[string]int{"k": 1})
	testAnyNil(nil)
	testAnyTypedNil((*point)(nil))
	testAnyBool(true)

	base := errors.New("boom")
	testErrorNew(base)
	testErrorWrapped(fmt.Errorf("load config: %w", base))
	testErrorValueReceiver(valueError{Code: 404})
	testErrorPointerReceiver(&ptrError{Op: "read", Path: "/etc/hosts"})
	testNilError(nil)

	testStringer(point{X: 5, Y: 6})
	testReader(strings.NewReader("abc"))
	testInterfaceSlice([]any{1, "two", nil, point{X: 3, Y: 3}})
	testInterfacesInStruct(holder{Name: "h", Val: 2.5, Err: base})
	testRuntimeOnlyType(runtimeOnlyValue())
	fmt.Println("interfaces done", sink)
}

// runtimeOnlyValue returns a value of a struct type built by reflect at run
// time: its type descriptor lives on the heap and has no DWARF entry.
func runtimeOnlyValue() any {
	t := reflect.StructOf([]reflect.StructField{
		{Name: "Made", Type: reflect.TypeFor[int]()},
		{Name: "At", Type: reflect.TypeFor[string]()},
	})
	v := reflect.New(t).Elem()
	v.Field(0).SetInt(99)
	v.Field(1).SetString("runtime")
	return v.Interface()
}
