package plan

import (
	"fmt"
)

// frameTable answers "how far above SP is the CFA at this PC" from
// .debug_frame, which Go's linker writes for every function (one CIE, then
// an FDE per function whose instructions track the SP delta from the
// function's pcsp table). Location expressions are relative to the CFA
// (Go's DW_AT_frame_base is DW_OP_call_frame_cfa): inside a function's
// body, where inlined instances are probed, the CFA is SP + frame size
// (+ 8 for amd64's return address).
type frameTable struct {
	data []byte // .debug_frame
	sp   int    // the stack pointer's DWARF register number
}

// cfaOffset returns CFA - SP at pc.
func (ft frameTable) cfaOffset(pc uint64) (int64, error) {
	c := &cursor{buf: ft.data, section: ".debug_frame"}
	for c.off < len(ft.data) && c.err == nil {
		start := c.off
		length := int(c.u32())
		if length == 0xffffffff {
			return 0, c.fail("64-bit DWARF frame entries are not supported")
		}
		end := c.off + length
		if c.err != nil || end > len(ft.data) {
			return 0, fmt.Errorf(".debug_frame: entry at 0x%x runs past the section", start)
		}
		id := c.u32()
		if id != 0xffffffff { // an FDE; id is its CIE's offset
			low, size := c.u64(), c.u64()
			if pc >= low && pc < low+size {
				cie, err := ft.cie(int(id))
				if err != nil {
					return 0, err
				}
				return cie.run(&cursor{buf: ft.data[:end], off: c.off, section: ".debug_frame"}, low, pc, ft.sp)
			}
		}
		c.off = end
	}
	if c.err != nil {
		return 0, c.err
	}
	return 0, fmt.Errorf(".debug_frame: no frame description covers 0x%x", pc)
}

// cieInfo is what running an FDE's instructions needs from its CIE.
type cieInfo struct {
	codeAlign, dataAlign int64
	initial              []byte // the initial instructions
}

func (ft frameTable) cie(off int) (cieInfo, error) {
	c := &cursor{buf: ft.data, off: off, section: ".debug_frame"}
	length := int(c.u32())
	end := off + 4 + length
	if c.u32() != 0xffffffff || end > len(ft.data) {
		return cieInfo{}, fmt.Errorf(".debug_frame: no CIE at 0x%x", off)
	}
	version := c.u8()
	for c.u8() != 0 && c.err == nil { // augmentation string: Go writes ""
	}
	if version >= 4 {
		c.u8() // address_size
		c.u8() // segment_selector_size
	}
	info := cieInfo{codeAlign: int64(c.uleb()), dataAlign: c.sleb()}
	if version == 1 {
		c.u8()
	} else {
		c.uleb() // return address register
	}
	if c.err != nil {
		return cieInfo{}, c.err
	}
	info.initial = ft.data[c.off:end]
	return info, nil
}

// run executes the CIE's initial instructions and then the FDE's up to pc,
// tracking only the CFA's offset from SP (Go keeps the CFA SP-relative).
func (ci cieInfo) run(fde *cursor, low, pc uint64, sp int) (int64, error) {
	var cfa int64
	loc := low
	exec := func(c *cursor, stopAtPC bool) error {
		for c.off < len(c.buf) && c.err == nil {
			op := c.u8()
			var advance uint64
			switch hi := op & 0xc0; {
			case hi == 0x40: // DW_CFA_advance_loc
				advance = uint64(op & 0x3f)
			case hi == 0x80: // DW_CFA_offset
				c.uleb()
			case hi == 0xc0: // DW_CFA_restore
			case op == 0x00: // DW_CFA_nop
			case op == 0x02: // DW_CFA_advance_loc1
				advance = uint64(c.u8())
			case op == 0x03: // DW_CFA_advance_loc2
				advance = uint64(c.u16())
			case op == 0x04: // DW_CFA_advance_loc4
				advance = uint64(c.u32())
			case op == 0x05, op == 0x11, op == 0x14: // DW_CFA_offset_extended(_sf), val_offset (arm64's CIE: sp = CFA)
				c.uleb()
				c.uleb()
			case op == 0x06, op == 0x07, op == 0x08: // restore_extended, undefined, same_value
				c.uleb()
			case op == 0x0c: // DW_CFA_def_cfa
				if reg := c.uleb(); reg != uint64(sp) {
					return fmt.Errorf(".debug_frame: CFA defined on register %d, not SP", reg)
				}
				cfa = int64(c.uleb())
			case op == 0x12: // DW_CFA_def_cfa_sf
				if reg := c.uleb(); reg != uint64(sp) {
					return fmt.Errorf(".debug_frame: CFA defined on register %d, not SP", reg)
				}
				cfa = c.sleb() * ci.dataAlign
			case op == 0x0e: // DW_CFA_def_cfa_offset
				cfa = int64(c.uleb())
			case op == 0x13: // DW_CFA_def_cfa_offset_sf
				cfa = c.sleb() * ci.dataAlign
			default:
				return fmt.Errorf(".debug_frame: call frame instruction 0x%02x is not supported", op)
			}
			if advance != 0 {
				if stopAtPC && loc+advance*uint64(ci.codeAlign) > pc {
					return nil
				}
				loc += advance * uint64(ci.codeAlign)
			}
		}
		return c.err
	}
	if err := exec(&cursor{buf: ci.initial, section: ".debug_frame"}, false); err != nil {
		return 0, err
	}
	if err := exec(fde, true); err != nil {
		return 0, err
	}
	return cfa, nil
}
