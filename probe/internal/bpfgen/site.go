package bpfgen

import (
	"math"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
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
	fpSiteKey    = -8             // scratch lookup key (cpu id), drop counter key
	fpCallKey    = -32            // callKey: {goid u64, stack.hi - SP u32, probe u32}
	fpCallVal    = -40            // call id
	fpLoopCtx    = -48            // the scratch pointer handed to step
	fpG          = -64 - gSpanMax // the g span (morestack program)
	CallKeyBytes = 16             // the calls map key size
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
	// condition, on an entry, is the probe's condition as the engine
	// evaluates it (nil: none, or one the decoder evaluates).
	condition *plan.Condition
	// cfa is how far above SP the frame's return address ends (plan.Instance.CFA).
	cfa int64
}

// program generates the whole program of one site: its own code, then the
// interpreter subprogram.
func (gen *Generator) program(s site) (asm.Instructions, error) {
	e := &emitter{}
	lim := s.probe.Capture
	budget := int32(min(s.probe.MaxEventBytes+uint32(gen.records.StackDepth)*8, layout.MaxEventBytes)) &^ 7
	in := &interp{
		e: e, fds: gen.fds, budget: budget,
		maxDepth: immediate(lim.MaxReferenceDepth), maxLength: immediate(lim.MaxLength), maxCollection: immediate(lim.MaxCollectionSize),
		uint8ID: int32(gen.types.uint8ID), itabType: int32(gen.types.itab.ItabType), itabTypeOffset: int32(gen.types.itab.ItabTypeOffset),
		static: gen.static,
	}
	subprograms, err := gen.siteCode(e, in, s)
	if err != nil {
		return nil, err
	}
	switch subprograms {
	case withInterpreter:
		in.stepFunction()
	case withReadItem:
		in.readItemFunction()
	}
	return e.insns, nil
}

// subprograms says which subprograms a site's code calls.
type subprograms int

const (
	noSubprogram    subprograms = iota
	withReadItem                // the site's scan of the roots reads everything (site_direct.go)
	withInterpreter             // step, run by bpf_loop, and the read_item it calls
)

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

// siteCode emits the site's own code; it reports which subprograms that
// code calls (followRoots).
func (gen *Generator) siteCode(e *emitter, in *interp, s site) (subprograms, error) {
	e.function("godi_site", "regs")
	e.emit(asm.Mov.Reg(asm.R6, asm.R1))
	if s.prologueJump {
		skipMorestackBound(e)
	}
	if !s.reentryCheck {
		if err := gen.admitEntry(e, s, false); err != nil {
			return noSubprogram, err
		}
	}
	gen.ownScratch(e)
	roots, queued, err := gen.layoutRoots(s, in.budget)
	if err != nil {
		return noSubprogram, err
	}
	gen.startRecord(e, s, roots)
	gen.readG(e, asm.R8, scratchG)
	e.emit(
		asm.LoadMem(asm.R1, asm.R8, scratchG+gen.g.goid, asm.DWord),
		asm.StoreMem(asm.R7, layout.RecGoid, asm.R1, asm.DWord),
	)
	if s.reentryCheck {
		// A hit back from morestack is no call: it must not use the budget.
		gen.dropReentry(e, s.probe.Index)
		if err := gen.admitEntry(e, s, true); err != nil {
			return noSubprogram, err
		}
	}
	e.emit(
		asm.FnKtimeGetNs.Call(),
		asm.StoreMem(asm.R7, layout.RecTime, asm.R0, asm.DWord),
	)
	gen.pairCall(e, s)
	gen.stack(e, s.cfa)
	if err := gen.emitRoots(e, s, roots); err != nil {
		return noSubprogram, err
	}
	used, err := gen.followRoots(e, in, queued)
	if err != nil {
		return noSubprogram, err
	}
	e.label("emit")
	gen.outputRecord(e)
	// The ring buffer was full (or the scratch busy): count a dropped event
	// of this probe.
	e.label("drop_unowned")
	gen.countDrop(e, s.probe.Index)
	e.label("exit")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	return used, nil
}

// followRoots emits what follows the roots' references: the site's own
// code scans the roots when it can (site_direct.go), reading what they lead
// to itself when that holds no reference, else queueing it for the
// interpreter; roots it cannot scan are queued as scans. It reports the
// subprograms the code calls.
func (gen *Generator) followRoots(e *emitter, in *interp, queued []queuedScan) (subprograms, error) {
	refs, ok := gen.rootRefs(queued)
	switch {
	case !ok || len(refs) > queueCap:
		queueScans(e, queued)
		runInterpreter(e)
		return withInterpreter, nil
	case len(refs) == 0:
		return noSubprogram, nil
	}
	readRootStrings(e, in, refs)
	if !gen.leadDeeper(refs) {
		readRootTargets(e, in, refs)
		return withReadItem, nil
	}
	queueRootReads(e, in, refs)
	runInterpreter(e)
	return withInterpreter, nil
}

