package plan

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/godi-golden/probe/internal/capfile"
)

// DWARF register numbers, as the ABI assigns them (abi-internal.md: RAX
// RBX RCX RDI RSI R8 R9 R10 R11, X0-X14).
const (
	rax, rbx, rcx, rdi, rsi, r8, r9, r10, r11 = 0, 3, 2, 5, 4, 8, 9, 10, 11
	x0, x1                                    = 17, 18
	stack                                     = RegisterStack
)

func reg(off, size uint32, r int) Piece { return Piece{Offset: off, Size: size, Register: r} }
func word(off uint32, r int) Piece      { return reg(off, 8, r) }
func onStack(off, size uint32, sp int64) Piece {
	return Piece{Offset: off, Size: size, Register: stack, StackOffset: sp}
}

var basicMethods = []string{
	"main.intString", "main.floats", "main.structArg", "main.sliceArg", "main.mapArg",
	"main.pointerArg", "main.anyArg", "main.manyInts", "main.results", "main.bigArray",
	"main.paddedArg", "main.(*counter).Add", "main.Generic[int]", "main.Pair[...].Swap",
	"main.leaf", "main.manyResults", "main.bigFrame", "main.outerFn",
}

// TestArgumentLocations checks argument pieces against what the Go ABI
// must give for each signature.
func TestArgumentLocations(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	cases := []struct {
		method string
		args   map[string][]Piece
	}{
		{"main.intString", map[string][]Piece{"a": {word(0, rax)}, "s": {word(0, rbx), word(8, rcx)}}},
		{"main.floats", map[string][]Piece{"x": {word(0, x0)}, "n": {word(0, rax)}, "y": {reg(0, 4, x1)}}},
		// outer{inner{X int32; Y string}; Name string; Tags []string; Next *outer}: nine words, nine registers.
		{"main.structArg", map[string][]Piece{"o": {
			reg(0, 4, rax), word(8, rbx), word(16, rcx), word(24, rdi), word(32, rsi),
			word(40, r8), word(48, r9), word(56, r10), word(64, r11)}}},
		{"main.sliceArg", map[string][]Piece{"xs": {word(0, rax), word(8, rbx), word(16, rcx)}}},
		{"main.mapArg", map[string][]Piece{"m": {word(0, rax)}}},
		{"main.pointerArg", map[string][]Piece{"o": {word(0, rax)}}},
		{"main.anyArg", map[string][]Piece{
			"v": {word(0, rax), word(8, rbx)}, "e": {word(0, rcx), word(8, rdi)}, "s": {word(0, rsi), word(8, r8)}}},
		// Nine ints fill the registers; j and k go to the stack, above the return address.
		{"main.manyInts", map[string][]Piece{
			"a": {word(0, rax)}, "i": {word(0, r11)}, "j": {onStack(0, 8, 8)}, "k": {onStack(0, 8, 16)}}},
		// An array of more than one element is never register-assigned.
		{"main.bigArray", map[string][]Piece{"a": {onStack(0, 40, 8)}}},
		// padded{A int8; B int64; C float64}: padding after A is not a piece.
		{"main.paddedArg", map[string][]Piece{
			"p": {reg(0, 1, rax), word(8, rbx), word(16, x0)}, "c": {word(0, rcx)}, "fn": {word(0, rdi)}}},
		{"main.(*counter).Add", map[string][]Piece{"c": {word(0, rax)}, "d": {word(0, rbx)}}},
		// A shape-instantiated function takes its dictionary in RAX first.
		{"main.Generic[int]", map[string][]Piece{"v": {word(0, rbx)}}},
		{"main.Pair[...].Swap", map[string][]Piece{"p": {word(0, rax), word(8, rbx), word(16, rcx)}}},
	}
	for _, c := range cases {
		t.Run(c.method, func(t *testing.T) {
			pr := probeByID(t, p, c.method)
			seen := 0
			for _, v := range pr.Instances[0].Arguments {
				want, ok := c.args[v.Name]
				if !ok {
					continue
				}
				seen++
				if !reflect.DeepEqual(v.Pieces, want) {
					t.Errorf("%s: pieces %v, want %v", v.Name, v.Pieces, want)
				}
				if v.Source != "abi+dwarf" || v.Unavailable {
					t.Errorf("%s: source %q unavailable %v, want DWARF locations", v.Name, v.Source, v.Unavailable)
				}
			}
			if seen != len(c.args) {
				t.Errorf("found %d of the %d arguments checked", seen, len(c.args))
			}
		})
	}
	// DWARF and the ABI assignment were compared for every argument and
	// result: any disagreement would be a warning.
	if len(p.Warnings) != 0 {
		t.Errorf("warnings: %s", strings.Join(p.Warnings, "\n"))
	}
}

