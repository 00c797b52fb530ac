package bpfgen

import (
	"cmp"
	"errors"
	"fmt"
	"os"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record"
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

// Options tune Load; the zero value is the default.
type Options struct {
	Placement Placement
	// RingBytes is the ring buffer size (a power of two); 0 means 16 MiB.
	RingBytes uint32
	// Bare loads programs that return at once, to measure what a uprobe
	// costs by itself at the same sites.
	Bare bool
}

// ProgramPrefix starts the name of every program this package loads, so that
// leftovers can be recognised.
const ProgramPrefix = "godi_"

const defaultRingBytes = 16 << 20

// Attachment is one uprobe to attach: a program at a PC of the binary.
type Attachment struct {
	Probe    int    // plan.Probe.Index
	Instance int    // index into the probe's Instances
	Site     Site   // what the program does there
	PC       uint64 // virtual address of the probed instruction
	Cookie   uint64 // the PC the event reports as its innermost frame
	Program  *ebpf.Program
}

// Objects are the loaded maps and programs of one plan.
type Objects struct {
	m           maps
	Attachments []Attachment
	// Static is the memory the programs record items of without their
	// bytes: record.Decode needs it.
	Static record.StaticMemory
}

// Site is the role of an attached program.
type Site int

const (
	SiteEntry     Site = iota // emits the entry events
	SiteReturn                // emits the return events (one program for every RET)
	SiteMorestack             // marks calls that will re-enter (entry placement only)
)

// maps are the BPF maps every program of a plan shares.
type maps struct {
	scratch *ebpf.Map // per-CPU scratch (array indexed by CPU): record, queue, dedup table
	types   *ebpf.Map // type id -> descriptor
	rtypes  *ebpf.Map // runtime type address -> rtype value
	calls   *ebpf.Map // callKey -> call id of an entry awaiting its return
	events  *ebpf.Map // ring buffer of records
	drops   *ebpf.Map // per-CPU count of lost events, by probe index
}

func (m *maps) all() []*ebpf.Map {
	return []*ebpf.Map{m.scratch, m.types, m.rtypes, m.calls, m.events, m.drops}
}

func (m *maps) fds() mapFDs {
	return mapFDs{m.scratch.FD(), m.types.FD(), m.rtypes.FD(), m.calls.FD(), m.events.FD(), m.drops.FD()}
}

// Events is the ring buffer the programs write records to.
func (o *Objects) Events() *ebpf.Map { return o.m.events }

// Close releases every map and program.
func (o *Objects) Close() error {
	var errs []error
	for _, a := range o.Attachments {
		errs = append(errs, a.Program.Close())
	}
	for _, m := range o.m.all() {
		if m != nil {
			errs = append(errs, m.Close())
		}
	}
	o.Attachments, o.m = nil, maps{}
	return errors.Join(errs...)
}

// Dropped returns, by probe index, the events lost (ring buffer full, or
// the CPU's scratch busy), summed over the CPUs.
func (o *Objects) Dropped() ([]uint64, error) {
	out := make([]uint64, o.m.drops.MaxEntries())
	for i := range out {
		var perCPU []uint64
		if err := o.m.drops.Lookup(uint32(i), &perCPU); err != nil {
			return nil, fmt.Errorf("reading the drop counters of probe %d: %w", i, err)
		}
		for _, c := range perCPU {
			out[i] += c
		}
	}
	return out, nil
}

// PermissionError says the machine does not let this process load eBPF.
type PermissionError struct{ Err error }

func (e *PermissionError) Error() string {
	return "cannot load eBPF programs: not permitted (run as root, or with CAP_BPF and CAP_PERFMON)"
}

func (e *PermissionError) Unwrap() error { return e.Err }

// mapFDs are the file descriptors the generated code loads map pointers from.
type mapFDs struct{ scratch, types, rtypes, calls, events, drops int }

// Generator holds what every site program of a plan shares.
type Generator struct {
	fds       mapFDs
	ringBytes uint32
	types     *typeTable
	descs     map[uint32]*descriptor
	g         gSpan
	static    []plan.Segment
}

// Load creates the maps, fills the type tables and loads one program per
// entry site and one per probe for its returns (the attach cookie tells the
// RET sites apart). On error nothing stays loaded.
func Load(p *plan.Plan, opts Options) (_ *Objects, err error) {
	tt, err := newTypeTable(&p.Meta)
	if err != nil {
		return nil, fmt.Errorf("type table: %w", err)
	}
	descs, err := tt.descriptors()
	if err != nil {
		return nil, fmt.Errorf("type table: %w", err)
	}
	rtypes, err := tt.runtimeTypes()
	if err != nil {
		return nil, fmt.Errorf("type table: %w", err)
	}
	objs := &Objects{Static: p.ReadOnly}
	defer func() {
		if err != nil {
			objs.Close()
		}
	}()
	ringBytes := cmp.Or(opts.RingBytes, defaultRingBytes)
	if err := objs.createMaps(tt.maxID, len(rtypes), len(p.Meta.Probes), ringBytes); err != nil {
		return nil, err
	}
	g, err := newGSpan(p.Runtime)
	if err != nil {
		return nil, err
	}
	gen := &Generator{fds: objs.m.fds(), ringBytes: ringBytes, types: tt, descs: descs, g: g, static: p.ReadOnly}
	if err := objs.fillTypes(descs, rtypes); err != nil {
		return nil, err
	}
	for i := range p.Probes {
		pr := &p.Probes[i]
		if err := objs.loadProbe(gen, pr, &p.Meta.Probes[pr.Index], opts.Placement, opts.Bare); err != nil {
			return nil, err
		}
	}
	return objs, nil
}

func (o *Objects) createMaps(maxTypeID uint32, nRuntimeTypes, nProbes int, ringBytes uint32) error {
	cpus, err := ebpf.PossibleCPU()
	if err != nil {
		return err
	}
	for _, s := range []struct {
		dst  **ebpf.Map
		spec ebpf.MapSpec
	}{
		{&o.m.scratch, ebpf.MapSpec{Name: "godi_scratch", Type: ebpf.Array, KeySize: 4, ValueSize: scratchSize, MaxEntries: uint32(cpus)}},
		{&o.m.types, ebpf.MapSpec{Name: "godi_types", Type: ebpf.Array, KeySize: 4, ValueSize: descBytes, MaxEntries: maxTypeID + 1}},
		{&o.m.rtypes, ebpf.MapSpec{Name: "godi_rtypes", Type: ebpf.Hash, KeySize: 8, ValueSize: rtypeBytes, MaxEntries: uint32(max(nRuntimeTypes, 1))}},
		{&o.m.calls, ebpf.MapSpec{Name: "godi_calls", Type: ebpf.LRUHash, KeySize: callKeyLen, ValueSize: 8, MaxEntries: 1 << 16}},
		{&o.m.events, ebpf.MapSpec{Name: "godi_events", Type: ebpf.RingBuf, MaxEntries: ringBytes}},
		{&o.m.drops, ebpf.MapSpec{Name: "godi_drops", Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 8, MaxEntries: uint32(max(nProbes, 1))}},
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

func (o *Objects) fillTypes(descs map[uint32]*descriptor, rtypes map[uint64][rtypeBytes]byte) error {
	for id, d := range descs {
		if err := o.m.types.Put(id, d.marshal()); err != nil {
			return fmt.Errorf("filling the type descriptors (type %d): %w", id, err)
		}
	}
	for addr, v := range rtypes {
		if err := o.m.rtypes.Put(addr, v[:]); err != nil {
			return fmt.Errorf("filling the runtime types (0x%x): %w", addr, err)
		}
	}
	return nil
}

// loadProbe loads, for each instance of a probe, its entry program and,
// when it captures returns and has RETs, its return program (shared by
// every RET site of the instance).
func (o *Objects) loadProbe(gen *Generator, pr *plan.Probe, meta *capfile.Probe, placement Placement, bare bool) error {
	for i := range pr.Instances {
		if err := o.loadInstance(gen, pr, i, meta.CaptureReturn, placement, bare); err != nil {
			return err
		}
	}
	return nil
}

func (o *Objects) loadInstance(gen *Generator, pr *plan.Probe, instance int, captureReturn bool, placement Placement, bare bool) error {
	in := &pr.Instances[instance]
	returns := captureReturn && len(in.ReturnPCs) > 0
	entry := site{probe: pr, instance: instance, kind: capfile.KindEntry, values: in.Arguments, captureReturn: returns, cfa: in.CFA}
	at := in.EntryPC
	switch {
	case in.PrologueJumpPC == 0:
	case placement == PlacementAuto:
		entry.prologueJump, at = true, in.PrologueJumpPC
	default:
		entry.reentryCheck = true
	}
	prog, err := gen.load(entry, bare)
	if err != nil {
		return err
	}
	attach := func(site Site, pc, cookie uint64, prog *ebpf.Program) {
		o.Attachments = append(o.Attachments, Attachment{Probe: pr.Index, Instance: instance, Site: site, PC: pc, Cookie: cookie, Program: prog})
	}
	attach(SiteEntry, at, in.EntryPC, prog)
	if entry.reentryCheck {
		prog, err := gen.loadInsns(gen.morestackProgram(pr.Index), bare, fmt.Sprintf("p%di%dm", pr.Index, instance), pr.ID, "morestack")
		if err != nil {
			return err
		}
		attach(SiteMorestack, in.MorestackTarget, in.MorestackTarget, prog)
	}
	if !returns {
		return nil
	}
	prog, err = gen.load(site{probe: pr, instance: instance, kind: capfile.KindReturn, values: in.Results, cfa: in.CFA}, bare)
	if err != nil {
		return err
	}
	for _, pc := range in.ReturnPCs {
		// Each attachment shares the program: Close closes it once per
		// Attachment, and a closed *ebpf.Program ignores a second Close.
		attach(SiteReturn, pc, pc, prog)
	}
	return nil
}

// load generates and loads the program of one site.
func (gen *Generator) load(s site, bare bool) (*ebpf.Program, error) {
	insns, err := gen.program(s)
	if err != nil {
		return nil, err
	}
	kind := "entry"
	if s.kind == capfile.KindReturn {
		kind = "return"
	}
	return gen.loadInsns(insns, bare, fmt.Sprintf("p%di%d%c", s.probe.Index, s.instance, kind[0]), s.probe.ID, kind)
}

// loadInsns loads one program named ProgramPrefix+name; bare loads one that
// returns at once instead.
func (gen *Generator) loadInsns(insns asm.Instructions, bare bool, name, probeID, kind string) (*ebpf.Program, error) {
	if bare {
		insns = asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Name:         ProgramPrefix + name,
		Type:         ebpf.Kprobe,
		Instructions: insns,
		License:      "GPL", // bpf_probe_read_user and the ring buffer are GPL-only
	})
	if err != nil {
		return nil, fmt.Errorf("probe %s: loading the %s program (%d instructions): %w", probeID, kind, len(insns), err)
	}
	return prog, nil
}
