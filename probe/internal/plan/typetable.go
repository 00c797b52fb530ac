package plan

import (
	"debug/dwarf"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/godi-golden/probe/internal/capfile"
)

// typeTable collects the types of a capture (docs/capture-format.md §2.1)
// breadth-first by reference level: roots (arguments, results) are level
// 0; a struct field or array element is at its container's level; the
// target of a pointer, the elements of a slice and everything inside a map
// are one level deeper. Types up to the deepest maxReferenceDepth are
// described in full; a type first met one level beyond, or after maxFull
// full types, is emitted opaque (name, kind, size): the engine never reads
// memory of it, and the decoder only needs its name.
type typeTable struct {
	tr      *typeReader
	ix      *dwarfIndex
	limit   int
	maxFull int

	ids      map[dwarf.Offset]uint32
	types    []*goType
	level    map[dwarf.Offset]int
	expanded map[dwarf.Offset]bool
	maps     map[dwarf.Offset]*mapLayout
	queue    [][]*goType // by level
	done     []int       // queue[l][:done[l]] are processed
	nFull    int

	// interfaces lists the interface types described in full, for the
	// dynamic-type candidates.
	interfaces []*goType
	warnings   []string
}

func newTypeTable(tr *typeReader, ix *dwarfIndex, limit, maxFull int) *typeTable {
	return &typeTable{
		tr: tr, ix: ix, limit: limit, maxFull: maxFull,
		ids: map[dwarf.Offset]uint32{}, level: map[dwarf.Offset]int{},
		expanded: map[dwarf.Offset]bool{}, maps: map[dwarf.Offset]*mapLayout{},
	}
}

// add registers t at level and returns its id.
func (tt *typeTable) add(t *goType, level int) uint32 {
	id, seen := tt.ids[t.off]
	if !seen {
		id = uint32(len(tt.types) + 1)
		tt.ids[t.off] = id
		tt.types = append(tt.types, t)
	} else if level >= tt.level[t.off] {
		return id
	}
	tt.level[t.off] = level
	for len(tt.queue) <= level {
		tt.queue = append(tt.queue, nil)
		tt.done = append(tt.done, 0)
	}
	tt.queue[level] = append(tt.queue[level], t)
	return id
}

func (tt *typeTable) addOff(off dwarf.Offset, level int) (uint32, error) {
	t, err := tt.tr.get(off)
	if err != nil {
		return 0, err
	}
	return tt.add(t, level), nil
}

// run expands queued types, lowest level first, until nothing is pending.
func (tt *typeTable) run() error {
	for l := 0; l < len(tt.queue); l++ {
		for tt.done[l] < len(tt.queue[l]) {
			t := tt.queue[l][tt.done[l]]
			tt.done[l]++
			if tt.level[t.off] != l || tt.expanded[t.off] || l > tt.limit || tt.nFull >= tt.maxFull {
				continue
			}
			if err := tt.expand(t, l); err != nil {
				return err
			}
		}
	}
	return nil
}

func (tt *typeTable) expand(t *goType, l int) error {
	tt.expanded[t.off] = true
	tt.nFull++
	var err error
	switch t.kind {
	case "pointer", "slice":
		_, err = tt.addOff(t.elem, l+1)
	case "array":
		_, err = tt.addOff(t.elem, l)
	case "string":
		_, err = tt.addNamed("uint8", l)
	case "struct":
		for _, f := range t.fields {
			if _, err = tt.addOff(f.typ, l); err != nil {
				break
			}
		}
	case "interface":
		tt.interfaces = append(tt.interfaces, t)
	case "map":
		ml, lerr := tt.tr.mapLayout(t, tt.ix)
		if lerr != nil {
			// The decoder cannot read this map; say so once and keep the rest.
			tt.expanded[t.off] = false
			tt.warnings = append(tt.warnings, fmt.Sprintf("type %s: %v: emitted opaque", t.name, lerr))
			return nil
		}
		tt.maps[t.off] = ml
		for _, off := range append([]dwarf.Offset{t.key, t.value}, ml.types()...) {
			if _, err = tt.addOff(off, l+1); err != nil {
				break
			}
		}
	}
	return err
}

// addNamed adds the type DWARF calls name.
func (tt *typeTable) addNamed(name string, level int) (uint32, error) {
	offs := tt.ix.types[name]
	if len(offs) == 0 {
		return 0, fmt.Errorf("DWARF has no type %q", name)
	}
	return tt.addOff(offs[0], level)
}

