package plan

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/arch/arm64/arm64asm"
)

// The arm64 tests plan the basic program cross-compiled for linux/arm64:
// offline, nothing runs or loads. DWARF register numbers of arm64
// (x0-x30 = 0-30, v0-v31 = 64-95) as the ABI assigns them: R0-R15, F0-F15.
const (
	armR0, armR1, armR2, armR3, armR4, armR5 = 0, 1, 2, 3, 4, 5
	armR8, armR9, armR10                     = 8, 9, 10
	armF0, armF1                             = 64, 65
)

// basicARM64 is the basic program built for linux/arm64.
func basicARM64(t *testing.T) string {
	t.Helper()
	return buildProgFor(t, "basic", "", "arm64")
}

func TestARM64ProgramInfo(t *testing.T) {
	p := planMethods(t, basicARM64(t), "main.intString")
	if arch := p.Meta.Program.Arch; arch != "arm64" {
		t.Errorf("program arch %q, want arm64", arch)
	}
}

// TestARM64ArgumentLocations: sixteen integer registers, so eleven ints
// need no stack, and DWARF agrees with the ABI on every argument.
func TestARM64ArgumentLocations(t *testing.T) {
	p := planMethods(t, basicARM64(t), basicMethods...)
	checkPieces(t, p, []pieceCase{
		{"main.intString", map[string][]Piece{"a": {word(0, armR0)}, "s": {word(0, armR1), word(8, armR2)}}},
		{"main.floats", map[string][]Piece{"x": {word(0, armF0)}, "n": {word(0, armR0)}, "y": {reg(0, 4, armF1)}}},
		{"main.structArg", map[string][]Piece{"o": {
			reg(0, 4, armR0), word(8, armR1), word(16, armR2), word(24, armR3), word(32, armR4),
			word(40, armR5), word(48, 6), word(56, 7), word(64, armR8)}}},
		{"main.anyArg", map[string][]Piece{
			"v": {word(0, armR0), word(8, armR1)}, "e": {word(0, armR2), word(8, armR3)}, "s": {word(0, armR4), word(8, armR5)}}},
		{"main.manyInts", map[string][]Piece{"a": {word(0, armR0)}, "j": {word(0, armR9)}, "k": {word(0, armR10)}}},
		// Above the caller's saved-LR slot at SP+0, as amd64's return address.
		{"main.bigArray", map[string][]Piece{"a": {onStack(0, 40, 8)}}},
		{"main.paddedArg", map[string][]Piece{
			"p": {reg(0, 1, armR0), word(8, armR1), word(16, armF0)}, "c": {word(0, armR2)}, "fn": {word(0, armR3)}}},
		{"main.Generic[int]", map[string][]Piece{"v": {word(0, armR1)}}}, // the dictionary in R0
		{"main.Pair[...].Swap", map[string][]Piece{"p": {word(0, armR0), word(8, armR1), word(16, armR2)}}},
	}, func(in Instance) []Value { return in.Arguments }, "abi+dwarf")
	if len(p.Warnings) != 0 {
		t.Errorf("warnings: %s", strings.Join(p.Warnings, "\n"))
	}
	for _, pr := range p.Probes {
		if cfa := pr.Instances[0].CFA; cfa != 0 {
			t.Errorf("%s: CFA SP+%d at the entry, want SP (the return address is in R30)", pr.ID, cfa)
		}
	}
}

func TestARM64ResultLocations(t *testing.T) {
	p := planMethods(t, basicARM64(t), basicMethods...)
	checkPieces(t, p, []pieceCase{
		{"main.results", map[string][]Piece{
			"n": {word(0, armR0)}, "s": {word(0, armR1), word(8, armR2)}, "err": {word(0, armR3), word(8, armR4)}}},
		{"main.floats", map[string][]Piece{"~r0": {word(0, armF0)}}},
		{"main.bigArray", map[string][]Piece{"~r0": {onStack(0, 40, 48)}}},
		{"main.manyResults", map[string][]Piece{"a": {word(0, armR0)}, "j": {word(0, armR9)}}},
	}, func(in Instance) []Value { return in.Results }, "abi")
}

// pieceCase is the pieces expected of some values of one probed method.
type pieceCase struct {
	method string
	values map[string][]Piece
}

