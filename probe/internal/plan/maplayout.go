package plan

import (
	"debug/dwarf"
	"fmt"

	"github.com/godi-golden/probe/internal/capfile"
)

// mapLayout is a map's runtime layout, every number read off the target's
// DWARF: a swiss table (Go 1.24+) or an hmap (before).
type mapLayout struct {
	swiss *swissTypes
	hmap  *hmapTypes
}

type swissTypes struct {
	layout                          capfile.SwissLayout // offsets; type ids are set by fill
	header, table, directory, group *goType
}

type hmapTypes struct {
	layout         capfile.HmapLayout
	header, bucket *goType
}

func (ml *mapLayout) types() []dwarf.Offset {
	if ml.swiss != nil {
		s := ml.swiss
		return []dwarf.Offset{s.header.off, s.table.off, s.directory.off, s.group.off}
	}
	return []dwarf.Offset{ml.hmap.header.off, ml.hmap.bucket.off}
}

// fill sets the layout on ct, with the table's ids.
func (ml *mapLayout) fill(ct *capfile.Type, tt *typeTable) {
	if s := ml.swiss; s != nil {
		l := s.layout
		l.HeaderType, l.TableType, l.DirectoryType, l.GroupType = tt.idOf(s.header), tt.idOf(s.table), tt.idOf(s.directory), tt.idOf(s.group)
		ct.Swiss = &l
		return
	}
	l := ml.hmap.layout
	l.HeaderType, l.BucketType = tt.idOf(ml.hmap.header), tt.idOf(ml.hmap.bucket)
	ct.Hmap = &l
}

// mapLayout reads the layout of map type m. The header is the struct the
// map's own DWARF points to (map<K,V>, a copy of internal/runtime/maps.Map,
// or hash<K,V>, a copy of runtime.hmap); a field named dirPtr tells a swiss
// map.
func (tr *typeReader) mapLayout(m *goType, ix *dwarfIndex) (*mapLayout, error) {
	header, err := tr.get(m.header)
	if err != nil {
		return nil, err
	}
	if _, ok := fieldOf(header, "dirPtr"); ok {
		s, err := tr.swissLayout(m, header, ix)
		return &mapLayout{swiss: s}, err
	}
	h, err := tr.hmapLayout(m, header)
	return &mapLayout{hmap: h}, err
}

func (tr *typeReader) swissLayout(m, header *goType, ix *dwarfIndex) (*swissTypes, error) {
	var l capfile.SwissLayout
	var errs fieldErrors
	l.UsedOffset = errs.offset(header, "used")
	l.DirPtrOffset = errs.offset(header, "dirPtr")
	l.DirLenOffset = errs.offset(header, "dirLen")
	table, err := tr.named(ix, "internal/runtime/maps.table")
	if err != nil {
		return nil, err
	}
	directory, err := tr.named(ix, "*internal/runtime/maps.table")
	if err != nil {
		return nil, err
	}
	groups := errs.field(table, "groups")
	if groups != nil {
		ref, err := tr.get(groups.typ)
		if err != nil {
			return nil, err
		}
		l.TableGroupsDataOffset = groups.offset + errs.offset(ref, "data")
		l.TableGroupsLengthMaskOffset = groups.offset + errs.offset(ref, "lengthMask")
	}
	key, value, err := tr.keyValue(m)
	if err != nil {
		return nil, err
	}
	group, err := tr.groupType(m, ix)
	if err != nil {
		return nil, err
	}
	l.GroupSize = group.size
	l.CtrlOffset = errs.offset(group, "ctrl")
	if slots := errs.field(group, "slots"); slots != nil {
		l.SlotsOffset = slots.offset
		arr, slot, err := tr.withElem(slots.typ)
		if err != nil {
			return nil, err
		}
		l.SlotsPerGroup, l.SlotSize = arr.count, slot.size
		if k := errs.field(slot, "key"); k != nil {
			l.KeyOffset = k.offset
			l.IndirectKey = tr.isIndirect(k.typ, key)
		}
		if e := errs.field(slot, "elem"); e != nil {
			l.ElemOffset = e.offset
			l.IndirectElem = tr.isIndirect(e.typ, value)
		}
	}
	if errs.err != nil {
		return nil, errs.err
	}
	return &swissTypes{layout: l, header: header, table: table, directory: directory, group: group}, nil
}

// groupType is swiss map m's group type: a decoded map's own, else the
// one DWARF names after the key and element types, map.group[K]V, with a
// noalg. prefix when it has no hash/equal functions of its own
// (cmd/compile/internal/reflectdata).
func (tr *typeReader) groupType(m *goType, ix *dwarfIndex) (*goType, error) {
	if m.group != 0 {
		return tr.get(m.group)
	}
	groupName := "map.group[" + tr.rawName(m.key) + "]" + tr.rawName(m.value)
	group, err := tr.named(ix, "noalg."+groupName)
	if err != nil {
		if group, err = tr.named(ix, groupName); err != nil {
			return nil, fmt.Errorf("no group type %q in DWARF", groupName)
		}
	}
	return group, nil
}

