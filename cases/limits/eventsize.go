package main

func runEventSize() {
	testEventSizeSlice(seq(1000, 0))
	var a [100]int
	copy(a[:], seq(100, 0))
	testEventSizeArray(a)

	m := make(map[int][16]int, 8)
	for i := range 8 {
		m[i] = [16]int{i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i}
	}
	testEventSizeMap(m)
	testEventSizeStrings(repeatWords(64, 32))
}

// 8000 bytes of elements under maxEventBytes 512 (and maxCollectionSize
// 1000, so only the byte budget cuts): size "1000", the elements that fit
// (0, 1, 2, ...) and notCapturedReason "pruned".
//
//go:noinline
func testEventSizeSlice(s []int) {
	sink += len(s)
}

// The argument itself (800 bytes, on the stack) is bigger than
// maxEventBytes 512: size "100", a prefix of 0, 1, 2, ... and
// notCapturedReason "pruned".
//
//go:noinline
func testEventSizeArray(a [100]int) {
	sink += a[99]
}

// An 8-entry map of 128-byte values is one 1096-byte group, over
// maxEventBytes 512: size "8", the entries of the first slots (inserted
// first: 0, 1, ...) and notCapturedReason "pruned".
//
//go:noinline
func testEventSizeMap(m map[int][16]int) {
	sink += len(m)
}

// 64 strings of 32 bytes (headers 1024 bytes, text 2048) under
// maxEventBytes 512: the first strings in full, then elements whose text
// or header did not fit ("pruned", or "length" where a string header was
// cut in half: which one depends on where the engine stops).
//
//go:noinline
func testEventSizeStrings(s []string) {
	sink += len(s)
}
