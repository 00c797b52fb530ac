package plan

import (
	"debug/dwarf"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
)

// runtimeTypes reads types from the runtime's own descriptors
// (internal/abi.Type in the binary's read-only data) for the types the
// compiler gave no DWARF: a map boxed in an interface and used nowhere
// else has a descriptor (go1.23 and go1.24 write no DWARF type for it).
// A decoded type is a goType like any other, at a pseudo DIE offset
// (pseudoBase and above), so the type table treats both alike; a type it
// refers to that DWARF does describe is DWARF's.
type runtimeTypes struct {
	b      *binaryFile
	base   uint64 // runtime.types: descriptor offsets are from it
	layout *abiLayout
	// header is the runtime's map header type (internal/runtime/maps.Map
	// or runtime.hmap) that every decoded map uses.
	header  dwarf.Offset
	inDWARF map[uint64]dwarf.Offset // descriptor offset -> DIE
	pseudo  map[uint64]dwarf.Offset // descriptor offset -> pseudo offset
	offsets []uint64                // pseudo offset - pseudoBase -> descriptor offset
	// typelinks are the descriptor offsets of the binary's unnamed
	// composite types (what reflect's MapOf, StructOf, … look up first).
	typelinks []uint64
	// err says why descriptors cannot be decoded (nil when they can).
	err error
}

// pseudoBase is the first pseudo DIE offset: above any real one, as Go's
// 32-bit DWARF keeps .debug_info under 2 GiB.
const pseudoBase dwarf.Offset = 1 << 31

func isPseudo(off dwarf.Offset) bool { return off >= pseudoBase }

// ref is the type of the descriptor at offset rtype: its DWARF DIE, else
// a pseudo offset that tr.get decodes.
func (rt *runtimeTypes) ref(rtype uint64) (dwarf.Offset, error) {
	if off, ok := rt.inDWARF[rtype]; ok {
		return off, nil
	}
	if rt.err != nil {
		return 0, rt.err
	}
	if off, ok := rt.pseudo[rtype]; ok {
		return off, nil
	}
	off := pseudoBase + dwarf.Offset(len(rt.offsets))
	rt.pseudo[rtype] = off
	rt.offsets = append(rt.offsets, rtype)
	return off, nil
}

// refAt is the type a descriptor's *abi.Type field at addr points to.
func (rt *runtimeTypes) refAt(addr uint64) (dwarf.Offset, error) {
	p, err := rt.word(addr)
	if err != nil {
		return 0, err
	}
	if p < rt.base {
		return 0, fmt.Errorf("type pointer 0x%x at 0x%x is below runtime.types", p, addr)
	}
	return rt.ref(p - rt.base)
}

// decode reads the descriptor behind pseudo offset off.
func (rt *runtimeTypes) decode(off dwarf.Offset) (*goType, error) {
	rtype := rt.offsets[off-pseudoBase]
	t, err := rt.read(rtype)
	if err != nil {
		return nil, fmt.Errorf("runtime type descriptor at 0x%x: %w", rt.base+rtype, err)
	}
	t.off = off
	return t, nil
}

func (rt *runtimeTypes) read(rtype uint64) (*goType, error) {
	l := rt.layout
	addr := rt.base + rtype
	hdr, err := rt.b.readAt(addr, int(l.typeSize))
	if err != nil {
		return nil, err
	}
	tflag, kindByte := hdr[l.tflagOff], hdr[l.kindOff]
	if l.kindMask != 0 {
		kindByte &= l.kindMask
	}
	kind := goKinds[int64(kindByte)]
	if kind == "" {
		return nil, fmt.Errorf("unknown kind %d", kindByte)
	}
	name, _, err := rt.name(rt.base + uint64(int32(binary.LittleEndian.Uint32(hdr[l.strOff:]))))
	if err != nil {
		return nil, err
	}
	if tflag&l.tflagExtraStar != 0 && len(name) > 0 {
		name = name[1:] // the linker shares "*T"'s string with T
	}
	size := binary.LittleEndian.Uint64(hdr[l.sizeOff:])
	t := &goType{name: name, kind: kind, size: uint32(size), rtype: rtype}
	if tflag&l.tflagNamed != 0 && tflag&l.tflagUncommon != 0 {
		ext, ok := l.extSize[kind]
		if !ok {
			ext = l.typeSize
		}
		if t.pkgPath, err = rt.nameOff(addr + uint64(ext) + uint64(l.uncommonPkgPath)); err != nil {
			return nil, err
		}
	}
	switch kind {
	case "pointer":
		t.elem, err = rt.refAt(addr + uint64(l.ptrElem))
	case "slice":
		t.elem, err = rt.refAt(addr + uint64(l.sliceElem))
	case "array":
		var count uint64
		if count, err = rt.word(addr + uint64(l.arrayLen)); err == nil {
			t.count = uint32(count)
			t.elem, err = rt.refAt(addr + uint64(l.arrayElem))
		}
	case "struct":
		t.fields, err = rt.fields(addr + uint64(l.structFields))
	case "interface":
		var n uint64
		n, err = rt.word(addr + uint64(l.ifaceMethods) + 8) // the slice's len
		t.empty = n == 0
	case "map":
		err = rt.mapTypes(t, addr)
	}
	return t, err
}

