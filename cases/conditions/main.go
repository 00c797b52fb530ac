// Command conditions calls one function, order, three times with values
// that make each operator of the probe language true on some calls, false
// on others, and fail on some (a nil item, an empty slice, a missing key).
// Its probes (probes.json) are conditions, log-only probes, capture
// expressions and templates over its arguments, and probes of kinds the
// engine does not run, whose golden is their ERROR status.
//
//	call 1: order(1, 42, &item{apple, 3, 2.5, [red fruit]}, [1 2 3], {a:1 b:2}, "hello, world", true, 5)
//	call 2: order(2, 7, &item{pear, 0, 1.25, [], next: &item{core}}, [], {}, "", false, "text")
//	call 3: order(3, 255, nil, nil, nil, "bye", true, nil)
package main

import "fmt"

type item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
	Next  *item
}

//go:noinline
func order(id int, code uint8, it *item, ids []int, stock map[string]int, note string, ok bool, v any) (int, error) {
	if it == nil {
		return 0, fmt.Errorf("order %d: no item", id)
	}
	return id*len(ids) + len(stock) + len(note) + int(code), nil
}

func main() {
	apple := &item{Name: "apple", Qty: 3, Price: 2.5, Tags: []string{"red", "fruit"}}
	pear := &item{Name: "pear", Price: 1.25, Tags: []string{}, Next: &item{Name: "core"}}
	fmt.Println(order(1, 42, apple, []int{1, 2, 3}, map[string]int{"a": 1, "b": 2}, "hello, world", true, 5))
	fmt.Println(order(2, 7, pear, []int{}, map[string]int{}, "", false, "text"))
	fmt.Println(order(3, 255, nil, nil, nil, "bye", true, nil))
	fmt.Println(discount(0.5, apple))
}

// discount takes a float argument, which the ABI passes in an XMM register
// a uprobe cannot read: a condition on it is refused when the probe is
// installed (ConditionVariableUnavailable), as the Go agent refuses it.
//
//go:noinline
func discount(rate float64, it *item) float64 {
	return it.Price * (1 - rate)
}
