package bpfgen

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/godi-golden/probe/internal/capfile"
)

// slot is one place in a value that refers to other memory (layout.go).
type slot struct {
	off      uint32
	kind     uint8
	cond     uint8
	condIdx  uint8
	depthInc uint8
	target   uint32
	aux      uint32
}

// descriptor is what the interpreter knows about one type.
type descriptor struct {
	size    uint32
	condOff uint32
	layout  [layoutFields]uint32
	slots   []slot
}

// typeTable is the capture's type table indexed for the generator.
type typeTable struct {
	types   map[uint32]*capfile.Type
	maxID   uint32
	uint8ID uint32 // the item type of string bytes
	itab    capfile.RuntimeTypes
}

func newTypeTable(meta *capfile.Meta) (*typeTable, error) {
	tt := &typeTable{types: map[uint32]*capfile.Type{}, itab: meta.Runtime}
	for i := range meta.Types {
		t := &meta.Types[i]
		if t.ID == 0 {
			return nil, fmt.Errorf("types[%d] (%s): type id 0 is reserved", i, t.Name)
		}
		if _, dup := tt.types[t.ID]; dup {
			return nil, fmt.Errorf("types[%d] (%s): duplicate type id %d", i, t.Name, t.ID)
		}
		tt.types[t.ID] = t
		tt.maxID = max(tt.maxID, t.ID)
		if t.Kind == "uint8" && (tt.uint8ID == 0 || t.Name == "uint8") {
			tt.uint8ID = t.ID
		}
	}
	return tt, nil
}

func (tt *typeTable) get(id uint32) (*capfile.Type, error) {
	t, ok := tt.types[id]
	if !ok {
		return nil, fmt.Errorf("type id %d is not in the type table", id)
	}
	return t, nil
}

// descriptors computes the descriptor of every type: generic ones first,
// then the map internals, whose meaning depends on the map that owns them.
func (tt *typeTable) descriptors() (map[uint32]*descriptor, error) {
	out := map[uint32]*descriptor{}
	for id, t := range tt.types {
		slots, err := tt.valueSlots(t)
		if err != nil {
			return nil, err
		}
		out[id] = &descriptor{size: t.Size, slots: slots}
	}
	// An itab is recorded for its type word only: its own pointers lead
	// into runtime type descriptors, which no snapshot shows.
	if d, ok := out[tt.itab.ItabType]; ok {
		d.slots = nil
	}
	for _, t := range tt.types {
		if t.Kind != "map" || t.Opaque {
			continue
		}
		if err := tt.mapDescriptors(t, out); err != nil {
			return nil, fmt.Errorf("map type %s: %w", t.Name, err)
		}
	}
	return out, nil
}

// valueSlots flattens the references of one value of t, at offset 0.
func (tt *typeTable) valueSlots(t *capfile.Type) ([]slot, error) {
	slots, err := tt.flatten(t, 0, false)
	if err != nil {
		return nil, err
	}
	if len(slots) <= MaxSlots {
		return slots, nil
	}
	// Too many to flatten: scan composite fields as separate inline values.
	slots, err = tt.flatten(t, 0, true)
	if err != nil {
		return nil, err
	}
	if len(slots) > MaxSlots {
		return nil, fmt.Errorf("type %s has %d reference fields, more than the %d a descriptor holds", t.Name, len(slots), MaxSlots)
	}
	return slots, nil
}

// maxFlatArray bounds how many slots an array contributes before it is
// scanned as an inline run of elements instead.
const maxFlatArray = 8

func (tt *typeTable) flatten(t *capfile.Type, base uint32, inlineFields bool) ([]slot, error) {
	if t.Opaque {
		return nil, nil // never read: the plan left it undescribed
	}
	switch t.Kind {
	case "string":
		return []slot{{off: base, kind: slotString, target: tt.uint8ID}}, nil
	case "pointer":
		return []slot{{off: base, kind: slotPointer, target: t.Elem, depthInc: 1}}, nil
	case "slice":
		return []slot{{off: base, kind: slotSlice, target: t.Elem, depthInc: 1}}, nil
	case "interface":
		if t.Empty != nil && *t.Empty {
			return []slot{{off: base, kind: slotEface}}, nil
		}
		return []slot{{off: base, kind: slotIface}}, nil
	case "map":
		header, err := mapHeaderType(t)
		if err != nil {
			return nil, err
		}
		return []slot{{off: base, kind: slotMap, target: header, aux: t.ID, depthInc: 1}}, nil
	case "struct":
		var out []slot
		for _, f := range t.Fields {
			ft, err := tt.get(f.Type)
			if err != nil {
				return nil, fmt.Errorf("%s.%s: %w", t.Name, f.Name, err)
			}
			fs, err := tt.flatten(ft, base+f.Offset, false)
			if err != nil {
				return nil, err
			}
			if inlineFields && len(fs) > 1 {
				fs = []slot{{off: base + f.Offset, kind: slotInline, target: ft.ID, aux: 1}}
			}
			out = append(out, fs...)
		}
		return out, nil
	case "array":
		if t.Count == nil || *t.Count == 0 {
			return nil, nil
		}
		et, err := tt.get(t.Elem)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.Name, err)
		}
		es, err := tt.flatten(et, 0, false)
		if err != nil || len(es) == 0 {
			return nil, err
		}
		if int(*t.Count)*len(es) > maxFlatArray || inlineFields {
			return []slot{{off: base, kind: slotInline, target: et.ID, aux: *t.Count}}, nil
		}
		var out []slot
		for i := range *t.Count {
			for _, s := range es {
				s.off += base + i*et.Size
				out = append(out, s)
			}
		}
		return out, nil
	}
	return nil, nil // scalars, unsafe.Pointer, chan, func: nothing to follow
}