// mapTypes sets a map's key, value, header and group (or bucket) types.
func (rt *runtimeTypes) mapTypes(t *goType, addr uint64) error {
	l := rt.layout
	var err error
	if t.key, err = rt.refAt(addr + uint64(l.mapKey)); err != nil {
		return err
	}
	if t.value, err = rt.refAt(addr + uint64(l.mapElem)); err != nil {
		return err
	}
	t.group, err = rt.refAt(addr + uint64(l.mapGroup))
	t.header = rt.header
	return err
}

// fields reads the []abi.StructField at addr.
func (rt *runtimeTypes) fields(addr uint64) ([]goField, error) {
	l := rt.layout
	ptr, err := rt.word(addr)
	if err != nil {
		return nil, err
	}
	n, err := rt.word(addr + 8)
	if err != nil {
		return nil, err
	}
	out := make([]goField, 0, n)
	for i := range n {
		f := ptr + i*uint64(l.fieldSize)
		nameAddr, err := rt.word(f + uint64(l.fieldName))
		if err != nil {
			return nil, err
		}
		name, flags, err := rt.name(nameAddr)
		if err != nil {
			return nil, err
		}
		offset, err := rt.word(f + uint64(l.fieldOffset))
		if err != nil {
			return nil, err
		}
		typ, err := rt.refAt(f + uint64(l.fieldType))
		if err != nil {
			return nil, err
		}
		out = append(out, goField{name: name, offset: uint32(offset), typ: typ, embedded: flags&nameEmbedded != 0})
	}
	return out, nil
}

// name decodes the abi.Name at addr: a flags byte, the length as a
// varint, the bytes.
func (rt *runtimeTypes) name(addr uint64) (string, byte, error) {
	head, err := rt.b.readAt(addr, 1)
	if err != nil {
		return "", 0, err
	}
	var n, shift uint64
	at := addr + 1
	for {
		c, err := rt.b.readAt(at, 1)
		if err != nil {
			return "", 0, err
		}
		at++
		n |= uint64(c[0]&0x7f) << shift
		if c[0] < 0x80 {
			break
		}
		if shift += 7; shift > 28 {
			return "", 0, fmt.Errorf("name at 0x%x: bad length", addr)
		}
	}
	s, err := rt.b.readAt(at, int(n))
	return string(s), head[0], err
}

// nameOff decodes the name at the abi.NameOff at addr (0: no name).
func (rt *runtimeTypes) nameOff(addr uint64) (string, error) {
	b, err := rt.b.readAt(addr, 4)
	if err != nil {
		return "", err
	}
	off := int32(binary.LittleEndian.Uint32(b))
	if off == 0 {
		return "", nil
	}
	s, _, err := rt.name(rt.base + uint64(off))
	return s, err
}

// word reads the 8-byte word at addr (the planned architectures are 64-bit).
func (rt *runtimeTypes) word(addr uint64) (uint64, error) {
	b, err := rt.b.readAt(addr, 8)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

func newRuntimeTypes(b *binaryFile, ix *dwarfIndex, tr *typeReader, base uint64) (*runtimeTypes, error) {
	rt := &runtimeTypes{b: b, base: base, inDWARF: map[uint64]dwarf.Offset{}, pseudo: map[uint64]dwarf.Offset{}}
	var err error
	if rt.typelinks, err = readTypelinks(b); err != nil {
		return nil, err
	}
	for _, off := range ix.runtimeTyped {
		t, err := tr.get(off)
		if err != nil {
			return nil, err
		}
		if _, dup := rt.inDWARF[t.rtype]; !dup {
			rt.inDWARF[t.rtype] = t.off
		}
	}
	rt.err = rt.readLayout(tr, ix)
	return rt, nil
}

// readLayout reads what decoding needs, or says why it cannot be done.
func (rt *runtimeTypes) readLayout(tr *typeReader, ix *dwarfIndex) error {
	if rt.b.elf.Type != elf.ET_EXEC {
		return errors.New("a position-independent binary's descriptors hold pointers that only its relocations give")
	}
	// runtime.hmap exists where maps are hash tables (before Go 1.24).
	groupField, headerName := "Group", "internal/runtime/maps.Map"
	if len(ix.types["runtime.hmap"]) > 0 {
		groupField, headerName = "Bucket", "runtime.hmap"
	}
	header, err := tr.named(ix, headerName)
	if err != nil {
		return err
	}
	rt.header = header.off
	rt.layout, err = readABILayout(tr, ix, groupField)
	return err
}

// readTypelinks reads .typelink, the linker's sorted array of int32
// offsets from runtime.types of the types reflect may look up by string.
func readTypelinks(b *binaryFile) ([]uint64, error) {
	links, err := b.section(".typelink")
	if err != nil {
		return nil, err
	}
	out := make([]uint64, 0, len(links)/4)
	for i := 0; i+4 <= len(links); i += 4 {
		out = append(out, uint64(binary.LittleEndian.Uint32(links[i:])))
	}
	return out, nil
}
