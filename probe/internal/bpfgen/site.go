package bpfgen

import (
	"fmt"
	"math"

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
	fpSiteKey  = -8             // scratch lookup key (cpu id), drop counter key
	fpCallKey  = -32            // callKey: {goid u64, stack.hi - SP u32, probe u32}
	fpCallVal  = -40            // call id
	fpLoopCtx  = -48            // the scratch pointer handed to step
	fpG        = -64 - gSpanMax // the g span (morestack program)
	callKeyLen = 16
)

// reentryKey marks, in a callKey's probe word, the key of a call that went
// through morestack and will come back to the function's entry.
const reentryKey = 1 << 31

// maxSteps bounds the interpreter steps of one event (bpf_loop iterations);
// running out truncates the event.
const maxSteps = 1 << 14

// site describes one program: the probe, which kind of event, where it sits.
type site struct {
	probe    *plan.Probe
	instance int // index into probe.Instances
	kind     uint8
	// prologueJump: the program sits on the JBE of the stack-check prologue
	// and only the fall-through counts.
	prologueJump bool
	// reentryCheck: the program sits on the entry of a function with a
	// stack check, whose morestack block has a morestackProgram: a hit
	// that comes back from morestack does not count.
	reentryCheck  bool
	captureReturn bool
	values        []plan.Value
	// cfa is how far above SP the frame's return address ends (plan.Instance.CFA).
	cfa int64
}

// program generates the whole program of one site: its own code, then the
// interpreter subprogram.
func (gen *Generator) program(s site) (asm.Instructions, error) {
	e := &emitter{}
	lim := s.probe.Capture
	budget := int32(min(s.probe.MaxEventBytes+MaxStack*8, MaxEventBytes)) &^ 7
	in := &interp{
		e: e, fds: gen.fds, budget: budget,
		maxDepth: immediate(lim.MaxReferenceDepth), maxLength: immediate(lim.MaxLength), maxCollection: immediate(lim.MaxCollectionSize),
		uint8ID: int32(gen.types.uint8ID), itabType: int32(gen.types.itab.ItabType), itabTypeOffset: int32(gen.types.itab.ItabTypeOffset),
		static: gen.static,
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

// immediate is a limit as an instruction's 32-bit signed immediate: limits
// beyond it (MaxUint32 is "no limit") are as good as unlimited.
func immediate(limit uint32) int32 { return int32(min(limit, math.MaxInt32)) }

// morestackProgram marks, at the morestack block of a function probed at
// its entry, the call as one that will come back to the entry (after
// growing its stack, or being preempted: the runtime forces the stack
// check to fail for that): the entry program then drops that second hit.
// At the block the function still has no frame, so the key is the
// entry's; stack.hi - SP survives the stack being moved.
func (gen *Generator) morestackProgram(probe int) asm.Instructions {
	e := &emitter{}
	e.function("godi_morestack", "regs")
	e.emit(asm.Mov.Reg(asm.R6, asm.R1))
	gen.readG(e, asm.RFP, fpG)
	gen.callKey(e, asm.RFP, fpG, int64(probe)|reentryKey, "exit")
	e.emit(storeImm64(asm.RFP, fpCallVal, 0))
	gen.storeCall(e)
	e.label("exit")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	return e.insns
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
		asm.StoreImm(asm.R8, scratchState+stCharged, int64(roots.end), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stItems, int64(len(s.values)), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stFlags, flags, asm.Word),
		asm.StoreImm(asm.R8, scratchState+stQHead, 0, asm.Word),
		asm.StoreImm(asm.R8, scratchState+stQTail, int64(len(queued)), asm.Word),
		asm.StoreImm(asm.R8, scratchState+stScanActive, 0, asm.Word),
		asm.StoreImm(asm.R7, recProbe, int64(s.probe.Index), asm.Half),
		asm.StoreImm(asm.R7, recInstance, int64(s.instance), asm.Half),
		asm.StoreImm(asm.R7, recKind, int64(s.kind), asm.Byte),
		storeImm64(asm.R7, recCallID, 0),
	)
	gen.readG(e, asm.R8, scratchG)
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, scratchG+gen.g.goid, asm.DWord),
		asm.StoreMem(asm.R7, recGoid, asm.R1, asm.DWord),
	)
	if s.reentryCheck {
		gen.dropReentry(e, s.probe.Index)
	}
	e.emit(
		asm.FnKtimeGetNs.Call(),
		asm.StoreMem(asm.R7, recTime, asm.R0, asm.DWord),
	)
	switch {
	case s.kind == capfile.KindEntry && s.captureReturn:
		gen.callKey(e, asm.R8, scratchG, int64(s.probe.Index), "call_done")
		e.emit(
			asm.LoadMem(asm.R1, asm.R7, recTime, asm.DWord),
			asm.StoreMem(asm.RFP, fpCallVal, asm.R1, asm.DWord),
			asm.StoreMem(asm.R7, recCallID, asm.R1, asm.DWord),
		)
		gen.storeCall(e)
		e.label("call_done")
	case s.kind == capfile.KindReturn:
		gen.callKey(e, asm.R8, scratchG, int64(s.probe.Index), "call_done")
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
	gen.stack(e, s.cfa)
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
			asm.StoreImm(asm.R8, at+taskEnd, int64(q.end), asm.Word),
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
	// The ring buffer was full (or the scratch busy): count a dropped event
	// of this probe.
	e.label("drop_unowned")
	e.emit(asm.Mov.Imm(asm.R1, int32(s.probe.Index)))
	e.mapLookup(gen.fds.drops, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "exit"),
		// Atomic: a uprobe program can be preempted by another on its CPU.
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
	)
	e.label("exit")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	return len(queued) > 0, nil
}

