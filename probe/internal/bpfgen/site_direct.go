package bpfgen

// Direct reads: a site whose roots lead one level deep only is read by
// straight-line code, with no interpreter.

import "github.com/cilium/ebpf/asm"

// directRead is one root's memory read by the site's own code: the bytes
// of a string, the value a pointer points to, the elements of a slice,
// each of a type holding no references.
type directRead struct {
	root queuedScan
	slot slot
}

// directReads returns the reads of the queued roots when each is a string,
// or a pointer or slice to values with nothing to follow, whole in the
// record; ok is false when any root needs the interpreter.
func (gen *Generator) directReads(queued []queuedScan) (reads []directRead, ok bool) {
	for _, q := range queued {
		d := gen.descs[q.typeID]
		if len(d.slots) != 1 || q.end-q.offset != int(d.size) {
			return nil, false
		}
		s := d.slots[0]
		if s.off != 0 || s.cond != 0 {
			return nil, false
		}
		switch s.kind {
		case slotString:
		case slotPointer, slotSlice:
			if target, known := gen.descs[s.target]; !known || len(target.slots) > 0 {
				return nil, false
			}
		default:
			return nil, false
		}
		reads = append(reads, directRead{root: q, slot: s})
	}
	return reads, true
}

// emitDirectReads reads what the roots lead to, in the order the
// interpreter would: a scan of the roots reads string bytes at once and
// queues the pointers' and slices' values, read after every root is
// scanned; the limits are the interpreter's (interp.slotString,
// slotSlice, push).
func emitDirectReads(e *emitter, in *interp, reads []directRead) {
	for _, r := range reads {
		if r.slot.kind == slotString {
			callReadItem(e, r, in.maxLength, in.uint8ID)
		}
	}
	for _, r := range reads {
		if r.slot.kind != slotString && int32(r.slot.depthInc) <= in.maxDepth {
			callReadItem(e, r, in.maxCollection, int32(r.slot.target))
		}
	}
}

// callReadItem calls read_item for the root's reference: its address in
// the root's first word, for a string or slice its length (capped at
// limit) in the second, a pointer's count 1.
func callReadItem(e *emitter, r directRead, limit, typeID int32) {
	at := int16(r.root.offset)
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
