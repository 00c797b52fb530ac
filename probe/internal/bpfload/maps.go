package bpfload

import (
	"errors"
	"fmt"
	"os"

	"github.com/cilium/ebpf"

	"github.com/godi-golden/probe/internal/bpfgen"
)

// maps are the BPF maps every program of a plan shares.
type maps struct {
	scratch  *ebpf.Map // per-CPU scratch (array indexed by CPU): record, queue, dedup table
	types    *ebpf.Map // type id -> descriptor
	rtypes   *ebpf.Map // runtime type address -> rtype value
	calls    *ebpf.Map // callKey -> call id of an entry awaiting its return
	events   *ebpf.Map // ring buffer of records
	drops    *ebpf.Map // per-CPU count of lost events, by probe index
	sampling *ebpf.Map // throttler state and skipped hits, by probe index (shared by the CPUs)
}

func (m *maps) all() []*ebpf.Map {
	return []*ebpf.Map{m.scratch, m.types, m.rtypes, m.calls, m.events, m.drops, m.sampling}
}

func (m *maps) fds() bpfgen.MapFDs {
	return bpfgen.MapFDs{Scratch: m.scratch.FD(), Types: m.types.FD(), RuntimeTypes: m.rtypes.FD(), Calls: m.calls.FD(), Events: m.events.FD(), Drops: m.drops.FD(), Sampling: m.sampling.FD()}
}

// PermissionError says the machine does not let this process load eBPF.
type PermissionError struct{ Err error }

func (e *PermissionError) Error() string {
	return "cannot load eBPF programs: not permitted (run as root, or with CAP_BPF and CAP_PERFMON)"
}

func (e *PermissionError) Unwrap() error { return e.Err }

func (o *Objects) createMaps(maxTypeID uint32, nRuntimeTypes, nProbes int, ringBytes uint32) error {
	cpus, err := ebpf.PossibleCPU()
	if err != nil {
		return err
	}
	for _, s := range []struct {
		dst  **ebpf.Map
		spec ebpf.MapSpec
	}{
		{&o.m.scratch, ebpf.MapSpec{Name: ProgramPrefix + "scratch", Type: ebpf.Array, KeySize: 4, ValueSize: bpfgen.ScratchBytes, MaxEntries: uint32(cpus)}},
		{&o.m.types, ebpf.MapSpec{Name: ProgramPrefix + "types", Type: ebpf.Array, KeySize: 4, ValueSize: bpfgen.DescBytes, MaxEntries: maxTypeID + 1}},
		{&o.m.rtypes, ebpf.MapSpec{Name: ProgramPrefix + "rtypes", Type: ebpf.Hash, KeySize: 8, ValueSize: bpfgen.RtypeBytes, MaxEntries: uint32(max(nRuntimeTypes, 1))}},
		{&o.m.calls, ebpf.MapSpec{Name: ProgramPrefix + "calls", Type: ebpf.LRUHash, KeySize: bpfgen.CallKeyBytes, ValueSize: 8, MaxEntries: 1 << 16}},
		{&o.m.events, ebpf.MapSpec{Name: ProgramPrefix + "events", Type: ebpf.RingBuf, MaxEntries: ringBytes}},
		{&o.m.drops, ebpf.MapSpec{Name: ProgramPrefix + "drops", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: uint32(max(nProbes, 1))}},
		{&o.m.sampling, ebpf.MapSpec{Name: ProgramPrefix + "sampling", Type: ebpf.Array, KeySize: 4, ValueSize: bpfgen.SamplingBytes, MaxEntries: uint32(max(nProbes, 1))}},
	} {
		m, err := ebpf.NewMap(&s.spec)
		if err != nil {
			if errors.Is(err, os.ErrPermission) {
				return &PermissionError{Err: err}
			}
			return fmt.Errorf("creating map %s: %w", s.spec.Name, err)
		}
		*s.dst = m
	}
	return nil
}

func (o *Objects) fillTypes(types *bpfgen.Types) error {
	for id, d := range types.Descriptors() {
		if err := o.m.types.Put(id, d); err != nil {
			return fmt.Errorf("filling the type descriptors (type %d): %w", id, err)
		}
	}
	for addr, v := range types.RuntimeTypes() {
		if err := o.m.rtypes.Put(addr, v[:]); err != nil {
			return fmt.Errorf("filling the runtime types (0x%x): %w", addr, err)
		}
	}
	return nil
}
