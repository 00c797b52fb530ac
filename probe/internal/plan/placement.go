package plan

import (
	"fmt"

	"golang.org/x/arch/x86/x86asm"
)

// placement is where a function's uprobes go.
type placement struct {
	entry           uint64
	prologueJump    uint64 // 0: no stack-check prologue
	morestackTarget uint64
	returns         []uint64
}

// prologueWindow bounds the search for the stack check: Go puts it first
// (at most MOVQ SP,R12; SUBQ/LEAQ; JCS; CMPQ; JBE for huge frames).
const prologueWindow = 6

// place disassembles code (the function's bytes, loaded at lowPC) and finds
// the stack-check jump and every RET. When an instruction cannot be decoded
// (x86asm knows no AVX-512), the placement found so far comes with the
// error: the RETs are then unknown, the prologue may still be right.
//
// The Go amd64 stack check compares SP, or R12 = SP - frame for frames
// over 128 bytes, with g.stackguard0 (R14 holds g, the guard is at
// 0x10(R14)), then JBE to a block at the end of the function that calls
// runtime.morestack and jumps back to the entry.
func place(code []byte, lowPC uint64) (placement, error) {
	p := placement{entry: lowPC}
	sawGuardCmp := false
	for off, n := 0, 0; off < len(code); n++ {
		inst, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			return p, fmt.Errorf("disassembling at 0x%x: %w", lowPC+uint64(off), err)
		}
		pc := lowPC + uint64(off)
		off += inst.Len
		switch {
		case inst.Op == x86asm.RET:
			p.returns = append(p.returns, pc)
		case n < prologueWindow && p.prologueJump == 0 && isStackGuardCmp(inst):
			sawGuardCmp = true
			continue
		case sawGuardCmp && inst.Op == x86asm.JBE:
			rel, ok := inst.Args[0].(x86asm.Rel)
			if !ok {
				return p, fmt.Errorf("stack-check jump at 0x%x has no relative target", pc)
			}
			p.prologueJump, p.morestackTarget = pc, pc+uint64(inst.Len)+uint64(int64(rel))
		}
		sawGuardCmp = false
	}
	return p, nil
}

// isStackGuardCmp matches CMPQ SP|R12, 0x10(R14) (x86asm lists the
// operands in Intel order: CMP reg, [R14+0x10]).
func isStackGuardCmp(inst x86asm.Inst) bool {
	if inst.Op != x86asm.CMP {
		return false
	}
	reg, ok := inst.Args[0].(x86asm.Reg)
	mem, okMem := inst.Args[1].(x86asm.Mem)
	return ok && okMem && (reg == x86asm.RSP || reg == x86asm.R12) &&
		mem.Base == x86asm.R14 && mem.Disp == 0x10 && mem.Index == 0
}
