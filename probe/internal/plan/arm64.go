package plan

import "golang.org/x/arch/arm64/arm64asm"

// archARM64: Go's ABIInternal on arm64 (go/src/cmd/compile/abi-internal.md,
// "arm64 architecture"): integers in R0-R15, floats in F0-F15; DWARF
// numbers x0-x30 = 0-30, sp = 31, v0-v31 = 64-95. A call leaves the
// return address in the link register R30, not on the stack: at the
// entry the CFA is SP itself (Go's .debug_frame CIE: def_cfa sp+0), and
// 0(SP) is the caller's own saved-LR slot, so the caller's stack
// arguments start at SP+8 as on amd64.
var archARM64 = &arch{
	name:        "arm64",
	intRegs:     []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	floatRegs:   []int{64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79},
	firstVector: 64, // V0
	lastVector:  95, // V31
	sp:          31,
	entryCFA:    0,
	stackArgs:   8,
	place:       placeARM64,
}

// prologueWindowARM64 bounds the search for the stack check: Go puts it
// first (at most LDR; MOVD, MOVK building a huge frame's size; SUBS; BLO;
// CMP; BLS, as runtime.call1073741824 has it).
const prologueWindowARM64 = 7

// placeARM64 finds the stack-check branch and every RET of a function's
// code (loaded at lowPC). Every instruction is 4 bytes, so a word arm64asm
// cannot decode (the zero padding after the code) is skipped without
// losing the instructions after it.
//
// The Go arm64 stack check (cmd/internal/obj/arm64 stacksplit) loads
// g.stackguard0 into R16 (MOVD 16(R28), R16: R28 holds g), compares it
// with SP, or with R17 = SP - frame for frames over 128 bytes, and BLS
// branches to a block at the end of the function that calls
// runtime.morestack and branches back to the entry. The kernel emulates
// a uprobe on a conditional branch, as it does on amd64's JBE.
func placeARM64(code []byte, lowPC uint64) (placement, error) {
	p := placement{entry: lowPC}
	sawGuardLoad, sawGuardCmp := false, false
	for off := 0; off+4 <= len(code); off += 4 {
		pc := lowPC + uint64(off)
		inst, err := arm64asm.Decode(code[off : off+4])
		if err != nil {
			sawGuardCmp = false
			continue
		}
		inPrologue := off/4 < prologueWindowARM64 && p.prologueJump == 0
		switch {
		case inst.Op == arm64asm.RET:
			p.returns = append(p.returns, pc)
		case inPrologue && isStackGuardLoadARM64(inst):
			sawGuardLoad = true
		case inPrologue && sawGuardLoad && isStackGuardCmpARM64(inst):
			sawGuardCmp = true
			continue
		case sawGuardCmp && isBranchLS(inst):
			p.prologueJump = pc
			p.morestackTarget = uint64(int64(pc) + int64(inst.Args[1].(arm64asm.PCRel)))
		}
		sawGuardCmp = false
	}
	return p, nil
}

// isStackGuardLoadARM64 matches LDR X16, [X28,#16]: g.stackguard0 into R16.
func isStackGuardLoadARM64(inst arm64asm.Inst) bool {
	return inst.Op == arm64asm.LDR && inst.Args[0] == arm64asm.X16 && inst.Args[1].String() == "[X28,#16]"
}

// isStackGuardCmpARM64 matches CMP SP|X17, X16 (arm64asm lists the
// operands in ARM order, the opposite of Go's CMP R16, RSP; the second is
// an extended register whose fields are unexported, hence its text).
func isStackGuardCmpARM64(inst arm64asm.Inst) bool {
	first := inst.Args[0] == arm64asm.RegSP(arm64asm.SP) || inst.Args[0] == arm64asm.X17
	return inst.Op == arm64asm.CMP && first && inst.Args[1].String() == "X16"
}

// isBranchLS matches B.LS (Go's BLS) with its PC-relative target.
func isBranchLS(inst arm64asm.Inst) bool {
	cond, ok := inst.Args[0].(arm64asm.Cond)
	_, rel := inst.Args[1].(arm64asm.PCRel)
	return inst.Op == arm64asm.B && ok && cond.Value == 9 && rel // 9: LS, unsigned lower or same
}
