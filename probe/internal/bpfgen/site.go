package bpfgen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// Register conventions of a site program (the part before bpf_loop):
//
//	R6  struct pt_regs * (the uprobe context)
//	R7  the record being built (scratch + scratchEvent)
//	R8  the scratch base (interpreter state at offset 0)
//	R9  a value kept across helper calls
//
// Stack slots of the site program's frame.
const (
	fpSiteKey  = -8  // scratch lookup key (cpu id), drop counter key
	fpTemp     = -16 // stack.hi read
	fpCallKey  = -32 // callKey: {goid u64, stack.hi - SP u32, probe u32}
	fpCallVal  = -40 // call id
	fpLoopCtx  = -48 // the scratch pointer handed to step
	fpFrame    = -64 // {saved RBP, return address} of the frame being walked
	callKeyLen = 16
)

// maxSteps bounds the interpreter steps of one event (bpf_loop iterations);
// running out truncates the event.
const maxSteps = 1 << 14

// site describes one program: the probe, which kind of event, where it sits.
type site struct {
	probe *plan.Probe
	kind  uint8
	// prologueJump: the program sits on the JBE of the stack-check prologue
	// and only the fall-through counts.
	prologueJump  bool
	captureReturn bool
	values        []plan.Value
}

// program generates the whole program of one site: its own code, then the
// interpreter subprogram.
func (gen *Generator) program(s site) (asm.Instructions, error) {
	e := &emitter{}
	lim := s.probe.Capture
	budget := int32(min(s.probe.MaxEventBytes+MaxStack*8, MaxEventBytes)) &^ 7
	in := &interp{
		e: e, fds: gen.fds, budget: budget,
		maxDepth: int32(lim.MaxReferenceDepth), maxLength: int32(lim.MaxLength), maxCollection: int32(lim.MaxCollectionSize),
		uint8ID: int32(gen.types.uint8ID), itabType: int32(gen.types.itab.ItabType), itabTypeOffset: int32(gen.types.itab.ItabTypeOffset),
	}
	loops, err := gen.siteCode(e, s, budget)
	if err != nil {
		return nil, err
	}
	if loops {
		in.stepFunction()
	}
	return e.insns, nil
}

