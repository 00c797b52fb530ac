// Command pointers calls probed functions that take nil pointers, pointer
// chains, cycles, aliased pointers, unsafe.Pointer and a pointer to
// unreadable memory, each once, in a fixed order. Expected snapshot values
// are documented above each function; addresses are volatile and the
// normalizer numbers them, so aliasing stays visible.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

// sink collects a digest of every probed call so the compiler keeps them.
var sink int

type point struct {
	X, Y int
}

// node is a singly linked node used for cycles.
type node struct {
	Val  int
	Next *node
}

func main() {
	x := 42
	px := &x
	ppx := &px
	var nilInt *int
	word := "pointee"
	arr := [4]int{10, 20, 30, 40}
	sl := []int{1, 2, 3}
	shared := &point{X: 3, Y: 4}

	testNilPointer(nil)
	testIntPointer(&x)
	testPointerChain(&px, &ppx)
	testPointerToNilPointer(&nilInt)
	testStringPointer(&word)
	testStructPointer(&point{X: 1, Y: 2})
	testNilStructPointer(nil)
	testPointerToArray(&arr)
	testPointerToSlice(&sl)

	a := &node{Val: 1}
	b := &node{Val: 2, Next: a}
	a.Next = b
	testCycle(a)

	self := &node{Val: 7}
	self.Next = self
	testSelfLoop(self)

	testAliasedArgs(shared, shared, &point{X: 3, Y: 4})
	testUnsafePointer(unsafe.Pointer(&x))
	testUnreadablePointer(protNonePointer())

	fmt.Println("pointers done", sink)
}

// protNonePointer returns a pointer into a mapped page that cannot be read
// (PROT_NONE), so probe_read_user on it fails. The page stays mapped for
// the life of the process so its address is never reused.
func protNonePointer() *int64 {
	page, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_NONE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	return (*int64)(unsafe.Pointer(&page[0]))
}
