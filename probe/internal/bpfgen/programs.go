package bpfgen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// Placement chooses where entry programs sit.
type Placement int

const (
	// PlacementAuto uses the JBE of the stack-check prologue when the
	// function has one (a uprobe there is emulated by the kernel: cheaper),
	// else the entry PC.
	PlacementAuto Placement = iota
	// PlacementEntry always uses the function's first instruction.
	PlacementEntry
)

// Role is what a program does where it is attached.
type Role int

const (
	RoleEntry     Role = iota // emits the entry events
	RoleReturn                // emits the return events (one program for every RET)
	RoleMorestack             // marks calls that will re-enter (entry placement only)
)

func (r Role) String() string {
	return [...]string{"entry", "return", "morestack"}[r]
}

// Point is a uprobe of a program: the PC of the binary it sits on, and the
// PC the event reports as its innermost frame (the attach cookie).
type Point struct{ PC, Cookie uint64 }

// Program is one generated program and the uprobes it goes on.
type Program struct {
	Probe    int // plan.Probe.Index
	ProbeID  string
	Instance int // index into the probe's Instances
	Role     Role
	Insns    asm.Instructions
	Points   []Point
}

// Name is unique among the programs of a plan: p<probe>i<instance> and the
// role's initial.
func (p *Program) Name() string {
	return fmt.Sprintf("p%di%d%c", p.Probe, p.Instance, p.Role.String()[0])
}

// Programs generates, for one instance of a probe, its entry program, the
// morestack program that goes with it, and, when it captures returns and
// has RETs, its return program (shared by every RET site: the cookie tells
// them apart).
func (gen *Generator) Programs(pr *plan.Probe, instance int, captureReturn bool, placement Placement) ([]Program, error) {
	in := &pr.Instances[instance]
	returns := captureReturn && len(in.ReturnPCs) > 0
	entry := site{probe: pr, instance: instance, kind: capfile.KindEntry, values: in.EntryValues(), condition: in.Condition, captureReturn: returns, cfa: in.CFA}
	at := in.EntryPC
	switch {
	case in.PrologueJumpPC == 0:
	case placement == PlacementAuto:
		entry.prologueJump, at = true, in.PrologueJumpPC
	default:
		entry.reentryCheck = true
	}
	program := func(role Role, insns asm.Instructions, points ...Point) Program {
		return Program{Probe: pr.Index, ProbeID: pr.ID, Instance: instance, Role: role, Insns: insns, Points: points}
	}
	insns, err := gen.program(entry)
	if err != nil {
		return nil, err
	}
	out := []Program{program(RoleEntry, insns, Point{at, in.EntryPC})}
	if entry.reentryCheck {
		out = append(out, program(RoleMorestack, gen.morestackProgram(pr.Index), Point{in.MorestackTarget, in.MorestackTarget}))
	}
	if !returns {
		return out, nil
	}
	insns, err = gen.program(site{probe: pr, instance: instance, kind: capfile.KindReturn, values: in.ReturnValues(), cfa: in.CFA})
	if err != nil {
		return nil, err
	}
	var rets []Point
	for _, pc := range in.ReturnPCs {
		rets = append(rets, Point{pc, pc})
	}
	return append(out, program(RoleReturn, insns, rets...)), nil
}