// TestABIMatchesDWARF plans every function of the main package and of a
// few standard packages linked into the program, and compares the ABI
// assignment with DWARF's entry locations: the cross-check that makes the
// ABI-derived result locations trustworthy, on amd64 and on arm64
// (cross-compiled, planned offline). The one disagreement allowed is a
// known error in Go's DWARF (findScavengeCandidate's fourth argument
// listed in the third's register).
func TestABIMatchesDWARF(t *testing.T) {
	packages := []string{"main.", "runtime.", "fmt.", "os.", "strconv.", "sync.", "errors.", "io."}
	for _, build := range []struct{ toolchain, goarch string }{{"", ""}, {"go1.23.12", ""}, {"", "arm64"}, {"go1.23.12", "arm64"}} {
		t.Run("toolchain="+build.toolchain+",goarch="+build.goarch, func(t *testing.T) {
			bin := buildProgFor(t, "basic", build.toolchain, build.goarch)
			var defs []ProbeDef
			for _, name := range functionNames(t, bin, packages...) {
				defs = append(defs, ProbeDef{ID: name, Type: "LOG_PROBE", Where: Where{MethodName: name}})
			}
			p, err := Build(bin, defs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, pr := range p.Probes {
				for _, v := range pr.Instances[0].Arguments {
					if v.Source == "abi+dwarf" {
						checked++
					}
				}
			}
			t.Logf("%d functions, %d arguments checked against DWARF", len(defs), checked)
			if len(defs) < 1000 || checked < 1500 {
				t.Fatalf("only %d functions, %d arguments checked against DWARF: the cross-check checked little", len(defs), checked)
			}
			for _, w := range p.Warnings {
				if !strings.Contains(w, "findScavengeCandidate argument max") {
					t.Errorf("ABI and DWARF disagree: %s", w)
				}
			}
		})
	}
}

func TestResultLocations(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	cases := []struct {
		method  string
		results map[string][]Piece
		rets    int
	}{
		// Results start again at RAX.
		{"main.results", map[string][]Piece{"n": {word(0, rax)}, "s": {word(0, rbx), word(8, rcx)}, "err": {word(0, rdi), word(8, rsi)}}, 2},
		{"main.floats", map[string][]Piece{"~r0": {word(0, x0)}}, 1},
		// Stack results follow the stack arguments (40 bytes from SP+8).
		{"main.bigArray", map[string][]Piece{"~r0": {onStack(0, 40, 48)}}, 1},
		// The tenth int result has no register: first stack slot (no stack arguments).
		{"main.manyResults", map[string][]Piece{"a": {word(0, rax)}, "i": {word(0, r11)}, "j": {onStack(0, 8, 8)}}, 1},
		{"main.Pair[...].Swap", map[string][]Piece{"~r0": {word(0, rax), word(8, rbx), word(16, rcx)}}, 1},
	}
	for _, c := range cases {
		t.Run(c.method, func(t *testing.T) {
			pr := probeByID(t, p, c.method)
			if len(pr.Instances[0].ReturnPCs) != c.rets {
				t.Errorf("%d RETs, want %d", len(pr.Instances[0].ReturnPCs), c.rets)
			}
			seen := 0
			for _, v := range pr.Instances[0].Results {
				if want, ok := c.results[v.Name]; ok {
					seen++
					if !reflect.DeepEqual(v.Pieces, want) {
						t.Errorf("%s: pieces %v, want %v", v.Name, v.Pieces, want)
					}
				}
			}
			if seen != len(c.results) {
				t.Errorf("found %d of the %d results checked", seen, len(c.results))
			}
		})
	}
}

// TestPlacement checks the probe PCs against the machine code, decoded
// independently: RETs are RET instructions, and the stack-check jump
// leads to a block that calls runtime.morestack_noctxt.
func TestPlacement(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	f, symAddr := basicELF(t)
	text := f.Section(".text")
	code, _ := text.Data()
	inst := func(pc uint64) x86asm.Inst {
		in, err := x86asm.Decode(code[pc-text.Addr:], 64)
		if err != nil {
			t.Fatalf("decode at %#x: %v", pc, err)
		}
		return in
	}
	cases := []struct {
		method   string
		prologue bool
	}{
		{"main.structArg", true},
		{"main.results", true},
		{"main.bigFrame", true}, // frame over 128 bytes: LEAQ -N(SP), R12; CMPQ R12, 16(R14)
		{"main.leaf", false},    // //go:nosplit
		{"main.intString", false},
	}
	for _, c := range cases {
		t.Run(c.method, func(t *testing.T) {
			pr := probeByID(t, p, c.method)
			if pr.Instances[0].EntryPC != symAddr[pr.Instances[0].Function] {
				t.Errorf("entry %#x, symbol table says %#x", pr.Instances[0].EntryPC, symAddr[pr.Instances[0].Function])
			}
			for _, ret := range pr.Instances[0].ReturnPCs {
				if in := inst(ret); in.Op != x86asm.RET {
					t.Errorf("return PC %#x holds %v", ret, in)
				}
			}
			if !c.prologue {
				if pr.Instances[0].PrologueJumpPC != 0 || pr.Instances[0].MorestackTarget != 0 {
					t.Errorf("prologue jump %#x -> %#x in a function without stack check", pr.Instances[0].PrologueJumpPC, pr.Instances[0].MorestackTarget)
				}
				return
			}
			if pr.Instances[0].PrologueJumpPC == 0 {
				t.Fatal("no prologue jump found")
			}
			if in := inst(pr.Instances[0].PrologueJumpPC); in.Op != x86asm.JBE {
				t.Errorf("prologue jump PC %#x holds %v", pr.Instances[0].PrologueJumpPC, in)
			}
			for pc, n := pr.Instances[0].MorestackTarget, 0; n < 12; n++ {
				in := inst(pc)
				if in.Op == x86asm.CALL {
					target := pc + uint64(in.Len) + uint64(int64(in.Args[0].(x86asm.Rel)))
					// The assembly function's symbol carries its ABI0 suffix.
					if target != symAddr["runtime.morestack_noctxt.abi0"] {
						t.Errorf("morestack block calls %#x, not runtime.morestack_noctxt", target)
					}
					return
				}
				pc += uint64(in.Len)
			}
			t.Errorf("no CALL in the 12 instructions at the morestack target %#x", pr.Instances[0].MorestackTarget)
		})
	}
}

// basicELF opens the basic program's binary, closed when the test ends,
// with the address of each of its symbols.
func basicELF(t *testing.T) (*elf.File, map[string]uint64) {
	t.Helper()
	return openELF(t, buildProg(t, "basic", ""))
}

// openELF opens the binary bin, closed when the test ends, with the
// address of each of its symbols.
func openELF(t *testing.T, bin string) (*elf.File, map[string]uint64) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	syms, _ := f.Symbols()
	symAddr := map[string]uint64{}
	for _, s := range syms {
		symAddr[s.Name] = s.Value
	}
	return f, symAddr
}