// gSpan is the part of runtime.g the programs read in one go: [lo,
// lo+size) holds goid and stack.hi, at offsets goid and hi of the span.
type gSpan struct{ lo, size, goid, hi int16 }

func newGSpan(rt plan.Runtime) (gSpan, error) {
	lo := min(rt.GoidOffset, rt.StackHiOffset)
	size := max(rt.GoidOffset, rt.StackHiOffset) + 8 - lo
	if lo > 1<<12 || size > gSpanMax {
		return gSpan{}, fmt.Errorf("runtime.g: goid at %d and stack.hi at %d do not fit the %d bytes read at once", rt.GoidOffset, rt.StackHiOffset, gSpanMax)
	}
	return gSpan{lo: int16(lo), size: int16(size), goid: int16(rt.GoidOffset - lo), hi: int16(rt.StackHiOffset - lo)}, nil
}

// readG copies the span of runtime.g (R14 in Go's ABIInternal) to
// base+off. A failed read leaves zeros there: goid 0, and stack.hi 0,
// which callKey and stack take as unknown.
func (gen *Generator) readG(e *emitter, base asm.Register, off int16) {
	e.emit(
		asm.Mov.Reg(asm.R1, base),
		asm.Add.Imm(asm.R1, int32(off)),
		asm.Mov.Imm(asm.R2, int32(gen.g.size)),
		asm.LoadMem(asm.R3, asm.R6, ptRegsR14, asm.DWord),
		asm.Add.Imm(asm.R3, int32(gen.g.lo)),
		asm.FnProbeReadUser.Call(),
	)
}

// callKey builds at fpCallKey the key pairing an entry with its return:
// (goid, stack.hi - SP, probe), from the g span at base+off. SP is the
// same at the entry and at the RET, and stack.hi - SP survives the
// goroutine stack being copied. It jumps to unknown when stack.hi is
// unknown.
func (gen *Generator) callKey(e *emitter, base asm.Register, off int16, probe int64, unknown string) {
	e.emit(
		asm.LoadMem(asm.R1, base, off+gen.g.hi, asm.DWord),
		asm.JEq.Imm(asm.R1, 0, unknown),
		asm.LoadMem(asm.R2, asm.R6, ptRegsSP, asm.DWord),
		asm.Sub.Reg(asm.R1, asm.R2),
		asm.StoreMem(asm.RFP, fpCallKey+8, asm.R1, asm.Word),
		asm.LoadMem(asm.R1, base, off+gen.g.goid, asm.DWord),
		asm.StoreMem(asm.RFP, fpCallKey, asm.R1, asm.DWord),
		asm.StoreImm(asm.RFP, fpCallKey+12, probe, asm.Word),
	)
}

