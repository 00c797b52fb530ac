package main

import "os"

// bound is small enough to be inlined at both of its call sites and is
// never used as a value: it has no out-of-line code. Each inlined copy is
// probed at its first instruction, its arguments read where the copy's
// DWARF puts them there ("unavailable" where it puts them nowhere): two
// snapshots without duration ("function was inlined"), the stack showing
// bound inlined in callInlined.
func bound(x, hi int) int {
	if x > hi {
		return hi
	}
	return x
}

// scale is inlined at its direct call and also called through a function
// value, which needs an out-of-line copy: the probe covers both, the
// inlined call without duration, the other with its duration and @return.
func scale(x, k int) int {
	if k == 0 {
		return x
	}
	return x * k
}

// apply calls f out of line.
//
//go:noinline
func apply(f func(int, int) int, x, k int) int { return f(x, k) }

func callInlined() {
	n := len(os.Args)
	sink += bound(n*3, n+1)
	sink += bound(n+40, n*100)
	sink += scale(n+4, n+1)
	sink += apply(scale, 7, 3)
}
