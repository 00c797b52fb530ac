// Command lines is probed at source lines, not functions: a line probe
// fires before its line runs and captures the arguments and the locals in
// scope there. probes.json names lines by number: the lines probed are
// marked "probed:" below; keep them where they are (add code at the end).
package main

import (
	"fmt"
	"strings"
)

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
	more()
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

// more calls the functions below: each shows another kind of line.
//
//go:noinline
func more() {
	fmt.Println(words("to be or not to be", 3))
	fmt.Println(point{3, 4}.scaled(2), largest([]float64{1.5, 2.5}), largest([]int{7, 9, 8}))
	done := make(chan int)
	go func(n int) {
		total := n * 2
		use(total)
		done <- total // probed: goroutine closure
	}(21)
	fmt.Println(<-done, grade(85), grade(40), deferred(5))
}

// words: a loop over the words of text, long (a slice) growing; the
// conditions, templates and capture expressions name the locals. (counts,
// a map kept in the frame, is in DWARF on go1.23 only: see its overrides.)
//
//go:noinline
func words(text string, limit int) []string {
	counts := map[string]int{}
	var long []string
	for _, w := range strings.Fields(text) {
		counts[w]++
		use(len(w)) // probed: each word
		if len(w) >= limit {
			long = append(long, w) // probed: long word
		}
		use(counts[w])
	}
	return long // probed: words return
}

type point struct{ X, Y int }

// scaled: a line in a method with a value receiver.
//
//go:noinline
func (p point) scaled(k int) point {
	q := point{p.X * k, p.Y * k}
	use(q.X)
	return q // probed: method body
}

// largest: a line of a generic function, compiled once per shape.
func largest[T int | float64](xs []T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best { // probed: generic body
			best = x
		}
	}
	return best
}

// grade: a line in each case of a switch.
//
//go:noinline
func grade(score int) string {
	switch {
	case score >= 80:
		return "good" // probed: switch good
	default:
		return "poor" // probed: switch poor
	}
}

// deferred: a line after a defer is set up.
//
//go:noinline
func deferred(n int) (out int) {
	defer func() { out++ }()
	out = n * 3
	use(out)
	return out // probed: after defer
}