// storeCall puts the key at fpCallKey with the value at fpCallVal into
// the calls map.
func (gen *Generator) storeCall(e *emitter) {
	e.emit(
		asm.LoadMapPtr(asm.R1, gen.fds.calls),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, fpCallKey),
		asm.Mov.Reg(asm.R3, asm.RFP),
		asm.Add.Imm(asm.R3, fpCallVal),
		asm.Mov.Imm(asm.R4, 0), // BPF_ANY
		asm.FnMapUpdateElem.Call(),
	)
}

// dropReentry ends the program, without an event, at a hit that is a call
// coming back to the entry from morestack (marked by the morestack
// program): that call was counted at its first hit.
func (gen *Generator) dropReentry(e *emitter, probe int) {
	first := e.fresh("first_entry")
	gen.callKey(e, asm.R8, scratchG, int64(probe)|reentryKey, first)
	e.emit(
		// Deleting tests and clears the mark in one call.
		asm.LoadMapPtr(asm.R1, gen.fds.calls),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, fpCallKey),
		asm.FnMapDeleteElem.Call(),
		asm.JNE.Imm(asm.R0, 0, first),
		asm.StoreImm(asm.R8, scratchState+stBusy, 0, asm.Word),
		asm.Ja.Label("exit"),
	)
	e.label(first)
}

// stack records the PCs: the site itself (the attach cookie: the function's
// entry PC, or the RET's PC), the return address at *SP (at an entry or a
// RET the function has no frame), then the frame-pointer chain from RBP:
// each frame holds {saved RBP, return address}. The walk is unrolled and
// stops at a zero or non-ascending frame pointer, or a failed read.
// (bpf_get_stack walks the same chain but cost several times more per hit.)
//
// A read costs the same whether it copies 8 bytes or a few hundred, so
// the stack from SP up (to stack.hi, at most stackWindow bytes) is copied
// to the scratch at once, and frames inside it are read from the copy;
// frames further up are read one by one.
//
// R9 = frame pointer, depth is counted at compile time: frame i is stored
// at slot i, and reaching it stores the depth i+1.
func (gen *Generator) stack(e *emitter, cfa int64) {
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.FnGetAttachCookie.Call(),
		asm.StoreMem(asm.R7, recStack, asm.R0, asm.DWord),
		asm.StoreImm(asm.R7, recStackDepth, 1, asm.Half),
		// R2 = bytes from SP to stack.hi, at most the window (a
		// stack.hi below SP, or unknown, reads nothing).
		asm.LoadMem(asm.R2, asm.R8, scratchG+gen.g.hi, asm.DWord),
		asm.LoadMem(asm.R3, asm.R6, ptRegsSP, asm.DWord),
		asm.Sub.Reg(asm.R2, asm.R3),
		asm.JSLT.Imm(asm.R2, 0, "window_none"),
		asm.JLE.Imm(asm.R2, stackWindow, "window_sized"),
		asm.Mov.Imm(asm.R2, stackWindow),
		asm.Ja.Label("window_sized"),
	)
	e.label("window_none")
	e.emit(asm.Mov.Imm(asm.R2, 0))
	e.label("window_sized")
	e.emit(
		asm.StoreMem(asm.R8, scratchState+stWindow, asm.R2, asm.DWord),
		asm.Mov.Reg(asm.R1, asm.R8),
		asm.Add.Imm(asm.R1, scratchStack),
		asm.FnProbeReadUser.Call(),
		asm.JEq.Imm(asm.R0, 0, "window_read"),
		storeImm64(asm.R8, scratchState+stWindow, 0),
	)
	e.label("window_read")
	e.emit(asm.LoadMem(asm.R9, asm.R6, ptRegsSP, asm.DWord))
	if cfa <= 8 {
		// At an entry or a RET: the return address at SP; BP still holds the caller's frame.
		gen.frameWord(e, asm.R9, 0, 1)
		e.emit(asm.LoadMem(asm.R9, asm.R6, ptRegsBP, asm.DWord))
	} else {
		// Inside a body (an inlined copy): the return address just below the CFA, the
		// caller's saved BP just below it, where the prologue pushed it.
		e.emit(asm.Add.Imm(asm.R9, int32(cfa-16)))
		gen.frameWord(e, asm.R9, 8, 1)
		e.emit(asm.LoadMem(asm.R9, asm.R8, scratchState+stFrame, asm.DWord))
	}
	e.emit(asm.StoreImm(asm.R7, recStackDepth, 2, asm.Half))
	for i := 2; i < MaxStack; i++ {
		e.emit(asm.JEq.Imm(asm.R9, 0, "stack_done"))
		gen.frameWord(e, asm.R9, 8, i)
		e.emit(
			asm.StoreImm(asm.R7, recStackDepth, int64(i+1), asm.Half),
			asm.LoadMem(asm.R1, asm.R8, scratchState+stFrame, asm.DWord),
			asm.JLE.Reg(asm.R1, asm.R9, "stack_done"),
			asm.Mov.Reg(asm.R9, asm.R1),
		)
	}
	// Frames remain beyond MaxStack.
	e.emit(asm.JEq.Imm(asm.R9, 0, "stack_done"))
	e.orU32(asm.R8, scratchState+stFlags, capfile.FlagStackTruncated, asm.R1)
	e.label("stack_done")
}

