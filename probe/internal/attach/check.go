package attach

import (
	"debug/elf"
	"errors"
	"fmt"
	"os"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"

	"github.com/godi-golden/probe/internal/bpfload"
)

// Check tells whether this machine lets this process load an eBPF program
// and attach it as a uprobe: it loads a program that does nothing and
// attaches it with a uprobe_multi link, as runs do, to this very
// executable's entry point, for this process only. The error is one line
// saying what is missing.
func Check() error {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Name:         bpfload.ProgramPrefix + "check",
		Type:         ebpf.Kprobe,
		AttachType:   ebpf.AttachTraceUprobeMulti,
		License:      "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return &bpfload.PermissionError{Err: err}
		}
		return fmt.Errorf("cannot load eBPF programs: %w", err)
	}
	defer prog.Close()
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("cannot attach uprobes: finding this executable: %w", err)
	}
	f, err := elf.Open(self)
	if err != nil {
		return fmt.Errorf("cannot attach uprobes: reading %s: %w", self, err)
	}
	entry := f.Entry
	f.Close()
	offsets, err := fileOffsets(self, []uint64{entry})
	if err != nil {
		return fmt.Errorf("cannot attach uprobes: %w", err)
	}
	exe, err := link.OpenExecutable(self)
	if err != nil {
		return fmt.Errorf("cannot attach uprobes: %w", err)
	}
	l, err := exe.UprobeMulti(nil, prog, &link.UprobeMultiOptions{Addresses: offsets, PID: uint32(os.Getpid())})
	if err != nil {
		return fmt.Errorf("cannot attach uprobe_multi links (Linux 6.6 or later): %w", err)
	}
	return l.Close()
}
