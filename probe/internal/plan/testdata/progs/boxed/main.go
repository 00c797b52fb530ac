// Program boxed is the plan tests' target for types that reach a probe
// only through an interface, some with no DWARF type at all: boxed maps
// (go1.23 and go1.24 write no DWARF for them) and values whose types
// reflect builds, which it finds among the binary's own types when they
// are there. Run with the argument "types", it prints the type word of
// each reflect-built value (the runtime type address the engine sees).
package main

import (
	"fmt"
	"os"
	"reflect"
	"unsafe"
)

// cell is reached only through a boxed map's values.
type cell struct {
	Row, Col int16
	Label    string
}

// row gives reflect.SliceOf a []row to find: an array's descriptor
// points to the slice type of its elements.
type row struct{ A, B int }

var sink int

//go:noinline
func boxed(v any) {
	if v != nil {
		sink++
	}
}

// byReflect holds values whose types reflect builds.
func byReflect() map[string]any {
	made := reflect.StructOf([]reflect.StructField{
		{Name: "Made", Type: reflect.TypeFor[int]()},
		{Name: "At", Type: reflect.TypeFor[string]()},
	})
	nowhere := reflect.StructOf([]reflect.StructField{
		{Name: "Nowhere", Type: reflect.TypeFor[uint8]()},
	})
	return map[string]any{
		"mapOf":    reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), reflect.TypeFor[int]())).Interface(),
		"sliceOf":  reflect.MakeSlice(reflect.SliceOf(reflect.TypeFor[row]()), 1, 1).Interface(),
		"structOf": reflect.New(made).Elem().Interface(),
		// No type of the binary is struct { Nowhere uint8 }: reflect
		// makes one at run time, which no plan can know.
		"runtimeOnly": reflect.New(nowhere).Elem().Interface(),
	}
}

// typeWord is the runtime type address v's interface holds.
func typeWord(v any) uintptr {
	return uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0])
}

func main() {
	boxed(map[string]int{"k": 1})
	boxed(map[uint8]cell{1: {Row: 2, Col: 3, Label: "x"}})
	boxed([2]row{{1, 2}})
	boxed(struct {
		Made int
		At   string
	}{1, "literal"})
	for name, v := range byReflect() {
		boxed(v)
		if len(os.Args) > 1 && os.Args[1] == "types" {
			fmt.Printf("%s %s 0x%x\n", name, reflect.TypeOf(v), typeWord(v))
		}
	}
}
