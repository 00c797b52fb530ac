package main

func runCollections() {
	testCollectionLimit(seq(100, 0))
	testArrayOverLimit([8]int{1, 2, 3, 4, 5, 6, 7, 8})
	testNestedCollectionLimit([][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	testDefaultCollectionLimit(seq(150, 1000))

	// Entries go in one at a time: a small map (one group) fills its slots in
	// insertion order, so which entries fit under the limit is deterministic.
	m := make(map[int]string, 6)
	for i, w := range []string{"zero", "one", "two", "three", "four", "five"} {
		m[i] = w
	}
	testMapCollectionLimit(m)
}

// A 100-element slice under maxCollectionSize 5: size "100", elements
// 0..4, then notCapturedReason "collectionSize"; message "s=[0, 1, 2, ...]".
//
//go:noinline
func testCollectionLimit(s []int) {
	sink += len(s)
}

// An array longer than maxCollectionSize 5: size "8", elements 1..5,
// notCapturedReason "collectionSize".
//
//go:noinline
func testArrayOverLimit(a [8]int) {
	sink += a[7]
}

// maxCollectionSize 2 applies at every level: outer size "3" with [1, 2]
// and [4, 5] (each inner size "3", cut with "collectionSize"), then the
// outer "collectionSize".
//
//go:noinline
func testNestedCollectionLimit(s [][]int) {
	sink += len(s)
}

// maxCollectionSize 100 on 150 elements: size "150", elements 1000..1099,
// notCapturedReason "collectionSize".
//
//go:noinline
func testDefaultCollectionLimit(s []int) {
	sink += len(s)
}

// A 6-entry map under maxCollectionSize 3: size "6" and three entries with
// notCapturedReason "collectionSize". Which three depends on the engine's
// slot order; this small map holds them in insertion order (0: zero,
// 1: one, 2: two first).
//
//go:noinline
func testMapCollectionLimit(m map[int]string) {
	sink += len(m)
}