// admitEntry ends an entry program at a hit its probe does not take: the
// condition the engine evaluates is false, or the sampling skips it (the
// condition first, so a false hit uses none of the budget). owned: the
// program owns the scratch by then.
func (gen *Generator) admitEntry(e *emitter, s site, owned bool) error {
	if err := gen.checkCondition(e, s, owned); err != nil {
		return err
	}
	gen.sampleEntry(e, s, owned)
	return nil
}

// skipHit ends the program without an event, freeing the scratch when it
// owns it.
func skipHit(e *emitter, owned bool) {
	if owned {
		e.emit(asm.StoreImm(asm.R8, scratchState+stBusy, 0, asm.Word))
	}
	e.emit(asm.Ja.Label("exit"))
}

// skipMorestackBound ends the program at a hit on `JBE morestack` that will
// take the jump. The CMP has set the flags and the kernel emulates the jump
// after this program: CF or ZF set means the function will grow its stack
// and come back here, so this hit does not count.
func skipMorestackBound(e *emitter) {
	e.emit(
		asm.LoadMem(asm.R1, asm.R6, ptRegsFlags, asm.DWord),
		asm.JSet.Imm(asm.R1, eflagsCF|eflagsZF, "exit"),
	)
}

// ownScratch sets R8 to this CPU's scratch and R7 to the record in it, and
// marks the scratch busy; when another program owns it (it was preempted),
// the event is dropped.
func (gen *Generator) ownScratch(e *emitter) {
	e.emit(asm.FnGetSmpProcessorId.Call(), asm.Mov.Reg(asm.R1, asm.R0))
	e.mapLookup(gen.fds.Scratch, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "exit"),
		asm.Mov.Reg(asm.R8, asm.R0),
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.Add.Imm(asm.R7, scratchEvent),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stBusy, asm.Word),
		asm.JNE.Imm(asm.R1, 0, "drop_unowned"),
		asm.StoreImm(asm.R8, scratchState+stBusy, 1, asm.Word),
	)
	e.addU32(asm.R8, scratchState+stGen, 1, asm.R1)
}

// startRecord resets the interpreter state for a record whose roots take
// roots.end bytes, with an empty queue, and writes the header fields known
// now.
func (gen *Generator) startRecord(e *emitter, s site, roots rootLayout) {
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
		asm.StoreImm(asm.R8, scratchState+stQTail, 0, asm.Word),
		asm.StoreImm(asm.R8, scratchState+stScanActive, 0, asm.Word),
		asm.StoreImm(asm.R7, layout.RecProbe, int64(s.probe.Index), asm.Half),
		asm.StoreImm(asm.R7, layout.RecInstance, int64(s.instance), asm.Half),
		asm.StoreImm(asm.R7, layout.RecKind, int64(s.kind), asm.Byte),
		asm.StoreImm(asm.R7, layout.RecStackSlots, int64(gen.records.StackDepth), asm.Half),
		storeImm64(asm.R7, layout.RecCallID, 0),
	)
}

// pairCall gives the record its call id: an entry whose return is
// captured stores a new call id under the call key; a return takes (and
// deletes) the id stored under the same key, and ends the program when
// there is none (its entry was sampled out or lost: a return alone is no
// snapshot). The id is this CPU's hit count (stGen) and the CPU: unique
// for 2^32 hits of a CPU, and never 0 (unpaired). Not the entry's time:
// two CPUs read the same nanosecond often enough to pair a return with
// another call.
func (gen *Generator) pairCall(e *emitter, s site) {
	switch {
	case s.kind == capfile.KindEntry && s.captureReturn:
		gen.callKey(e, asm.R8, scratchG, int64(s.probe.Index), "call_done")
		e.emit(
			asm.FnGetSmpProcessorId.Call(),
			asm.Add.Imm(asm.R0, 1),
			asm.LoadMem(asm.R1, asm.R8, scratchState+stGen, asm.Word),
			asm.LSh.Imm(asm.R1, 32),
			asm.Or.Reg(asm.R1, asm.R0),
			asm.StoreMem(asm.RFP, fpCallVal, asm.R1, asm.DWord),
			asm.StoreMem(asm.R7, layout.RecCallID, asm.R1, asm.DWord),
		)
		gen.storeCall(e)
		e.label("call_done")
	case s.kind == capfile.KindReturn:
		gen.callKey(e, asm.R8, scratchG, int64(s.probe.Index), "no_call")
		e.emit(
			asm.LoadMapPtr(asm.R1, gen.fds.Calls),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, fpCallKey),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "no_call"),
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.StoreMem(asm.R7, layout.RecCallID, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, gen.fds.Calls),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, fpCallKey),
			asm.FnMapDeleteElem.Call(),
			asm.Ja.Label("call_done"),
		)
		e.label("no_call")
		skipHit(e, true)
		e.label("call_done")
	}
}