// capfileTypes renders the table; typesBase turns runtime type offsets into addresses.
func (tt *typeTable) capfileTypes(typesBase uint64) []capfile.Type {
	out := make([]capfile.Type, 0, len(tt.types))
	for _, t := range tt.types {
		ct := capfile.Type{ID: tt.ids[t.off], Name: t.name, Kind: t.kind, Size: t.size}
		if t.rtype != 0 {
			ct.GoRuntimeType = fmt.Sprintf("0x%x", typesBase+t.rtype)
		}
		if !tt.expanded[t.off] {
			ct.Opaque = true
			out = append(out, ct)
			continue
		}
		switch t.kind {
		case "pointer", "slice":
			ct.Elem = tt.ids[tt.canon(t.elem)]
		case "array":
			ct.Elem = tt.ids[tt.canon(t.elem)]
			count := t.count
			ct.Count = &count
		case "struct":
			ct.Fields = make([]capfile.Field, 0, len(t.fields))
			for _, f := range t.fields {
				ct.Fields = append(ct.Fields, capfile.Field{Name: f.name, Offset: f.offset, Type: tt.ids[tt.canon(f.typ)], Embedded: f.embedded})
			}
		case "interface":
			empty := t.empty
			ct.Empty = &empty
		case "map":
			ct.Key, ct.Value = tt.ids[tt.canon(t.key)], tt.ids[tt.canon(t.value)]
			tt.maps[t.off].fill(&ct, tt)
		}
		out = append(out, ct)
	}
	return out
}

// canon maps any DIE offset to the canonical offset of its type (already
// read: everything rendered went through tt.add).
func (tt *typeTable) canon(off dwarf.Offset) dwarf.Offset {
	return tt.tr.cache[off].off
}

// idOf returns the id of an added type.
func (tt *typeTable) idOf(t *goType) uint32 { return tt.ids[t.off] }

// addDynamicCandidates adds the types an interface of the table may hold,
// one level below the shallowest interface: for non-empty interfaces the
// concrete types of the binary's itabs for them; for every interface the
// types of the main module and the predeclared types, and composites of
// those (inProgram), that have a runtime type descriptor: those DWARF
// describes, then the binary's typelinks that it does not, decoded from
// their descriptors (runtimeTypes), as are itab types DWARF lacks.
func (tt *typeTable) addDynamicCandidates(itabs map[uint64][]uint64, mainPath string, maxCandidates int) error {
	if len(tt.interfaces) == 0 {
		return nil
	}
	level := tt.limit
	for _, it := range tt.interfaces {
		level = min(level, tt.level[it.off]+1)
	}
	rt := tt.tr.rt
	var picked []dwarf.Offset
	pick := func(t *goType) {
		if t.kind != "interface" && len(picked) < maxCandidates && tt.inProgram(t, mainPath, 0) {
			picked = append(picked, t.off)
		}
	}
	seen := map[uint64]bool{}
	for _, off := range tt.ix.runtimeTyped {
		t, err := tt.tr.get(off)
		if err != nil {
			return err
		}
		if !seen[t.rtype] {
			seen[t.rtype] = true
			pick(t)
		}
	}
	for _, rtype := range rt.typelinks {
		if _, ok := rt.inDWARF[rtype]; ok {
			continue
		}
		if t := tt.decoded(rtype); t != nil {
			pick(t)
		}
	}
	for _, it := range tt.interfaces {
		for _, rtype := range itabs[it.rtype] {
			if t := tt.decoded(rtype); t != nil {
				picked = append(picked, t.off)
			}
		}
	}
	for _, off := range picked {
		if _, err := tt.addOff(off, level); err != nil {
			return err
		}
	}
	return tt.run()
}

// decoded is the type of the descriptor at offset rtype (DWARF's, else
// decoded), or nil after a warning (once per reason): the interface shows
// such a value as of a type it has no information on.
func (tt *typeTable) decoded(rtype uint64) *goType {
	off, err := tt.tr.rt.ref(rtype)
	var t *goType
	if err == nil {
		t, err = tt.tr.get(off)
	}
	if err != nil {
		w := fmt.Sprintf("a type without DWARF behind an interface is left out: %v", err)
		if !slices.Contains(tt.warnings, w) {
			tt.warnings = append(tt.warnings, w)
		}
	}
	return t
}

var predeclared = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true, "unsafe.Pointer": true,
}

// inProgram reports whether t is a predeclared type, a type of the main
// module, or a pointer, slice, array or map built from those, or an
// unnamed struct of exported fields of those.
func (tt *typeTable) inProgram(t *goType, mainPath string, depth int) bool {
	if depth > 4 {
		return false
	}
	sub := func(off dwarf.Offset) bool {
		el, err := tt.tr.get(off)
		return err == nil && tt.inProgram(el, mainPath, depth+1)
	}
	switch {
	case t.kind == "struct" && strings.HasPrefix(t.name, "struct {"):
		// Unexported fields may be another package's (struct { internal/sync.isEntry bool }).
		for _, f := range t.fields {
			if !token.IsExported(f.name) || !sub(f.typ) {
				return false
			}
		}
		return true
	case !strings.HasPrefix(t.name, "*") && !strings.HasPrefix(t.name, "[") && !strings.HasPrefix(t.name, "map["):
		if t.pkgPath != "" { // a decoded named type
			return t.pkgPath == "main" || mainPath != "" && (t.pkgPath == mainPath || strings.HasPrefix(t.pkgPath, mainPath+"/"))
		}
		return predeclared[t.name] || strings.HasPrefix(t.name, "main.") ||
			(mainPath != "" && (strings.HasPrefix(t.name, mainPath+"/") || strings.HasPrefix(t.name, mainPath+".")))
	}
	switch t.kind { // an unnamed composite: judged by what it is made of
	case "pointer", "slice", "array":
		return sub(t.elem)
	case "map":
		return sub(t.key) && sub(t.value)
	}
	return false
}
