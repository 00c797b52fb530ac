// Package bpfgen turns a capture plan into eBPF programs, hand-assembled with
// cilium/ebpf/asm (no C compiler), and says where each is attached
// (Programs). It touches no kernel: internal/bpfload creates the maps whose
// file descriptors the code embeds and loads the programs, internal/record
// decodes the records they emit, and the record's byte layout, which both
// this package and the decoder follow, is internal/record/layout.
//
// Files: site*.go the per-site program (site.go its steps, then its
// goroutine and call identity, stack, roots; site_direct.go its scan of the
// roots); interp*.go the interpreter
// (interp_scan.go its scan of reference slots, interp_read.go read_item,
// interp_queue.go the work queue, interp_maps.go map internals);
// descriptors.go and types.go the type knowledge; layout.go the scratch,
// descriptor and pt_regs layouts; emit.go the emitter; generator.go and
// programs.go the entry points (a Generator over a plan's maps, and what
// goes where); arch.go the targets it generates for. testdata/listings holds the reviewed listings of
// representative programs (TestListings).
//
// Design: every probe site gets a small program generated for it (the event
// header, the stack and the roots read straight from registers and stack
// slots at constant offsets). The roots' types are known, so the site's
// code also scans them: it reads their strings' bytes, and what their
// pointers and slices lead to when that holds nothing to follow, calling
// read_item in straight-line code; what leads deeper (a map, a pointer to
// a struct with references) it queues for the interpreter, and a root with
// an interface in it is left to the interpreter whole. What is queued is
// chased by one generic interpreter, the `step` subprogram run by bpf_loop: a work
// queue of read and scan tasks in a per-CPU scratch buffer, driven by type
// descriptors held in a BPF array map. The type knowledge is data computed in
// Go (descriptors.go); the BPF code does not change with the program traced.
//
// Each call counts once. An entry program sits on the JBE of the function's
// stack check when it has one: the kernel emulates that jump within the
// trap (no single-step), and the flags tell a call that will go through
// morestack (to grow its stack, or to be preempted: the runtime forces the
// check to fail for that) and come back. At the function's first
// instruction (no stack check, or --placement entry) the kernel
// single-steps a copy of the instruction and holds signals until it is
// done, so a signal does not re-run the program; for a function with a
// stack check, a program on its morestack block marks the call by
// (goid, stack.hi - SP), and the entry program drops the hit that comes
// back. Entries are not deduplicated by "a call with this key is still
// open": a panic leaves its calls open, and the next call at the same depth
// would be lost. (The kernel re-runs a single-stepped instruction only when
// a signal comes while that instruction faults: rare, and then the call is
// counted twice.)
//
// Cost: a helper call costs far more than the code around it (about 75 ns
// for bpf_probe_read_user, whatever it copies up to a few hundred bytes),
// so the programs read in few, large reads: the span of runtime.g holding
// goid and stack.hi at once, the stack from SP up at once (frames are
// walked in the copy), and no bytes of read-only memory at all: an item
// that lies in the binary's read-only segments (string literals) is
// recorded without its bytes, which record.Decode takes from the binary.
// Such an item is charged to the event budget as if read, so that the
// capture does not depend on where a string lives.
package bpfgen
