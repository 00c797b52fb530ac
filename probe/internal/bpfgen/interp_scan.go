package bpfgen

// The scan: one reference slot of the element being scanned per step.

import "github.com/cilium/ebpf/asm"

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
	g.takeSlot()
	g.entryFull()
	g.slotWords()
	e.label("pass_over")
	g.loadState(asm.R1, stScanActive)
	e.emit(
		asm.JEq.Imm(asm.R1, 0, "ret0"),
		asm.Add.Imm(asm.R5, 1),
		asm.JLT.Imm(asm.R5, maxSkips, "scan_next"),
		asm.Ja.Label("ret0"),
	)
	e.label("slot_dispatch")
	g.dispatchSlot()
	e.label("scan_end")
	e.emit(
		asm.StoreImm(asm.R6, scratchState+stScanActive, 0, asm.Word),
		asm.Ja.Label("ret0"),
	)
}

// takeSlot sets R8 to the next slot of the element (its fields sit at
// descSlots + field from R8) and R9 to the element's record offset, and
// moves the scan past that slot now: to the next slot, or to the next
// element, or to its end after the last one. It jumps to scan_end when the
// type has no slot left.
func (g *interp) takeSlot() {
	e := g.e
	g.loadState(asm.R1, stScanSlot)
	e.emit(
		asm.LoadMem(asm.R2, asm.R7, descNSlots, asm.Word),
		asm.JGE.Reg(asm.R1, asm.R2, "scan_end"),
		asm.Mov.Reg(asm.R8, asm.R1),
		asm.And.Imm(asm.R8, MaxSlots-1),
		asm.LSh.Imm(asm.R8, 4),
		asm.Add.Reg(asm.R8, asm.R7),
	)
	g.loadState(asm.R9, stScanOff)
	e.emit(
		asm.And.Imm(asm.R9, eventMask),
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
}

// entryFull jumps to pass_over when the slot belongs to a map entry that
// is empty: map entries count only when full, as their control byte says.
func (g *interp) entryFull() {
	e := g.e
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
}

// slotWords sets R1 to the record offset of the slot's words and R3 to the
// slot kind, and jumps to slot_dispatch when there is something to follow.
// The first word of every kind but inline is an address or a type word:
// zero leaves nothing to follow, and neither do words past the bytes
// present (an item cut by the budget); it falls through then.
func (g *interp) slotWords() {
	e := g.e
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, descSlots+slotOff, asm.Word),
		asm.Add.Reg(asm.R1, asm.R9),
		asm.And.Imm(asm.R1, eventMask),
		asm.LoadMem(asm.R3, asm.R8, descSlots+slotKind, asm.Byte),
		// R2 = end of the slot's words (two words for the kinds string,
		// slice, eface and iface, which are numbered 2 to 5).
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
}

// dispatchSlot jumps on the slot kind (R3) to its handler, each of which
// ends the step.
func (g *interp) dispatchSlot() {
	e := g.e
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
}
