package plan

import (
	"fmt"

	"golang.org/x/arch/x86/x86asm"
)

// archAMD64: Go's ABIInternal on amd64 (go/src/cmd/compile/abi-internal.md).
// At a function's entry SP points at the return address, so the CFA is
// SP+8 and the caller's stack arguments start there.
var archAMD64 = &arch{
	name:        "amd64",
	intRegs:     []int{0, 3, 2, 5, 4, 8, 9, 10, 11},                                // RAX RBX RCX RDI RSI R8 R9 R10 R11
	floatRegs:   []int{17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}, // X0-X14
	firstVector: 17,                                                                // XMM0
	lastVector:  32,                                                                // XMM15
	sp:          7,                                                                 // RSP
	entryCFA:    8,
	stackArgs:   8,
	place:       placeAMD64,
}

// prologueWindowAMD64 bounds the search for the stack check: Go puts it
// first (at most MOVQ SP,R12; SUBQ/LEAQ; JCS; CMPQ; JBE for huge frames).
const prologueWindowAMD64 = 6

// placeAMD64 disassembles code (the function's bytes, loaded at lowPC) and
// finds the stack-check jump and every RET. When an instruction cannot be
// decoded (x86asm knows no AVX-512), the placement found so far comes with
// the error: the RETs are then unknown, the prologue may still be right.
//
// The Go amd64 stack check compares SP, or R12 = SP - frame for frames
// over 128 bytes, with g.stackguard0 (R14 holds g, the guard is at
// 0x10(R14)), then JBE to a block at the end of the function that calls
// runtime.morestack and jumps back to the entry.
func placeAMD64(code []byte, lowPC uint64) (placement, error) {
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
		case n < prologueWindowAMD64 && p.prologueJump == 0 && isStackGuardCmpAMD64(inst):
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

// isStackGuardCmpAMD64 matches CMPQ SP|R12, 0x10(R14) (x86asm lists the
// operands in Intel order: CMP reg, [R14+0x10]).
func isStackGuardCmpAMD64(inst x86asm.Inst) bool {
	if inst.Op != x86asm.CMP {
		return false
	}
	reg, ok := inst.Args[0].(x86asm.Reg)
	mem, okMem := inst.Args[1].(x86asm.Mem)
	return ok && okMem && (reg == x86asm.RSP || reg == x86asm.R12) &&
		mem.Base == x86asm.R14 && mem.Disp == 0x10 && mem.Index == 0
}