// queueScans fills the work queue with a scan task per root that refers
// to memory.
func queueScans(e *emitter, queued []queuedScan) {
	e.emit(asm.StoreImm(asm.R8, scratchState+stQTail, int64(len(queued)), asm.Word))
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
}

// runInterpreter runs step with bpf_loop until the queue is empty or
// maxSteps ran out; work left over marks the event truncated.
func runInterpreter(e *emitter) {
	e.emit(
		asm.StoreMem(asm.RFP, fpLoopCtx, asm.R8, asm.DWord),
		asm.Mov.Imm(asm.R1, maxSteps),
		loadFuncPtr(asm.R2, stepSymbol),
		asm.Mov.Reg(asm.R3, asm.RFP),
		asm.Add.Imm(asm.R3, fpLoopCtx),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnLoop.Call(),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stScanActive, asm.Word),
		asm.JNE.Imm(asm.R1, 0, "steps_out"),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stQHead, asm.Word),
		asm.LoadMem(asm.R2, asm.R8, scratchState+stQTail, asm.Word),
		asm.JEq.Reg(asm.R1, asm.R2, "emit"),
	)
	e.label("steps_out")
	e.orU32(asm.R8, scratchState+stFlags, capfile.FlagTruncated, asm.R1)
}

// checkEvery is how many records of a CPU go to the ring between two looks
// at how full it is (a power of two).
const checkEvery = 16

// outputRecord completes the record's header and copies the record into
// the ring buffer, then frees the scratch; the program ends there unless
// the ring buffer was full.
func (gen *Generator) outputRecord(e *emitter) {
	e.emit(
		asm.LoadMem(asm.R3, asm.R8, scratchState+stUsed, asm.Word),
		asm.StoreMem(asm.R7, layout.RecLength, asm.R3, asm.Word),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stItems, asm.Word),
		asm.StoreMem(asm.R7, layout.RecItemCount, asm.R1, asm.Half),
		asm.LoadMem(asm.R1, asm.R8, scratchState+stFlags, asm.Word),
		asm.StoreMem(asm.R7, layout.RecFlags, asm.R1, asm.Byte),
		// Wake the reader only when the ring is half full: a wakeup per
		// event would cost more than the event (the reader also polls), and
		// a reader woken often takes the CPU from the target. How full the
		// ring is is asked once every checkEvery records of a CPU, not per
		// record: checkEvery of the largest records fill far less than half
		// the ring between two looks.
		asm.LoadMem(asm.R1, asm.R8, scratchState+stGen, asm.Word),
		asm.Mov.Imm(asm.R4, bpfRBNoWakeup),
		asm.And.Imm(asm.R1, checkEvery-1),
		asm.JNE.Imm(asm.R1, 0, "wake_chosen"),
		asm.LoadMapPtr(asm.R1, gen.fds.Events),
		asm.Mov.Imm(asm.R2, bpfRBAvailData),
		asm.FnRingbufQuery.Call(),
		asm.Mov.Imm(asm.R4, bpfRBNoWakeup),
		asm.JLT.Imm(asm.R0, int32(gen.records.RingBytes/2), "wake_chosen"),
		asm.Mov.Imm(asm.R4, bpfRBForceWakeup),
	)
	e.label("wake_chosen")
	e.emit(
		asm.LoadMapPtr(asm.R1, gen.fds.Events),
		asm.Mov.Reg(asm.R2, asm.R7),
		asm.LoadMem(asm.R3, asm.R8, scratchState+stUsed, asm.Word),
		asm.And.Imm(asm.R3, eventMask),
		asm.FnRingbufOutput.Call(),
		asm.StoreImm(asm.R8, scratchState+stBusy, 0, asm.Word),
		asm.JEq.Imm(asm.R0, 0, "exit"),
	)
}

// countDrop adds one to the drop counter of the probe.
func (gen *Generator) countDrop(e *emitter, probe int) {
	e.emit(asm.Mov.Imm(asm.R1, int32(probe)))
	e.mapLookup(gen.fds.Drops, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, "exit"),
		// Atomic: a uprobe program can be preempted by another on its CPU.
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
	)
}
