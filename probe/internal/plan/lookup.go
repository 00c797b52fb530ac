package plan

import (
	"fmt"
	"sort"
	"strings"
)

// FunctionNotFoundError: no function of that name in the binary's DWARF.
type FunctionNotFoundError struct {
	Name    string
	Closest []string // up to 5 names by edit distance, closest first
}

func (e *FunctionNotFoundError) Error() string {
	return fmt.Sprintf("function %q not found in the binary; closest: %s", e.Name, strings.Join(e.Closest, ", "))
}

// InlinedFunctionError: the function exists only inlined into its callers,
// so it has no code of its own to probe.
type InlinedFunctionError struct{ Name string }

func (e *InlinedFunctionError) Error() string {
	return fmt.Sprintf("function %q was inlined at every call site and has no out-of-line code to probe; "+
		"mark it //go:noinline or build the program with -gcflags=-l", e.Name)
}

// AmbiguousFunctionError: a generic function's name matches several
// instantiations; the probe must name one.
type AmbiguousFunctionError struct {
	Name       string
	Candidates []string
}

func (e *AmbiguousFunctionError) Error() string {
	return fmt.Sprintf("function %q matches %d generic instantiations; name one of: %s",
		e.Name, len(e.Candidates), strings.Join(e.Candidates, ", "))
}

// lookup finds the out-of-line function a probe names.
//
// Names are as Go's DWARF spells them: main.f, main.(*T).M. Generic
// functions are compiled once per shape, and DWARF names each instantiation
// with shape types (main.F[go.shape.int], main.Pair[go.shape.string,go.shape.int].M).
// A probe may name an instantiation with or without the go.shape. prefixes
// (main.F[int]), or leave the type arguments out or write them as [...]
// (main.F, main.Pair[...].M): that matches every instantiation and must
// match exactly one.
func (ix *dwarfIndex) lookup(name string) (*function, error) {
	if fns := ix.functions[name]; len(fns) > 0 {
		return fns[0], nil
	}
	var exact, generic []string
	base := stripTypeArgs(name)
	for n := range ix.functions {
		if !strings.Contains(n, "[") {
			continue
		}
		if displayName(n) == name {
			exact = append(exact, n)
		} else if stripTypeArgs(n) == base {
			generic = append(generic, n)
		}
	}
	matches := exact
	if len(matches) == 0 && (!strings.Contains(name, "[") || strings.Contains(name, "[...]")) {
		matches = generic
	}
	sort.Strings(matches)
	switch {
	case len(matches) == 1:
		return ix.functions[matches[0]][0], nil
	case len(matches) > 1:
		return nil, &AmbiguousFunctionError{Name: name, Candidates: matches}
	}
	for n := range ix.inlinedOnly {
		if n == name || displayName(n) == name || stripTypeArgs(n) == base {
			return nil, &InlinedFunctionError{Name: name}
		}
	}
	return nil, &FunctionNotFoundError{Name: name, Closest: ix.closest(name, 5)}
}

// closest returns the n function names (out-of-line or inlined) nearest
// to name by edit distance, ties by name.
func (ix *dwarfIndex) closest(name string, n int) []string {
	type scored struct {
		name string
		d    int
	}
	var all []scored
	add := func(s string) { all = append(all, scored{s, editDistance(name, s)}) }
	for s := range ix.functions {
		add(s)
	}
	for s := range ix.inlinedOnly {
		add(s)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].name < all[j].name
	})
	out := make([]string, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].name)
	}
	return out
}

// stripTypeArgs removes every bracketed type argument list: main.Pair[…].M -> main.Pair.M.
func stripTypeArgs(name string) string {
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b, over bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
