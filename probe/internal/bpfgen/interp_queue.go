package bpfgen

// The interpreter's task queue: reads and scans waiting their turn.

import (
	"github.com/cilium/ebpf/asm"
)

// push appends a task (R1 address or record offset, R2 type, R3 count,
// R4 depth, R5 aux) to the queue. A read deeper than maxReferenceDepth is
// not queued; a full queue truncates the event. Clobbers R0, R1.
func (g *interp) push(op int32) {
	e := g.e
	done := e.fresh("pushed")
	ok := e.fresh("push_ok")
	if op == opRead {
		e.emit(
			asm.JGT.Imm(asm.R4, g.maxDepth, done),
			asm.JEq.Imm(asm.R1, 0, done),
		)
	}
	e.emit(asm.JEq.Imm(asm.R3, 0, done))
	e.emit(asm.StoreMem(asm.RFP, fpPush, asm.R1, asm.DWord))
	g.loadState(asm.R0, stQTail)
	g.loadState(asm.R1, stQHead)
	e.emit(
		asm.Neg.Imm(asm.R1, 0),
		asm.Add.Reg(asm.R1, asm.R0),
		asm.JLT.Imm(asm.R1, queueCap, ok),
	)
	g.truncated(asm.R1)
	e.emit(asm.Ja.Label(done))
	e.label(ok)
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R0),
		asm.Add.Imm(asm.R1, 1),
	)
	g.storeState(stQTail, asm.R1)
	e.emit(
		asm.And.Imm(asm.R0, queueCap-1),
		asm.LSh.Imm(asm.R0, 5),
		asm.Add.Reg(asm.R0, asm.R6),
		asm.LoadMem(asm.R1, asm.RFP, fpPush, asm.DWord),
		asm.StoreMem(asm.R0, scratchQueue+taskAddr, asm.R1, asm.DWord),
		asm.StoreMem(asm.R0, scratchQueue+taskType, asm.R2, asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskCount, asm.R3, asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskDepth, asm.R4, asm.Word),
		asm.StoreImm(asm.R0, scratchQueue+taskOp, int64(op), asm.Word),
		asm.StoreMem(asm.R0, scratchQueue+taskAux, asm.R5, asm.Word),
	)
	if op == opScan { // values inside the one being scanned end with it
		g.loadState(asm.R1, stScanEnd)
		e.emit(asm.StoreMem(asm.R0, scratchQueue+taskEnd, asm.R1, asm.Word))
	}
	e.label(done)
}

// popTask runs the next task of the queue, or stops the loop when it is empty.
func (g *interp) popTask() {
	e := g.e
	e.label("pop")
	g.loadState(asm.R1, stQHead)
	g.loadState(asm.R2, stQTail)
	e.emit(
		asm.JNE.Reg(asm.R1, asm.R2, "have_task"),
		asm.Mov.Imm(asm.R0, 1),
		asm.Return(),
	)
	e.label("have_task")
	e.emit(
		asm.Mov.Reg(asm.R2, asm.R1),
		asm.Add.Imm(asm.R2, 1),
	)
	g.storeState(stQHead, asm.R2)
	// R8 = the task: its slot stays ours for this step (nothing is pushed).
	e.emit(
		asm.Mov.Reg(asm.R8, asm.R1),
		asm.And.Imm(asm.R8, queueCap-1),
		asm.LSh.Imm(asm.R8, 5),
		asm.Add.Reg(asm.R8, asm.R6),
		asm.Add.Imm(asm.R8, scratchQueue),
		asm.LoadMem(asm.R1, asm.R8, taskType, asm.Word),
	)
	g.lookupDesc(asm.R1, "ret0")
	e.emit(
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.LoadMem(asm.R1, asm.R8, taskOp, asm.Word),
		asm.JEq.Imm(asm.R1, opRead, "read"),
		// A scan task: scan in place (record offset in the address field).
		asm.LoadMem(asm.R2, asm.R8, taskEnd, asm.Word),
		asm.LoadMem(asm.R1, asm.R8, taskAddr, asm.DWord),
		asm.Ja.Label("start_scan"),
	)
	e.label("read")
	e.emit(
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.LoadMem(asm.R2, asm.R8, taskAddr, asm.DWord),
		asm.LoadMem(asm.R3, asm.R8, taskType, asm.Word),
		asm.LoadMem(asm.R4, asm.R8, taskCount, asm.Word),
		asm.Mov.Imm(asm.R5, readMayBeStatic),
		asm.Call.Label(readItemSymbol),
		asm.JSLT.Imm(asm.R0, 0, "ret0"),
	)
	g.loadState(asm.R1, stReadCount)
	e.emit(asm.StoreMem(asm.R8, taskCount, asm.R1, asm.Word))
	g.loadState(asm.R2, stRiBytes)
	e.emit(
		asm.Add.Reg(asm.R2, asm.R0),
		asm.Mov.Reg(asm.R1, asm.R0),
	)

	// start_scan: R1 = record offset of the first value of the task at R8,
	// R2 = where their bytes end.
	e.label("start_scan")
	g.storeState(stScanEnd, asm.R2)
	e.emit(
		asm.LoadMem(asm.R2, asm.R7, descNSlots, asm.Word),
		asm.JEq.Imm(asm.R2, 0, "ret0"),
	)
	g.storeState(stScanOff, asm.R1)
	for _, f := range []struct{ task, state int16 }{
		{taskType, stScanType}, {taskCount, stScanCount}, {taskDepth, stScanDepth}, {taskAux, stScanAux},
	} {
		e.emit(asm.LoadMem(asm.R2, asm.R8, f.task, asm.Word))
		g.storeState(f.state, asm.R2)
	}
	e.emit(
		asm.StoreImm(asm.R6, scratchState+stScanSlot, 0, asm.Word),
		asm.StoreImm(asm.R6, scratchState+stScanActive, 1, asm.Word),
		asm.Ja.Label("scan"), // its first slot in this same step
	)
}
