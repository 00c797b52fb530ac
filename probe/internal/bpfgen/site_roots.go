package bpfgen

// A site's roots: arguments and results from registers and stack slots, at fixed record offsets.

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

// rootLayout places the root items at constant record offsets.
type rootLayout struct {
	offsets []int // record offset of each root's item header
	// present is the bytes of each root the record holds: all of it, or
	// the prefix that fits the event budget (0 when unavailable).
	present   []uint32
	end       int
	truncated bool // some root was cut by the budget
}

// queuedScan is a root whose value refers to other memory.
type queuedScan struct {
	offset int // record offset of the root's bytes
	typeID uint32
	end    int // record offset where its bytes end
}

func (gen *Generator) layoutRoots(s site, budget int32) (rootLayout, []queuedScan, error) {
	var rl rootLayout
	var queued []queuedScan
	off := layout.ItemsAt(gen.records.StackDepth)
	for _, v := range s.values {
		d, ok := gen.descs[v.TypeID]
		if !ok {
			return rl, nil, fmt.Errorf("probe %s: value %s: type id %d is not in the type table", s.probe.ID, v.Name, v.TypeID)
		}
		rl.offsets = append(rl.offsets, off)
		off += layout.ItemHeader
		var present uint32
		if available(v) {
			present = v.Size
			if room := (int(budget) - off) &^ 7; int(align8(v.Size)) > room {
				present, rl.truncated = uint32(max(room, 0)), true
			}
		}
		rl.present = append(rl.present, present)
		if present > 0 && len(d.slots) > 0 {
			queued = append(queued, queuedScan{offset: off, typeID: v.TypeID, end: off + int(present)})
		}
		off += int(align8(present))
	}
	rl.end = off
	if len(queued) > queueCap {
		return rl, nil, fmt.Errorf("probe %s: %d values to scan, more than the queue's %d", s.probe.ID, len(queued), queueCap)
	}
	return rl, queued, nil
}

// available tells whether a value's pieces can all be read by a uprobe
// (XMM registers cannot).
func available(v plan.Value) bool {
	if v.Unavailable {
		return false
	}
	for _, p := range v.Pieces {
		if p.Register >= 0 {
			if _, ok := ptRegsOffset[p.Register]; !ok {
				return false
			}
		}
	}
	return true
}

func align8(n uint32) uint32 { return (n + 7) &^ 7 }

// emitRoots writes one item per value, its bytes assembled from register
// and stack pieces. R9 points at the item being written.
func (gen *Generator) emitRoots(e *emitter, s site, rl rootLayout) error {
	for i, v := range s.values {
		e.emit(
			asm.Mov.Reg(asm.R9, asm.R7),
			asm.Add.Imm(asm.R9, int32(rl.offsets[i])),
			asm.StoreImm(asm.R9, layout.ItemType, int64(v.TypeID), asm.Word),
			storeImm64(asm.R9, layout.ItemAddr, 0),
		)
		if !available(v) {
			e.emit(
				asm.StoreImm(asm.R9, layout.ItemStatus, capfile.StatusNoLocation, asm.Word),
				asm.StoreImm(asm.R9, layout.ItemLen, 0, asm.Word),
				asm.StoreImm(asm.R9, layout.ItemStride, 0, asm.Word),
			)
			continue
		}
		present := rl.present[i]
		e.emit(
			asm.StoreImm(asm.R9, layout.ItemStatus, capfile.StatusRead, asm.Word),
			asm.StoreImm(asm.R9, layout.ItemLen, int64(present), asm.Word),
			asm.StoreImm(asm.R9, layout.ItemStride, int64(align8(present)), asm.Word),
		)
		if err := gen.assemble(e, s, v, present); err != nil {
			return err
		}
	}
	return nil
}

// assemble copies the first present bytes of a value's pieces to their
// offsets in the item at R9; the bytes no piece covers (struct padding) are
// zeroed first.
func (gen *Generator) assemble(e *emitter, s site, v plan.Value, present uint32) error {
	covered := make([]bool, align8(v.Size))
	for _, p := range v.Pieces {
		if p.Offset+p.Size > v.Size {
			return fmt.Errorf("probe %s: value %s: piece [%d, %d) outside its %d bytes", s.probe.ID, v.Name, p.Offset, p.Offset+p.Size, v.Size)
		}
		if p.Register >= 0 && p.Size > 8 {
			return fmt.Errorf("probe %s: value %s: a %d-byte piece in register %d", s.probe.ID, v.Name, p.Size, p.Register)
		}
		for i := p.Offset; i < p.Offset+p.Size; i++ {
			covered[i] = true
		}
	}
	for w := 0; w < int(align8(present)); w += 8 {
		if !allTrue(covered[w : w+8]) {
			e.emit(
				asm.Mov.Reg(asm.R1, asm.R9),
				asm.Add.Imm(asm.R1, int32(layout.ItemHeader+w)),
				storeImm64(asm.R1, 0, 0),
			)
		}
	}
	for _, p := range v.Pieces {
		if p.Offset >= present {
			continue
		}
		size := min(p.Size, present-p.Offset)
		at := int32(layout.ItemHeader + p.Offset)
		if p.Register >= 0 {
			e.emit(
				asm.LoadMem(asm.R2, asm.R6, ptRegsOffset[p.Register], asm.DWord),
				asm.Mov.Reg(asm.R1, asm.R9),
				asm.Add.Imm(asm.R1, at),
			)
			storeLow(e, asm.R1, 0, asm.R2, size)
			continue
		}
		// A failed read keeps the item's room (stride) but no bytes.
		done := e.fresh("root_done")
		e.emit(
			asm.Mov.Reg(asm.R1, asm.R9),
			asm.Add.Imm(asm.R1, at),
			asm.Mov.Imm(asm.R2, int32(size)),
			asm.LoadMem(asm.R3, asm.R6, ptRegsSP, asm.DWord),
			asm.Add.Imm(asm.R3, int32(p.StackOffset)),
			asm.FnProbeReadUser.Call(),
			asm.JEq.Imm(asm.R0, 0, done),
			asm.StoreImm(asm.R9, layout.ItemStatus, capfile.StatusReadFailed, asm.Word),
			asm.StoreImm(asm.R9, layout.ItemLen, 0, asm.Word),
		)
		e.label(done)
	}
	return nil
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return true
}

// storeLow stores the low n bytes (n <= 8) of register src at base+off,
// widest chunks first. Clobbers src.
func storeLow(e *emitter, base asm.Register, off int16, src asm.Register, n uint32) {
	for _, c := range []struct {
		bytes uint32
		size  asm.Size
	}{{8, asm.DWord}, {4, asm.Word}, {2, asm.Half}, {1, asm.Byte}} {
		if n >= c.bytes {
			e.emit(asm.StoreMem(base, off, src, c.size))
			n -= c.bytes
			off += int16(c.bytes)
			if n > 0 {
				e.emit(asm.RSh.Imm(src, int32(c.bytes*8)))
			}
		}
	}
}
