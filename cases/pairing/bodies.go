package main

type point struct {
	X, Y int
}

// Each empty function compiles to a single RET: its entry probe is its
// return. Each is called three times; each call is one snapshot with its
// arguments, no duration, no return capture.

//go:noinline
func emptyInt(x int) {}

//go:noinline
func emptyString(s string) {}

//go:noinline
func emptyStruct(p point) {}

//go:noinline
func emptySlice(xs []int) {}

//go:noinline
func emptyMap(m map[string]int) {}

//go:noinline
func emptyPointer(p *point) {}

//go:noinline
func emptyAny(v any) {}

//go:noinline
func emptyArray(a [3]int) {}

//go:noinline
func emptyNoArgs() {}

// emptyTemplate's probe template asks for @duration: the message says why
// there is none, "@duration is not available: function has no body".
//
//go:noinline
func emptyTemplate(x int) {}

func callEmptyBodies() {
	for i := range 3 {
		emptyInt(i)
		emptyString([]string{"", "a", "héllo"}[i])
		emptyStruct(point{i, -i})
		emptySlice([]int{i, i + 1}[:i])
		emptyMap(map[string]int{"k": i})
		if i == 0 {
			emptyPointer(nil)
		} else {
			emptyPointer(&point{i, i})
		}
		emptyAny([]any{nil, i, "s"}[i])
		emptyArray([3]int{i, i * 2, i * 3})
		emptyNoArgs()
		emptyTemplate(i)
	}
}