func typeNamed(t *testing.T, types []capfile.Type, name string) capfile.Type {
	t.Helper()
	for _, ty := range types {
		if ty.Name == name && !ty.Opaque {
			return ty
		}
	}
	t.Fatalf("no full type %q in the table", name)
	return capfile.Type{}
}

func typeByID(types []capfile.Type, id uint32) capfile.Type {
	for _, ty := range types {
		if ty.ID == id {
			return ty
		}
	}
	return capfile.Type{}
}

func fieldOffsets(ty capfile.Type) map[string]uint32 {
	out := map[string]uint32{}
	for _, f := range ty.Fields {
		out[f.Name] = f.Offset
	}
	return out
}

func TestTypeTable(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	types := p.Meta.Types

	t.Run("ids", func(t *testing.T) {
		for i, ty := range types {
			if ty.ID != uint32(i+1) {
				t.Fatalf("type %d has id %d", i, ty.ID)
			}
			for _, ref := range []uint32{ty.Elem, ty.Key, ty.Value} {
				if ref != 0 && typeByID(types, ref).ID == 0 {
					t.Errorf("%s refers to missing type %d", ty.Name, ref)
				}
			}
		}
	})
	t.Run("struct with embedded field", func(t *testing.T) {
		outer := typeNamed(t, types, "main.outer")
		want := []capfile.Field{
			{Name: "inner", Offset: 0, Embedded: true}, {Name: "Name", Offset: 24},
			{Name: "Tags", Offset: 40}, {Name: "Next", Offset: 64},
		}
		if len(outer.Fields) != len(want) || outer.Size != 72 {
			t.Fatalf("main.outer: size %d fields %+v", outer.Size, outer.Fields)
		}
		for i, f := range outer.Fields {
			if f.Name != want[i].Name || f.Offset != want[i].Offset || f.Embedded != want[i].Embedded {
				t.Errorf("field %d: %+v, want %+v", i, f, want[i])
			}
		}
		if got := typeByID(types, outer.Fields[0].Type).Name; got != "main.inner" {
			t.Errorf("embedded field type %q", got)
		}
		next := typeByID(types, outer.Fields[3].Type)
		if next.Kind != "pointer" || next.Elem != outer.ID {
			t.Errorf("Next: %+v, want a pointer back to main.outer (%d)", next, outer.ID)
		}
	})
	t.Run("swiss map", func(t *testing.T) {
		m := typeNamed(t, types, "map[string]int")
		if m.Swiss == nil || m.Hmap != nil {
			t.Fatalf("map[string]int: %+v, want a swiss layout", m)
		}
		s := *m.Swiss
		if typeByID(types, m.Key).Name != "string" || typeByID(types, m.Value).Name != "int" {
			t.Errorf("key/value types %d/%d", m.Key, m.Value)
		}
		// go1.26 internal/runtime/maps: Map{used uint64; seed uintptr; dirPtr unsafe.Pointer;
		// dirLen int; globalDepth, globalShift, writing uint8; tombstonePossible bool; clearSeq uint64}.
		header := typeByID(types, s.HeaderType)
		wantHeader := map[string]uint32{"used": 0, "seed": 8, "dirPtr": 16, "dirLen": 24, "globalDepth": 32,
			"globalShift": 33, "writing": 34, "tombstonePossible": 35, "clearSeq": 40}
		if got := fieldOffsets(header); !reflect.DeepEqual(got, wantHeader) || header.Size != 48 {
			t.Errorf("header %s size %d fields %v, want 48 and %v", header.Name, header.Size, got, wantHeader)
		}
		// table{used, capacity, growthLeft uint16; localDepth uint8; index int; groups groupsReference{data, lengthMask}}.
		table := typeByID(types, s.TableType)
		wantTable := map[string]uint32{"used": 0, "capacity": 2, "growthLeft": 4, "localDepth": 6, "index": 8, "groups": 16}
		if got := fieldOffsets(table); !reflect.DeepEqual(got, wantTable) || table.Size != 32 {
			t.Errorf("table size %d fields %v, want 32 and %v", table.Size, got, wantTable)
		}
		// Group: ctrl uint64, then 8 slots of {key string; elem int} (24 bytes).
		want := capfile.SwissLayout{
			HeaderType: s.HeaderType, UsedOffset: 0, DirPtrOffset: 16, DirLenOffset: 24,
			TableType: s.TableType, DirectoryType: s.DirectoryType,
			TableGroupsDataOffset: 16, TableGroupsLengthMaskOffset: 24,
			GroupType: s.GroupType, GroupSize: 8 + 8*24, CtrlOffset: 0, SlotsOffset: 8, SlotSize: 24,
			SlotsPerGroup: 8, KeyOffset: 0, ElemOffset: 16,
		}
		if s != want {
			t.Errorf("swiss layout\n got %+v\nwant %+v", s, want)
		}
		if dir := typeByID(types, s.DirectoryType); dir.Kind != "pointer" || dir.Elem != s.TableType {
			t.Errorf("directory type %+v, want *table", dir)
		}
		if g := typeByID(types, s.GroupType); g.Size != s.GroupSize || !strings.Contains(g.Name, "map.group[string]int") {
			t.Errorf("group type %+v", g)
		}
	})
	t.Run("strings need uint8", func(t *testing.T) {
		typeNamed(t, types, "uint8")
	})
	t.Run("interfaces and their dynamic types", func(t *testing.T) {
		if ty := typeNamed(t, types, "interface {}"); ty.Empty == nil || !*ty.Empty {
			t.Errorf("interface {} not empty: %+v", ty)
		}
		if ty := typeNamed(t, types, "error"); ty.Empty == nil || *ty.Empty {
			t.Errorf("error is empty: %+v", ty)
		}
		for _, name := range []string{"int", "string", "*main.outer", "main.square", "*errors.errorString"} {
			if ty := typeNamed(t, types, name); ty.GoRuntimeType == "" {
				t.Errorf("%s has no goRuntimeType", name)
			}
		}
		itab := typeByID(types, p.Meta.Runtime.ItabType)
		if itab.Name != "internal/abi.ITab" || p.Meta.Runtime.ItabTypeOffset != 8 {
			t.Errorf("itab %s, type word at %d; want internal/abi.ITab, 8", itab.Name, p.Meta.Runtime.ItabTypeOffset)
		}
	})
	t.Run("generic shapes read as their types", func(t *testing.T) {
		pr := probeByID(t, p, "main.Pair[...].Swap")
		if got := typeByID(types, pr.Instances[0].Arguments[0].TypeID).Name; got != "main.Pair[string,int]" {
			t.Errorf("receiver type %q", got)
		}
		for _, ty := range types {
			if strings.Contains(ty.Name, "go.shape") {
				t.Errorf("type %q keeps a shape name", ty.Name)
			}
		}
	})
}

