// Command lines is probed at source lines, not functions: a line probe
// fires before its line runs and captures the arguments and the locals in
// scope there. probes.json names lines by number: the lines probed are
// marked "probed:" below; keep them where they are (add code at the end).
package main

import "fmt"

// sink keeps results alive.
var sink int

// inputs are read at run time, so that no call folds to a constant.
var inputs = []int{2, 5}

type order struct {
	ID    int
	Items []string
}

func main() {
	total(order{ID: 7, Items: []string{"a", "bb", "ccc"}})
	shadow(3)
	closures(100)
	twice := inlinedHere(inputs[0]) + inlinedHere(inputs[1])
	escaped(4)
	fmt.Println(sink, twice)
}

// total: the loop body runs 3 times, with o, sum, i and item in scope;
// count is in scope after its line, not on it.
//
//go:noinline
func total(o order) int {
	sum := 0
	for i, item := range o.Items {
		sum += len(item) * (i + 1) // probed: loop body
	}
	count := countItems(o) // probed: count not declared yet
	sink += count          // probed: after the loop
	return sum
}

//go:noinline
func countItems(o order) int { return len(o.Items) }

// shadow: in the block the inner x (x*10) shadows the argument x.
//
//go:noinline
func shadow(x int) {
	if x > 0 {
		x := tenfold(x)
		use(x)
		sink += x // probed: inner x
	}
	use(x)
	sink += x // probed: outer x
}

//go:noinline
func use(v int) { sink += v }

//go:noinline
func tenfold(v int) int { return v * 10 }

// closures: the closure's body, with base (captured) and n in scope, runs
// once per input.
//
//go:noinline
func closures(base int) {
	add := func(n int) int {
		return base*n + 1 // probed: closure body
	}
	for _, n := range inputs {
		sink += add(n)
	}
}

// inlinedHere is inlined at both calls in main: its line has a site in
// each copy, with v read from each copy's own location.
func inlinedHere(v int) int {
	return v*v + 1 // probed: inlined body
}

// escaped: y escapes to the heap (kept holds its address), so DWARF names
// it &y, a pointer to its heap cell.
//
//go:noinline
func escaped(n int) {
	y := n + 1
	kept = &y
	sink += y // probed: escaped local
}

// kept makes escaped's y escape.
var kept *int
