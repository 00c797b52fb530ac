package plan

import (
	"debug/elf"
	"fmt"
)

// arch is what planning needs to know of one target architecture: its
// ABIInternal registers, its stack pointer, its frame at a function's
// entry, and how to find the probe sites in its machine code. It is picked
// at run time from the target's ELF machine, so one planner plans amd64 and
// arm64 binaries alike: amd64.go and arm64.go are plain data and code, not
// build-constrained files (their names carry no _GOARCH suffix).
type arch struct {
	name string // GOARCH, as metadata program.arch names it
	// intRegs and floatRegs are the DWARF numbers of the ABIInternal
	// argument and result registers, in assignment order.
	intRegs, floatRegs []int
	// firstVector and lastVector bound the DWARF numbers of the
	// floating-point/vector registers, which a uprobe cannot read.
	firstVector, lastVector int
	sp                      int // the stack pointer's DWARF register number
	// entryCFA is CFA - SP where a function has no frame: at its entry,
	// its stack-check jump and its RETs.
	entryCFA int64
	// stackArgs is SP's distance to the first stack-assigned argument or
	// result at those PCs.
	stackArgs int64
	// place finds the probe sites in a function's code.
	place func(code []byte, lowPC uint64) (placement, error)
}

// archOf picks the architecture of a 64-bit ELF executable.
func archOf(f *elf.File) (*arch, error) {
	if f.Class == elf.ELFCLASS64 {
		switch f.Machine {
		case elf.EM_X86_64:
			return archAMD64, nil
		case elf.EM_AARCH64:
			return archARM64, nil
		}
	}
	return nil, fmt.Errorf("%v %v binary: only amd64 (x86-64) and arm64 (AArch64) are supported", f.Class, f.Machine)
}
