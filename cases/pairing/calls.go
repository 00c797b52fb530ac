package main

import "sync"

// countDown recurses: countDown(3) -> 2 -> 1 -> 0. Four snapshots, in entry
// order 3, 2, 1, 0, each paired with its own return (@return = n).
//
//go:noinline
func countDown(n int) int {
	if n == 0 {
		return 0
	}
	return countDown(n-1) + 1
}

func callRecursive() { sink += countDown(3) }

// mayPanic panics when asked to. Three calls at the same stack depth: 1
// returns 10; 2 panics (recovered by the caller): no return or duration,
// "two" as @exception; 3 returns 30, paired with its own entry, never with
// the entry of the call that panicked.
//
//go:noinline
func mayPanic(n int) int {
	if n == 2 {
		panic("two")
	}
	return n * 10
}

//go:noinline
func callRecovering(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return mayPanic(n)
}

func callPanicking() {
	for n := 1; n <= 3; n++ {
		sink += callRecovering(n)
	}
}

// growStack needs a frame of 8 KiB per level: 64 levels outgrow a new
// goroutine's stack, which the runtime then moves.
//
//go:noinline
func growStack(n int) int {
	var buf [8192]byte
	buf[n%len(buf)] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return growStack(n-1) + int(buf[n%len(buf)])
}

// moving's goroutine stack moves between its entry and its return (it
// grows the stack by 512 KiB): one snapshot, x=5, @return = 5 + the sum.
//
//go:noinline
func moving(x int) int {
	return x + growStack(64)
}

func callMovingStack() {
	done := make(chan int)
	go func() { done <- moving(5) }()
	sink += <-done
}

// frameless is a leaf with no frame of its own (its array argument is read
// on the caller's stack): three calls, each with its return.
//
//go:noinline
func frameless(a [4]int) int { return a[0] + a[1] + a[2] + a[3] }

func callFrameless() {
	for i := range 3 {
		sink += frameless([4]int{i, i, i, i})
	}
}

// tick is called 100 times by each of 8 goroutines running at once: 800
// snapshots, each with a positive duration (all alike once normalized).
//
//go:noinline
func tick() {
	sink2.Add(1)
}

var sink2 counter

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) Add(d int) {
	c.mu.Lock()
	c.n += d
	c.mu.Unlock()
}

func callConcurrently() {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				tick()
			}
		}()
	}
	wg.Wait()
	sink += sink2.n
}
