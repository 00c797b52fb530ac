package livetest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cilium/ebpf"

	"github.com/godi-golden/probe/internal/bpfload"
)

const tracefs = "/sys/kernel/tracing"

// Baseline is what engine objects exist when a test starts (held or not):
// other tests and runs on the machine own them, so they are never this
// test's leftovers.
type Baseline map[string]bool

// TakeBaseline lists the engine objects present now.
func TakeBaseline() (Baseline, error) {
	all, err := engineObjects(nil)
	if err != nil {
		return nil, err
	}
	b := Baseline{}
	for _, o := range all {
		b[o] = true
	}
	return b, nil
}

// Leftovers lists what engine runs left behind since base was taken: lines
// of tracefs uprobe_events, and eBPF programs and maps named with the
// engine's prefix that no live process holds (those of engines running
// right now, e.g. other tests, are not leftovers). A clean run gives an
// empty list.
func (base Baseline) Leftovers() ([]string, error) {
	held, err := heldIDs()
	if err != nil {
		return nil, err
	}
	all, err := engineObjects(held)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, o := range all {
		if !base[o] {
			out = append(out, o)
		}
	}
	return out, nil
}

// engineObjects lists uprobe_events lines and the engine's programs and
// maps, leaving out those whose id is in held.
func engineObjects(held map[string]bool) ([]string, error) {
	var out []string
	events, err := uprobeEvents()
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(strings.TrimSpace(events), "\n") {
		if l != "" {
			out = append(out, "uprobe_events: "+l)
		}
	}
	for id, err := ebpf.ProgramGetNextID(0); err == nil; id, err = ebpf.ProgramGetNextID(id) {
		if name := programName(id); strings.HasPrefix(name, bpfload.ProgramPrefix) && !held["prog_id:"+fmt.Sprint(id)] {
			out = append(out, fmt.Sprintf("program %d %s", id, name))
		}
	}
	for id, err := ebpf.MapGetNextID(0); err == nil; id, err = ebpf.MapGetNextID(id) {
		if name := mapName(id); strings.HasPrefix(name, bpfload.ProgramPrefix) && !held["map_id:"+fmt.Sprint(id)] {
			out = append(out, fmt.Sprintf("map %d %s", id, name))
		}
	}
	return out, nil
}

// heldIDs collects "prog_id:N" and "map_id:N" from the fdinfo of every
// file descriptor of every process.
func heldIDs() (map[string]bool, error) {
	held := map[string]bool{}
	infos, err := filepath.Glob("/proc/[0-9]*/fdinfo/*")
	if err != nil {
		return nil, err
	}
	for _, f := range infos {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // the process or fd went away
		}
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, "\t"); ok && (k == "prog_id:" || k == "map_id:") {
				held[k+v] = true
			}
		}
	}
	return held, nil
}

// OwnBPFFiles lists this process's open eBPF objects and perf events (the
// uprobes): after Objects.Close and a finished Run there must be none.
func OwnBPFFiles() []string {
	var out []string
	fds, _ := filepath.Glob("/proc/self/fd/*")
	for _, fd := range fds {
		target, err := os.Readlink(fd)
		if err == nil && (strings.HasPrefix(target, "anon_inode:bpf") || target == "anon_inode:[perf_event]") {
			out = append(out, fd+" -> "+target)
		}
	}
	return out
}

// programName is "" for a program that went away meanwhile.
func programName(id ebpf.ProgramID) string {
	p, err := ebpf.NewProgramFromID(id)
	if err != nil {
		return ""
	}
	defer p.Close()
	info, err := p.Info()
	if err != nil {
		return ""
	}
	return info.Name
}

func mapName(id ebpf.MapID) string {
	m, err := ebpf.NewMapFromID(id)
	if err != nil {
		return ""
	}
	defer m.Close()
	info, err := m.Info()
	if err != nil {
		return ""
	}
	return info.Name
}

// uprobeEvents reads tracefs uprobe_events, mounting tracefs if needed.
func uprobeEvents() (string, error) {
	path := tracefs + "/uprobe_events"
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := syscall.Mount("nodev", tracefs, "tracefs", 0, ""); err != nil {
			return "", fmt.Errorf("mounting tracefs at %s: %w", tracefs, err)
		}
	}
	b, err := os.ReadFile(path)
	return string(b), err
}

// ProcessesOf lists the PIDs of running processes whose executable is bin.
func ProcessesOf(bin string) []int {
	var pids []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		var pid int
		if _, err := fmt.Sscanf(e.Name(), "%d", &pid); err != nil {
			continue
		}
		if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && exe == bin {
			if !zombie(pid) {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

// Running reports whether pid runs (or sleeps): it is not stopped, as a
// target is at exec until its probes are attached.
func Running(pid int) bool {
	state := procState(pid)
	return state == "R" || state == "S" || state == "D"
}

func zombie(pid int) bool {
	state := procState(pid)
	return state == "" || state == "Z"
}

// procState is the state letter of /proc/pid/stat, "" when pid is gone.
func procState(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	fields := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	if len(fields) == 0 {
		return ""
	}
	return fields[0]
}

// SettledLeftovers is Leftovers once the kernel has had up to d to free the
// objects of processes that just exited (maps are freed asynchronously).
func (base Baseline) SettledLeftovers(d time.Duration) ([]string, error) {
	deadline := time.Now().Add(d)
	for {
		left, err := base.Leftovers()
		if err != nil || len(left) == 0 || time.Now().After(deadline) {
			return left, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// HeldBy lists the eBPF programs and maps process pid holds ("prog_id:N",
// "map_id:N"): what one engine run created, so that a test checks its own
// objects went away and not those of other runs on the machine.
func HeldBy(pid int) []string {
	var out []string
	infos, _ := filepath.Glob(fmt.Sprintf("/proc/%d/fdinfo/*", pid))
	for _, f := range infos {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, "\t"); ok && (k == "prog_id:" || k == "map_id:") {
				out = append(out, k+v)
			}
		}
	}
	return out
}

// StillThere lists which of ids (from HeldBy) still exist once the kernel
// has had up to d to free them (maps are freed asynchronously).
func StillThere(ids []string, d time.Duration) []string {
	deadline := time.Now().Add(d)
	for {
		var left []string
		for _, id := range ids {
			var n uint32
			if _, err := fmt.Sscanf(id, "prog_id:%d", &n); err == nil && programName(ebpf.ProgramID(n)) != "" {
				left = append(left, id)
			} else if _, err := fmt.Sscanf(id, "map_id:%d", &n); err == nil && mapName(ebpf.MapID(n)) != "" {
				left = append(left, id)
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(50 * time.Millisecond)
	}
}