func mapHeaderType(t *capfile.Type) (uint32, error) {
	switch {
	case t.Swiss != nil:
		return t.Swiss.HeaderType, nil
	case t.Hmap != nil:
		return t.Hmap.HeaderType, nil
	}
	return 0, fmt.Errorf("map type %s has neither a swiss nor an hmap layout", t.Name)
}

// mapDescriptors sets the layout of map type m and the descriptors of its
// internals (docs/capture-format.md §2.1 and the map table of §3.2).
func (tt *typeTable) mapDescriptors(m *capfile.Type, out map[uint32]*descriptor) error {
	key, err := tt.get(m.Key)
	if err != nil {
		return fmt.Errorf("key: %w", err)
	}
	val, err := tt.get(m.Value)
	if err != nil {
		return fmt.Errorf("value: %w", err)
	}
	md := out[m.ID]
	if s := m.Swiss; s != nil {
		md.layout[layHeaderType] = s.HeaderType
		md.layout[layGroupType] = s.GroupType
		md.layout[layDirectoryType] = s.DirectoryType
		md.layout[layDirLenOff] = s.DirLenOffset
		md.layout[layLengthMaskOff] = s.TableGroupsLengthMaskOffset
		md.layout[layTableUsedOff] = tableUsedUnknown
		if table, err := tt.get(s.TableType); err == nil {
			for _, f := range table.Fields {
				if f.Name == "used" {
					md.layout[layTableUsedOff] = f.Offset
				}
			}
		}
		if err := tt.setInternal(out, s.HeaderType, slot{off: s.DirPtrOffset, kind: slotSwissDir}); err != nil {
			return err
		}
		if err := tt.setInternal(out, s.DirectoryType, slot{kind: slotPointer, target: s.TableType}); err != nil {
			return err
		}
		if err := tt.setInternal(out, s.TableType, slot{off: s.TableGroupsDataOffset, kind: slotSwissGroups}); err != nil {
			return err
		}
		entries := make([]entrySlots, s.SlotsPerGroup)
		for i := range entries {
			at := s.SlotsOffset + uint32(i)*s.SlotSize
			entries[i] = entrySlots{key: at + s.KeyOffset, elem: at + s.ElemOffset}
		}
		g, err := tt.groupDescriptor(s.GroupSize, s.CtrlOffset, condSwissFull, entries, key, val, s.IndirectKey, s.IndirectElem)
		if err != nil {
			return err
		}
		out[s.GroupType] = g
		return nil
	}
	h := m.Hmap
	if h == nil {
		return fmt.Errorf("neither a swiss nor an hmap layout")
	}
	md.layout[layHeaderType] = h.HeaderType
	md.layout[layBucketType] = h.BucketType
	md.layout[layBOff] = h.BOffset
	md.layout[layOldbucketsOff] = h.OldbucketsOffset
	if err := tt.setInternal(out, h.HeaderType, slot{off: h.BucketsOffset, kind: slotHmapBuckets}); err != nil {
		return err
	}
	entries := make([]entrySlots, h.BucketCount)
	for i := range entries {
		entries[i] = entrySlots{key: h.KeysOffset + uint32(i)*h.KeySlotSize, elem: h.ElemsOffset + uint32(i)*h.ElemSlotSize}
	}
	b, err := tt.groupDescriptor(h.BucketSize, h.TophashOffset, condTophashFull, entries, key, val, h.IndirectKey, h.IndirectElem)
	if err != nil {
		return err
	}
	// Overflow buckets hold more entries of the same map: same depth.
	b.slots = append(b.slots, slot{off: h.OverflowOffset, kind: slotPointer, target: h.BucketType})
	if len(b.slots) > MaxSlots {
		return fmt.Errorf("bucket has %d reference slots, more than %d", len(b.slots), MaxSlots)
	}
	out[h.BucketType] = b
	return nil
}

