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
	fds            mapFDs
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
	g.e.mapLookup(g.fds.types, id, asm.Word, fpKey)
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
	e.mapLookup(g.fds.rtypes, asm.R1, asm.DWord, fpKey)
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

// mapLayout keeps the slot offset R1 in R8 and sets R7 to the descriptor of
// the map type being walked (scan aux), whose layout the map slots need.
func (g *interp) mapLayout() {
	g.e.emit(asm.Mov.Reg(asm.R8, asm.R1))
	g.loadState(asm.R1, stScanAux)
	g.lookupDesc(asm.R1, "ret0")
	g.e.emit(asm.Mov.Reg(asm.R7, asm.R0))
}

// layoutField loads into dst the u64 of the element (at R9) at the offset
// held in the map layout field.
func (g *interp) layoutWord(dst asm.Register, field int, size asm.Size) {
	g.e.emit(
		asm.LoadMem(dst, asm.R7, int16(descLayout+4*field), asm.Word),
		asm.Add.Reg(dst, asm.R9),
	)
	g.evPtr(dst, dst)
	g.e.emit(asm.LoadMem(dst, dst, 0, size))
}

// slotSwissDir: a swiss map header; dirPtr at R1. A small map (dirLen 0)
// points at one group, a large one at a directory of tables.
func (g *interp) slotSwissDir() {
	e := g.e
	g.mapLayout()
	g.layoutWord(asm.R3, layDirLenOff, asm.DWord)
	g.evPtr(asm.R1, asm.R8)
	e.emit(asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord))
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	e.emit(
		asm.JNE.Imm(asm.R3, 0, "swiss_tables"),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*layGroupType, asm.Word),
		asm.Mov.Imm(asm.R3, 1),
	)
	g.push(opRead)
	e.emit(asm.Ja.Label("ret0"))
	e.label("swiss_tables")
	g.capR3(eventMask)
	e.emit(asm.LoadMem(asm.R2, asm.R7, descLayout+4*layDirectoryType, asm.Word))
	g.push(opRead)
}

// slotSwissGroups: a swiss table; groups.data at R1, lengthMask+1 groups.
// A table with no entries is not read; a dense one only as far as it
// likely holds twice the entries maxCollectionSize shows (its entries are
// spread by hash), so that a large map leaves the event budget to the rest.
func (g *interp) slotSwissGroups() {
	e := g.e
	g.mapLayout()
	g.layoutWord(asm.R3, layLengthMaskOff, asm.DWord)
	g.capR3(eventMask - 1)
	e.emit(
		asm.Add.Imm(asm.R3, 1),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*layTableUsedOff, asm.Word),
		asm.JEq.Imm(asm.R2, tableUsedUnknown, "groups_counted"),
		asm.Add.Reg(asm.R2, asm.R9),
	)
	g.evPtr(asm.R2, asm.R2)
	e.emit(
		asm.LoadMem(asm.R2, asm.R2, 0, asm.Half),
		asm.JEq.Imm(asm.R2, 0, "ret0"),
		// R0 = ceil(2 * maxCollectionSize * groups / used)
		asm.Mov.Reg(asm.R0, asm.R3),
		asm.Mul.Imm(asm.R0, 2*g.maxCollection),
		asm.Add.Reg(asm.R0, asm.R2),
		asm.Sub.Imm(asm.R0, 1),
		asm.Div.Reg(asm.R0, asm.R2),
		asm.JLE.Reg(asm.R3, asm.R0, "groups_counted"),
		asm.Mov.Reg(asm.R3, asm.R0),
	)
	e.label("groups_counted")
	g.evPtr(asm.R1, asm.R8)
	e.emit(
		asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*layGroupType, asm.Word),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	g.push(opRead)
}

// slotHmapBuckets: an hmap header; buckets at R1 (2^B of them) and, while
// growing, oldbuckets (2^(B-1)).
func (g *interp) slotHmapBuckets() {
	e := g.e
	g.mapLayout()
	g.layoutWord(asm.R0, layBOff, asm.Byte)
	e.emit(
		asm.JLE.Imm(asm.R0, 16, "hmap_b"),
		asm.Mov.Imm(asm.R0, 16), // 2^16 buckets already exceed any budget
	)
	e.label("hmap_b")
	e.emit(
		asm.StoreMem(asm.RFP, fpSave2, asm.R0, asm.DWord),
		asm.Mov.Imm(asm.R3, 1),
		asm.LSh.Reg(asm.R3, asm.R0),
	)
	g.evPtr(asm.R1, asm.R8)
	e.emit(
		asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*layBucketType, asm.Word),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	g.push(opRead)
	g.layoutWord(asm.R1, layOldbucketsOff, asm.DWord)
	e.emit(
		asm.LoadMem(asm.R0, asm.RFP, fpSave2, asm.DWord),
		asm.JEq.Imm(asm.R0, 0, "ret0"),
		asm.Sub.Imm(asm.R0, 1),
		asm.Mov.Imm(asm.R3, 1),
		asm.LSh.Reg(asm.R3, asm.R0),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*layBucketType, asm.Word),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	g.push(opRead)
}

