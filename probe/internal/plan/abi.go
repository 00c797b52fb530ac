package plan

// The Go internal ABI (ABIInternal, go/src/cmd/compile/abi-internal.md):
// where a function's arguments are at its entry and its results at its
// RET. The algorithm is the same on every architecture; the registers and
// the stack's start are the arch's (amd64.go, arm64.go).

// part is one scalar of a value's memory layout: what the ABI puts in one
// register.
type part struct {
	offset, size uint32
	float        bool
}

// registerParts decomposes t into the scalars the ABI assigns to registers,
// in order; ok is false when t can never be register-assigned (an array of
// two or more elements).
func (tr *typeReader) registerParts(t *goType, base uint32, out []part) ([]part, bool, error) {
	scalar := func(off, size uint32, float bool) []part {
		return append(out, part{offset: base + off, size: size, float: float})
	}
	switch t.kind {
	case "float32", "float64":
		return scalar(0, t.size, true), true, nil
	case "complex64", "complex128":
		half := t.size / 2
		out = scalar(0, half, true)
		return scalar(half, half, true), true, nil
	case "string", "interface":
		out = scalar(0, 8, false)
		return scalar(8, 8, false), true, nil
	case "slice":
		out = scalar(0, 8, false)
		out = scalar(8, 8, false)
		return scalar(16, 8, false), true, nil
	case "struct":
		for _, f := range t.fields {
			ft, err := tr.get(f.typ)
			if err != nil {
				return nil, false, err
			}
			var ok bool
			if out, ok, err = tr.registerParts(ft, base+f.offset, out); !ok || err != nil {
				return out, ok, err
			}
		}
		return out, true, nil
	case "array":
		switch t.count {
		case 0:
			return out, true, nil
		case 1:
			el, err := tr.get(t.elem)
			if err != nil {
				return nil, false, err
			}
			return tr.registerParts(el, base, out)
		}
		return out, false, nil
	}
	// bool, integers, pointers, maps, chans, funcs, unsafe.Pointer
	return scalar(0, t.size, false), true, nil
}

// abiAssigner runs the ABI's assignment algorithm over a sequence of values.
type abiAssigner struct {
	tr          *typeReader
	arch        *arch
	ints, flts  int
	stackOffset uint32 // bytes of stack-assigned values so far, from the first stack slot
}

// assign places one value: in registers when all its parts fit, else whole
// on the stack. Stack pieces are relative to SP at entry/RET, where the
// first stack slot is SP+arch.stackArgs.
func (a *abiAssigner) assign(t *goType) ([]Piece, error) {
	parts, ok, err := a.tr.registerParts(t, 0, nil)
	if err != nil {
		return nil, err
	}
	ni, nf := 0, 0
	for _, p := range parts {
		if p.float {
			nf++
		} else {
			ni++
		}
	}
	if ok && a.ints+ni <= len(a.arch.intRegs) && a.flts+nf <= len(a.arch.floatRegs) {
		pieces := make([]Piece, 0, len(parts))
		for _, p := range parts {
			reg := 0
			if p.float {
				reg, a.flts = a.arch.floatRegs[a.flts], a.flts+1
			} else {
				reg, a.ints = a.arch.intRegs[a.ints], a.ints+1
			}
			pieces = append(pieces, Piece{Offset: p.offset, Size: p.size, Register: reg})
		}
		return pieces, nil
	}
	align, err := a.tr.alignOf(t)
	if err != nil {
		return nil, err
	}
	a.stackOffset = alignUp(a.stackOffset, align)
	var pieces []Piece
	if t.size > 0 {
		pieces = []Piece{{Offset: 0, Size: t.size, Register: RegisterStack, StackOffset: a.arch.stackArgs + int64(a.stackOffset)}}
	}
	a.stackOffset += t.size
	return pieces, nil
}

// abiLocations assigns the arguments (receiver first; a shape-instantiated
// generic function also takes its dictionary pointer at index dictAt, after
// the receiver; dictAt < 0 when there is none)
// and then the results, which start again from the first register and
// follow the arguments' stack area.
func abiLocations(ar *arch, tr *typeReader, args, results []*goType, dictAt int) (argPieces, resultPieces [][]Piece, err error) {
	a := &abiAssigner{tr: tr, arch: ar}
	dict := &goType{kind: "unsafePointer", size: 8}
	for i := 0; i <= len(args); i++ {
		if i == dictAt {
			if _, err := a.assign(dict); err != nil {
				return nil, nil, err
			}
		}
		if i == len(args) {
			break
		}
		p, err := a.assign(args[i])
		if err != nil {
			return nil, nil, err
		}
		argPieces = append(argPieces, p)
	}
	a.ints, a.flts = 0, 0
	a.stackOffset = alignUp(a.stackOffset, 8)
	for _, t := range results {
		p, err := a.assign(t)
		if err != nil {
			return nil, nil, err
		}
		resultPieces = append(resultPieces, p)
	}
	return argPieces, resultPieces, nil
}

func alignUp(n, a uint32) uint32 { return (n + a - 1) / a * a }
