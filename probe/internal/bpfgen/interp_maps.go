package bpfgen

// The interpreter's map slots: both layouts, read as the target's DWARF describes them.

import (
	"github.com/cilium/ebpf/asm"
)

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
	g.readSlotTable(layGroupType)
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
	g.readSlotTable(layBucketType)
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

// readSlotTable queues the read of the table the map slot (record offset
// R8) points to, as the layout's type at field says; R3 is the count.
func (g *interp) readSlotTable(field int) {
	g.evPtr(asm.R1, asm.R8)
	g.e.emit(
		asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord),
		asm.LoadMem(asm.R2, asm.R7, descLayout+4*int16(field), asm.Word),
	)
	g.loadState(asm.R4, stScanDepth)
	g.loadState(asm.R5, stScanAux)
	g.push(opRead)
}