// push appends a task (R1 address or record offset, R2 type, R3 count,
// R4 depth, R5 aux) to the queue. A read deeper than maxReferenceDepth is
// not queued; a full queue truncates the event. Clobbers R0, R1.
func (g *interp) push(op int32) {
	e := g.e
	done := e.fresh("pushed")
	ok := e.fresh("push_ok")
	if op == opRead {
		e.emit(
			asm.JGT.Imm(asm.R4, g.maxDepth, done),
			asm.JEq.Imm(asm.R1, 0, done),
		)
	}
	e.emit(asm.JEq.Imm(asm.R3, 0, done))
	e.emit(asm.StoreMem(asm.RFP, fpPush, asm.R1, asm.DWord))
	g.loadState(asm.R0, stQTail)
	g.loadState(asm.R1, stQHead)
	e.emit(
		asm.Neg.Imm(asm.R1, 0),
		asm.Add.Reg(asm.R1, asm.R0),
		asm.JLT.Imm(asm.R1, queueCap, ok),
	)
	g.truncated(asm.R1)
	e.emit(asm.Ja.Label(done))
	e.label(ok)
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R0),
		asm.Add.Imm(asm.R1, 1),
	)
	g.storeState(stQTail, asm.R1)
	e.emit(
		asm.And.Imm(asm.R0, queueCap-1),
		asm.LSh.Imm(asm.R0, 5),
		asm.Add.Reg(asm.R0, asm.R6),
		asm.LoadMem(asm.R1, asm.RFP, fpPush, asm.DWord),
		asm.StoreMem(asm.R0, scratchQueue+taskAddr, asm.R1, asm.DWord),
		asm.StoreMem(asm.R0, scratchQueue+taskType, asm.R2, asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskCount, asm.R3, asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskDepth, asm.R4, asm.Word),
		asm.StoreImm(asm.R0, scratchQueue+taskOp, int64(op), asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskAux, asm.R5, asm.Word),
	)
	if op == opScan { // values inside the one being scanned end with it
		g.loadState(asm.R1, stScanEnd)
		e.emit(asm.StoreMem(asm.R0, scratchQueue+taskEnd, asm.R1, asm.Word))
	}
	e.label(done)
}

