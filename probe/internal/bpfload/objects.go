package bpfload

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"

	"github.com/godi-golden/probe/internal/bpfgen"
	"github.com/godi-golden/probe/internal/record"
)

// Attachment is one uprobe to attach: a program at a PC of the binary.
type Attachment struct {
	Probe    int         // plan.Probe.Index
	Instance int         // index into the probe's Instances
	Role     bpfgen.Role // what the program does there
	PC       uint64      // virtual address of the probed instruction
	Cookie   uint64      // the PC the event reports as its innermost frame
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

// Sampled returns, by probe index, the hits the probes' sampling skipped.
func (o *Objects) Sampled() ([]uint64, error) {
	out := make([]uint64, o.m.sampling.MaxEntries())
	for i := range out {
		var state [bpfgen.SamplingBytes / 8]uint64
		if err := o.m.sampling.Lookup(uint32(i), &state); err != nil {
			return nil, fmt.Errorf("reading the sampling state of probe %d: %w", i, err)
		}
		out[i] = state[bpfgen.SamplingSkippedWord]
	}
	return out, nil
}
