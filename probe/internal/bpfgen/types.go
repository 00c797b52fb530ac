package bpfgen

import (
	"fmt"

	"github.com/godi-golden/probe/internal/capfile"
)

// Types is the plan's type knowledge as the programs find it in their maps:
// a descriptor per type id, an rtype value per runtime type address.
type Types struct {
	table  *typeTable
	descs  map[uint32]*descriptor
	rtypes map[uint64][RtypeBytes]byte
}

// NewTypes computes the descriptors and runtime types of the capture's
// type table.
func NewTypes(meta *capfile.Meta) (*Types, error) {
	tt, err := newTypeTable(meta)
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
	return &Types{table: tt, descs: descs, rtypes: rtypes}, nil
}

// MaxID is the highest type id: the types map has MaxID+1 entries.
func (t *Types) MaxID() uint32 { return t.table.maxID }

// Descriptors are the values of the types map (DescBytes each), by type id.
func (t *Types) Descriptors() map[uint32][]byte {
	out := make(map[uint32][]byte, len(t.descs))
	for id, d := range t.descs {
		out[id] = d.marshal()
	}
	return out
}

// RuntimeTypes are the values of the runtime types map, by runtime type
// address.
func (t *Types) RuntimeTypes() map[uint64][RtypeBytes]byte { return t.rtypes }