// popTask runs the next task of the queue, or stops the loop when it is empty.
func (g *interp) popTask() {
	e := g.e
	e.label("pop")
	g.loadState(asm.R1, stQHead)
	g.loadState(asm.R2, stQTail)
	e.emit(
		asm.JNE.Reg(asm.R1, asm.R2, "have_task"),
		asm.Mov.Imm(asm.R0, 1),
		asm.Return(),
	)
	e.label("have_task")
	e.emit(
		asm.Mov.Reg(asm.R2, asm.R1),
		asm.Add.Imm(asm.R2, 1),
	)
	g.storeState(stQHead, asm.R2)
	// R8 = the task: its slot stays ours for this step (nothing is pushed).
	e.emit(
		asm.Mov.Reg(asm.R8, asm.R1),
		asm.And.Imm(asm.R8, queueCap-1),
		asm.LSh.Imm(asm.R8, 5),
		asm.Add.Reg(asm.R8, asm.R6),
		asm.Add.Imm(asm.R8, scratchQueue),
		asm.LoadMem(asm.R1, asm.R8, taskType, asm.Word),
	)
	g.lookupDesc(asm.R1, "ret0")
	e.emit(
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.LoadMem(asm.R1, asm.R8, taskOp, asm.Word),
		asm.JEq.Imm(asm.R1, opRead, "read"),
		// A scan task: scan in place (record offset in the address field).
		asm.LoadMem(asm.R2, asm.R8, taskEnd, asm.Word),
		asm.LoadMem(asm.R1, asm.R8, taskAddr, asm.DWord),
		asm.Ja.Label("start_scan"),
	)
	e.label("read")
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.LoadMem(asm.R2, asm.R8, taskAddr, asm.DWord),
		asm.LoadMem(asm.R3, asm.R8, taskType, asm.Word),
		asm.LoadMem(asm.R4, asm.R8, taskCount, asm.Word),
		asm.Mov.Imm(asm.R5, readMayBeStatic),
		asm.Call.Label(readItemSymbol),
		asm.JSLT.Imm(asm.R0, 0, "ret0"),
	)
	g.loadState(asm.R1, stReadCount)
	e.emit(asm.StoreMem(asm.R8, taskCount, asm.R1, asm.Word))
	g.loadState(asm.R2, stRiBytes)
	e.emit(
		asm.Add.Reg(asm.R2, asm.R0),
		asm.Mov.Reg(asm.R1, asm.R0),
	)

	// start_scan: R1 = record offset of the first value of the task at R8,
	// R2 = where their bytes end.
	e.label("start_scan")
	g.storeState(stScanEnd, asm.R2)
	e.emit(
		asm.LoadMem(asm.R2, asm.R7, descNSlots, asm.Word),
		asm.JEq.Imm(asm.R2, 0, "ret0"),
	)
	g.storeState(stScanOff, asm.R1)
	for _, f := range []struct{ task, state int16 }{
		{taskType, stScanType}, {taskCount, stScanCount}, {taskDepth, stScanDepth}, {taskAux, stScanAux},
	} {
		e.emit(asm.LoadMem(asm.R2, asm.R8, f.task, asm.Word))
		g.storeState(f.state, asm.R2)
	}
	e.emit(
		asm.StoreImm(asm.R6, scratchState+stScanSlot, 0, asm.Word),
		asm.StoreImm(asm.R6, scratchState+stScanActive, 1, asm.Word),
		asm.Ja.Label("scan"), // its first slot in this same step
	)
}

// readMayBeStatic, read_item's flags argument: values that hold no
// references and lie in read-only memory are recorded without their bytes.
const readMayBeStatic = 1