// checkPieces checks the values values picks from each case's first
// instance: their pieces and their source.
func checkPieces(t *testing.T, p *Plan, cases []pieceCase, values func(Instance) []Value, source string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.method, func(t *testing.T) {
			seen := 0
			for _, v := range values(probeByID(t, p, c.method).Instances[0]) {
				want, ok := c.values[v.Name]
				if !ok {
					continue
				}
				seen++
				if !reflect.DeepEqual(v.Pieces, want) || v.Source != source || v.Unavailable {
					t.Errorf("%s: pieces %v source %q unavailable %v, want %v from %q", v.Name, v.Pieces, v.Source, v.Unavailable, want, source)
				}
			}
			if seen != len(c.values) {
				t.Errorf("found %d of the %d values checked", seen, len(c.values))
			}
		})
	}
}

// arm64Code decodes the instructions of an arm64 binary's .text.
type arm64Code struct {
	t    *testing.T
	addr uint64
	code []byte
}

func (c arm64Code) at(pc uint64) arm64asm.Inst {
	c.t.Helper()
	in, err := arm64asm.Decode(c.code[pc-c.addr:])
	if err != nil {
		c.t.Fatalf("decode at %#x: %v", pc, err)
	}
	return in
}

// target is where the PC-relative branch at pc goes.
func (c arm64Code) target(pc uint64, rel arm64asm.Arg) uint64 {
	return uint64(int64(pc) + int64(rel.(arm64asm.PCRel)))
}

// TestARM64Placement checks the probe PCs against the machine code,
// decoded independently: RETs are RET, the stack-check site is the BLS
// right after CMP SP|R17, R16, and it branches to a block that calls
// runtime.morestack_noctxt and branches back to the entry.
func TestARM64Placement(t *testing.T) {
	bin := basicARM64(t)
	p := planMethods(t, bin, basicMethods...)
	f, symAddr := openELF(t, bin)
	text := f.Section(".text")
	data, _ := text.Data()
	code := arm64Code{t: t, addr: text.Addr, code: data}
	cases := []struct {
		method   string
		prologue string // the CMP before the BLS; "" when none
		rets     int
	}{
		{"main.structArg", "CMP SP, X16", 1},
		{"main.results", "CMP SP, X16", 2},
		{"main.bigFrame", "CMP X17, X16", 1}, // frame over 128 bytes: SUB $N, RSP, R17 first
		{"main.leaf", "", 1},                 // //go:nosplit
		{"main.intString", "", 1},            // a leaf without a frame
	}
	for _, c := range cases {
		t.Run(c.method, func(t *testing.T) {
			in := probeByID(t, p, c.method).Instances[0]
			if in.EntryPC != symAddr[in.Function] {
				t.Errorf("entry %#x, symbol table says %#x", in.EntryPC, symAddr[in.Function])
			}
			if len(in.ReturnPCs) != c.rets {
				t.Errorf("%d RETs, want %d", len(in.ReturnPCs), c.rets)
			}
			for _, ret := range in.ReturnPCs {
				if inst := code.at(ret); inst.Op != arm64asm.RET {
					t.Errorf("return PC %#x holds %v", ret, inst)
				}
			}
			if c.prologue == "" {
				if in.PrologueJumpPC != 0 || in.MorestackTarget != 0 {
					t.Errorf("prologue jump %#x -> %#x in a function without stack check", in.PrologueJumpPC, in.MorestackTarget)
				}
				return
			}
			jump := in.PrologueJumpPC
			if jump == 0 {
				t.Fatal("no prologue jump found")
			}
			if inst := code.at(jump); inst.String() != fmt.Sprintf("B LS, .+%#x", in.MorestackTarget-jump) {
				t.Errorf("prologue jump PC %#x holds %v, want B.LS to %#x", jump, inst, in.MorestackTarget)
			}
			if inst := code.at(jump - 4); inst.String() != c.prologue {
				t.Errorf("before the jump: %v, want %s", inst, c.prologue)
			}
			checkMorestackBlock(t, code, in, symAddr["runtime.morestack_noctxt.abi0"])
		})
	}
}

