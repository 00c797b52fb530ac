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

// maxSkips bounds the slots with nothing to follow that one step passes
// over before it stops at one to handle.
const maxSkips = 32

// scanSlot handles one reference slot of the element being scanned. Slots
// with nothing to follow (a nil pointer, an empty map entry) are passed
// over in the same step, up to maxSkips of them: a step costs more than
// the test.
func (g *interp) scanSlot() {
	e := g.e
	e.label("scan")
	g.loadState(asm.R1, stScanType)
	g.lookupDesc(asm.R1, "scan_end")
	e.emit(
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.Mov.Imm(asm.R5, 0), // slots passed over
	)
	e.label("scan_next")
	g.loadState(asm.R1, stScanSlot)
	e.emit(
		asm.LoadMem(asm.R2, asm.R7, descNSlots, asm.Word),
		asm.JGE.Reg(asm.R1, asm.R2, "scan_end"),
		// R8 = this slot (its fields sit at descSlots + field from R8).
		asm.Mov.Reg(asm.R8, asm.R1),
		asm.And.Imm(asm.R8, MaxSlots-1),
		asm.LSh.Imm(asm.R8, 4),
		asm.Add.Reg(asm.R8, asm.R7),
	)
	g.loadState(asm.R9, stScanOff)
	e.emit(
		asm.And.Imm(asm.R9, eventMask),
		// Advance the scan past this slot now (R8, R9 keep this one).
		asm.Add.Imm(asm.R1, 1),
		asm.JGE.Reg(asm.R1, asm.R2, "last_slot"),
	)
	g.storeState(stScanSlot, asm.R1)
	e.emit(asm.Ja.Label("slot_ready"))
	e.label("last_slot")
	e.emit(asm.StoreImm(asm.R6, scratchState+stScanSlot, 0, asm.Word))
	g.loadState(asm.R1, stScanCount)
	e.emit(asm.Sub.Imm(asm.R1, 1))
	g.storeState(stScanCount, asm.R1)
	e.emit(
		asm.LoadMem(asm.R2, asm.R7, descSize, asm.Word),
		asm.Add.Reg(asm.R2, asm.R9),
	)
	g.storeState(stScanOff, asm.R2)
	e.emit(asm.JNE.Imm(asm.R1, 0, "slot_ready"))
	e.emit(asm.StoreImm(asm.R6, scratchState+stScanActive, 0, asm.Word))
	e.label("slot_ready")

	// Map entries count only when full: test the entry's control byte.
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, descSlots+slotCond, asm.Byte),
		asm.JEq.Imm(asm.R1, condNone, "cond_ok"),
		asm.LoadMem(asm.R2, asm.R7, descCondOff, asm.Word),
		asm.LoadMem(asm.R3, asm.R8, descSlots+slotCondIdx, asm.Byte),
		asm.Add.Reg(asm.R2, asm.R3),
		asm.Add.Reg(asm.R2, asm.R9),
	)
	g.evPtr(asm.R2, asm.R2)
	e.emit(
		asm.LoadMem(asm.R2, asm.R2, 0, asm.Byte),
		asm.JEq.Imm(asm.R1, condTophashFull, "cond_tophash"),
		asm.And.Imm(asm.R2, swissCtrlEmptyBit),
		asm.JNE.Imm(asm.R2, 0, "pass_over"),
		asm.Ja.Label("cond_ok"),
	)
	e.label("cond_tophash")
	e.emit(asm.JLT.Imm(asm.R2, minTopHash, "pass_over"))
	e.label("cond_ok")

	// R1 = record offset of the slot's words; dispatch on the slot kind.
	// The first word of every kind but inline is an address or a type
	// word: zero leaves nothing to follow.
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, descSlots+slotOff, asm.Word),
		asm.Add.Reg(asm.R1, asm.R9),
		asm.And.Imm(asm.R1, eventMask),
		asm.LoadMem(asm.R3, asm.R8, descSlots+slotKind, asm.Byte),
		// Words past the bytes present (an item cut by the budget) are not
		// there: R2 = end of the slot's words (two words for the kinds
		// string, slice, eface and iface, which are numbered 2 to 5).
		asm.Mov.Reg(asm.R2, asm.R3),
		asm.Sub.Imm(asm.R2, slotString),
		asm.JGT.Imm(asm.R2, slotIface-slotString, "one_word"),
		asm.Mov.Reg(asm.R2, asm.R1),
		asm.Add.Imm(asm.R2, 16),
		asm.Ja.Label("slot_width"),
	)
	e.label("one_word")
	e.emit(
		asm.Mov.Reg(asm.R2, asm.R1),
		asm.Add.Imm(asm.R2, 8),
	)
	e.label("slot_width")
	g.loadState(asm.R4, stScanEnd)
	e.emit(
		asm.JGT.Reg(asm.R2, asm.R4, "pass_over"),
		asm.JEq.Imm(asm.R3, slotInline, "s_inline"),
	)
	g.evPtr(asm.R2, asm.R1)
	e.emit(
		asm.LoadMem(asm.R2, asm.R2, 0, asm.DWord),
		asm.JNE.Imm(asm.R2, 0, "slot_dispatch"),
	)
	e.label("pass_over")
	g.loadState(asm.R1, stScanActive)
	e.emit(
		asm.JEq.Imm(asm.R1, 0, "ret0"),
		asm.Add.Imm(asm.R5, 1),
		asm.JLT.Imm(asm.R5, maxSkips, "scan_next"),
		asm.Ja.Label("ret0"),
	)
	e.label("slot_dispatch")
	kinds := []struct {
		kind  int32
		label string
		body  func()
	}{
		{slotPointer, "s_pointer", g.slotPointerLike},
		{slotMap, "s_map", g.slotPointerLike},
		{slotString, "s_string", g.slotString},
		{slotSlice, "s_slice", g.slotSlice},
		{slotInline, "s_inline", g.slotInline},
		{slotSwissDir, "s_swiss_dir", g.slotSwissDir},
		{slotSwissGroups, "s_swiss_groups", g.slotSwissGroups},
		{slotHmapBuckets, "s_hmap_buckets", g.slotHmapBuckets},
	}
	for _, k := range kinds {
		e.emit(asm.JEq.Imm(asm.R3, k.kind, k.label))
	}
	e.emit(
		asm.JEq.Imm(asm.R3, slotIface, "s_iface"),
		asm.JEq.Imm(asm.R3, slotEface, "s_eface"),
		asm.Ja.Label("ret0"),
	)
	for _, k := range kinds {
		if k.kind == slotMap {
			continue // shares s_pointer's body
		}
		e.label(k.label)
		if k.kind == slotPointer {
			e.label("s_map")
		}
		k.body()
		e.emit(asm.Ja.Label("ret0"))
	}
	e.label("s_iface")
	g.slotIface() // jumps to iface_type
	e.label("s_eface")
	g.slotEface() // falls through into iface_type
	g.ifaceType()

	e.label("scan_end")
	e.emit(
		asm.StoreImm(asm.R6, scratchState+stScanActive, 0, asm.Word),
		asm.Ja.Label("ret0"),
	)
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
