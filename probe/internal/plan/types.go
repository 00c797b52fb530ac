package plan

import (
	"debug/dwarf"
	"fmt"
	"strings"
)

// goType is a Go type as the target's DWARF describes it, in the terms of
// capfile.Type. References to other types are DIE offsets, resolved through
// typeReader.get, so recursive types need no special care.
type goType struct {
	off    dwarf.Offset // canonical DIE (alias typedefs resolved away)
	name   string
	kind   string // a capfile kind: "int", "struct", "map", …
	size   uint32
	rtype  uint64       // DW_AT_go_runtime_type (offset from the types base), 0 if none
	elem   dwarf.Offset // pointer, array, slice, chan
	count  uint32       // array
	fields []goField    // struct
	key    dwarf.Offset // map
	value  dwarf.Offset // map
	header dwarf.Offset // map: the header struct its value points to (map<K,V> or hash<K,V>)
	empty  bool         // interface: true for `any`-style (runtime.eface)
	// Types decoded from runtime descriptors (runtimeTypes) also have:
	pkgPath string       // a named type's package path (reflect's name has only its last element)
	group   dwarf.Offset // map: the group (swiss) or bucket (hmap) type
}

type goField struct {
	name     string
	offset   uint32
	typ      dwarf.Offset
	embedded bool
}

// Go reflect.Kind values, as DW_AT_go_kind holds them.
var goKinds = map[int64]string{
	1: "bool", 2: "int", 3: "int8", 4: "int16", 5: "int32", 6: "int64",
	7: "uint", 8: "uint8", 9: "uint16", 10: "uint32", 11: "uint64", 12: "uintptr",
	13: "float32", 14: "float64", 15: "complex64", 16: "complex128",
	17: "array", 18: "chan", 19: "func", 20: "interface", 21: "map", 22: "pointer",
	23: "slice", 24: "string", 25: "struct", 26: "unsafePointer",
}

// typeReader reads and caches goTypes by DIE offset.
type typeReader struct {
	data *dwarf.Data
	// byName finds types by DWARF name (dwarfIndex.types).
	byName    map[string][]dwarf.Offset
	cache     map[dwarf.Offset]*goType
	resolving map[dwarf.Offset]bool // DIEs being read: a typedef cycle is an error, not a hang
	// rt decodes the types at pseudo offsets (set by readRuntime).
	rt *runtimeTypes
}

func newTypeReader(data *dwarf.Data, byName map[string][]dwarf.Offset) *typeReader {
	return &typeReader{data: data, byName: byName, cache: map[dwarf.Offset]*goType{}, resolving: map[dwarf.Offset]bool{}}
}

// die reads the entry at off and its direct children.
func (tr *typeReader) die(off dwarf.Offset) (*dwarf.Entry, []*dwarf.Entry, error) {
	r := tr.data.Reader()
	r.Seek(off)
	e, err := r.Next()
	if err != nil || e == nil {
		return nil, nil, fmt.Errorf("DWARF DIE at 0x%x: %v", off, err)
	}
	var kids []*dwarf.Entry
	if e.Children {
		for {
			k, err := r.Next()
			if err != nil {
				return nil, nil, fmt.Errorf("DWARF children of DIE 0x%x: %w", off, err)
			}
			if k == nil || k.Tag == 0 {
				break
			}
			kids = append(kids, k)
			if k.Children {
				r.SkipChildren()
			}
		}
	}
	return e, kids, nil
}

// get returns the type of the DIE at off.
func (tr *typeReader) get(off dwarf.Offset) (*goType, error) {
	if t, ok := tr.cache[off]; ok {
		return t, nil
	}
	if tr.resolving[off] {
		return nil, fmt.Errorf("DWARF type DIE 0x%x refers to itself through typedefs", off)
	}
	tr.resolving[off] = true
	t, err := tr.read(off)
	delete(tr.resolving, off)
	if err != nil {
		return nil, err
	}
	tr.cache[off] = t
	return t, nil
}

