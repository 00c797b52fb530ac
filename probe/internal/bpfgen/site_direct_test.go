package bpfgen

import (
	"fmt"
	"slices"
	"testing"
)

// The site scans a root itself when every reference in it is a string, a
// pointer, a slice or a map: in the scan's order, leaving out references
// past the bytes the record holds; an interface leaves the root to the
// interpreter.
func TestRootRefs(t *testing.T) {
	_, d := descs(t)
	gen := &Generator{descs: d}
	describe := func(refs []rootRef) []string {
		var out []string
		for _, r := range refs {
			out = append(out, fmt.Sprintf("%d+%d kind %d", r.root.offset, r.slot.off, r.slot.kind))
		}
		return out
	}
	// main.box holds no reference; []string and *main.box each one.
	roots := []queuedScan{{offset: 100, typeID: 5, end: 124}, {offset: 128, typeID: 17, end: 136}}
	refs, ok := gen.rootRefs(roots)
	if want := []string{"100+0 kind 3", "128+0 kind 1"}; !ok || !slices.Equal(describe(refs), want) {
		t.Errorf("rootRefs = %q, %v; want %q", describe(refs), ok, want)
	}
	if !gen.leadDeeper(refs) {
		t.Error("[]string leads to strings, which the interpreter reads: want leadDeeper")
	}
	if gen.leadDeeper(refs[1:]) {
		t.Error("*main.box leads to no reference: want the site to read it")
	}
	// main.T: S, L, M and P; E, an interface, is the interpreter's.
	if refs, ok := gen.rootRefs([]queuedScan{{offset: 0, typeID: 4, end: 96}}); ok {
		t.Errorf("main.T with an interface field: rootRefs = %q, want the interpreter", describe(refs))
	}
	// A root cut by the budget after 8 bytes: the slice's words are not all there.
	refs, ok = gen.rootRefs([]queuedScan{{offset: 0, typeID: 5, end: 8}})
	if !ok || len(refs) != 0 {
		t.Errorf("a cut root: rootRefs = %q, %v; want none, ok", describe(refs), ok)
	}
}
