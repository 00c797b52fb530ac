package plan

import (
	"debug/dwarf"
	"encoding/binary"
	"errors"
	"fmt"
)

// locations reads DW_AT_location: location lists (.debug_loclists in DWARF
// 5, .debug_loc before) and the location expressions in them.
type locations struct {
	loclists []byte // .debug_loclists
	loc      []byte // .debug_loc
	addr     []byte // .debug_addr
}

// errNoLocation means the variable has no location at the PC asked for.
var errNoLocation = errors.New("no location at this PC")

// exprAt returns the location expression of the attribute field f at pc.
func (l *locations) exprAt(f *dwarf.Field, u *unit, pc uint64) ([]byte, error) {
	if f == nil {
		return nil, errNoLocation
	}
	switch v := f.Val.(type) {
	case []byte: // exprloc: valid at every PC
		return v, nil
	case int64: // loclistptr / sec_offset
		if u.version >= 5 {
			return l.loclistsAt(u, v, pc)
		}
		return l.locAt(u, v, pc)
	}
	return nil, fmt.Errorf("DW_AT_location of class %v is not supported", f.Class)
}

// loclistsAt walks the DWARF 5 location list at off (.debug_loclists).
func (l *locations) loclistsAt(u *unit, off int64, pc uint64) ([]byte, error) {
	c := &cursor{buf: l.loclists, off: int(off), section: ".debug_loclists"}
	base := u.lowPC
	for {
		kind := c.u8()
		var lo, hi uint64
		switch kind {
		case 0x00: // DW_LLE_end_of_list
			if c.err != nil {
				return nil, c.err
			}
			return nil, errNoLocation
		case 0x01: // DW_LLE_base_addressx
			base = l.address(u, c.uleb(), c)
			continue
		case 0x02: // DW_LLE_startx_endx
			lo, hi = l.address(u, c.uleb(), c), l.address(u, c.uleb(), c)
		case 0x03: // DW_LLE_startx_length
			lo = l.address(u, c.uleb(), c)
			hi = lo + c.uleb()
		case 0x04: // DW_LLE_offset_pair
			lo, hi = base+c.uleb(), base+c.uleb()
		case 0x05: // DW_LLE_default_location
			lo, hi = 0, ^uint64(0)
		case 0x06: // DW_LLE_base_address
			base = c.u64()
			continue
		case 0x07: // DW_LLE_start_end
			lo, hi = c.u64(), c.u64()
		case 0x08: // DW_LLE_start_length
			lo = c.u64()
			hi = lo + c.uleb()
		default:
			return nil, c.fail(fmt.Sprintf("unknown location list entry kind 0x%x", kind))
		}
		expr := c.bytes(int(c.uleb()))
		if c.err != nil {
			return nil, c.err
		}
		if pc >= lo && pc < hi {
			return expr, nil
		}
	}
}

// locAt walks the DWARF 2-4 location list at off (.debug_loc): address
// pairs relative to the base (the unit's low_pc unless a base address
// selection entry sets it), each followed by a u16-sized expression.
func (l *locations) locAt(u *unit, off int64, pc uint64) ([]byte, error) {
	c := &cursor{buf: l.loc, off: int(off), section: ".debug_loc"}
	base := u.lowPC
	for {
		lo, hi := c.u64(), c.u64()
		if c.err != nil {
			return nil, c.err
		}
		switch {
		case lo == 0 && hi == 0:
			return nil, errNoLocation
		case lo == ^uint64(0):
			base = hi
			continue
		}
		expr := c.bytes(int(c.u16()))
		if c.err != nil {
			return nil, c.err
		}
		if pc >= base+lo && pc < base+hi {
			return expr, nil
		}
	}
}

// address reads entry idx of the unit's .debug_addr table.
func (l *locations) address(u *unit, idx uint64, c *cursor) uint64 {
	off := u.addrBase + int64(idx)*8
	if off < 0 || off+8 > int64(len(l.addr)) {
		c.fail(fmt.Sprintf(".debug_addr index %d (offset %d) is out of range", idx, off))
		return 0
	}
	return binary.LittleEndian.Uint64(l.addr[off:])
}

// Location kinds of one piece of a location expression.
const (
	locNone     = iota // no location: optimized out (an empty DW_OP_piece)
	locRegister        // in register reg
	locStack           // in memory at SP + spOff
)

// locPiece is one piece of a decoded location expression; size 0 means
// "the whole value" (an expression without DW_OP_piece).
type locPiece struct {
	size  uint32
	kind  int
	reg   int
	spOff int64
}

