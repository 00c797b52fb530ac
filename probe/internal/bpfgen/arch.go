package bpfgen

import (
	"fmt"

	"github.com/godi-golden/probe/internal/plan"
)

// CheckArch refuses a plan for a target other than amd64. The planner
// plans arm64 binaries too (its tests check them, cross-compiled,
// offline), but the programs generated here read amd64 registers: x86-64
// struct pt_regs offsets by DWARF register number, g in R14, the stack
// check's flags. Generating them for an arm64 plan would read the wrong
// registers, and no arm64 machine has run them.
func CheckArch(p *plan.Plan) error {
	if arch := p.Meta.Program.Arch; arch != "amd64" {
		return fmt.Errorf("%s: a %s target: planning for %s exists, but BPF code generation for %s is unsupported "+
			"and untested (the generated programs read amd64 registers only)", p.Binary, arch, arch, arch)
	}
	return nil
}
