package bpfgen

import (
	"github.com/godi-golden/probe/internal/plan"
)

// MapFDs are the file descriptors of the maps the generated code loads
// pointers to: the maps must exist before their programs are generated.
type MapFDs struct{ Scratch, Types, RuntimeTypes, Calls, Events, Drops, Sampling int }

// Generator holds what every site program of a plan shares.
type Generator struct {
	fds       MapFDs
	ringBytes uint32
	types     *typeTable
	descs     map[uint32]*descriptor
	g         gSpan
	static    []plan.Segment
}

// NewGenerator generates the programs of a plan whose maps are fds, with a
// ring buffer of ringBytes; items in static (read-only memory) are recorded
// without their bytes.
func NewGenerator(types *Types, rt plan.Runtime, static []plan.Segment, fds MapFDs, ringBytes uint32) (*Generator, error) {
	g, err := newGSpan(rt)
	if err != nil {
		return nil, err
	}
	return &Generator{fds: fds, ringBytes: ringBytes, types: types.table, descs: types.descs, g: g, static: static}, nil
}