// siteCode emits the site's own code; it reports whether it runs the
// interpreter (some root refers to memory).
func (gen *Generator) siteCode(e *emitter, s site, budget int32) (bool, error) {
	e.function("godi_site", "regs")
	e.emit(asm.Mov.Reg(asm.R6, asm.R1))
	if s.prologueJump {
		// At `JBE morestack` the CMP has set the flags and the kernel emulates
		// the jump after this program: CF or ZF set means the function will
		// grow its stack and come back here, so this hit does not count.
		e.emit(
			asm.LoadMem(asm.R1, asm.R6, ptRegsFlags, asm.DWord),
			asm.JSet.Imm(asm.R1, eflagsCF|eflagsZF, "exit"),
		)
	}
	e.emit(asm.FnGetSmpProcessorId.Call(), asm.Mov.Reg(asm.R1, asm.R0))
	e.mapLookup(gen.fds.scratch, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "exit"),
		asm.Mov.Reg(asm.R8, asm.R0),
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.Add.Imm(asm.R7, scratchEvent),
		// Another program owns this CPU's scratch (it was preempted): drop.
		asm.LoadMem(asm.R1, asm.R8, scratchState+stBusy, asm.Word),
		asm.JNE.Imm(asm.R1, 0, "drop_unowned"),
		asm.StoreImm(asm.R8, scratchState+stBusy, 1, asm.Word),
	)
	e.addU32(asm.R8, scratchState+stGen, 1, asm.R1)

	roots, queued, err := gen.layoutRoots(s, budget)
	if err != nil {
		return false, err
	}
	var flags int64
	if roots.truncated {
		flags |= capfile.FlagTruncated
	}
	e.emit(
		asm.StoreImm(asm.R8, scratchState+stUsed, int64(roots.end), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stItems, int64(len(s.values)), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stFlags, flags, asm.Word),
		asm.StoreImm(asm.R8, scratchState+stQHead, 0, asm.Word),
		asm.StoreImm(asm.R8, scratchState+stQTail, int64(len(queued)), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stScanActive, 0, asm.Word),
		asm.StoreImm(asm.R7, recProbe, int64(s.probe.Index), asm.Word),
		asm.StoreImm(asm.R7, recKind, int64(s.kind), asm.Byte),
		storeImm64(asm.R7, recCallID, 0),
	)
	gen.goid(e)
	e.emit(
		asm.FnKtimeGetNs.Call(),
		asm.StoreMem(asm.R7, recTime, asm.R0, asm.DWord),
	)
	switch {
	case s.kind == capfile.KindEntry && s.captureReturn:
		gen.callKey(e, s.probe.Index)
		e.emit(
			asm.LoadMem(asm.R1, asm.R7, recTime, asm.DWord),
			asm.StoreMem(asm.RFP, fpCallVal, asm.R1, asm.DWord),
			asm.StoreMem(asm.R7, recCallID, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, gen.fds.calls),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, fpCallKey),
			asm.Mov.Reg(asm.R3, asm.RFP),
			asm.Add.Imm(asm.R3, fpCallVal),
			asm.Mov.Imm(asm.R4, 0), // BPF_ANY
			asm.FnMapUpdateElem.Call(),
		)
		e.label("call_done")
	case s.kind == capfile.KindReturn:
		gen.callKey(e, s.probe.Index)
		e.emit(
			asm.LoadMapPtr(asm.R1, gen.fds.calls),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, fpCallKey),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "call_done"),
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.StoreMem(asm.R7, recCallID, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, gen.fds.calls),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, fpCallKey),
			asm.FnMapDeleteElem.Call(),
		)
		e.label("call_done")
	}
	gen.stack(e)
	if err := gen.emitRoots(e, s, roots); err != nil {
		return false, err
	}
	for i, q := range queued {
		at := int16(scratchQueue + i*taskSize)
		e.emit(
			storeImm64(asm.R8, at+taskAddr, int32(q.offset)),
			asm.StoreImm(asm.R8, at+taskType, int64(q.typeID), asm.Word),
			asm.StoreImm(asm.R8, at+taskCount, 1, asm.Word),
			asm.StoreImm(asm.R8, at+taskDepth, 0, asm.Word),
			asm.StoreImm(asm.R8, at+taskOp, opScan, asm.Word),
			asm.StoreImm(asm.R8, at+taskAux, 0, asm.Word),
		)
	}
	if len(queued) > 0 {
		e.emit(
			asm.StoreMem(asm.RFP, fpLoopCtx, asm.R8, asm.DWord),
			asm.Mov.Imm(asm.R1, maxSteps),
			loadFuncPtr(asm.R2, stepSymbol),
			asm.Mov.Reg(asm.R3, asm.RFP),
			asm.Add.Imm(asm.R3, fpLoopCtx),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnLoop.Call(),
			// Work left over when the steps ran out: the event is truncated.
			asm.LoadMem(asm.R1, asm.R8, scratchState+stScanActive, asm.Word),
			asm.JNE.Imm(asm.R1, 0, "steps_out"),
			asm.LoadMem(asm.R1, asm.R8, scratchState+stQHead, asm.Word),
			asm.LoadMem(asm.R2, asm.R8, scratchState+stQTail, asm.Word),
			asm.JEq.Reg(asm.R1, asm.R2, "emit"),
		)
		e.label("steps_out")
		e.orU32(asm.R8, scratchState+stFlags, capfile.FlagTruncated, asm.R1)
	}
	e.label("emit")
	e.emit(
		asm.LoadMem(asm.R3, asm.R8, scratchState+stUsed, asm.Word),
		asm.StoreMem(asm.R7, recLength, asm.R3, asm.Word),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stItems, asm.Word),
		asm.StoreMem(asm.R7, recItemCount, asm.R1, asm.Word),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stFlags, asm.Word),
		asm.StoreMem(asm.R7, recFlags, asm.R1, asm.Byte),
		// Wake the reader only when the ring is half full: a wakeup per
		// event would cost more than the event (the reader also polls).
		asm.LoadMapPtr(asm.R1, gen.fds.events),
		asm.Mov.Imm(asm.R2, bpfRBAvailData),
		asm.FnRingbufQuery.Call(),
		asm.Mov.Imm(asm.R4, bpfRBNoWakeup),
		asm.JLT.Imm(asm.R0, int32(gen.ringBytes/2), "wake_chosen"),
		asm.Mov.Imm(asm.R4, bpfRBForceWakeup),
	)
	e.label("wake_chosen")
	e.emit(
		asm.LoadMapPtr(asm.R1, gen.fds.events),
		asm.Mov.Reg(asm.R2, asm.R7),
		asm.LoadMem(asm.R3, asm.R8, scratchState+stUsed, asm.Word),
		asm.And.Imm(asm.R3, eventMask),
		asm.FnRingbufOutput.Call(),
		asm.StoreImm(asm.R8, scratchState+stBusy, 0, asm.Word),
		asm.JEq.Imm(asm.R0, 0, "exit"),
	)
	// The ring buffer was full (or the scratch busy): count a dropped event.
	e.label("drop_unowned")
	e.emit(asm.Mov.Imm(asm.R1, 0))
	e.mapLookup(gen.fds.drops, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "exit"),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	)
	e.label("exit")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	return len(queued) > 0, nil
}

