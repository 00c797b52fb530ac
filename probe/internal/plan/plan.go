// Package plan turns a Go binary (ELF + DWARF) and probe definitions into a
// capture plan: the type table, where each argument and result lives at the
// probe PCs, and where to place the uprobes. It is pure: no root, no kernel.
package plan

import (
	"slices"

	"github.com/godi-golden/probe/internal/capfile"
)

// Plan is everything the BPF generator and the capture writer need.
type Plan struct {
	// Meta is the capture metadata (docs/capture-format.md section 2)
	// without symbols and stats, which the run fills in.
	Meta    capfile.Meta
	Probes  []Probe
	Runtime Runtime
	// Binary is the path of the target executable.
	Binary string
	// ReadOnly is the memory of the target that never changes (its
	// read-only data segments, nil for a position-independent binary):
	// the engine takes bytes there, such as string literals, from the file
	// rather than reading the process.
	ReadOnly []Segment
	// Warnings are oddities met while planning that did not stop it
	// (a DWARF location disagreeing with the ABI, a map whose layout could
	// not be read): worth printing, not fatal.
	Warnings []string
	// Errors are the probes that could not be placed, each also in
	// Meta.Probes with its error: the others run without them.
	Errors []*ProbeError

	symbols *symbolizer
}

// Segment is memory of the target at Addr, as the file holds it.
type Segment struct {
	Addr uint64
	Data []byte
}

// Runtime describes the Go runtime internals the BPF programs read.
type Runtime struct {
	GoidOffset    uint32 // offset of goid in runtime.g (g is in R14 on amd64 ABIInternal, R28 on arm64)
	StackHiOffset uint32 // offset of stack.hi in runtime.g (pairs entry and return across stack moves)
	TypesBase     uint64 // address of the runtime types section: DW_AT_go_runtime_type values are offsets from it
}

// Probe is one probe placed in the binary: one or more instances of the
// function it names (generic shape instantiations, inlined copies).
type Probe struct {
	Index         int // index into Meta.Probes
	ID            string
	Instances     []Instance // in Meta.Probes[Index].Instances order
	MaxEventBytes uint32
	Capture       capfile.CaptureLimits
	// Throttle, when its budget is not zero, is the sampling the engine
	// applies to the probe's entries (zero: every hit is captured).
	Throttle capfile.Throttle
}

// Instance is one piece of code a probe covers: an out-of-line function,
// or one inlined copy of it inside a caller.
type Instance struct {
	// Function is the probed function as DWARF names it (for generics, the
	// shape instantiation, e.g. main.F[go.shape.int]).
	Function string
	// Inlined: a copy inlined into a caller, probed at its first
	// instruction. It has no return to probe.
	Inlined bool
	// NoBody: the function's first instruction is its only RET (an empty
	// body), so one probe there sees the call and there is no return to
	// wait for.
	NoBody bool
	// EntryPC is the function's first instruction (virtual address); for
	// an inlined copy, the lowest address of its code.
	EntryPC uint64
	// CFA is how far above SP the canonical frame address is at EntryPC:
	// at a function's entry 8 on amd64 (SP holds the return address) and
	// 0 on arm64 (the return address is in R30); more inside a caller's
	// body, whose frame (saved frame pointer, then locals) lies below it.
	CFA int64
	// PrologueJumpPC is the conditional jump of the stack-check prologue
	// (amd64: CMPQ SP, 16(R14); JBE morestack; arm64: MOVD 16(R28), R16;
	// CMP R16, RSP; BLS morestack), or 0 when the function has none.
	// A probe there only counts the fall-through.
	PrologueJumpPC uint64
	// MorestackTarget is where that jump goes (so the fall-through can be told apart).
	MorestackTarget uint64
	// ReturnPCs are the RET instructions of the function (empty unless the
	// probe captures returns and the instance has a return to probe).
	ReturnPCs []uint64
	// Arguments are valid at EntryPC and at PrologueJumpPC alike (the
	// stack check changes neither SP nor an argument register).
	Arguments []Value // at the entry PC, in the instance's metadata order
	Results   []Value // at the RET PCs
	// Locals are a line probe's variables in scope at EntryPC (after the
	// arguments in its events).
	Locals []Value
	// ReturnLocals are the function's locals DWARF places at every RET, and
	// at the same place at each (after the results in return events).
	ReturnLocals []Value
	// Condition is the probe's condition compiled for the engine, or nil
	// when the engine does not evaluate it (no condition, or one only the
	// decoder can evaluate).
	Condition *Condition
}

// EntryValues are the values an entry event carries, in order.
func (in Instance) EntryValues() []Value { return append(slices.Clip(in.Arguments), in.Locals...) }

// ReturnValues are the values a return event carries, in order.
func (in Instance) ReturnValues() []Value { return append(slices.Clip(in.Results), in.ReturnLocals...) }

// Value is where one argument or result lives, piece by piece.
type Value struct {
	Name   string
	TypeID uint32
	Size   uint32
	// Pieces place the value's bytes, each at its Offset. A value with no
	// location at this PC has Unavailable set and no pieces (at the entry
	// and RET PCs of an out-of-line function the ABI always gives one; an
	// inlined copy's arguments may have none; a value with a floating-point
	// register piece is still unreadable by a uprobe).
	Pieces      []Piece
	Unavailable bool
	// Source says where the locations came from: "abi+dwarf" (the Go
	// internal ABI's assignment, and DWARF's location list agrees at the
	// probe PCs) or "abi" (DWARF has no location there, or disagrees: then
	// the Plan has a warning). The ABI wins because it is the calling
	// convention itself, while Go's location lists are sometimes wrong.
	Source string
}

// Piece is a run of bytes of a value in one register or stack slot.
// Pieces may leave gaps (struct padding): the consumer zero-fills the value
// and copies each piece to its Offset.
type Piece struct {
	// Offset is where the piece's bytes go within the value.
	Offset uint32
	Size   uint32
	// Register is the DWARF register number of the target's architecture
	// (Meta.Program.Arch): on amd64 0 RAX, 1 RDX, 2 RCX, 3 RBX, 4 RSI,
	// 5 RDI, 6 RBP, 7 RSP, 8-15 R8-R15, 17-32 XMM0-15; on arm64 0-30
	// R0-R30, 31 SP, 64-95 F0-F31. Or RegisterStack when the piece is on
	// the stack. A register piece holds the low Size bytes of the register.
	// Uprobes cannot read floating-point registers: a value with such a
	// piece is unavailable to them.
	Register int
	// StackOffset is the piece's offset from SP at the probe PC (entry: SP
	// points at amd64's return address or arm64's caller's saved-LR slot,
	// so the first stack argument is at 8; inside a body, where inlined
	// copies sit, the caller's frame is between).
	StackOffset int64
}

// RegisterStack is Piece.Register for a piece in memory at SP+StackOffset.
const RegisterStack = -1
