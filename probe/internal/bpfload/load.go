// Package bpfload puts a plan's programs into the kernel: it creates the
// maps they share, fills the type tables, loads the programs bpfgen
// generates and lists where each is to be attached (internal/attach
// attaches them).
package bpfload

import (
	"cmp"
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/bpfgen"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

// Options tune Load; the zero value is the default.
type Options struct {
	Placement bpfgen.Placement
	// RingBytes is the ring buffer size (a power of two); 0 means 16 MiB.
	RingBytes uint32
	// Bare loads programs that return at once, to measure what a uprobe
	// costs by itself at the same sites.
	Bare bool
	// StackDepth bounds the frames of an event (0: layout.DefaultStackDepth).
	StackDepth int
}

// ProgramPrefix starts the name of every program and map this package
// loads, so that leftovers can be recognised.
const ProgramPrefix = "godi_"

const defaultRingBytes = 16 << 20

// Load creates the maps, fills the type tables and loads one program per
// entry site and one per probe instance for its returns (the attach cookie
// tells the RET sites apart). On error nothing stays loaded.
func Load(p *plan.Plan, opts Options) (_ *Objects, err error) {
	if err := bpfgen.CheckArch(p); err != nil {
		return nil, err
	}
	types, err := bpfgen.NewTypes(&p.Meta)
	if err != nil {
		return nil, err
	}
	objs := &Objects{Static: p.ReadOnly}
	defer func() {
		if err != nil {
			objs.Close()
		}
	}()
	ringBytes := cmp.Or(opts.RingBytes, defaultRingBytes)
	if err := objs.createMaps(types.MaxID(), len(types.RuntimeTypes()), len(p.Meta.Probes), ringBytes); err != nil {
		return nil, err
	}
	records := bpfgen.Records{RingBytes: ringBytes, StackDepth: cmp.Or(opts.StackDepth, layout.DefaultStackDepth)}
	gen, err := bpfgen.NewGenerator(types, p.Runtime, p.ReadOnly, objs.m.fds(), records)
	if err != nil {
		return nil, err
	}
	if err := objs.fillTypes(types); err != nil {
		return nil, err
	}
	for i := range p.Probes {
		pr := &p.Probes[i]
		for instance := range pr.Instances {
			progs, err := gen.Programs(pr, instance, p.Meta.Probes[pr.Index].CaptureReturn, opts.Placement)
			if err != nil {
				return nil, err
			}
			for _, prog := range progs {
				if err := objs.load(prog, opts.Bare); err != nil {
					return nil, err
				}
			}
		}
	}
	return objs, nil
}

// load loads one program named ProgramPrefix+prog.Name() (bare: one that
// returns at once instead) and adds its attachments.
func (o *Objects) load(prog bpfgen.Program, bare bool) error {
	insns := prog.Insns
	if bare {
		insns = asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}
	}
	loaded, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Name:         ProgramPrefix + prog.Name(),
		Type:         ebpf.Kprobe,
		AttachType:   ebpf.AttachTraceUprobeMulti, // see attach.attachPrograms
		Instructions: insns,
		License:      "GPL", // bpf_probe_read_user and the ring buffer are GPL-only
	})
	if err != nil {
		return fmt.Errorf("probe %s: loading the %s program (%d instructions): %w", prog.ProbeID, prog.Role, len(insns), err)
	}
	for _, at := range prog.Points {
		// The RET sites share one program: Close closes it once per
		// Attachment, and a closed *ebpf.Program ignores a second Close.
		o.Attachments = append(o.Attachments, Attachment{Probe: prog.Probe, Instance: prog.Instance, Role: prog.Role, PC: at.PC, Cookie: at.Cookie, Program: loaded})
	}
	return nil
}
