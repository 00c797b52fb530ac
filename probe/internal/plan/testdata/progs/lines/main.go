// Command planlines holds the shapes the line-probe planner must read:
// scopes, shadowing, a variable declared after the probed line, and a line
// of a function inlined twice. Lines are found by their "line:" markers.
package main

var sink int

var inputs = []int{2, 5}

func main() {
	scoped(3)
	sink += twice(inputs[0]) + twice(inputs[1])
	sink += summed(inputs)
}

//go:noinline
func scoped(x int) {
	before := step(x)
	if x > 0 {
		x := step(x) // the inner x shadows the argument
		keep(x)
		sink += x + before // line: inner
	}
	later := step(before) // line: later declared here
	keep(later)
	sink += x // line: outer
}

func twice(v int) int {
	return v*v + 1 // line: inlined
}

//go:noinline
func step(v int) int { return v * 10 }

//go:noinline
func keep(v int) { sink += v }

// summed keeps total in a register to its RET, where DWARF still locates it.
//
//go:noinline
func summed(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}