// readItemFunction emits the subprogram read_item(scratch, addr, type,
// count, flags) -> R0: record offset of the bytes of a new item holding
// up to count values of type read at addr, or -1 when nothing was read
// (nil address, already recorded in this event, no room, a failed read, a
// static item). It sets stReadCount to the values recorded (the event
// budget may cut them) and stRiBytes to their bytes.
//
// Registers: R6 scratch, R7 descriptor, R9 address.
func (g *interp) readItemFunction() {
	e := g.e
	e.label(readItemSymbol)
	e.function(readItemSymbol, "scratch", "addr", "type", "count", "flags")
	e.emit(
		asm.Mov.Reg(asm.R6, asm.R1),
		asm.Mov.Reg(asm.R9, asm.R2),
		asm.StoreMem(asm.RFP, fpSave1, asm.R5, asm.DWord),
		asm.JEq.Imm(asm.R9, 0, "ri_none"),
		asm.JEq.Imm(asm.R4, 0, "ri_none"),
	)
	g.storeState(stRiType, asm.R3)
	g.storeState(stRiCount, asm.R4)
	g.lookupDesc(asm.R3, "ri_none")
	e.emit(
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.LoadMem(asm.R1, asm.R7, descSize, asm.Word),
		asm.JEq.Imm(asm.R1, 0, "ri_none"),
	)
	g.loadState(asm.R2, stRiCount)
	e.emit(
		asm.Mul.Reg(asm.R1, asm.R2),
		asm.JLE.Imm(asm.R1, eventMask, "ri_asked"),
		asm.Mov.Imm(asm.R1, eventMask), // more than any record holds
	)
	e.label("ri_asked")
	g.storeState(stRiAsked, asm.R1)
	g.loadState(asm.R2, stRiType)
	g.dedup("ri_none")

	// Room left after the item header, in whole values.
	e.emit(asm.Mov.Imm(asm.R1, g.budget-itemHeader))
	g.loadState(asm.R2, stCharged)
	e.emit(
		asm.Sub.Reg(asm.R1, asm.R2),
		asm.LoadMem(asm.R2, asm.R7, descSize, asm.Word),
		asm.JSGE.Reg(asm.R1, asm.R2, "ri_room"),
		// Not one whole value fits: record the prefix that does.
		asm.And.Imm(asm.R1, ^7),
		asm.JSLE.Imm(asm.R1, 0, "ri_no_room"),
		asm.Mov.Reg(asm.R3, asm.R1),
		asm.StoreImm(asm.R6, scratchState+stReadCount, 1, asm.Word),
	)
	g.truncated(asm.R1)
	e.emit(asm.Ja.Label("ri_prefix"))
	e.label("ri_no_room")
	g.truncated(asm.R1)
	e.emit(asm.Ja.Label("ri_none"))
	e.label("ri_room")
	e.emit(asm.Div.Reg(asm.R1, asm.R2))
	g.loadState(asm.R3, stRiCount)
	e.emit(asm.JLE.Reg(asm.R3, asm.R1, "ri_fits"))
	e.emit(asm.Mov.Reg(asm.R3, asm.R1))
	g.truncated(asm.R1)
	e.label("ri_fits")
	g.storeState(stReadCount, asm.R3)
	e.emit(asm.Mul.Reg(asm.R3, asm.R2))
	e.label("ri_prefix") // R3 = bytes
	e.emit(asm.And.Imm(asm.R3, eventMask))
	g.storeState(stRiBytes, asm.R3)
	// The item header at record offset used.
	g.loadState(asm.R1, stUsed)
	g.storeState(stRiOff, asm.R1)
	g.evPtr(asm.R1, asm.R1)
	g.loadState(asm.R2, stRiType)
	e.emit(
		asm.StoreMem(asm.R1, itemType, asm.R2, asm.Word),
		asm.StoreImm(asm.R1, itemStatus, capfile.StatusRead, asm.Word),
		asm.StoreMem(asm.R1, itemAddr, asm.R9, asm.DWord),
		asm.StoreMem(asm.R1, itemLen, asm.R3, asm.Word),
		asm.Mov.Reg(asm.R2, asm.R3),
		asm.Add.Imm(asm.R2, 7),
		asm.And.Imm(asm.R2, ^7),
		asm.StoreMem(asm.R1, itemStride, asm.R2, asm.Word),
	)
	e.addU32(asm.R6, scratchState+stItems, 1, asm.R2)
	g.staticCheck()
	e.emit(
		asm.Add.Imm(asm.R1, itemHeader),
		asm.Mov.Reg(asm.R2, asm.R3),
		asm.Mov.Reg(asm.R3, asm.R9),
		asm.FnProbeReadUser.Call(),
		asm.JEq.Imm(asm.R0, 0, "ri_read"),
	)
	// A failed read stays as an item with status 1 and no data.
	g.loadState(asm.R1, stRiOff)
	g.evPtr(asm.R1, asm.R1)
	e.emit(
		asm.StoreImm(asm.R1, itemStatus, capfile.StatusReadFailed, asm.Word),
		asm.StoreImm(asm.R1, itemLen, 0, asm.Word),
		asm.StoreImm(asm.R1, itemStride, 0, asm.Word),
		asm.Mov.Imm(asm.R2, 0),
		asm.Ja.Label("ri_advance"),
	)
	e.label("ri_read")
	g.loadState(asm.R2, stRiBytes)
	e.emit(
		asm.Add.Imm(asm.R2, 7),
		asm.And.Imm(asm.R2, ^7),
	)
	// R2 = data bytes in the record; the budget is charged as much.
	e.label("ri_advance")
	g.loadState(asm.R1, stRiOff)
	e.emit(
		asm.Add.Imm(asm.R1, itemHeader),
		asm.Mov.Reg(asm.R0, asm.R1),
		asm.Add.Reg(asm.R1, asm.R2),
	)
	g.storeState(stUsed, asm.R1)
	e.addU32(asm.R6, scratchState+stCharged, itemHeader, asm.R1)
	g.loadState(asm.R1, stCharged)
	e.emit(asm.Add.Reg(asm.R1, asm.R2))
	g.storeState(stCharged, asm.R1)
	e.emit(
		asm.JEq.Imm(asm.R2, 0, "ri_none"),
		asm.Return(),
	)

	// A static item: the header only; the budget is charged its bytes too.
	e.label("ri_static")
	g.loadState(asm.R1, stRiOff)
	g.evPtr(asm.R1, asm.R1)
	e.emit(
		asm.StoreImm(asm.R1, itemStatus, statusStatic, asm.Word),
		asm.StoreImm(asm.R1, itemStride, 0, asm.Word),
	)
	g.loadState(asm.R1, stRiOff)
	e.emit(asm.Add.Imm(asm.R1, itemHeader))
	g.storeState(stUsed, asm.R1)
	g.loadState(asm.R1, stCharged)
	g.loadState(asm.R2, stRiBytes)
	e.emit(
		asm.Add.Imm(asm.R2, itemHeader+7),
		asm.And.Imm(asm.R2, ^7),
		asm.Add.Reg(asm.R1, asm.R2),
	)
	g.storeState(stCharged, asm.R1)

	e.label("ri_none")
	e.emit(
		asm.Mov.Imm(asm.R0, -1),
		asm.Return(),
	)
}

