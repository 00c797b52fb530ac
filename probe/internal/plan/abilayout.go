package plan

import (
	"fmt"
)

// abiLayout is where the runtime's type descriptors (internal/abi.Type and
// its kind-specific extensions) keep what the planner reads: every offset
// and size from the target's own DWARF, which always describes these
// types (the linker writes them for debuggers), and the flag values from
// the constants DWARF declares.
type abiLayout struct {
	// abi.Type
	typeSize, sizeOff, tflagOff, kindOff, strOff uint32
	// kindMask masks Kind_, whose high bits held flags up to Go 1.25; 0
	// when Kind_ is the kind itself (DWARF declares no KindMask).
	kindMask                                     uint8
	tflagUncommon, tflagExtraStar, tflagNamed    uint8
	ptrElem, sliceElem, arrayElem, arrayLen      uint32
	structFields, ifaceMethods                   uint32
	fieldSize, fieldName, fieldType, fieldOffset uint32 // abi.StructField; fieldName is the name's pointer
	mapKey, mapElem, mapGroup                    uint32 // mapGroup: Group (swiss) or Bucket (hmap)
	uncommonPkgPath                              uint32
	// extSize is the size of a kind's descriptor (abi.Type and its
	// extension, such as abi.PtrType): the abi.UncommonType follows it.
	extSize map[string]uint32
}

// nameEmbedded is the flag bit of an embedded field's abi.Name (flags
// byte, varint length, bytes): Go 1.19 on; DWARF does not declare it.
const nameEmbedded = 1 << 3

// abiTypes reads the abi types' DWARF, keeping the first error.
type abiTypes struct {
	tr   *typeReader
	ix   *dwarfIndex
	errs fieldErrors
}

// readABILayout reads the layout; groupField is the map descriptor's field
// for its group type: "Group" for swiss maps, "Bucket" for hmaps.
func readABILayout(tr *typeReader, ix *dwarfIndex, groupField string) (*abiLayout, error) {
	a := &abiTypes{tr: tr, ix: ix}
	l := &abiLayout{extSize: map[string]uint32{}}
	typ := a.named("internal/abi.Type")
	l.typeSize = typ.size
	l.sizeOff, l.tflagOff = a.errs.offset(typ, "Size_"), a.errs.offset(typ, "TFlag")
	l.kindOff, l.strOff = a.errs.offset(typ, "Kind_"), a.errs.offset(typ, "Str")

	l.ptrElem = a.errs.offset(a.ext(l, "pointer", "internal/abi.PtrType"), "Elem")
	l.sliceElem = a.errs.offset(a.ext(l, "slice", "internal/abi.SliceType"), "Elem")
	array := a.ext(l, "array", "internal/abi.ArrayType")
	l.arrayElem, l.arrayLen = a.errs.offset(array, "Elem"), a.errs.offset(array, "Len")
	l.structFields = a.errs.offset(a.ext(l, "struct", "internal/abi.StructType"), "Fields")
	l.ifaceMethods = a.errs.offset(a.ext(l, "interface", "internal/abi.InterfaceType"), "Methods")
	a.ext(l, "chan", "internal/abi.ChanType")
	a.ext(l, "func", "internal/abi.FuncType")
	// The map descriptor's name changed with the map implementation:
	// MapType (hmap before 1.24, swiss from 1.26), SwissMapType and
	// OldMapType (1.24, 1.25); this binary's is the one with groupField.
	mapType := "internal/abi.MapType"
	for _, name := range []string{"internal/abi.MapType", "internal/abi.SwissMapType", "internal/abi.OldMapType"} {
		if t, err := tr.named(ix, name); err == nil {
			if _, ok := fieldOf(t, groupField); ok {
				mapType = name
				break
			}
		}
	}
	mt := a.ext(l, "map", mapType)
	l.mapKey, l.mapElem, l.mapGroup = a.errs.offset(mt, "Key"), a.errs.offset(mt, "Elem"), a.errs.offset(mt, groupField)

	field := a.named("internal/abi.StructField")
	l.fieldSize = field.size
	l.fieldType, l.fieldOffset = a.errs.offset(field, "Typ"), a.errs.offset(field, "Offset")
	l.fieldName = a.errs.offset(field, "Name") + a.errs.offset(a.named("internal/abi.Name"), "Bytes")
	l.uncommonPkgPath = a.errs.offset(a.named("internal/abi.UncommonType"), "PkgPath")

	l.tflagUncommon = a.constant("internal/abi.TFlagUncommon")
	l.tflagExtraStar = a.constant("internal/abi.TFlagExtraStar")
	l.tflagNamed = a.constant("internal/abi.TFlagNamed")
	if _, ok := ix.constants["internal/abi.KindMask"]; ok {
		l.kindMask = a.constant("internal/abi.KindMask")
	}
	if a.errs.err != nil {
		return nil, fmt.Errorf("runtime type descriptors: %w", a.errs.err)
	}
	return l, nil
}

// named returns the DWARF type name, or an empty struct after recording
// the error (so that field lookups go on and the first error is kept).
func (a *abiTypes) named(name string) *goType {
	t, err := a.tr.named(a.ix, name)
	if err != nil {
		a.errs.add(err)
		return &goType{name: name}
	}
	return t
}

// ext returns the DWARF type typeName, the descriptor of kind, after
// recording its size.
func (a *abiTypes) ext(l *abiLayout, kind, typeName string) *goType {
	t := a.named(typeName)
	l.extSize[kind] = t.size
	return t
}

func (a *abiTypes) constant(name string) uint8 {
	v, ok := a.ix.constants[name]
	if !ok || v < 0 || v > 0xff {
		a.errs.add(fmt.Errorf("DWARF has no one-byte constant %s", name))
	}
	return uint8(v)
}
