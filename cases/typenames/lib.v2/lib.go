// Package lib_v2 lives at a path whose last element has a dot
// (example.com/typenames/lib.v2), which Go's linker escapes as %2e in
// symbol and DWARF names; its package name differs from its path.
package lib_v2

// Version is a named struct of this package.
type Version struct {
	Major, Minor int
}

// Tagged is a named string of this package.
type Tagged string

// Err implements error with a pointer receiver.
type Err struct{ Code int }

func (e *Err) Error() string { return "lib error" }
