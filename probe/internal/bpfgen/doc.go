// Package bpfgen turns a capture plan into eBPF programs (hand-assembled with
// cilium/ebpf/asm, no C compiler) and decodes the records they emit.
//
// Design: every probe site gets a small program generated for it (the event
// header, the stack and the roots read straight from registers and stack
// slots at constant offsets). Everything reachable from the roots is chased
// by one generic interpreter, the `step` subprogram run by bpf_loop: a work
// queue of read and scan tasks in a per-CPU scratch buffer, driven by type
// descriptors held in a BPF array map. The type knowledge is data computed in
// Go (descriptors.go); the BPF code does not change with the program traced.
package bpfgen