// frameWord reads the 16 bytes at address R9 to the scratch (from the stack
// copy when they lie in it) and stores the word at +pcOff, a PC, as stack
// slot i; a failed read or a zero PC ends the walk.
func (gen *Generator) frameWord(e *emitter, at asm.Register, pcOff int16, i int) {
	read, got := e.fresh("frame_read"), e.fresh("frame_got")
	e.emit(
		asm.Mov.Reg(asm.R1, at),
		asm.LoadMem(asm.R2, asm.R6, ptRegsSP, asm.DWord),
		asm.Sub.Reg(asm.R1, asm.R2),
		asm.JGE.Imm(asm.R1, stackWindow, read),
		asm.Mov.Reg(asm.R2, asm.R1),
		asm.Add.Imm(asm.R2, 16),
		asm.LoadMem(asm.R3, asm.R8, scratchState+stWindow, asm.DWord),
		asm.JGT.Reg(asm.R2, asm.R3, read),
		asm.Add.Reg(asm.R1, asm.R8),
		asm.Add.Imm(asm.R1, scratchStack),
		asm.LoadMem(asm.R2, asm.R1, 0, asm.DWord),
		asm.StoreMem(asm.R8, scratchState+stFrame, asm.R2, asm.DWord),
		asm.LoadMem(asm.R2, asm.R1, 8, asm.DWord),
		asm.StoreMem(asm.R8, scratchState+stFrame+8, asm.R2, asm.DWord),
		asm.Ja.Label(got),
	)
	e.label(read)
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R8),
		asm.Add.Imm(asm.R1, scratchState+stFrame),
		asm.Mov.Imm(asm.R2, 16),
		asm.Mov.Reg(asm.R3, at),
		asm.FnProbeReadUser.Call(),
		asm.JNE.Imm(asm.R0, 0, "stack_done"),
	)
	e.label(got)
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, scratchState+stFrame+pcOff, asm.DWord),
		asm.JEq.Imm(asm.R1, 0, "stack_done"),
		asm.StoreMem(asm.R7, int16(recStack+8*i), asm.R1, asm.DWord),
	)
}

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
	off := recItems
	for _, v := range s.values {
		d, ok := gen.descs[v.TypeID]
		if !ok {
			return rl, nil, fmt.Errorf("probe %s: value %s: type id %d is not in the type table", s.probe.ID, v.Name, v.TypeID)
		}
		rl.offsets = append(rl.offsets, off)
		off += itemHeader
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
		present := rl.present[i]
		e.emit(
			asm.StoreImm(asm.R9, itemStatus, capfile.StatusRead, asm.Word),
			asm.StoreImm(asm.R9, itemLen, int64(present), asm.Word),
			asm.StoreImm(asm.R9, itemStride, int64(align8(present)), asm.Word),
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
				asm.Add.Imm(asm.R1, int32(itemHeader+w)),
				storeImm64(asm.R1, 0, 0),
			)
		}
	}
	for _, p := range v.Pieces {
		if p.Offset >= present {
			continue
		}
		size := min(p.Size, present-p.Offset)
		at := int32(itemHeader + p.Offset)
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
