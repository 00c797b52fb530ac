package plan

// placement is where a function's uprobes go, as its architecture's place
// finds them in its machine code.
type placement struct {
	entry           uint64
	prologueJump    uint64 // the stack check's conditional jump; 0: no stack check
	morestackTarget uint64 // where that jump goes: the block calling runtime.morestack
	returns         []uint64
}
