package plan

import (
	"debug/dwarf"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
)

// Go's DWARF extensions (cmd/internal/dwarf).
const (
	attrGoKind          dwarf.Attr = 0x2900
	attrGoKey           dwarf.Attr = 0x2901
	attrGoElem          dwarf.Attr = 0x2902
	attrGoEmbeddedField dwarf.Attr = 0x2903
	attrGoRuntimeType   dwarf.Attr = 0x2904
)

// unit is one compile unit: what its location lists need.
type unit struct {
	offset   dwarf.Offset
	version  int // DWARF version of the unit (4: .debug_loc, 5: .debug_loclists)
	lowPC    uint64
	addrBase int64 // DW_AT_addr_base (DWARF 5), for DW_LLE_base_addressx
	// regabi: compiled with the register-based ABIInternal (Go 1.17+ on
	// amd64, 1.18+ on arm64; the producer string says "regabi").
	regabi bool
}

// function is one out-of-line function: a concrete DW_TAG_subprogram.
type function struct {
	name   string
	offset dwarf.Offset // the concrete DIE (its children are the parameters)
	origin dwarf.Offset // abstract DIE when the function is also inlined somewhere, else 0
	unit   *unit
	lowPC  uint64
	highPC uint64
}

// dwarfIndex is one pass over .debug_info: functions, named types and the
// types that carry a runtime type descriptor.
type dwarfIndex struct {
	functions map[string][]*function
	byPC      []*function // sorted by lowPC, for symbolization
	// abstracts holds, by name, the abstract DIEs of functions that are
	// inlined somewhere (whether or not they also have out-of-line code):
	// the origins of their DW_TAG_inlined_subroutine instances.
	abstracts map[string][]dwarf.Offset
	// types maps a type name to its DIEs (a named Go type often has a
	// typedef and a struct DIE of the same name).
	types map[string][]dwarf.Offset
	// runtimeTyped lists, in DIE order, the types with a runtime type descriptor.
	runtimeTyped []dwarf.Offset
	// constants holds the integer constants DWARF declares, by qualified
	// name (internal/abi.TFlagNamed, …).
	constants map[string]int64
}

func buildIndex(data *dwarf.Data, info []byte) (*dwarfIndex, error) {
	ix := &dwarfIndex{
		functions: map[string][]*function{},
		abstracts: map[string][]dwarf.Offset{},
		types:     map[string][]dwarf.Offset{},
		constants: map[string]int64{},
	}
	abstract := map[dwarf.Offset]string{}
	var concrete []*function
	var cu *unit
	r := data.Reader()
	for {
		e, err := r.Next()
		if err != nil {
			return nil, fmt.Errorf("reading .debug_info: %w", err)
		}
		if e == nil {
			break
		}
		switch e.Tag {
		case dwarf.TagCompileUnit:
			cu = &unit{offset: e.Offset}
			if cu.version, err = unitVersion(info, e.Offset); err != nil {
				return nil, err
			}
			if v, ok := e.Val(dwarf.AttrLowpc).(uint64); ok {
				cu.lowPC = v
			}
			if v, ok := e.Val(dwarf.AttrAddrBase).(int64); ok {
				cu.addrBase = v
			}
			producer, _ := e.Val(dwarf.AttrProducer).(string)
			cu.regabi = strings.Contains(producer, "regabi")
			continue // descend into the unit
		case dwarf.TagSubprogram:
			name, _ := e.Val(dwarf.AttrName).(string)
			if _, ok := e.Val(dwarf.AttrInline).(int64); ok {
				abstract[e.Offset] = name
				break
			}
			low, okLow := e.Val(dwarf.AttrLowpc).(uint64)
			if !okLow {
				break
			}
			high, err := highPC(e, low)
			if err != nil {
				return nil, err
			}
			origin, _ := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset)
			concrete = append(concrete, &function{name: name, offset: e.Offset, origin: origin, unit: cu, lowPC: low, highPC: high})
		case dwarf.TagConstant:
			name, _ := e.Val(dwarf.AttrName).(string)
			if v, ok := e.Val(dwarf.AttrConstValue).(int64); ok {
				ix.constants[name] = v
			}
		default:
			if name, ok := e.Val(dwarf.AttrName).(string); ok && isTypeTag(e.Tag) {
				ix.types[name] = append(ix.types[name], e.Offset)
				if rt, ok := e.Val(attrGoRuntimeType).(uint64); ok && rt != 0 {
					ix.runtimeTyped = append(ix.runtimeTyped, e.Offset)
				}
			}
		}
		if e.Children {
			r.SkipChildren()
		}
	}
	for _, f := range concrete {
		if f.name == "" {
			f.name = abstract[f.origin]
		}
		if f.name == "" {
			continue // an anonymous concrete DIE we cannot name: never probed
		}
		ix.functions[f.name] = append(ix.functions[f.name], f)
		ix.byPC = append(ix.byPC, f)
	}
	for off, name := range abstract {
		ix.abstracts[name] = append(ix.abstracts[name], off)
	}
	sort.Slice(ix.byPC, func(i, j int) bool { return ix.byPC[i].lowPC < ix.byPC[j].lowPC })
	return ix, nil
}

// unitVersion reads the version field of the header of the unit whose
// root DIE is at off: the header is 12 bytes in DWARF 5 (length, version,
// unit type, address size, abbrev offset) and 11 in DWARF 2-4 (length,
// version, abbrev offset, address size). Only 32-bit DWARF, as Go writes.
func unitVersion(info []byte, off dwarf.Offset) (int, error) {
	o := int(off)
	if o >= 8 && binary.LittleEndian.Uint16(info[o-8:]) == 5 {
		return 5, nil
	}
	if o >= 7 {
		if v := binary.LittleEndian.Uint16(info[o-7:]); v >= 2 && v <= 4 {
			return int(v), nil
		}
	}
	return 0, fmt.Errorf(".debug_info: cannot read the version of the unit at 0x%x", off)
}

// highPC decodes DW_AT_high_pc, an address or (DWARF 4+) an offset from low.
func highPC(e *dwarf.Entry, low uint64) (uint64, error) {
	f := e.AttrField(dwarf.AttrHighpc)
	if f == nil {
		return 0, fmt.Errorf("DIE 0x%x: subprogram with low_pc and no high_pc", e.Offset)
	}
	switch v := f.Val.(type) {
	case uint64:
		return v, nil
	case int64:
		return low + uint64(v), nil
	}
	return 0, fmt.Errorf("DIE 0x%x: high_pc of unexpected class %v", e.Offset, f.Class)
}

func isTypeTag(t dwarf.Tag) bool {
	switch t {
	case dwarf.TagBaseType, dwarf.TagPointerType, dwarf.TagStructType, dwarf.TagArrayType,
		dwarf.TagTypedef, dwarf.TagSubroutineType, dwarf.TagUnspecifiedType:
		return true
	}
	return false
}

// functionAt returns the out-of-line function whose code holds pc.
func (ix *dwarfIndex) functionAt(pc uint64) *function {
	i := sort.Search(len(ix.byPC), func(i int) bool { return ix.byPC[i].lowPC > pc }) - 1
	if i >= 0 && pc < ix.byPC[i].highPC {
		return ix.byPC[i]
	}
	return nil
}