// goid reads g.goid into the record (g is R14 in Go's ABIInternal).
func (gen *Generator) goid(e *emitter) {
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R7),
		asm.Add.Imm(asm.R1, recGoid),
		asm.Mov.Imm(asm.R2, 8),
		asm.LoadMem(asm.R3, asm.R6, ptRegsR14, asm.DWord),
		asm.Add.Imm(asm.R3, int32(gen.runtime.GoidOffset)),
		asm.FnProbeReadUser.Call(),
	)
}

// callKey builds at fpCallKey the key pairing an entry with its return:
// (goid, stack.hi - SP, probe). SP is the same at the entry and at the RET,
// and stack.hi - SP survives the goroutine stack being copied. It jumps to
// call_done when stack.hi cannot be read.
func (gen *Generator) callKey(e *emitter, probe int) {
	e.emit(
		asm.Mov.Reg(asm.R1, asm.RFP),
		asm.Add.Imm(asm.R1, fpTemp),
		asm.Mov.Imm(asm.R2, 8),
		asm.LoadMem(asm.R3, asm.R6, ptRegsR14, asm.DWord),
		asm.Add.Imm(asm.R3, int32(gen.runtime.StackHiOffset)),
		asm.FnProbeReadUser.Call(),
		asm.JNE.Imm(asm.R0, 0, "call_done"),
		asm.LoadMem(asm.R1, asm.R7, recGoid, asm.DWord),
		asm.StoreMem(asm.RFP, fpCallKey, asm.R1, asm.DWord),
		asm.LoadMem(asm.R1, asm.RFP, fpTemp, asm.DWord),
		asm.LoadMem(asm.R2, asm.R6, ptRegsSP, asm.DWord),
		asm.Sub.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.RFP, fpCallKey+8, asm.R1, asm.Word),
		asm.StoreImm(asm.RFP, fpCallKey+12, int64(probe), asm.Word),
	)
}

// stack records the PCs: the site itself (the attach cookie: the function's
// entry PC, or the RET's PC), the return address at *SP (at an entry or a
// RET the function has no frame), then the frame-pointer chain from RBP:
// each frame holds {saved RBP, return address}. The walk is unrolled and
// stops at a zero or non-ascending frame pointer, or a failed read.
// (bpf_get_stack walks the same chain but cost several times more per hit.)
//
// R9 = frame pointer, depth is counted at compile time: frame i is stored
// at slot i, and reaching it stores the depth i+1.
func (gen *Generator) stack(e *emitter) {
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.FnGetAttachCookie.Call(),
		asm.StoreMem(asm.R7, recStack, asm.R0, asm.DWord),
		asm.StoreImm(asm.R7, recStackDepth, 1, asm.Half),
		asm.Mov.Reg(asm.R1, asm.R7),
		asm.Add.Imm(asm.R1, recStack+8),
		asm.Mov.Imm(asm.R2, 8),
		asm.LoadMem(asm.R3, asm.R6, ptRegsSP, asm.DWord),
		asm.FnProbeReadUser.Call(),
		asm.JNE.Imm(asm.R0, 0, "stack_done"),
		asm.StoreImm(asm.R7, recStackDepth, 2, asm.Half),
		asm.LoadMem(asm.R9, asm.R6, ptRegsBP, asm.DWord),
	)
	for i := 2; i < MaxStack; i++ {
		e.emit(
			asm.JEq.Imm(asm.R9, 0, "stack_done"),
			asm.Mov.Reg(asm.R1, asm.RFP),
			asm.Add.Imm(asm.R1, fpFrame),
			asm.Mov.Imm(asm.R2, 16),
			asm.Mov.Reg(asm.R3, asm.R9),
			asm.FnProbeReadUser.Call(),
			asm.JNE.Imm(asm.R0, 0, "stack_done"),
			asm.LoadMem(asm.R1, asm.RFP, fpFrame+8, asm.DWord),
			asm.JEq.Imm(asm.R1, 0, "stack_done"),
			asm.StoreMem(asm.R7, int16(recStack+8*i), asm.R1, asm.DWord),
			asm.StoreImm(asm.R7, recStackDepth, int64(i+1), asm.Half),
			asm.LoadMem(asm.R1, asm.RFP, fpFrame, asm.DWord),
			asm.JLE.Reg(asm.R1, asm.R9, "stack_done"),
			asm.Mov.Reg(asm.R9, asm.R1),
		)
	}
	// Frames remain beyond MaxStack.
	e.emit(asm.JEq.Imm(asm.R9, 0, "stack_done"))
	e.orU32(asm.R8, scratchState+stFlags, capfile.FlagStackTruncated, asm.R1)
	e.label("stack_done")
}

