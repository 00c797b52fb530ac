package bpfgen

// A site's goroutine and call identity: runtime.g, the call key pairing entry and return, re-entry.

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/plan"
)

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
		asm.LoadMapPtr(asm.R1, gen.fds.Calls),
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
		asm.LoadMapPtr(asm.R1, gen.fds.Calls),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, fpCallKey),
		asm.FnMapDeleteElem.Call(),
		asm.JNE.Imm(asm.R0, 0, first),
	)
	skipHit(e, true)
	e.label(first)
}