// TestTypeBound: with maxReferenceDepth 0, a pointer's target is opaque.
func TestTypeBound(t *testing.T) {
	bin := buildProg(t, "basic", "")
	zero := uint32(0)
	// Entry only: no panic probe, whose `any` would make main.outer a dynamic-type candidate.
	p, err := Build(bin, []ProbeDef{{ID: "p", Type: "LOG_PROBE", Where: Where{MethodName: "main.pointerArg"},
		Capture: &CaptureDef{MaxReferenceDepth: &zero}, EvaluateAt: "ENTRY"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ptr := typeByID(p.Meta.Types, p.Probes[0].Instances[0].Arguments[0].TypeID)
	outer := typeByID(p.Meta.Types, ptr.Elem)
	if ptr.Opaque || outer.Name != "main.outer" || !outer.Opaque || outer.Fields != nil {
		t.Errorf("*main.outer %+v -> %+v: want a full pointer to an opaque struct", ptr, outer)
	}
}

// TestRuntimeTypeAddresses proves the types base: the runtime type
// descriptor at goRuntimeType, read from the binary's bytes, names the
// same type (internal/abi.Type: Str, a NameOff from the types base, at
// offset 40; a name is a flag byte, a uvarint length, the bytes; the
// TFlagExtraStar flag (2) at offset 20 means the name has a '*' too many).
func TestRuntimeTypeAddresses(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	f, symAddr := basicELF(t)
	if addr, ok := symAddr["runtime.types"]; ok && addr != p.Runtime.TypesBase {
		t.Errorf("TypesBase %#x, runtime.types is %#x", p.Runtime.TypesBase, addr)
	}
	read := func(addr uint64, n int) []byte {
		for _, s := range f.Sections {
			if s.Addr <= addr && addr+uint64(n) <= s.Addr+s.Size && s.Type != elf.SHT_NOBITS && s.Addr != 0 {
				buf := make([]byte, n)
				if _, err := s.ReadAt(buf, int64(addr-s.Addr)); err != nil {
					t.Fatal(err)
				}
				return buf
			}
		}
		t.Fatalf("address %#x not in the file", addr)
		return nil
	}
	for _, name := range []string{"int", "string", "main.outer", "*main.outer", "map[string]int", "[]int", "main.square", "interface {}", "[5]int"} {
		t.Run(name, func(t *testing.T) {
			ty := typeNamed(t, p.Meta.Types, name)
			addr, err := strconv.ParseUint(strings.TrimPrefix(ty.GoRuntimeType, "0x"), 16, 64)
			if err != nil {
				t.Fatalf("goRuntimeType %q: %v", ty.GoRuntimeType, err)
			}
			desc := read(addr, 48)
			tflag := desc[20]
			nameOff := int32(binary.LittleEndian.Uint32(desc[40:]))
			hdr := read(p.Runtime.TypesBase+uint64(nameOff), 1+binary.MaxVarintLen64)
			n, k := binary.Uvarint(hdr[1:])
			got := string(read(p.Runtime.TypesBase+uint64(nameOff)+1+uint64(k), int(n)))
			if tflag&2 != 0 {
				got = got[1:]
			}
			if got != name {
				t.Errorf("descriptor at %s names %q", ty.GoRuntimeType, got)
			}
		})
	}
}

func TestProbeErrorsStandAlone(t *testing.T) {
	bin := buildProg(t, "basic", "")
	defs := []ProbeDef{
		{ID: "typo", Type: "LOG_PROBE", Where: Where{MethodName: "main.intStrin"}},
		{ID: "good", Type: "LOG_PROBE", Where: Where{MethodName: "main.intString"}, EvaluateAt: "ENTRY"},
		{ID: "metric", Type: "METRIC_PROBE", Where: Where{MethodName: "main.intString"}},
		{ID: "lines", Type: "LOG_PROBE", Where: Where{SourceFile: "main.go", Lines: []string{"40", "41"}}},
	}
	p, err := Build(bin, defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var nf *FunctionNotFoundError
	if len(p.Errors) != 3 || p.Errors[0].ID != "typo" || !errors.As(p.Errors[0], &nf) || len(nf.Closest) != 5 || nf.Closest[0] != "main.intString" {
		t.Fatalf("errors %v, want probe typo not found with main.intString closest of 5", p.Errors)
	}
	var types []string
	for _, e := range p.Errors {
		types = append(types, e.Type)
	}
	if !reflect.DeepEqual(types, []string{"TargetNotFoundInBinary", "UnsupportedFeature", "UnsupportedFeature"}) {
		t.Errorf("error types %v, want the agent's kinds", types)
	}
	if len(p.Probes) != 1 || p.Probes[0].ID != "good" || p.Probes[0].Index != 1 {
		t.Fatalf("planned %+v, want only probe good at index 1", p.Probes)
	}
	if m := p.Meta.Probes; len(m) != 4 || !strings.Contains(m[0].Error, "not found") || m[0].ErrorType != "TargetNotFoundInBinary" || len(m[0].Instances) != 0 || m[1].Error != "" ||
		m[2].Error != "probe kind METRIC_PROBE is not supported" {
		t.Errorf("metadata %+v, want every probe, the failed ones with their errors", m)
	}
}

func TestGenericProbeCoversEveryShape(t *testing.T) {
	p := buildBasic(t, "", "main.Generic")
	var names []string
	for _, in := range p.Probes[0].Instances {
		names = append(names, in.Function)
		if len(in.Arguments) != 1 || in.Arguments[0].Name != "v" || in.Inlined {
			t.Errorf("%s: arguments %+v inlined %v, want v out of line", in.Function, in.Arguments, in.Inlined)
		}
	}
	if !reflect.DeepEqual(names, []string{"main.Generic[go.shape.int]", "main.Generic[go.shape.string]"}) {
		t.Errorf("instances %v, want both shape instantiations", names)
	}
}

// sumArray is inlined into main and has no out-of-line copy: its one
// inlined copy is probed, at its first instruction, its argument read from
// the caller's frame where the copy's location list puts it.
func TestInlinedCopies(t *testing.T) {
	p := buildBasic(t, "", "main.sumArray")
	ins := p.Probes[0].Instances
	if len(ins) != 1 || !ins[0].Inlined || ins[0].Function != "main.sumArray" || len(ins[0].ReturnPCs) != 0 {
		t.Fatalf("instances %+v, want one inlined copy of main.sumArray without RETs", ins)
	}
	in := ins[0]
	frames := p.Symbolize([]uint64{in.EntryPC})[0].Frames
	if len(frames) != 2 || frames[0].Function != "main.sumArray" || frames[1].Function != "main.main" {
		t.Errorf("frames at the copy's entry %+v, want main.sumArray inlined in main.main", frames)
	}
	if len(in.Arguments) != 1 || in.Arguments[0].Name != "a" || in.Arguments[0].Size != 40 {
		t.Fatalf("arguments %+v, want a [5]int", in.Arguments)
	}
	if a := in.Arguments[0]; !a.Unavailable {
		for _, pc := range a.Pieces {
			if pc.Register == RegisterStack && pc.StackOffset < 0 {
				t.Errorf("piece %+v below SP", pc)
			}
		}
	}
	if m := p.Meta.Probes[0].Instances[0]; !m.Inlined || m.NoBody || len(m.Results) != 0 {
		t.Errorf("metadata instance %+v, want inlined, no results", m)
	}
}

// lineOf returns the line of the basic program's main.go holding marker.
func lineOf(t *testing.T, marker string) int { return markedLine(t, "basic", marker) }

func TestSymbolize(t *testing.T) {
	p := buildBasic(t, "", basicMethods...)
	outer := probeByID(t, p, "main.outerFn")
	f, symAddr := basicELF(t)
	leafAddr := symAddr["main.leafNoinline"]
	// The return address of outerFn's call to leafNoinline, made from the
	// inlined body of inlinedCaller.
	text := f.Section(".text")
	code, _ := text.Data()
	var retAddr uint64
	for pc := outer.Instances[0].EntryPC; retAddr == 0 && pc < outer.Instances[0].EntryPC+256; {
		in, err := x86asm.Decode(code[pc-text.Addr:], 64)
		if err != nil {
			t.Fatal(err)
		}
		if rel, ok := in.Args[0].(x86asm.Rel); ok && in.Op == x86asm.CALL && pc+uint64(in.Len)+uint64(int64(rel)) == leafAddr {
			retAddr = pc + uint64(in.Len)
		}
		pc += uint64(in.Len)
	}
	if retAddr == 0 {
		t.Fatal("no call to main.leafNoinline in main.outerFn")
	}
	const file = "example.com/basic/main.go"
	caller := probeByID(t, p, "main.intString")
	cases := []struct {
		name string
		pc   uint64
		want []capfile.Frame
	}{
		{"probe entry PC is exact", caller.Instances[0].EntryPC, []capfile.Frame{{Function: "main.intString", File: file, Line: lineOf(t, "func intString(")}}},
		{"return address in inlined code", retAddr, []capfile.Frame{
			{Function: "main.inlinedCaller", File: file, Line: lineOf(t, "LINE:inlined-call")},
			{Function: "main.outerFn", File: file, Line: lineOf(t, "LINE:outer-call")},
		}},
		{"outside every function", 0x10, []capfile.Frame{{Function: "?", File: "?", Line: 0}}},
	}
	var pcs []uint64
	for _, c := range cases {
		pcs = append(pcs, c.pc, c.pc) // duplicates collapse
	}
	syms2 := p.Symbolize(pcs)
	if len(syms2) != len(cases) {
		t.Fatalf("%d symbols for %d distinct PCs", len(syms2), len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range syms2 {
				if s.PC == fmt.Sprintf("0x%x", c.pc) {
					if !reflect.DeepEqual(s.Frames, c.want) {
						t.Errorf("frames %+v, want %+v", s.Frames, c.want)
					}
					return
				}
			}
			t.Errorf("no symbol for %#x", c.pc)
		})
	}
}

func TestProgramInfo(t *testing.T) {
	p := buildBasic(t, "", "main.intString")
	prog := p.Meta.Program
	if prog.Name != "basic" || prog.Service != "basic" || prog.Arch != "amd64" || !strings.HasPrefix(prog.GoVersion, "go1.") {
		t.Errorf("program %+v", prog)
	}
	// The Go build id is four slash-separated hashes (action/content ids).
	if parts := strings.Split(prog.BuildID, "/"); len(parts) != 4 {
		t.Errorf("build id %q", prog.BuildID)
	}
	g := p.Runtime
	if g.GoidOffset == 0 || g.StackHiOffset != 8 {
		t.Errorf("runtime.g offsets: goid %d, stack.hi %d (stack{lo, hi} is g's first field)", g.GoidOffset, g.StackHiOffset)
	}
}

// TestReadOnlyData: the plan's read-only memory holds .rodata (where
// string literals are) byte for byte at its address, and no writable or
// executable section.
func TestReadOnlyData(t *testing.T) {
	p := buildBasic(t, "", "main.intString")
	f, _ := basicELF(t)
	within := func(s *elf.Section) *Segment {
		for i, seg := range p.ReadOnly {
			if s.Addr >= seg.Addr && s.Addr+s.Size <= seg.Addr+uint64(len(seg.Data)) {
				return &p.ReadOnly[i]
			}
		}
		return nil
	}
	rodata := f.Section(".rodata")
	seg := within(rodata)
	if seg == nil {
		t.Fatalf(".rodata [0x%x, +%d) is not in the read-only data %d segments", rodata.Addr, rodata.Size, len(p.ReadOnly))
	}
	want, _ := rodata.Data()
	if got := seg.Data[rodata.Addr-seg.Addr:][:rodata.Size]; !bytes.Equal(got, want) {
		t.Errorf(".rodata bytes differ from the file's")
	}
	for _, name := range []string{".text", ".data", ".noptrdata", ".bss"} {
		if s := f.Section(name); s != nil && within(s) != nil {
			t.Errorf("%s is in the read-only data", name)
		}
	}
}

// TestHmapToolchain builds the program with Go 1.23, the last release with
// hash maps (runtime.hmap) and DWARF 4 location lists (.debug_loc).
func TestHmapToolchain(t *testing.T) {
	p := buildBasic(t, "go1.23.12", basicMethods...)
	if !strings.HasPrefix(p.Meta.Program.GoVersion, "go1.23") {
		t.Fatalf("built with %s", p.Meta.Program.GoVersion)
	}
	t.Run("hmap layout", func(t *testing.T) {
		m := typeNamed(t, p.Meta.Types, "map[string]int")
		if m.Hmap == nil || m.Swiss != nil {
			t.Fatalf("map[string]int: %+v, want an hmap layout", m)
		}
		h := *m.Hmap
		// runtime.hmap{count int; flags, B uint8; noverflow uint16; hash0 uint32;
		// buckets, oldbuckets unsafe.Pointer; nevacuate uintptr; extra *mapextra};
		// bucket: tophash [8]uint8, keys [8]string, values [8]int, overflow pointer.
		want := capfile.HmapLayout{
			HeaderType: h.HeaderType, CountOffset: 0, BOffset: 9, BucketsOffset: 16, OldbucketsOffset: 24,
			BucketType: h.BucketType, BucketSize: 8 + 8*16 + 8*8 + 8, TophashOffset: 0, KeysOffset: 8,
			ElemsOffset: 8 + 8*16, OverflowOffset: 8 + 8*16 + 8*8, BucketCount: 8, KeySlotSize: 16, ElemSlotSize: 8,
		}
		if h != want {
			t.Errorf("hmap layout\n got %+v\nwant %+v", h, want)
		}
		if hdr := typeByID(p.Meta.Types, h.HeaderType); hdr.Size != 48 {
			t.Errorf("header %s is %d bytes, want 48", hdr.Name, hdr.Size)
		}
	})
	t.Run("DWARF 4 locations", func(t *testing.T) {
		pr := probeByID(t, p, "main.intString")
		want := []Piece{word(0, rbx), word(8, rcx)}
		if s := pr.Instances[0].Arguments[1]; s.Source != "abi+dwarf" || !reflect.DeepEqual(s.Pieces, want) {
			t.Errorf("s: %s %v, want DWARF %v", s.Source, s.Pieces, want)
		}
		if len(p.Warnings) != 0 {
			t.Errorf("warnings: %s", strings.Join(p.Warnings, "\n"))
		}
	})
}

// TestDeterministic: captures are checked in, so the same binary and
// probes must give byte-identical metadata.
func TestDeterministic(t *testing.T) {
	render := func() string {
		p := buildBasic(t, "", basicMethods...)
		data, err := json.Marshal(p.Meta)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if a, b := render(), render(); a != b {
		t.Error("two plans of the same binary differ")
	}
}
