package bpfgen

// A site's stack: the PCs of the frames above the probed function.

import (
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record/layout"
)

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
		asm.StoreMem(asm.R7, layout.RecStack, asm.R0, asm.DWord),
		asm.StoreImm(asm.R7, layout.RecStackDepth, 1, asm.Half),
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
	e.emit(asm.StoreImm(asm.R7, layout.RecStackDepth, 2, asm.Half))
	for i := 2; i < gen.records.StackDepth; i++ {
		e.emit(asm.JEq.Imm(asm.R9, 0, "stack_done"))
		gen.frameWord(e, asm.R9, 8, i)
		e.emit(
			asm.StoreImm(asm.R7, layout.RecStackDepth, int64(i+1), asm.Half),
			asm.LoadMem(asm.R1, asm.R8, scratchState+stFrame, asm.DWord),
			asm.JLE.Reg(asm.R1, asm.R9, "stack_done"),
			asm.Mov.Reg(asm.R9, asm.R1),
		)
	}
	// Frames remain beyond the stack depth.
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
		asm.StoreMem(asm.R7, int16(layout.RecStack+8*i), asm.R1, asm.DWord),
	)
}
