package main

type listNode struct {
	Val  int
	Next *listNode
}

// config has a reference of each kind, to show which of them a depth
// limit of 0 stops.
type config struct {
	Name    string
	Count   int
	Ptr     *int
	Slice   []int
	Map     map[string]int
	Any     any
	Pointer *listNode
}

func runDepth() {
	var head *listNode
	for v := 10; v >= 1; v-- {
		head = &listNode{Val: v, Next: head}
	}
	testDepthLinkedList(head)

	five := 5
	p1 := &five
	p2 := &p1
	p3 := &p2
	p4 := &p3
	testDepthPointerChain(&p4)

	seven := 7
	testDepthZero(config{
		Name:    "cfg",
		Count:   2,
		Ptr:     &seven,
		Slice:   []int{1, 2},
		Map:     map[string]int{"m": 1},
		Any:     [2]int{3, 4},
		Pointer: &listNode{Val: 1},
	})
}

// A list of 10 nodes under maxReferenceDepth 2: head (depth 0) points at
// node 1 (depth 1), whose Next is node 2 (depth 2); node 2's Next would be
// depth 3, so it is {*main.listNode, notCapturedReason "depth"}. The
// message renders that cut as "{depth}".
//
//go:noinline
func testDepthLinkedList(head *listNode) {
	for n := head; n != nil; n = n.Next {
		sink += n.Val
	}
}

// A five-pointer chain under the default depth 3: the int lies at depth 5,
// so the golden shows the chain cut with notCapturedReason "depth" (as
// Datadog's agent renders *****int).
//
//go:noinline
func testDepthPointerChain(p *****int) {
	sink += *****p
}

// maxReferenceDepth 0 captures the root only: Name "cfg" (string bytes are
// at the string's own depth) and Count "2"; Ptr, Slice, Map, Any and
// Pointer all refer one level deeper and show notCapturedReason "depth".
//
//go:noinline
func testDepthZero(c config) {
	sink += c.Count + len(c.Name) + *c.Ptr
}
