package main

import (
	"strconv"
	"sync"
)

type customer struct {
	Name string
	Tier int
}

type cart struct {
	Owner customer
	Items []string
	Total int
}

func runFlow() {
	sink += testVariadic("none")
	sink += testVariadic("three", 1, 2, 3)

	sink += testOnGoroutine(0)
	for worker := 1; worker <= 2; worker++ {
		var wg sync.WaitGroup
		wg.Go(func() { sink += testOnGoroutine(worker) })
		wg.Wait()
	}

	sink += testRecursive(3)

	testHitOrder("first", 1)
	testHitOrder("second", 2)
	testHitOrder("third", 3)

	sink += testTemplate(cart{
		Owner: customer{Name: "Grace", Tier: 2},
		Items: []string{"pen", "ink", "pad", "nib"},
		Total: 1250,
	}, "SAVE10")

	c := make(chan int, 2)
	c <- 1
	c <- 2
	testChan(c)
	testFunc(func(x int) int { return x + 1 })
}

// Called twice: ("none") -> nums {[]int, isNull: true}, @return "0";
// ("three", 1, 2, 3) -> nums {[]int, size "3", 1, 2, 3}, @return "6".
//
//go:noinline
func testVariadic(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	sink += len(label)
	return total
}

// Called on the main goroutine (worker 0), then on two goroutines started
// and joined one after the other (workers 1 and 2): three snapshots in that
// order with three different thread_id values; @return is worker*10.
//
//go:noinline
func testOnGoroutine(worker int) int {
	return worker * 10
}

// testRecursive(3) calls itself down to 0: entries n=3, 2, 1, 0 and then
// returns 0, 1, 3, 6 (innermost first). Four snapshots, each pairing one
// entry with its own return: (n=3, @return 6), (2, 3), (1, 1), (0, 0);
// each deeper call's stack has one more testRecursive frame.
//
//go:noinline
func testRecursive(n int) int {
	if n == 0 {
		return 0
	}
	return n + testRecursive(n-1)
}

// Three calls in a row: label first/second/third with n 1/2/3, in hit
// order; messages "first call, n=1", "second call, n=2", "third call, n=3".
//
//go:noinline
func testHitOrder(label string, n int) {
	sink += len(label) * n
}

// The probe's template uses an argument, a field path, @return and
// @duration: message "Grace (tier 2) bought [pen, ink, pad, ...] with
// SAVE10: 1125 in <duration>ms". @return "1125".
//
//go:noinline
func testTemplate(c cart, coupon string) int {
	total := c.Total
	if coupon != "" {
		pct, _ := strconv.Atoi(coupon[len(coupon)-2:])
		total -= total * pct / 100
	}
	return total
}

// Channels are not captured: c = {chan int, notCapturedReason
// "unimplemented"}.
//
//go:noinline
func testChan(c chan int) {
	sink += len(c)
}

// Funcs are not captured: f = {func(int) int, notCapturedReason
// "unimplemented"}.
//
//go:noinline
func testFunc(f func(int) int) {
	sink += f(1)
}