// checkMorestackBlock: the block at in.MorestackTarget calls morestack
// and then branches back to the entry. Register arguments are spilled
// around the call: at most 32 registers, in pairs, each way.
func checkMorestackBlock(t *testing.T, code arm64Code, in Instance, morestack uint64) {
	t.Helper()
	const window = 40
	called := false
	for pc := in.MorestackTarget; pc < in.MorestackTarget+window*4; pc += 4 {
		switch inst := code.at(pc); inst.Op {
		case arm64asm.BL:
			if code.target(pc, inst.Args[0]) != morestack {
				t.Errorf("morestack block calls %#x, not runtime.morestack_noctxt", code.target(pc, inst.Args[0]))
			}
			called = true
		case arm64asm.B:
			if !called || code.target(pc, inst.Args[0]) != in.EntryPC {
				t.Errorf("morestack block branches to %#x (called morestack: %v), want the entry %#x", code.target(pc, inst.Args[0]), called, in.EntryPC)
			}
			return
		}
	}
	t.Errorf("no branch back in the %d instructions at the morestack target %#x", window, in.MorestackTarget)
}

// TestARM64InlinedCopy: sumArray's inlined copy in main.main is probed at
// its first instruction, where main.main's frame is open: the CFA is SP +
// the frame main.main's prologue allocates, and the copy's code reads its
// [5]int from the stack slot the plan gives.
func TestARM64InlinedCopy(t *testing.T) {
	bin := basicARM64(t)
	p := planMethods(t, bin, "main.sumArray")
	ins := p.Probes[0].Instances
	if len(ins) != 1 || !ins[0].Inlined || len(ins[0].ReturnPCs) != 0 {
		t.Fatalf("instances %+v, want one inlined copy without RETs", ins)
	}
	in := ins[0]
	if frames := p.Symbolize([]uint64{in.EntryPC})[0].Frames; len(frames) != 2 || frames[1].Function != "main.main" {
		t.Errorf("frames at the copy's entry %+v, want main.sumArray inlined in main.main", frames)
	}
	f, symAddr := openELF(t, bin)
	text := f.Section(".text")
	data, _ := text.Data()
	code := arm64Code{t: t, addr: text.Addr, code: data}
	// A frame too big for MOVD.W's offset opens with SUB $frame, RSP, R20; …; MOVD R20, RSP.
	wantOpen := fmt.Sprintf("SUB X20, SP, #%#x", in.CFA)
	opened := false
	for pc := symAddr["main.main"]; pc < symAddr["main.main"]+8*4; pc += 4 {
		opened = opened || code.at(pc).String() == wantOpen
	}
	if !opened {
		t.Errorf("main.main's prologue has no %q: the CFA SP+%d is not its frame", wantOpen, in.CFA)
	}
	a := in.Arguments[0]
	if a.Unavailable || len(a.Pieces) != 1 || a.Pieces[0].Register != RegisterStack || a.Pieces[0].Size != 40 {
		t.Fatalf("argument %+v, want a [5]int in one stack piece", a)
	}
	// The copy's first instruction takes the array's address: ADD X27, SP, #offset.
	wantAddr := fmt.Sprintf("ADD X27, SP, #%#x", a.Pieces[0].StackOffset)
	if inst := code.at(in.EntryPC); inst.String() != wantAddr {
		t.Errorf("the copy starts with %v, want %s", inst, wantAddr)
	}
}

// TestARM64StackCheckEverywhere plans every function of the arm64 binary
// (runtime and assembly included): each one that starts with the stack
// guard load (MOVD 16(R28), R16, the word f9400b90) has its BLS found,
// huge frames' longer checks too, and no other has one.
func TestARM64StackCheckEverywhere(t *testing.T) {
	bin := basicARM64(t)
	p := planMethods(t, bin, functionNames(t, bin, "")...)
	f, _ := openELF(t, bin)
	text := f.Section(".text")
	data, _ := text.Data()
	checked := 0
	for _, pr := range p.Probes {
		in := pr.Instances[0]
		if in.Inlined {
			continue
		}
		guarded := binary.LittleEndian.Uint32(data[in.EntryPC-text.Addr:]) == 0xf9400b90
		switch {
		case guarded && in.PrologueJumpPC == 0:
			t.Errorf("%s: stack check not found", in.Function)
		case !guarded && in.PrologueJumpPC != 0:
			t.Errorf("%s: stack-check jump %#x in a function without the guard load", in.Function, in.PrologueJumpPC)
		case guarded:
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("only %d stack checks found", checked)
	}
}
