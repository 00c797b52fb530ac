package plan

import (
	"encoding/binary"
	"fmt"
)

// runtimeInfo is what the plan needs of the target's Go runtime.
type runtimeInfo struct {
	Runtime
	itab           *goType // runtime.itab / internal/abi.ITab
	itabTypeOffset uint32
	// itabs maps an interface's runtime type offset to the runtime type
	// offsets of the concrete types the binary has itabs for.
	itabs map[uint64][]uint64
}

func readRuntime(b *binaryFile, ix *dwarfIndex, tr *typeReader) (*runtimeInfo, error) {
	ri := &runtimeInfo{itabs: map[uint64][]uint64{}}
	types, ok := b.symbols["runtime.types"]
	if !ok {
		return nil, fmt.Errorf("%s: no symbol runtime.types (stripped symbol table?): runtime type addresses are unknown", b.path)
	}
	ri.TypesBase = types.Value

	g, err := tr.named(ix, "runtime.g")
	if err != nil {
		return nil, err
	}
	var errs fieldErrors
	ri.GoidOffset = errs.offset(g, "goid")
	if stack := errs.field(g, "stack"); stack != nil {
		st, err := tr.get(stack.typ)
		if err != nil {
			return nil, err
		}
		ri.StackHiOffset = stack.offset + errs.offset(st, "hi")
	}
	// Go 1.22 moved the itab to internal/abi.ITab (fields Inter, Type);
	// before it was runtime.itab (inter, _type).
	interField, typeField := "Inter", "Type"
	if ri.itab, err = tr.named(ix, "internal/abi.ITab"); err != nil {
		interField, typeField = "inter", "_type"
		if ri.itab, err = tr.named(ix, "runtime.itab"); err != nil {
			return nil, fmt.Errorf("%s: DWARF has neither internal/abi.ITab nor runtime.itab", b.path)
		}
	}
	ri.itabTypeOffset = errs.offset(ri.itab, typeField)
	interOffset := errs.offset(ri.itab, interField)
	if errs.err != nil {
		return nil, fmt.Errorf("%s: runtime layout: %w", b.path, errs.err)
	}
	if err := ri.readItabs(b, interOffset); err != nil {
		return nil, err
	}
	if tr.rt, err = newRuntimeTypes(b, ix, tr, ri.TypesBase); err != nil {
		return nil, err
	}
	return ri, nil
}

// readItabs reads .itablink, the array of pointers to the itabs the linker
// laid out, and records (interface, concrete type) pairs as offsets from
// the types base.
func (ri *runtimeInfo) readItabs(b *binaryFile, interOffset uint32) error {
	links, err := b.section(".itablink")
	if err != nil || links == nil {
		return err // no itabs: no non-empty interface is ever converted to
	}
	for i := 0; i+8 <= len(links); i += 8 {
		addr := binary.LittleEndian.Uint64(links[i:])
		words, err := b.readAt(addr, int(max(interOffset, ri.itabTypeOffset))+8)
		if err != nil {
			return fmt.Errorf("%s: .itablink entry %d: %w", b.path, i/8, err)
		}
		inter := binary.LittleEndian.Uint64(words[interOffset:])
		typ := binary.LittleEndian.Uint64(words[ri.itabTypeOffset:])
		if inter < ri.TypesBase || typ < ri.TypesBase {
			return fmt.Errorf("%s: itab at 0x%x points below runtime.types (0x%x)", b.path, addr, ri.TypesBase)
		}
		ri.itabs[inter-ri.TypesBase] = append(ri.itabs[inter-ri.TypesBase], typ-ri.TypesBase)
	}
	return nil
}
