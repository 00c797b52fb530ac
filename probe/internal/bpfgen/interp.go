package bpfgen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// The interpreter is the bpf_loop callback `step`: each call does one unit of
// work, so the verifier checks the body once whatever the data.
//
//   - while a scan is active, handle one reference slot of the element being
//     scanned (push the read or scan task it leads to), or move to the next
//     element;
//   - otherwise pop a task: a scan task starts a scan of values already in
//     the record; a read task reads values from the target as a new item
//     (deduplicated by (address, type), within the event budget) and starts
//     a scan of them.
//
// Register conventions inside step:
//
//	R6  scratch base (the per-CPU scratch value; state at offset 0)
//	R7  descriptor of the type being scanned / read
//	R8  the current slot (descriptor + index*slotSize) or task pointer
//	R9  record offset of the element being scanned / address being read
//
// Stack slots of step's frame.
const (
	fpKey   = -8  // map lookup keys and probe-read temporaries
	fpSave1 = -16 // values kept across helper calls
	fpSave2 = -24
	fpPush  = -40 // push spills its address argument here
)

// interp holds the constants one probe bakes into its copy of step.
type interp struct {
	e              *emitter
	fds            MapFDs
	budget         int32 // bytes of the record
	maxDepth       int32
	maxLength      int32
	maxCollection  int32
	uint8ID        int32
	itabType       int32
	itabTypeOffset int32
	static         []plan.Segment // read-only memory: recorded without its bytes
}

const (
	stepSymbol     = "step"
	readItemSymbol = "read_item"
)

// stepFunction emits the callback: (R1 = loop index, R2 = pointer to a u64
// on the caller's stack holding the scratch pointer) -> R0 = 0 go on, 1 stop.
func (g *interp) stepFunction() {
	e := g.e
	e.label(stepSymbol)
	e.function(stepSymbol, "index", "ctx")
	e.emit(
		asm.LoadMem(asm.R6, asm.R2, 0, asm.DWord),
		asm.LoadMem(asm.R1, asm.R6, scratchState+stScanActive, asm.Word),
		asm.JEq.Imm(asm.R1, 0, "pop"),
	)
	g.scanSlot()
	g.popTask()
	e.label("ret0")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.readItemFunction()
}

// evPtr sets dst to the scratch address of record offset off (masked).
func (g *interp) evPtr(dst, off asm.Register) {
	if dst != off {
		g.e.emit(asm.Mov.Reg(dst, off))
	}
	g.e.emit(
		asm.And.Imm(dst, eventMask),
		asm.Add.Reg(dst, asm.R6),
		asm.Add.Imm(dst, scratchEvent),
	)
}

func (g *interp) loadState(dst asm.Register, field int16) {
	g.e.emit(asm.LoadMem(dst, asm.R6, scratchState+field, asm.Word))
}

func (g *interp) storeState(field int16, src asm.Register) {
	g.e.emit(asm.StoreMem(asm.R6, scratchState+field, src, asm.Word))
}

func (g *interp) truncated(tmp asm.Register) {
	g.e.orU32(asm.R6, scratchState+stFlags, capfile.FlagTruncated, tmp)
}

// lookupDesc sets R0 to the descriptor of the type id in register id, or
// jumps to miss when there is none. Clobbers R1-R5.
func (g *interp) lookupDesc(id asm.Register, miss string) {
	g.e.mapLookup(g.fds.Types, id, asm.Word, fpKey)
	g.e.emit(asm.JEq.Imm(asm.R0, 0, miss))
}

// depthPlus sets R4 to the scan depth plus the slot's depth increment.
func (g *interp) depthPlus() {
	g.loadState(asm.R4, stScanDepth)
	g.e.emit(
		asm.LoadMem(asm.R0, asm.R8, descSlots+slotDepthInc, asm.Byte),
		asm.Add.Reg(asm.R4, asm.R0),
	)
}

// slotPointerLike: a pointer (or map header pointer) at R1: read one Target.
// A map slot passes its own map type on as the task's aux.
func (g *interp) slotPointerLike() {
	e := g.e
	g.evPtr(asm.R2, asm.R1)
	e.emit(
		asm.LoadMem(asm.R1, asm.R2, 0, asm.DWord),
		asm.LoadMem(asm.R2, asm.R8, descSlots+slotTarget, asm.Word),
		asm.Mov.Imm(asm.R3, 1),
		asm.LoadMem(asm.R0, asm.R8, descSlots+slotKind, asm.Byte),
	)
	g.loadState(asm.R5, stScanAux)
	e.emit(
		asm.JNE.Imm(asm.R0, slotMap, "ptr_aux"),
		asm.LoadMem(asm.R5, asm.R8, descSlots+slotAux, asm.Word),
	)
	e.label("ptr_aux")
	g.depthPlus()
	g.push(opRead)
}

// slotString: {ptr, len} at R1: record up to maxLength bytes now (they
// are at the string's depth and hold nothing to scan).
func (g *interp) slotString() {
	e := g.e
	g.evPtr(asm.R3, asm.R1)
	e.emit(
		asm.LoadMem(asm.R2, asm.R3, 0, asm.DWord),
		asm.LoadMem(asm.R4, asm.R3, 8, asm.DWord),
		asm.JLE.Imm(asm.R4, g.maxLength, "str_capped"),
		asm.Mov.Imm(asm.R4, g.maxLength),
	)
	e.label("str_capped")
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.Mov.Imm(asm.R3, g.uint8ID),
		asm.Mov.Imm(asm.R5, readMayBeStatic),
		asm.Call.Label(readItemSymbol),
	)
}

