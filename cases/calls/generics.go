package main

import "cmp"

// Go compiles generic code once per GC shape; DWARF and the symbol table
// name the instantiations main.genericMax[go.shape.int],
// main.Pair[go.shape.string,go.shape.int].With and so on. Most probes use
// those names; genericMaxEveryShape names main.genericMax and covers both
// instantiations: two snapshots, max(3, 9) = 9 then max(apple, banana) =
// banana, typed by each shape.

func runGenerics() {
	sink += genericMax(3, 9)
	sink += len(genericMax("apple", "banana"))

	p := Pair[string, int]{Key: "answer", Val: 41}
	p = p.With(42)
	sink += p.Val

	q := Pair[int, bool]{Key: 1, Val: false}
	q = q.With(true)
	if q.Val {
		sink++
	}

	p.Reset()
	sink += len(p.Key)
}

// Instantiated with int (3, 9 -> @return "9") and string ("apple", "banana"
// -> @return "banana").
//
//go:noinline
func genericMax[T cmp.Ordered](a, b T) T {
	return max(a, b)
}

// Pair has two type parameters.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// A value-receiver method, instantiated twice:
// Pair[string,int]{answer, 41}.With(42) -> @return {Key "answer", Val "42"};
// Pair[int,bool]{1, false}.With(true) -> @return {Key "1", Val "true"}.
//
//go:noinline
func (p Pair[K, V]) With(v V) Pair[K, V] {
	p.Val = v
	return p
}

// A pointer-receiver method: p = {Key "answer", Val "42"} at entry.
//
//go:noinline
func (p *Pair[K, V]) Reset() {
	var zero V
	p.Val = zero
}
