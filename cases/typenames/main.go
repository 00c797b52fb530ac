// Command typenames passes values whose type names and interface encodings
// differ between tools: types of a package whose path has a dot, behind
// `any` and not; nil `any`, nil `error`, typed nils in interfaces; pointers
// to interfaces and chains of pointers through interfaces, cut at the
// depth limit. Each probed function is called in a fixed order.
package main

import (
	"errors"
	"fmt"

	lib "example.com/typenames/lib.v2"
)

// sink keeps the probed calls alive.
var sink int

// useVersion takes the dotted package's types directly: their names are
// DWARF's, example.com/typenames/lib%2ev2.Version and the pointer to it.
//
//go:noinline
func useVersion(v lib.Version, p *lib.Version, t lib.Tagged) { sink += v.Major + p.Minor + len(t) }

// boxed takes them behind `any`: the dynamic type names are the same.
// Calls: Version{1,2}, &Version{3,4}, Tagged("t"), nil, (*Version)(nil).
//
//go:noinline
func boxed(v any) { sink++ }

// failed takes an error: nil; errors.New("plain") (*errors.errorString);
// a typed nil *lib.Err (non-nil interface, nil pointer); &lib.Err{7}.
//
//go:noinline
func failed(err error) { sink++ }

// viaPointer takes a pointer to an interface: nil; to a nil `any` (the
// pointer is not nil: its data is); to any(5); to any(&x).
//
//go:noinline
func viaPointer(p *any) { sink++ }

// chain takes a pointer into a chain *any -> any(*any) -> any(*any) -> any(1):
// with no depth limit it is captured whole; its probe chainDepth2 has
// maxReferenceDepth 2 and cuts it, notCapturedReason "depth".
//
//go:noinline
func chain(p *any) { sink++ }

func main() {
	useVersion(lib.Version{Major: 1, Minor: 2}, &lib.Version{Major: 3, Minor: 4}, "v2")
	for _, v := range []any{lib.Version{Major: 1, Minor: 2}, &lib.Version{Major: 3, Minor: 4}, lib.Tagged("t"), nil, (*lib.Version)(nil)} {
		boxed(v)
	}
	var typedNil *lib.Err
	for _, err := range []error{nil, errors.New("plain"), typedNil, &lib.Err{Code: 7}} {
		failed(err)
	}
	var nilAny any
	five := any(5)
	x := 9
	toX := any(&x)
	viaPointer(nil)
	viaPointer(&nilAny)
	viaPointer(&five)
	viaPointer(&toX)
	var one any = 1
	var a1 any = &one
	var a2 any = &a1
	chain(&a2)
	fmt.Println(sink)
}
