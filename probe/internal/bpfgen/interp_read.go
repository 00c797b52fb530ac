package bpfgen

// read_item, the subprogram that copies one item into the record, and its dedup table.

import (
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record/layout"
)

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
	e.emit(asm.Mov.Reg(asm.R7, asm.R0))
	g.askedBytes()
	g.loadState(asm.R2, stRiType)
	g.dedup("ri_none")
	g.fitBudget()
	g.itemHeader()
	g.staticCheck()
	g.readBytes()
	g.staticItem()
	e.label("ri_none")
	e.emit(
		asm.Mov.Imm(asm.R0, -1),
		asm.Return(),
	)
}

// askedBytes sets stRiAsked to the bytes of the values asked for (capped
// at more than any record holds), or jumps to ri_none for a type of no
// bytes.
func (g *interp) askedBytes() {
	e := g.e
	e.emit(
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
}

// fitBudget sets R3 and stRiBytes to the bytes to record and stReadCount
// to the values they hold: all of them when they fit in the room left after
// the item header takes, else as many whole values as fit, or, when not one
// fits, the prefix that does (the last two truncate the event);
// with no room at all it jumps to ri_none. It divides only when the values
// do not all fit: a division costs more than the rest of the check.
func (g *interp) fitBudget() {
	e := g.e
	e.emit(asm.Mov.Imm(asm.R1, g.budget-layout.ItemHeader))
	g.loadState(asm.R2, stCharged)
	e.emit(asm.Sub.Reg(asm.R1, asm.R2))
	// stRiAsked is below any room when the values all fit (it is capped above it otherwise).
	g.loadState(asm.R3, stRiAsked)
	e.emit(asm.JSGT.Reg(asm.R3, asm.R1, "ri_cut"))
	g.loadState(asm.R2, stRiCount)
	g.storeState(stReadCount, asm.R2)
	e.emit(asm.Ja.Label("ri_prefix"))
	e.label("ri_cut")
	e.emit(
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
}

// itemHeader writes the header of an item of R3 bytes read at R9 at
// record offset used (kept in stRiOff), leaving R1 pointing at it, and
// counts the item.
func (g *interp) itemHeader() {
	e := g.e
	g.loadState(asm.R1, stUsed)
	g.storeState(stRiOff, asm.R1)
	g.evPtr(asm.R1, asm.R1)
	g.loadState(asm.R2, stRiType)
	e.emit(
		asm.StoreMem(asm.R1, layout.ItemType, asm.R2, asm.Word),
		asm.StoreImm(asm.R1, layout.ItemStatus, capfile.StatusRead, asm.Word),
		asm.StoreMem(asm.R1, layout.ItemAddr, asm.R9, asm.DWord),
		asm.StoreMem(asm.R1, layout.ItemLen, asm.R3, asm.Word),
		asm.Mov.Reg(asm.R2, asm.R3),
		asm.Add.Imm(asm.R2, 7),
		asm.And.Imm(asm.R2, ^7),
		asm.StoreMem(asm.R1, layout.ItemStride, asm.R2, asm.Word),
	)
	e.addU32(asm.R6, scratchState+stItems, 1, asm.R2)
}

// readBytes copies the R3 bytes at R9 after the header at R1, moves the
// record and the budget past the item and returns the record offset of
// the bytes; a failed read stays as an item with status 1 and no data,
// and returns -1.
func (g *interp) readBytes() {
	e := g.e
	e.emit(
		asm.Add.Imm(asm.R1, layout.ItemHeader),
		asm.Mov.Reg(asm.R2, asm.R3),
		asm.Mov.Reg(asm.R3, asm.R9),
		asm.FnProbeReadUser.Call(),
		asm.JEq.Imm(asm.R0, 0, "ri_read"),
	)
	g.loadState(asm.R1, stRiOff)
	g.evPtr(asm.R1, asm.R1)
	e.emit(
		asm.StoreImm(asm.R1, layout.ItemStatus, capfile.StatusReadFailed, asm.Word),
		asm.StoreImm(asm.R1, layout.ItemLen, 0, asm.Word),
		asm.StoreImm(asm.R1, layout.ItemStride, 0, asm.Word),
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
		asm.Add.Imm(asm.R1, layout.ItemHeader),
		asm.Mov.Reg(asm.R0, asm.R1),
		asm.Add.Reg(asm.R1, asm.R2),
	)
	g.storeState(stUsed, asm.R1)
	e.addU32(asm.R6, scratchState+stCharged, layout.ItemHeader, asm.R1)
	g.loadState(asm.R1, stCharged)
	e.emit(asm.Add.Reg(asm.R1, asm.R2))
	g.storeState(stCharged, asm.R1)
	e.emit(
		asm.JEq.Imm(asm.R2, 0, "ri_none"),
		asm.Return(),
	)
}

// staticItem (at ri_static) turns the item into a static one: the header
// only, whose bytes the decoder takes from the binary; the budget is
// charged its bytes all the same. It falls through into ri_none.
func (g *interp) staticItem() {
	e := g.e
	e.label("ri_static")
	g.loadState(asm.R1, stRiOff)
	g.evPtr(asm.R1, asm.R1)
	e.emit(
		asm.StoreImm(asm.R1, layout.ItemStatus, layout.StatusStatic, asm.Word),
		asm.StoreImm(asm.R1, layout.ItemStride, 0, asm.Word),
	)
	g.loadState(asm.R1, stRiOff)
	e.emit(asm.Add.Imm(asm.R1, layout.ItemHeader))
	g.storeState(stUsed, asm.R1)
	g.loadState(asm.R1, stCharged)
	g.loadState(asm.R2, stRiBytes)
	e.emit(
		asm.Add.Imm(asm.R2, layout.ItemHeader+7),
		asm.And.Imm(asm.R2, ^7),
		asm.Add.Reg(asm.R1, asm.R2),
	)
	g.storeState(stCharged, asm.R1)
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
// again: record.Decode keeps the longest item of each pair. The table is open addressing
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
