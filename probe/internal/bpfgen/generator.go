package bpfgen

import (
	"fmt"

	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

// MapFDs are the file descriptors of the maps the generated code loads
// pointers to: the maps must exist before their programs are generated.
type MapFDs struct{ Scratch, Types, RuntimeTypes, Calls, Events, Drops, Sampling int }

// Records says how the records go out: the ring buffer's size, and the
// slots of a record's stack area (the frames an event keeps at most).
type Records struct {
	RingBytes  uint32
	StackDepth int
}

// Generator holds what every site program of a plan shares.
type Generator struct {
	fds     MapFDs
	records Records
	types   *typeTable
	descs   map[uint32]*descriptor
	g       gSpan
	static  []plan.Segment
}

// NewGenerator generates the programs of a plan whose maps are fds, with
// records as given; items in static (read-only memory) are recorded
// without their bytes.
func NewGenerator(types *Types, rt plan.Runtime, static []plan.Segment, fds MapFDs, records Records) (*Generator, error) {
	if records.StackDepth < 2 || records.StackDepth > layout.MaxStackDepth {
		return nil, fmt.Errorf("a stack depth of %d frames: it takes 2 to %d (the site and its caller at least)", records.StackDepth, layout.MaxStackDepth)
	}
	g, err := newGSpan(rt)
	if err != nil {
		return nil, err
	}
	return &Generator{fds: fds, records: records, types: types.table, descs: types.descs, g: g, static: static}, nil
}
