// Command sampling calls functions in bursts to show each probe's sampling
// (the Go agent's throttler: a budget of hits per period, the period
// starting at the first hit after the last one ended). A burst takes
// microseconds, far less than any period here; the pause between the two
// bursts of hit is longer than the one-second period of the default rate.
package main

import (
	"fmt"
	"time"
)

var sink int

func main() {
	for i := range 10 {
		hit(i)
	}
	for i := range 6 {
		tagged(i)
	}
	time.Sleep(1200 * time.Millisecond)
	for i := 10; i < 13; i++ {
		hit(i)
	}
	fmt.Println(sink)
}

// hit is probed at every default rate and at explicit ones: with no
// sampling, a snapshot probe takes the first hit of each burst (1/s), a
// log probe every hit (5000/s); 3/s takes three of a burst; 10/s all ten
// (a second's budget, as the agent's testAny golden shows).
//
//go:noinline
func hit(i int) { sink += i }

// tagged is probed with a condition (i >= 3) and 2 snapshots a second: the
// hits whose condition held are the ones sampled (3 and 4 pass, 5 is over
// budget); hits where it is false (0, 1, 2) use none of the budget.
//
//go:noinline
func tagged(i int) { sink += i * 2 }