// staticCheck jumps to ri_static when the caller allows it, the type holds
// no references (nothing to scan in the bytes) and [R9, R9+R3) lies in a
// read-only segment. Clobbers R0, R2, R4, R5.
func (g *interp) staticCheck() {
	if len(g.static) == 0 {
		return
	}
	e := g.e
	e.emit(
		asm.LoadMem(asm.R2, asm.RFP, fpSave1, asm.DWord),
		asm.JNE.Imm(asm.R2, readMayBeStatic, "ri_dynamic"),
		asm.LoadMem(asm.R2, asm.R7, descNSlots, asm.Word),
		asm.JNE.Imm(asm.R2, 0, "ri_dynamic"),
		asm.Mov.Reg(asm.R2, asm.R9),
		asm.Add.Reg(asm.R2, asm.R3), // end of the bytes
	)
	for _, seg := range g.static {
		next := e.fresh("static_next")
		e.emit(
			asm.LoadImm(asm.R4, int64(seg.Addr), asm.DWord),
			asm.JLT.Reg(asm.R9, asm.R4, next),
			asm.LoadImm(asm.R5, int64(seg.Addr)+int64(len(seg.Data)), asm.DWord),
			asm.JLE.Reg(asm.R2, asm.R5, "ri_static"),
		)
		e.label(next)
	}
	e.label("ri_dynamic")
}

// dedup jumps to dup when (R9 address, R2 type) was already recorded in
// this event with at least the bytes asked now (stRiAsked), and otherwise
// remembers it. A longer read of a pair already recorded (a string and its
// prefix share a pointer, so do a slice and a shorter one) is recorded
// again: DecodeRecord keeps the longest item of each pair. The table is open addressing
// with dedupProbes linear probes; entries of older events (another
// generation) count as free. When every probe is taken by another pair the
// read is dropped (event truncated) rather than risk a duplicate item.
func (g *interp) dedup(dup string) {
	e := g.e
	e.emit(
		// R1 = hash bucket: Fibonacci hashing of address ^ type<<40.
		asm.Mov.Reg(asm.R3, asm.R2),
		asm.LSh.Imm(asm.R3, 40),
		asm.Mov.Reg(asm.R1, asm.R9),
		asm.Xor.Reg(asm.R1, asm.R3),
		asm.LoadImm(asm.R3, -7046029254386353131, asm.DWord), // 0x9E3779B97F4A7C15
		asm.Mul.Reg(asm.R1, asm.R3),
		asm.RSh.Imm(asm.R1, 64-dedupBits),
	)
	g.loadState(asm.R0, stGen)
	g.loadState(asm.R3, stRiAsked)
	for k := range dedupProbes {
		next := e.fresh("dedup_next")
		e.emit(
			asm.Mov.Reg(asm.R4, asm.R1),
			asm.Add.Imm(asm.R4, int32(k)),
			asm.And.Imm(asm.R4, dedupCap-1),
			asm.LSh.Imm(asm.R4, 5),
			asm.Add.Reg(asm.R4, asm.R6),
			asm.Add.Imm(asm.R4, scratchDedup),
			asm.LoadMem(asm.R5, asm.R4, 12, asm.Word),
			asm.JNE.Reg(asm.R5, asm.R0, "dedup_insert"),
			asm.LoadMem(asm.R5, asm.R4, 0, asm.DWord),
			asm.JNE.Reg(asm.R5, asm.R9, next),
			asm.LoadMem(asm.R5, asm.R4, 8, asm.Word),
			asm.JNE.Reg(asm.R5, asm.R2, next),
			asm.LoadMem(asm.R5, asm.R4, 16, asm.Word),
			asm.JGE.Reg(asm.R5, asm.R3, dup),
			asm.Ja.Label("dedup_insert"),
		)
		e.label(next)
	}
	g.truncated(asm.R1)
	e.emit(asm.Ja.Label(dup))
	e.label("dedup_insert")
	e.emit(
		asm.StoreMem(asm.R4, 0, asm.R9, asm.DWord),
		asm.StoreMem(asm.R4, 8, asm.R2, asm.Word),
		asm.StoreMem(asm.R4, 12, asm.R0, asm.Word),
		asm.StoreMem(asm.R4, 16, asm.R3, asm.Word),
	)
}
