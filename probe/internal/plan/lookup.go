package plan

import (
	"debug/dwarf"
	"fmt"
	"slices"
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

// NoCodeError: the function exists only inlined into its callers, and
// the compiler left no inlined instance with code to probe (every call was
// folded away).
type NoCodeError struct{ Name string }

func (e *NoCodeError) Error() string {
	return fmt.Sprintf("function %q was inlined at every call site and no inlined instance has code left to probe", e.Name)
}

// target is what a probe's method name designates: the out-of-line
// functions and the abstract DIEs of the functions whose inlined instances
// count too. Generic functions are compiled once per GC shape: a name
// without type arguments (or with [...]) designates every instantiation.
type target struct {
	functions []*function
	abstracts []dwarf.Offset
}

// lookup finds what a probe names.
//
// Names are as Go's DWARF spells them: main.f, main.(*T).M. Generic
// functions are compiled once per shape, and DWARF names each instantiation
// with shape types (main.F[go.shape.int], main.Pair[go.shape.string,go.shape.int].M).
// A probe may name an instantiation with or without the go.shape. prefixes
// (main.F[int]), or leave the type arguments out or write them as [...]
// (main.F, main.Pair[...].M): that matches every instantiation.
func (ix *dwarfIndex) lookup(name string) (target, error) {
	names := ix.matchingNames(name)
	if len(names) == 0 {
		return target{}, &FunctionNotFoundError{Name: name, Closest: ix.closest(name, 5)}
	}
	var t target
	for _, n := range names {
		if fns := ix.functions[n]; len(fns) > 0 {
			t.functions = append(t.functions, fns[0]) // later DIEs of one name are ABI wrappers
		}
		t.abstracts = append(t.abstracts, ix.abstracts[n]...)
	}
	slices.Sort(t.abstracts)
	return t, nil
}

// matchingNames lists, sorted, the function names (out-of-line or inlined)
// that name designates.
func (ix *dwarfIndex) matchingNames(name string) []string {
	if len(ix.functions[name]) > 0 || len(ix.abstracts[name]) > 0 {
		return []string{name}
	}
	var exact, generic []string
	base := stripTypeArgs(name)
	consider := func(n string) {
		if !strings.Contains(n, "[") || slices.Contains(exact, n) || slices.Contains(generic, n) {
			return
		}
		if displayName(n) == name {
			exact = append(exact, n)
		} else if stripTypeArgs(n) == base {
			generic = append(generic, n)
		}
	}
	for n := range ix.functions {
		consider(n)
	}
	for n := range ix.abstracts {
		consider(n)
	}
	matches := exact
	if len(matches) == 0 && (!strings.Contains(name, "[") || strings.Contains(name, "[...]")) {
		matches = generic
	}
	slices.Sort(matches)
	return matches
}

// closest returns the n function names (out-of-line or inlined) nearest
// to name by edit distance, ties by name: those of the package name names
// when it has any (a typo is not in the runtime, whose names change with
// every Go release), else the binary's.
func (ix *dwarfIndex) closest(name string, n int) []string {
	type scored struct {
		name string
		d    int
	}
	var all []scored
	pkg := packageOf(name)
	add := func(s string) {
		d := editDistance(name, s)
		if packageOf(s) != pkg {
			d += 1 << 20
		}
		all = append(all, scored{s, d})
	}
	for s := range ix.functions {
		add(s)
	}
	for s := range ix.abstracts {
		if len(ix.functions[s]) == 0 {
			add(s)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].name < all[j].name
	})
	out := make([]string, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		if i > 0 && all[i].d >= 1<<20 && all[0].d < 1<<20 {
			break // the package's own names are all listed
		}
		out = append(out, all[i].name)
	}
	return out
}

// packageOf is the package part of a function name: main in main.f and
// main.(*T).M, example.com/x/y in example.com/x/y.f.
func packageOf(name string) string {
	slash := strings.LastIndex(name, "/")
	if dot := strings.Index(name[slash+1:], "."); dot >= 0 {
		return name[:slash+1+dot]
	}
	return name
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