// setInternal gives a map-internal type the one slot that leads on.
func (tt *typeTable) setInternal(out map[uint32]*descriptor, id uint32, s slot) error {
	t, err := tt.get(id)
	if err != nil {
		return err
	}
	out[id] = &descriptor{size: t.Size, slots: []slot{s}}
	return nil
}

// tableUsedUnknown is layTableUsedOff when the table type has no "used"
// field: every group is read.
const tableUsedUnknown = 0xFFFF

type entrySlots struct{ key, elem uint32 }

// groupDescriptor describes a swiss group or an hmap bucket: the references of
// each entry's key and value, counted only when the entry is full. Keys and
// values are the map's contents, at the depth of the group itself.
func (tt *typeTable) groupDescriptor(size, condOff uint32, cond uint8, entries []entrySlots, key, val *capfile.Type, indirectKey, indirectElem bool) (*descriptor, error) {
	build := func(inline bool) ([]slot, error) {
		var out []slot
		for i, e := range entries {
			for _, part := range []struct {
				at       uint32
				t        *capfile.Type
				indirect bool
			}{{e.key, key, indirectKey}, {e.elem, val, indirectElem}} {
				var ps []slot
				switch {
				case part.indirect:
					ps = []slot{{off: part.at, kind: slotPointer, target: part.t.ID}}
				case inline:
					if vs, err := tt.flatten(part.t, 0, false); err != nil {
						return nil, err
					} else if len(vs) > 0 {
						ps = []slot{{off: part.at, kind: slotInline, target: part.t.ID, aux: 1}}
					}
				default:
					var err error
					if ps, err = tt.flatten(part.t, part.at, false); err != nil {
						return nil, err
					}
				}
				for _, s := range ps {
					s.cond, s.condIdx = cond, uint8(i)
					out = append(out, s)
				}
			}
		}
		return out, nil
	}
	slots, err := build(false)
	if err == nil && len(slots) > MaxSlots-1 { // -1: room for an hmap overflow slot
		slots, err = build(true)
	}
	if err != nil {
		return nil, err
	}
	if len(slots) > MaxSlots-1 {
		return nil, fmt.Errorf("map group has %d reference slots, more than %d", len(slots), MaxSlots-1)
	}
	return &descriptor{size: size, condOff: condOff, slots: slots}, nil
}

// pointerShaped tells whether a value of t is stored in an interface's data
// word itself rather than boxed (docs/capture-format.md §3.2).
func (tt *typeTable) pointerShaped(t *capfile.Type) bool {
	switch t.Kind {
	case "pointer", "map", "chan", "func", "unsafePointer":
		return true
	case "struct":
		if len(t.Fields) != 1 {
			return false
		}
		ft, err := tt.get(t.Fields[0].Type)
		return err == nil && tt.pointerShaped(ft)
	case "array":
		if t.Count == nil || *t.Count != 1 {
			return false
		}
		et, err := tt.get(t.Elem)
		return err == nil && tt.pointerShaped(et)
	}
	return false
}

// runtimeTypes maps the runtime type address of every type that may sit
// behind an interface to its rtype value.
func (tt *typeTable) runtimeTypes() (map[uint64][RtypeBytes]byte, error) {
	out := map[uint64][RtypeBytes]byte{}
	for _, t := range tt.types {
		if t.GoRuntimeType == "" {
			continue
		}
		addr, err := strconv.ParseUint(strings.TrimPrefix(t.GoRuntimeType, "0x"), 16, 64)
		if err != nil {
			return nil, fmt.Errorf("type %s: goRuntimeType %q: %w", t.Name, t.GoRuntimeType, err)
		}
		var v [RtypeBytes]byte
		binary.LittleEndian.PutUint32(v[rtypeID:], t.ID)
		if tt.pointerShaped(t) {
			binary.LittleEndian.PutUint32(v[rtypeFlags:], rtypePointerShaped)
		}
		out[addr] = v
	}
	return out, nil
}

// marshal encodes a descriptor as the types map value.
func (d *descriptor) marshal() []byte {
	b := make([]byte, DescBytes)
	le := binary.LittleEndian
	le.PutUint32(b[descSize:], d.size)
	le.PutUint32(b[descNSlots:], uint32(len(d.slots)))
	le.PutUint32(b[descCondOff:], d.condOff)
	for i, v := range d.layout {
		le.PutUint32(b[descLayout+4*i:], v)
	}
	for i, s := range d.slots {
		at := b[descSlots+slotSize*i:]
		le.PutUint32(at[slotOff:], s.off)
		at[slotKind], at[slotCond], at[slotCondIdx], at[slotDepthInc] = s.kind, s.cond, s.condIdx, s.depthInc
		le.PutUint32(at[slotTarget:], s.target)
		le.PutUint32(at[slotAux:], s.aux)
	}
	return b
}
