package bpfgen

// The roots' references, handled by the site's own code: the scan of the
// roots is known when the program is generated, so straight-line code does
// it, and the interpreter runs only for what lies deeper (or not at all).

import "github.com/cilium/ebpf/asm"

// rootRef is one reference in a root that the site's code follows: a
// string's bytes, or the values a pointer, slice or map header leads to.
type rootRef struct {
	root queuedScan
	slot slot
}

// rootRefs returns the references of the queued roots, in the order the
// interpreter's scan of the roots meets them, when each is a string, a
// pointer, a slice or a map with no condition; ok is false when a root
// holds any other kind (an interface, an inline run), which the interpreter
// scans. A reference whose words lie past the root's bytes in the record
// (a root cut by the budget) is left out, as the scan passes over it.
func (gen *Generator) rootRefs(queued []queuedScan) (refs []rootRef, ok bool) {
	for _, q := range queued {
		for _, s := range gen.descs[q.typeID].slots {
			if s.cond != 0 {
				return nil, false
			}
			width := 8
			switch s.kind {
			case slotString, slotSlice:
				width = 16
			case slotPointer, slotMap:
			default:
				return nil, false
			}
			if q.offset+int(s.off)+width <= q.end {
				refs = append(refs, rootRef{root: q, slot: s})
			}
		}
	}
	return refs, true
}

// leadDeeper tells whether a reference of refs leads to values that hold
// references of their own: then the interpreter follows them.
func (gen *Generator) leadDeeper(refs []rootRef) bool {
	for _, r := range refs {
		if r.slot.kind == slotString {
			continue
		}
		if target, known := gen.descs[r.slot.target]; !known || len(target.slots) > 0 || r.slot.kind == slotMap {
			return true
		}
	}
	return false
}

// readRootStrings reads the bytes of the roots' strings, as the scan of the
// roots does before anything it queues (interp.slotString).
func readRootStrings(e *emitter, in *interp, refs []rootRef) {
	for _, r := range refs {
		if r.slot.kind == slotString {
			callReadItem(e, r, in.maxLength, in.uint8ID)
		}
	}
}

// readRootTargets reads what the roots' pointers and slices lead to when
// none of it holds a reference: the reads the interpreter would queue and
// run, in the same order and limits (interp.slotSlice, push).
func readRootTargets(e *emitter, in *interp, refs []rootRef) {
	for _, r := range refs {
		if r.slot.kind != slotString && int32(r.slot.depthInc) <= in.maxDepth {
			callReadItem(e, r, in.maxCollection, int32(r.slot.target))
		}
	}
}

// queueRootReads queues, as the scan of the roots would, a read task for
// each pointer, slice and map header of the roots (none for a nil address,
// an empty slice or one deeper than maxReferenceDepth) and sets the queue's
// tail; the interpreter runs them. R9 holds the tail.
func queueRootReads(e *emitter, in *interp, refs []rootRef) {
	e.emit(asm.Mov.Imm(asm.R9, 0))
	for _, r := range refs {
		if r.slot.kind == slotString || int32(r.slot.depthInc) > in.maxDepth {
			continue
		}
		skip := e.fresh("root_unqueued")
		at := int16(r.root.offset + int(r.slot.off))
		e.emit(
			asm.LoadMem(asm.R1, asm.R7, at, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, skip),
			asm.Mov.Imm(asm.R3, 1),
		)
		if r.slot.kind == slotSlice {
			capped := e.fresh("root_capped")
			e.emit(
				asm.LoadMem(asm.R3, asm.R7, at+8, asm.DWord),
				asm.JEq.Imm(asm.R3, 0, skip),
				asm.JLE.Imm(asm.R3, in.maxCollection, capped),
				asm.Mov.Imm(asm.R3, in.maxCollection),
			)
			e.label(capped)
		}
		var aux uint32 // a root's scan has no map of its own
		if r.slot.kind == slotMap {
			aux = r.slot.aux
		}
		e.emit(
			asm.Mov.Reg(asm.R2, asm.R9),
			asm.LSh.Imm(asm.R2, 5),
			asm.Add.Reg(asm.R2, asm.R8),
			asm.StoreMem(asm.R2, scratchQueue+taskAddr, asm.R1, asm.DWord),
			asm.StoreImm(asm.R2, scratchQueue+taskType, int64(r.slot.target), asm.Word),
			asm.StoreMem(asm.R2, scratchQueue+taskCount, asm.R3, asm.Word),
			asm.StoreImm(asm.R2, scratchQueue+taskDepth, int64(r.slot.depthInc), asm.Word),
			asm.StoreImm(asm.R2, scratchQueue+taskOp, opRead, asm.Word),
			asm.StoreImm(asm.R2, scratchQueue+taskAux, int64(aux), asm.Word),
			asm.Add.Imm(asm.R9, 1),
		)
		e.label(skip)
	}
	e.emit(asm.StoreMem(asm.R8, scratchState+stQTail, asm.R9, asm.Word))
}

// callReadItem calls read_item for a reference of a root: its address in
// the reference's first word, for a string or slice its length (capped at
// limit) in the second, a pointer's count 1.
func callReadItem(e *emitter, r rootRef, limit, typeID int32) {
	at := int16(r.root.offset + int(r.slot.off))
	e.emit(asm.LoadMem(asm.R2, asm.R7, at, asm.DWord))
	if r.slot.kind == slotPointer {
		e.emit(asm.Mov.Imm(asm.R4, 1))
	} else {
		capped := e.fresh("direct_capped")
		e.emit(
			asm.LoadMem(asm.R4, asm.R7, at+8, asm.DWord),
			asm.JLE.Imm(asm.R4, limit, capped),
			asm.Mov.Imm(asm.R4, limit),
		)
		e.label(capped)
	}
	call := asm.Instructions{
		asm.Mov.Reg(asm.R1, asm.R8),
		asm.Mov.Imm(asm.R3, typeID),
		asm.Mov.Imm(asm.R5, readMayBeStatic),
		asm.Call.Label(readItemSymbol),
	}
	if r.slot.kind == slotString { // read_item takes a nil string as nothing to read
		e.emit(call...)
		return
	}
	// push queues no read of a nil address.
	done := e.fresh("direct_done")
	e.emit(asm.JEq.Imm(asm.R2, 0, done))
	e.emit(call...)
	e.label(done)
}