func (tr *typeReader) read(off dwarf.Offset) (*goType, error) {
	if isPseudo(off) {
		return tr.rt.decode(off)
	}
	e, kids, err := tr.die(off)
	if err != nil {
		return nil, err
	}
	name, _ := e.Val(dwarf.AttrName).(string)
	// A generic function's parameters have shape types (go.shape.int,
	// main.Pair[go.shape.string,go.shape.int]); where the type they stand
	// for exists under its own name, use it, so one Go type has one entry.
	if shaped := displayName(name); shaped != name && len(tr.byName[shaped]) > 0 {
		return tr.get(tr.byName[shaped][0])
	}
	goKind, hasKind := e.Val(attrGoKind).(int64)
	rtype, _ := e.Val(attrGoRuntimeType).(uint64)
	target, _ := e.Val(dwarf.AttrType).(dwarf.Offset)
	size, _ := e.Val(dwarf.AttrByteSize).(int64)
	t := &goType{off: off, name: displayName(name), size: uint32(size), rtype: rtype}
	fail := func(msg string) (*goType, error) {
		return nil, fmt.Errorf("DWARF type %q (DIE 0x%x): %s", name, off, msg)
	}
	switch e.Tag {
	case dwarf.TagTypedef:
		switch goKinds[goKind] {
		case "map":
			t.kind, t.size, t.header = "map", 8, 0
			t.key, _ = e.Val(attrGoKey).(dwarf.Offset)
			t.value, _ = e.Val(attrGoElem).(dwarf.Offset)
			ptr, _, err := tr.die(target)
			if err != nil {
				return nil, err
			}
			t.header, _ = ptr.Val(dwarf.AttrType).(dwarf.Offset)
			if t.key == 0 || t.value == 0 || t.header == 0 {
				return fail("map typedef without key, elem or header pointer")
			}
			return t, nil
		case "interface":
			under, err := tr.get(target)
			if err != nil {
				return nil, err
			}
			t.kind, t.size, t.empty = "interface", 16, under.name == "runtime.eface"
			return t, nil
		case "chan", "func":
			t.kind, t.size = goKinds[goKind], 8
			t.elem, _ = e.Val(attrGoElem).(dwarf.Offset)
			return t, nil
		}
		if target == 0 {
			return fail("typedef without a type")
		}
		under, err := tr.get(target)
		if err != nil {
			return nil, err
		}
		if !hasKind && rtype == 0 {
			return under, nil // an alias of the same type (Go writes typedef X -> struct X)
		}
		named := *under
		named.off, named.name = off, t.name
		if rtype != 0 {
			named.rtype = rtype
		}
		return &named, nil
	case dwarf.TagBaseType:
		t.kind = goKinds[goKind]
		if t.kind == "" {
			t.kind = baseKind(e, size)
		}
		if t.kind == "" {
			return fail("base type of unknown kind")
		}
	case dwarf.TagPointerType:
		t.size = 8
		if target == 0 || goKinds[goKind] == "unsafePointer" || name == "unsafe.Pointer" {
			t.kind = "unsafePointer"
		} else {
			t.kind, t.elem = "pointer", target
		}
	case dwarf.TagSubroutineType:
		t.kind, t.size = "func", 8
	case dwarf.TagArrayType:
		t.kind, t.elem = "array", target
		for _, k := range kids {
			if k.Tag != dwarf.TagSubrangeType {
				continue
			}
			if c, ok := k.Val(dwarf.AttrCount).(int64); ok {
				t.count = uint32(c)
			} else if ub, ok := k.Val(dwarf.AttrUpperBound).(int64); ok {
				t.count = uint32(ub + 1)
			}
		}
	case dwarf.TagStructType:
		switch goKinds[goKind] {
		case "string":
			t.kind = "string"
			return t, nil
		case "slice":
			t.kind = "slice"
			t.elem, _ = e.Val(attrGoElem).(dwarf.Offset)
			if t.elem == 0 {
				return fail("slice without DW_AT_go_elem")
			}
			return t, nil
		}
		t.kind = "struct"
		for _, k := range kids {
			if k.Tag != dwarf.TagMember {
				continue
			}
			fname, _ := k.Val(dwarf.AttrName).(string)
			loc, ok := k.Val(dwarf.AttrDataMemberLoc).(int64)
			ftype, _ := k.Val(dwarf.AttrType).(dwarf.Offset)
			if !ok || ftype == 0 {
				return fail(fmt.Sprintf("field %q without offset or type", fname))
			}
			emb, _ := k.Val(attrGoEmbeddedField).(bool)
			t.fields = append(t.fields, goField{name: fname, offset: uint32(loc), typ: ftype, embedded: emb})
		}
	default:
		return fail(fmt.Sprintf("unsupported DWARF tag %v", e.Tag))
	}
	return t, nil
}

// baseKind derives a kind from DW_AT_encoding and size, for base types
// without DW_AT_go_kind.
func baseKind(e *dwarf.Entry, size int64) string {
	enc, _ := e.Val(dwarf.AttrEncoding).(int64)
	const (
		ateBoolean  = 0x02
		ateComplex  = 0x03
		ateFloat    = 0x04
		ateSigned   = 0x05
		ateUnsigned = 0x08
		ateUChar    = 0x10 // not standard in Go output; treated as unsigned
	)
	switch {
	case enc == ateBoolean:
		return "bool"
	case enc == ateFloat && (size == 4 || size == 8):
		return fmt.Sprintf("float%d", size*8)
	case enc == ateComplex && (size == 8 || size == 16):
		return fmt.Sprintf("complex%d", size*8)
	case enc == ateSigned && size >= 1 && size <= 8:
		return fmt.Sprintf("int%d", size*8)
	case (enc == ateUnsigned || enc == ateUChar) && size >= 1 && size <= 8:
		return fmt.Sprintf("uint%d", size*8)
	}
	return ""
}

// displayName is the type name shown to users: generic shape types
// (go.shape.int) read as the type they stand for (int).
func displayName(name string) string {
	return strings.ReplaceAll(name, "go.shape.", "")
}

// alignOf is the Go alignment of t (DWARF does not record it): what the
// ABI needs to place stack-assigned values.
func (tr *typeReader) alignOf(t *goType) (uint32, error) {
	switch t.kind {
	case "bool", "int8", "uint8":
		return 1, nil
	case "int16", "uint16":
		return 2, nil
	case "int32", "uint32", "float32", "complex64":
		return 4, nil
	case "array":
		el, err := tr.get(t.elem)
		if err != nil {
			return 0, err
		}
		return tr.alignOf(el)
	case "struct":
		a := uint32(1)
		for _, f := range t.fields {
			ft, err := tr.get(f.typ)
			if err != nil {
				return 0, err
			}
			fa, err := tr.alignOf(ft)
			if err != nil {
				return 0, err
			}
			a = max(a, fa)
		}
		return a, nil
	}
	return 8, nil
}
