package attach

import (
	"debug/elf"
	"fmt"
	"os/exec"
	"runtime"
	"syscall"
)

// startStopped starts cmd so that it stops right after execve, before the Go
// runtime of the target runs: the child asks to be traced (PTRACE_TRACEME)
// and the kernel stops it with SIGTRAP at exec. Then attach runs (uprobes
// need the PID, which only exists once the process does) and the child is
// detached, which lets it run. Ptrace requests must come from the thread
// that traced, so the whole sequence runs on one locked OS thread. The child
// leads its own process group; the run's cgroup (cgroup.go) holds it and
// every process it starts.
func startStopped(cmd *exec.Cmd, attach func(pid int) error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// Pdeathsig: the target dies with the engine's thread that started it,
	// even when the engine is killed with no chance to clean up.
	cmd.SysProcAttr = &syscall.SysProcAttr{Ptrace: true, Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", cmd.Path, err)
	}
	pid := cmd.Process.Pid
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(pid, &ws, syscall.WALL, nil); err != nil {
		killGroup(pid)
		return fmt.Errorf("waiting for %s to stop at exec: %w", cmd.Path, err)
	}
	if !ws.Stopped() {
		return fmt.Errorf("%s did not stop at exec (wait status %#x)", cmd.Path, uint32(ws))
	}
	if err := attach(pid); err != nil {
		killGroup(pid)
		syscall.PtraceDetach(pid)
		return err
	}
	if err := syscall.PtraceDetach(pid); err != nil {
		killGroup(pid)
		return fmt.Errorf("letting %s run (ptrace detach): %w", cmd.Path, err)
	}
	return nil
}

// killGroup kills the target's process group (its pgid is its pid).
func killGroup(pid int) {
	syscall.Kill(-pid, syscall.SIGKILL)
}

// fileOffsets maps virtual addresses of an executable to file offsets, which
// is what uprobes are placed by.
func fileOffsets(path string, vaddrs []uint64) ([]uint64, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make([]uint64, len(vaddrs))
	for i, va := range vaddrs {
		found := false
		for _, p := range f.Progs {
			if p.Type == elf.PT_LOAD && p.Flags&elf.PF_X != 0 && p.Vaddr <= va && va < p.Vaddr+p.Filesz {
				out[i], found = va-p.Vaddr+p.Off, true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: address 0x%x is in no executable segment", path, va)
		}
	}
	return out, nil
}