func (tr *typeReader) hmapLayout(m, header *goType) (*hmapTypes, error) {
	var l capfile.HmapLayout
	var errs fieldErrors
	l.CountOffset = errs.offset(header, "count")
	l.BOffset = errs.offset(header, "B")
	l.OldbucketsOffset = errs.offset(header, "oldbuckets")
	l.BucketsOffset = errs.offset(header, "buckets")
	if errs.err != nil {
		return nil, errs.err
	}
	bucket, err := tr.bucketType(m, header)
	if err != nil {
		return nil, err
	}
	key, value, err := tr.keyValue(m)
	if err != nil {
		return nil, err
	}
	l.BucketSize = bucket.size
	// DWARF's bucket<K,V> has tophash and values where the compiler's
	// bucket type, which a decoded map has, has topbits and elems.
	if th := errs.field(bucket, either(bucket, "tophash", "topbits")); th != nil {
		arr, err := tr.get(th.typ)
		if err != nil {
			return nil, err
		}
		l.TophashOffset, l.BucketCount = th.offset, arr.count
	}
	slots := func(name string, of *goType) (offset, slotSize uint32, indirect bool) {
		f := errs.field(bucket, name)
		if f == nil {
			return 0, 0, false
		}
		arr, el, err := tr.withElem(f.typ)
		if err != nil {
			errs.add(err)
			return 0, 0, false
		}
		return f.offset, el.size, tr.isIndirect(arr.elem, of)
	}
	l.KeysOffset, l.KeySlotSize, l.IndirectKey = slots("keys", key)
	l.ElemsOffset, l.ElemSlotSize, l.IndirectElem = slots(either(bucket, "values", "elems"), value)
	l.OverflowOffset = errs.offset(bucket, "overflow")
	if errs.err != nil {
		return nil, errs.err
	}
	return &hmapTypes{layout: l, header: header, bucket: bucket}, nil
}

// bucketType is hmap m's bucket type: a decoded map's own, else the
// pointee of its DWARF header's buckets field.
func (tr *typeReader) bucketType(m, header *goType) (*goType, error) {
	if m.group != 0 {
		return tr.get(m.group)
	}
	f, _ := fieldOf(header, "buckets")
	_, bucket, err := tr.withElem(f.typ)
	return bucket, err
}

// either is name if t has such a field, else other.
func either(t *goType, name, other string) string {
	if _, ok := fieldOf(t, name); ok {
		return name
	}
	return other
}

// keyValue returns map type m's key and value types.
func (tr *typeReader) keyValue(m *goType) (key, value *goType, err error) {
	if key, err = tr.get(m.key); err != nil {
		return nil, nil, err
	}
	value, err = tr.get(m.value)
	return key, value, err
}

// withElem returns the type at off (an array or a pointer) and its element.
func (tr *typeReader) withElem(off dwarf.Offset) (t, elem *goType, err error) {
	if t, err = tr.get(off); err != nil {
		return nil, nil, err
	}
	elem, err = tr.get(t.elem)
	return t, elem, err
}

// isIndirect reports whether a slot of DWARF type slotType holds a pointer
// to want instead of a want (keys or values over 128 bytes).
func (tr *typeReader) isIndirect(slotType dwarf.Offset, want *goType) bool {
	st, err := tr.get(slotType)
	if err != nil || st.off == want.off {
		return false
	}
	if st.kind != "pointer" {
		return false
	}
	el, err := tr.get(st.elem)
	return err == nil && el.off == want.off
}

// named returns the type DWARF calls name.
func (tr *typeReader) named(ix *dwarfIndex, name string) (*goType, error) {
	offs := ix.types[name]
	if len(offs) == 0 {
		return nil, fmt.Errorf("DWARF has no type %q", name)
	}
	return tr.get(offs[0])
}

// rawName is the DWARF name of the DIE at off (before displayName).
func (tr *typeReader) rawName(off dwarf.Offset) string {
	e, _, err := tr.die(off)
	if err != nil {
		return ""
	}
	name, _ := e.Val(dwarf.AttrName).(string)
	return name
}

func fieldOf(t *goType, name string) (*goField, bool) {
	for i := range t.fields {
		if t.fields[i].name == name {
			return &t.fields[i], true
		}
	}
	return nil, false
}

// fieldErrors collects the first missing-field error of a layout read.
type fieldErrors struct{ err error }

func (fe *fieldErrors) add(err error) {
	if fe.err == nil {
		fe.err = err
	}
}

func (fe *fieldErrors) field(t *goType, name string) *goField {
	f, ok := fieldOf(t, name)
	if !ok {
		fe.add(fmt.Errorf("%s has no field %q", t.name, name))
	}
	return f
}

func (fe *fieldErrors) offset(t *goType, name string) uint32 {
	if f := fe.field(t, name); f != nil {
		return f.offset
	}
	return 0
}