// slotSlice: {ptr, len, cap} at R1: read up to maxCollection elements, one deeper.
func (g *interp) slotSlice() {
	e := g.e
	g.evPtr(asm.R2, asm.R1)
	e.emit(
		asm.LoadMem(asm.R1, asm.R2, 0, asm.DWord),
		asm.LoadMem(asm.R3, asm.R2, 8, asm.DWord),
	)
	g.capR3(g.maxCollection)
	e.emit(asm.LoadMem(asm.R2, asm.R8, descSlots+slotTarget, asm.Word))
	g.depthPlus()
	g.loadState(asm.R5, stScanAux)
	g.push(opRead)
}

// capR3 clamps R3 (unsigned) to limit.
func (g *interp) capR3(limit int32) {
	l := g.e.fresh("cap")
	g.e.emit(
		asm.JLE.Imm(asm.R3, limit, l),
		asm.Mov.Imm(asm.R3, limit),
	)
	g.e.label(l)
}

// slotInline: Aux values of Target stored at R1: scan them in place.
func (g *interp) slotInline() {
	e := g.e
	e.emit(
		asm.LoadMem(asm.R2, asm.R8, descSlots+slotTarget, asm.Word),
		asm.LoadMem(asm.R3, asm.R8, descSlots+slotAux, asm.Word),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	g.push(opScan)
}

// slotEface: {type, data} at R1.
func (g *interp) slotEface() {
	g.e.emit(asm.Mov.Reg(asm.R9, asm.R1))
	g.evPtr(asm.R2, asm.R1)
	g.e.emit(asm.LoadMem(asm.R1, asm.R2, 0, asm.DWord))
}

// slotIface: {itab, data} at R1: record the itab now (at the interface's
// own depth, like a string's bytes) and take the type word from the
// record; an itab already recorded in this event is read again for it.
func (g *interp) slotIface() {
	e := g.e
	e.emit(asm.Mov.Reg(asm.R9, asm.R1))
	g.evPtr(asm.R2, asm.R1)
	e.emit(
		asm.LoadMem(asm.R2, asm.R2, 0, asm.DWord),
		asm.JEq.Imm(asm.R2, 0, "ret0"),
		asm.StoreMem(asm.RFP, fpSave1, asm.R2, asm.DWord),
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.Mov.Imm(asm.R3, g.itabType),
		asm.Mov.Imm(asm.R4, 1),
		asm.Mov.Imm(asm.R5, 0),
		asm.Call.Label(readItemSymbol),
		asm.JSLT.Imm(asm.R0, 0, "itab_reread"),
	)
	g.loadState(asm.R1, stRiBytes)
	e.emit(asm.JLT.Imm(asm.R1, g.itabTypeOffset+8, "ret0"))
	g.evPtr(asm.R1, asm.R0)
	e.emit(
		asm.LoadMem(asm.R1, asm.R1, int16(g.itabTypeOffset), asm.DWord),
		asm.Ja.Label("iface_type"),
	)
	e.label("itab_reread")
	e.emit(
		asm.Mov.Reg(asm.R1, asm.RFP),
		asm.Add.Imm(asm.R1, fpKey),
		asm.Mov.Imm(asm.R2, 8),
		asm.LoadMem(asm.R3, asm.RFP, fpSave1, asm.DWord),
		asm.Add.Imm(asm.R3, g.itabTypeOffset),
		asm.FnProbeReadUser.Call(),
		asm.JNE.Imm(asm.R0, 0, "ret0"),
		asm.LoadMem(asm.R1, asm.RFP, fpKey, asm.DWord),
		asm.Ja.Label("iface_type"),
	)
}

// ifaceType: R1 = runtime type address of an interface whose words are at
// record offset R9. A pointer-shaped dynamic value is the data word itself
// (scanned in place, same depth); any other is boxed (read, one deeper).
func (g *interp) ifaceType() {
	e := g.e
	e.label("iface_type")
	e.emit(asm.JEq.Imm(asm.R1, 0, "ret0"))
	e.mapLookup(g.fds.RuntimeTypes, asm.R1, asm.DWord, fpKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "ret0"),
		asm.LoadMem(asm.R2, asm.R0, rtypeID, asm.Word),
		asm.LoadMem(asm.R0, asm.R0, rtypeFlags, asm.Word),
		asm.Mov.Imm(asm.R3, 1),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	e.emit(asm.JSet.Imm(asm.R0, rtypePointerShaped, "iface_direct"))
	g.evPtr(asm.R1, asm.R9)
	e.emit(
		asm.LoadMem(asm.R1, asm.R1, 8, asm.DWord),
		asm.Add.Imm(asm.R4, 1),
	)
	g.push(opRead)
	e.emit(asm.Ja.Label("ret0"))
	e.label("iface_direct")
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R9),
		asm.Add.Imm(asm.R1, 8),
	)
	g.push(opScan)
	e.emit(asm.Ja.Label("ret0"))
}
