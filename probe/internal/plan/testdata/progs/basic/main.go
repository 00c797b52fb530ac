// Program basic is the plan tests' target: one function per argument shape.
package main

import (
	"errors"
	"fmt"
	"os"
)

type inner struct {
	X int32
	Y string
}

type outer struct {
	inner
	Name string
	Tags []string
	Next *outer
}

type shape interface{ Area() float64 }

type square struct{ side float64 }

func (s square) Area() float64 { return s.side * s.side }

type counter struct{ n int }

//go:noinline
func (c *counter) Add(d int) int { c.n += d; return c.n }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

//go:noinline
func (p Pair[K, V]) Swap() Pair[K, V] { return p }

//go:noinline
func intString(a int, s string) int { return a + len(s) }

//go:noinline
func floats(x float64, n int, y float32) float64 { return x + float64(n) + float64(y) }

//go:noinline
func structArg(o outer) string { return o.Name + o.Y }

//go:noinline
func sliceArg(xs []int) int { return len(xs) }

//go:noinline
func mapArg(m map[string]int) int { return len(m) }

//go:noinline
func pointerArg(o *outer) *outer { return o.Next }

//go:noinline
func anyArg(v any, e error, s shape) string { return fmt.Sprint(v, e, s) }

//go:noinline
func manyInts(a, b, c, d, e, f, g, h, i, j, k int) int {
	return a + b + c + d + e + f + g + h + i + j + k
}

//go:noinline
func results(a int) (n int, s string, err error) {
	if a > 3 {
		return a, "big", nil
	}
	return 0, "", errors.New("small")
}

type padded struct {
	A int8
	B int64
	C float64
}

//go:noinline
func paddedArg(p padded, c chan int, fn func(int) int) int { return int(p.A) + len(c) }

//go:noinline
func bigArray(a [5]int) [5]int { return a }

//go:nosplit
func leaf(a int) int { return a + 1 }

func inlinedHelper(a int) int { return a * 3 }

//go:noinline
func caller(a int) int { return inlinedHelper(a) + 1 }

//go:noinline
func Generic[T any](v T) T { return v }

//go:noinline
func manyResults(x int) (a, b, c, d, e, f, g, h, i, j int) {
	return x, x, x, x, x, x, x, x, x, x + 1
}

//go:noinline
func fill(buf []byte) { buf[0] = 1 }

// bigFrame's frame is over 128 bytes: its stack check compares R12 = SP - frame.
//
//go:noinline
func bigFrame(n int) byte {
	var buf [512]byte
	fill(buf[:])
	return buf[n%512]
}

// sumArray has a loop body, yet is small enough to be inlined into its
// only caller, and is never referenced as a value: no out-of-line copy.
func sumArray(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

//go:noinline
func leafNoinline(x int) int { return x * 7 }

func inlinedCaller(x int) int {
	return leafNoinline(x) + 1 // LINE:inlined-call
}

//go:noinline
func outerFn(x int) int {
	return inlinedCaller(x) * 2 // LINE:outer-call
}

func main() {
	o := &outer{inner: inner{X: 1, Y: "y"}, Name: "n", Tags: []string{"a"}}
	o.Next = o
	fmt.Println(intString(1, "ab"), floats(1.5, 2, 2.5), structArg(*o), sliceArg([]int{1, 2}),
		mapArg(map[string]int{"a": 1}), pointerArg(o) != nil, anyArg(o, errors.New("e"), square{2}),
		manyInts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), bigArray([5]int{1, 2, 3, 4, 5}), leaf(len(os.Args)),
		caller(len(os.Args)), Generic(3), Generic("s"), Pair[string, int]{"k", 1}.Swap(), (&counter{}).Add(2),
		paddedArg(padded{A: 1, B: 2, C: 3}, make(chan int), leaf))
	fmt.Println(results(len(os.Args)))
	n := len(os.Args)
	fmt.Println(manyResults(n))
	fmt.Println(bigFrame(n), sumArray([5]int{n, n + 1, n + 2, n + 3, n + 4}), outerFn(n))
}
