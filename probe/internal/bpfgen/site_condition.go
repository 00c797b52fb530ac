package bpfgen

import (
	"fmt"
	"math"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// fpCondValue is where a condition's argument read from the stack lands.
const fpCondValue = -16

// checkCondition ends an entry program at a hit whose condition the
// engine evaluates (plan.Condition) and finds false: before the sampling,
// so that such a hit uses none of the budget, and before anything else is
// read. A value that cannot be read counts as true (the agent fails open:
// the decoder then reports the evaluation error). owned: the program owns
// the scratch by then and frees it on the way out.
func (gen *Generator) checkCondition(e *emitter, s site, owned bool) error {
	c := s.condition
	if s.kind != capfile.KindEntry || c == nil {
		return nil
	}
	holds, fails := e.fresh("cond_holds"), e.fresh("cond_false")
	if err := branch(e, s, c, holds, fails, holds); err != nil {
		return err
	}
	e.label(fails)
	skipHit(e, owned)
	e.label(holds)
	return nil
}

// branch jumps to onTrue or onFalse by c, short-circuiting and/or; a value
// that cannot be read jumps to failOpen, whatever the operators around it.
func branch(e *emitter, s site, c *plan.Condition, onTrue, onFalse, failOpen string) error {
	switch c.Op {
	case "not":
		return branch(e, s, c.Args[0], onFalse, onTrue, failOpen)
	case "and", "or":
		for i, sub := range c.Args {
			if i == len(c.Args)-1 {
				return branch(e, s, sub, onTrue, onFalse, failOpen)
			}
			next := e.fresh("cond_next")
			t, f := next, onFalse // and: a false operand decides
			if c.Op == "or" {
				t, f = onTrue, next // or: a true one does
			}
			if err := branch(e, s, sub, t, f, failOpen); err != nil {
				return err
			}
			e.label(next)
		}
	}
	jump, ok := comparisonJumps[c.Op][c.Signed]
	if !ok {
		return fmt.Errorf("probe %s: condition operator %q", s.probe.ID, c.Op)
	}
	if err := loadConditionArg(e, s.values[c.Arg].Pieces, c, failOpen); err != nil {
		return err
	}
	if c.Literal >= math.MinInt32 && c.Literal <= math.MaxInt32 {
		e.emit(jump.Imm(asm.R1, int32(c.Literal), onTrue))
	} else {
		e.emit(asm.LoadImm(asm.R2, c.Literal, asm.DWord), jump.Reg(asm.R1, asm.R2, onTrue))
	}
	e.emit(asm.Ja.Label(onFalse))
	return nil
}

// comparisonJumps: by comparison and signedness, the jump taken when it holds.
var comparisonJumps = map[string]map[bool]asm.JumpOp{
	"eq": {true: asm.JEq, false: asm.JEq},
	"ne": {true: asm.JNE, false: asm.JNE},
	"lt": {true: asm.JSLT, false: asm.JLT},
	"le": {true: asm.JSLE, false: asm.JLE},
	"gt": {true: asm.JSGT, false: asm.JGT},
	"ge": {true: asm.JSGE, false: asm.JGE},
}

// loadConditionArg sets R1 to the compared scalar as a 64-bit value of its
// size and signedness: from a register or a stack slot of the argument,
// or read through the pointer the argument holds; a failed read (or a nil
// pointer) jumps to onFail.
func loadConditionArg(e *emitter, pieces []plan.Piece, c *plan.Condition, onFail string) error {
	if c.Deref {
		if err := loadWord(e, pieces, 0, 8, asm.R3, onFail); err != nil {
			return err
		}
		e.emit(
			asm.JEq.Imm(asm.R3, 0, onFail),
			asm.Add.Imm(asm.R3, int32(c.Offset)),
		)
		readUser(e, c.Size, onFail)
	} else if err := loadWord(e, pieces, c.Offset, c.Size, asm.R1, onFail); err != nil {
		return err
	}
	if shift := int32(64 - 8*c.Size); shift > 0 {
		right := asm.RSh
		if c.Signed {
			right = asm.ArSh
		}
		e.emit(asm.LSh.Imm(asm.R1, shift), right.Imm(asm.R1, shift))
	}
	return nil
}

// loadWord sets dst to the size bytes at offset of a value placed in
// pieces (in its low bytes; the caller extends them): shifted out of a
// register, or read from the stack slot (a failed read jumps to onFail).
func loadWord(e *emitter, pieces []plan.Piece, offset, size uint32, dst asm.Register, onFail string) error {
	for _, p := range pieces {
		if p.Offset > offset || offset+size > p.Offset+p.Size {
			continue
		}
		within := int32(offset - p.Offset)
		if p.Register == plan.RegisterStack {
			e.emit(
				asm.LoadMem(asm.R3, asm.R6, ptRegsSP, asm.DWord),
				asm.Add.Imm(asm.R3, int32(p.StackOffset)+within),
			)
			readUser(e, size, onFail)
			if dst != asm.R1 {
				e.emit(asm.Mov.Reg(dst, asm.R1))
			}
			return nil
		}
		off, ok := ptRegsOffset[p.Register]
		if !ok {
			return fmt.Errorf("condition operand in DWARF register %d, which a uprobe cannot read", p.Register)
		}
		e.emit(asm.LoadMem(dst, asm.R6, off, asm.DWord))
		if within > 0 {
			e.emit(asm.RSh.Imm(dst, within*8))
		}
		return nil
	}
	return fmt.Errorf("condition operand: no piece holds bytes %d to %d", offset, offset+size)
}

// readUser reads size bytes at the address in R3 into R1 (zero-extended);
// a failed read jumps to onFail.
func readUser(e *emitter, size uint32, onFail string) {
	e.emit(
		storeImm64(asm.RFP, fpCondValue, 0), // the read fills size bytes of it
		asm.Mov.Reg(asm.R1, asm.RFP),
		asm.Add.Imm(asm.R1, fpCondValue),
		asm.Mov.Imm(asm.R2, int32(size)),
		asm.FnProbeReadUser.Call(),
		asm.JNE.Imm(asm.R0, 0, onFail),
		asm.LoadMem(asm.R1, asm.RFP, fpCondValue, asm.DWord),
	)
}