// decodeExpr decodes the location expressions Go writes for variables:
// registers, CFA- and SP-relative memory, split by DW_OP_piece. The frame
// base is the CFA (Go's DW_AT_frame_base is DW_OP_call_frame_cfa), at cfa
// bytes above SP: arch.entryCFA at a function's entry, stack-check jump
// and RETs, where no frame is allocated; more inside a body (inlined
// instances). sp is the stack pointer's DWARF register number.
func decodeExpr(expr []byte, cfa int64, sp int) ([]locPiece, error) {
	c := &cursor{buf: expr, section: "location expression"}
	var pieces []locPiece
	cur := locPiece{kind: locNone}
	haveAddr := false // cur is an address being computed (spOff)
	for c.off < len(expr) && c.err == nil {
		op := c.u8()
		switch {
		case op >= 0x50 && op <= 0x6f: // DW_OP_reg0..31
			cur = locPiece{kind: locRegister, reg: int(op - 0x50)}
		case op == 0x90: // DW_OP_regx
			cur = locPiece{kind: locRegister, reg: int(c.uleb())}
		case op == 0x9c: // DW_OP_call_frame_cfa
			cur, haveAddr = locPiece{kind: locStack, spOff: cfa}, true
		case op == 0x91: // DW_OP_fbreg
			cur, haveAddr = locPiece{kind: locStack, spOff: cfa + c.sleb()}, true
		case int(op) == 0x70+sp: // DW_OP_breg<sp>
			cur, haveAddr = locPiece{kind: locStack, spOff: c.sleb()}, true
		case op == 0x23 && haveAddr: // DW_OP_plus_uconst
			cur.spOff += int64(c.uleb())
		case op == 0x93: // DW_OP_piece
			cur.size = uint32(c.uleb())
			pieces = append(pieces, cur)
			cur, haveAddr = locPiece{kind: locNone}, false
		default:
			return nil, fmt.Errorf("location expression % x: operation 0x%02x is not supported", expr, op)
		}
	}
	if c.err != nil {
		return nil, fmt.Errorf("location expression % x: %w", expr, c.err)
	}
	if len(pieces) == 0 {
		pieces = append(pieces, cur) // a single location for the whole value
	} else if cur.kind != locNone {
		return nil, fmt.Errorf("location expression % x: trailing location after the last DW_OP_piece", expr)
	}
	return pieces, nil
}

// toPieces maps decoded location pieces onto the value's layout. Go writes
// one DW_OP_piece per scalar of the value and skips padding, so pieces are
// matched to the register parts of the type in order.
func (tr *typeReader) toPieces(t *goType, locs []locPiece) ([]Piece, error) {
	if len(locs) == 1 && locs[0].size == 0 {
		p := locs[0]
		switch p.kind {
		case locNone:
			return nil, errNoLocation
		case locRegister:
			if t.size > 8 {
				return nil, fmt.Errorf("a %d-byte %s in one register (DWARF %d)", t.size, t.name, p.reg)
			}
			return []Piece{{Offset: 0, Size: t.size, Register: p.reg}}, nil
		}
		return []Piece{{Offset: 0, Size: t.size, Register: RegisterStack, StackOffset: p.spOff}}, nil
	}
	parts, _, err := tr.registerParts(t, 0, nil)
	if err != nil {
		return nil, err
	}
	var out []Piece
	next := 0
	for _, p := range locs {
		if p.kind == locNone {
			return nil, errNoLocation // partly optimized out: not the whole value
		}
		if next >= len(parts) {
			return nil, fmt.Errorf("%s: more location pieces than scalars in its layout", t.name)
		}
		start := parts[next]
		var covered uint32
		for covered < p.size && next < len(parts) {
			if parts[next].offset != start.offset+covered {
				return nil, fmt.Errorf("%s: a %d-byte location piece spans padding at offset %d", t.name, p.size, start.offset+covered)
			}
			covered += parts[next].size
			next++
		}
		if covered != p.size {
			return nil, fmt.Errorf("%s: a %d-byte location piece does not match its layout at offset %d", t.name, p.size, start.offset)
		}
		piece := Piece{Offset: start.offset, Size: p.size, Register: RegisterStack, StackOffset: p.spOff}
		if p.kind == locRegister {
			piece.Register, piece.StackOffset = p.reg, 0
		}
		out = append(out, piece)
	}
	if next != len(parts) {
		return nil, errNoLocation // trailing scalars left out (dead, e.g. a slice's cap): not the whole value
	}
	return mergeStackPieces(out), nil
}

// mergeStackPieces joins consecutive stack pieces that are contiguous both
// in the value and on the stack (DWARF splits a stack-assigned string into
// two 8-byte pieces where the ABI sees one 16-byte slot).
func mergeStackPieces(pieces []Piece) []Piece {
	var out []Piece
	for _, p := range pieces {
		if n := len(out); n > 0 && p.Register == RegisterStack && out[n-1].Register == RegisterStack &&
			p.Offset == out[n-1].Offset+out[n-1].Size && p.StackOffset == out[n-1].StackOffset+int64(out[n-1].Size) {
			out[n-1].Size += p.Size
			continue
		}
		out = append(out, p)
	}
	return out
}

// cursor reads little-endian values and LEB128 numbers; the first error
// sticks and names the section and offset.
type cursor struct {
	buf     []byte
	off     int
	section string
	err     error
}

func (c *cursor) fail(msg string) error {
	if c.err == nil {
		c.err = fmt.Errorf("%s offset %d: %s", c.section, c.off, msg)
	}
	return c.err
}

func (c *cursor) bytes(n int) []byte {
	if c.err != nil {
		return nil
	}
	if n < 0 || c.off+n > len(c.buf) {
		c.fail(fmt.Sprintf("%d bytes needed, %d left", n, len(c.buf)-c.off))
		return nil
	}
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

func (c *cursor) u8() byte {
	if b := c.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (c *cursor) u16() uint16 {
	if b := c.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (c *cursor) u32() uint32 {
	if b := c.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (c *cursor) u64() uint64 {
	if b := c.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (c *cursor) uleb() uint64 {
	if c.err != nil {
		return 0
	}
	v, n := binary.Uvarint(c.buf[c.off:])
	if n <= 0 {
		c.fail("bad ULEB128")
		return 0
	}
	c.off += n
	return v
}

func (c *cursor) sleb() int64 {
	if c.err != nil {
		return 0
	}
	var v int64
	var shift uint
	for {
		if c.off >= len(c.buf) || shift > 63 {
			c.fail("bad SLEB128")
			return 0
		}
		b := c.buf[c.off]
		c.off++
		v |= int64(b&0x7f) << shift
		shift += 7
		if b&0x80 == 0 {
			if shift < 64 && b&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}