// rootLayout places the root items at constant record offsets.
type rootLayout struct {
	offsets   []int // record offset of each root's item header
	end       int
	truncated bool // a root did not fit in the budget: recorded with no bytes
	fits      []bool
}

// queuedScan is a root whose value refers to other memory.
type queuedScan struct {
	offset int // record offset of the root's bytes
	typeID uint32
}

func (gen *Generator) layoutRoots(s site, budget int32) (rootLayout, []queuedScan, error) {
	var rl rootLayout
	var queued []queuedScan
	off := recItems
	for _, v := range s.values {
		d, ok := gen.descs[v.TypeID]
		if !ok {
			return rl, nil, fmt.Errorf("probe %s: value %s: type id %d is not in the type table", s.probe.ID, v.Name, v.TypeID)
		}
		fits := off+itemHeader+int(align8(v.Size)) <= int(budget)
		rl.offsets = append(rl.offsets, off)
		rl.fits = append(rl.fits, fits)
		off += itemHeader
		if fits && available(v) {
			if len(d.slots) > 0 {
				queued = append(queued, queuedScan{offset: off, typeID: v.TypeID})
			}
			off += int(align8(v.Size))
		}
		rl.truncated = rl.truncated || !fits
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
			asm.StoreImm(asm.R9, itemType, int64(v.TypeID), asm.Word),
			storeImm64(asm.R9, itemAddr, 0),
		)
		if !available(v) {
			e.emit(
				asm.StoreImm(asm.R9, itemStatus, capfile.StatusNoLocation, asm.Word),
				asm.StoreImm(asm.R9, itemLen, 0, asm.Word),
				asm.StoreImm(asm.R9, itemStride, 0, asm.Word),
			)
			continue
		}
		if !rl.fits[i] {
			e.emit(
				asm.StoreImm(asm.R9, itemStatus, capfile.StatusRead, asm.Word),
				asm.StoreImm(asm.R9, itemLen, 0, asm.Word),
				asm.StoreImm(asm.R9, itemStride, 0, asm.Word),
			)
			continue
		}
		e.emit(
			asm.StoreImm(asm.R9, itemStatus, capfile.StatusRead, asm.Word),
			asm.StoreImm(asm.R9, itemLen, int64(v.Size), asm.Word),
			asm.StoreImm(asm.R9, itemStride, int64(align8(v.Size)), asm.Word),
		)
		if err := gen.assemble(e, s, v); err != nil {
			return err
		}
	}
	return nil
}

// assemble copies a value's pieces to their offsets in the item at R9; the
// bytes no piece covers (struct padding) are zeroed first.
func (gen *Generator) assemble(e *emitter, s site, v plan.Value) error {
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
	for w := 0; w < len(covered); w += 8 {
		if !allTrue(covered[w : w+8]) {
			e.emit(
				asm.Mov.Reg(asm.R1, asm.R9),
				asm.Add.Imm(asm.R1, int32(itemHeader+w)),
				storeImm64(asm.R1, 0, 0),
			)
		}
	}
	for _, p := range v.Pieces {
		at := int32(itemHeader + p.Offset)
		if p.Register >= 0 {
			e.emit(
				asm.LoadMem(asm.R2, asm.R6, ptRegsOffset[p.Register], asm.DWord),
				asm.Mov.Reg(asm.R1, asm.R9),
				asm.Add.Imm(asm.R1, at),
			)
			storeLow(e, asm.R1, 0, asm.R2, p.Size)
			continue
		}
		// A failed read keeps the item's room (stride) but no bytes.
		done := e.fresh("root_done")
		e.emit(
			asm.Mov.Reg(asm.R1, asm.R9),
			asm.Add.Imm(asm.R1, at),
			asm.Mov.Imm(asm.R2, int32(p.Size)),
			asm.LoadMem(asm.R3, asm.R6, ptRegsSP, asm.DWord),
			asm.Add.Imm(asm.R3, int32(p.StackOffset)),
			asm.FnProbeReadUser.Call(),
			asm.JEq.Imm(asm.R0, 0, done),
			asm.StoreImm(asm.R9, itemStatus, capfile.StatusReadFailed, asm.Word),
			asm.StoreImm(asm.R9, itemLen, 0, asm.Word),
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
