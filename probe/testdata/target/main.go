// Program target is the live tests' and the benchmark's traced program: each
// function takes one shape of argument, with values the tests know.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

type Item struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	Next  *Item
}

type Sized interface{ Size() int }

type box struct{ w, h int }

func (b box) Size() int { return b.w * b.h }

//go:noinline
func ints(a int, b int) int { return a + b }

//go:noinline
func text(s string) int { return len(s) }

//go:noinline
func pointer(it *Item) string { return it.Name }

//go:noinline
func slice(xs []int64) int { return len(xs) }

//go:noinline
func dict(m map[string]int) int { return len(m) }

//go:noinline
func ifaces(v any, err error, s Sized) int { return s.Size() }

//go:noinline
func results(a int) (string, error) {
	if a > 0 {
		return "positive", nil
	}
	return "", errors.New("not positive")
}

// prefixes takes a string and a slice each with a prefix of itself: the
// prefix and the whole share a pointer.
//
//go:noinline
func prefixes(short, long string, few, many []int) int {
	return len(short) + len(long) + len(few) + len(many)
}

//go:noinline
func bigMap(m map[int]int) int { return len(m) }

// wide's argument (320 bytes, on the stack) is larger than the event
// budget its probe gets.
//
//go:noinline
func wide(a [40]int) int { return a[0] + a[39] }

// grow recurses deep enough to make its goroutine's stack move.
//
//go:noinline
func grow(depth int) int {
	var pad [512]byte
	if depth == 0 {
		return int(pad[0])
	}
	return grow(depth-1) + int(pad[depth%512])
}

// growHuge's frame is over 4 KiB: its stack check subtracts the frame
// from SP with SUBQ (and tests for underflow) instead of a LEAQ.
//
//go:noinline
func growHuge(depth int) int {
	var pad [5000]byte
	if depth == 0 {
		return int(pad[0])
	}
	return growHuge(depth-1) + int(pad[depth%5000])
}

// The bench functions call sum, so that they have a stack-check prologue
// (leaf functions with small frames have none).
//
//go:noinline
func snapshot(it Item) int { return sum(len(it.Name), len(it.Tags), len(it.Attrs)) }

// noArgs and scalarString are the bench's other shapes: nothing to read but
// the stack, and scalars with a heap string.
//
//go:noinline
func noArgs() int { return sum(1, 2, 3) }

//go:noinline
func scalarString(p *byte, s string, a int) int { return sum(int(*p), len(s), a) }

// scalars is the bench's shape of scalar arguments alone.
//
//go:noinline
func scalars(a int, b uint32, c bool) int {
	if c {
		return sum(a, int(b), 1)
	}
	return 0
}

//go:noinline
func sum(a, b, c int) int { return a + b + c }

var garbage []byte

// threadCPU reads CLOCK_THREAD_CPUTIME_ID, exact to the nanosecond (getrusage's
// per-thread figure only moves at the scheduler tick or a context switch).
func threadCPU() int64 {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		panic(errno)
	}
	return ts.Nano()
}

func sample() Item {
	leaf := &Item{Name: "leaf"}
	return Item{Name: "root", Tags: []string{"a", "bc"}, Attrs: map[string]int{"x": 1, "yy": 2}, Next: leaf}
}

// Each mode is its own function, so that the frame of main (where the
// probed calls of one mode sit above) stays small whatever the others need.
func main() {
	modes := map[string]func(args []string){"once": once, "loop": loop, "preempt": preempt, "forever": forever, "spawn": spawn}
	run, ok := modes[os.Args[1]]
	if !ok {
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
	run(os.Args[2:])
}

// once calls each probed function once (twice for results).
func once([]string) {
	it := sample()
	fmt.Println(ints(7, -3), text("héllo"), pointer(&it), slice([]int64{10, 20, 30}),
		dict(map[string]int{"one": 1, "two": 2}), ifaces(int64(42), errors.New("boom"), box{2, 3}))
	fmt.Println(snapshot(it))
	heap := string([]byte("hello, world")) // not a literal: read from the heap
	xs := []int{1, 2, 3, 4}
	fmt.Println(prefixes(heap[:5], heap, xs[:2], xs))
	var a [40]int
	for i := range a {
		a[i] = i
	}
	fmt.Println(wide(a))
	big := map[int]int{}
	for i := range 5000 {
		big[i] = i
	}
	fmt.Println(bigMap(big))
	fmt.Println(results(1))
	fmt.Println(results(0))
	done := make(chan int)
	go func() { done <- grow(64) }()
	fmt.Println(<-done)
}

// loop FUNC N times N calls and prints the CPU ns per call.
func loop(args []string) {
	n, _ := strconv.Atoi(args[1])
	it := sample()
	heap := []byte("a thirty-byte string, on heap.")
	p, s := &heap[0], string(heap)
	f, ok := map[string]func() int{
		"snapshot":     func() int { return snapshot(it) },
		"noArgs":       noArgs,
		"scalarString": func() int { return scalarString(p, s, 7) },
		"scalars":      func() int { return scalars(5, 6, true) },
	}[args[0]]
	if !ok {
		panic("loop: no function " + args[0])
	}
	// This thread's CPU time (user + system, where uprobes are charged)
	// rather than wall time: other processes' load does not count.
	runtime.LockOSThread()
	start := threadCPU()
	for range n {
		f()
	}
	fmt.Println(float64(threadCPU()-start) / float64(n))
}

// preempt N makes N rounds of calls while the runtime keeps preempting the
// caller, and prints the sum and the GC cycles run.
func preempt(args []string) {
	n, _ := strconv.Atoi(args[0])
	var stop atomic.Bool
	spin := func() {
		for x := 0; !stop.Load(); x++ { // no calls: only async preemption stops it
		}
	}
	for range 3 {
		go spin()
	}
	go func() { // garbage: every GC cycle suspends each goroutine to scan its stack, and shrinks stacks
		for !stop.Load() {
			garbage = make([]byte, 64<<10)
		}
	}()
	it := sample()
	total := 0
	for i := range n {
		total += snapshot(it) + ints(i, 1) + grow(8) + growHuge(2)
	}
	stop.Store(true)
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	fmt.Println(total, stats.NumGC)
}

// forever keeps calling a probed function until killed.
func forever([]string) {
	for i := 0; ; i++ {
		ints(i, i)
		time.Sleep(time.Millisecond)
	}
}

// spawn starts a copy of itself in "forever" mode in a session of its own
// (out of reach of a signal to this process group), then behaves as its
// argument says: "exit" ends at once, "forever" runs on.
func spawn(args []string) {
	child := exec.Command(os.Args[0], "forever")
	child.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := child.Start(); err != nil {
		panic(err)
	}
	fmt.Println("child", child.Process.Pid)
	if args[0] == "forever" {
		forever(nil)
	}
}
