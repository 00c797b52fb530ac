package plan

import (
	"bufio"
	"bytes"
	"cmp"
	"debug/dwarf"
	"fmt"
	"maps"
	"os/exec"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
)

// runtimeTypeToolchains are the Go versions the descriptor decoder is
// tested with: hmaps (1.23), swiss maps under SwissMapType (1.24, 1.25)
// and under MapType (the local one); Kind_ with and without KindMask.
var runtimeTypeToolchains = []string{"go1.23.12", "go1.24.11", "go1.25.5", ""}

func toolchainName(tc string) string { return cmp.Or(tc, "local") }

// openTypes opens bin as Build does, up to the runtime: its type reader
// can decode descriptors.
func openTypes(t *testing.T, bin string) (*dwarfIndex, *typeReader) {
	t.Helper()
	b, err := openBinary(bin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	info, err := b.section(".debug_info")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := buildIndex(b.dwarf, info)
	if err != nil {
		t.Fatal(err)
	}
	tr := newTypeReader(b.dwarf, ix.types)
	if _, err := readRuntime(b, ix, tr); err != nil {
		t.Fatal(err)
	}
	if tr.rt.err != nil {
		t.Fatal(tr.rt.err)
	}
	return ix, tr
}

// DWARF and reflect spell some names differently: DWARF names types by
// import path (internal/abi.Type; reflect: abi.Type, but it keeps the
// paths of generic arguments), qualifies the unexported fields of unnamed
// structs (struct { runtime.n int32 }), numbers function-local types
// (runtime.untracedG·4) and prefixes types without hash and equality
// functions with noalg.; descriptors of shapes say go.shape.
var (
	pathPrefix     = regexp.MustCompile(`[A-Za-z0-9_.\-~]+/`)
	localNumber    = regexp.MustCompile(`·[0-9]+`)
	qualifiedField = regexp.MustCompile(`([{;] )[A-Za-z0-9_]+\.([A-Za-z0-9_]+ )`)
)

func comparableName(name string) string {
	name = strings.ReplaceAll(pathPrefix.ReplaceAllString(name, ""), "go.shape.", "")
	name = strings.ReplaceAll(name, "noalg.", "")
	return qualifiedField.ReplaceAllString(localNumber.ReplaceAllString(name, ""), "$1$2")
}

// TestDescriptorsAgreeWithDWARF decodes the descriptor of every type
// that DWARF also describes and compares the two: name, kind, size,
// count, fields, emptiness, the types they refer to, and map layouts
// (where DWARF has the map's group or bucket type).
func TestDescriptorsAgreeWithDWARF(t *testing.T) {
	for _, tc := range runtimeTypeToolchains {
		t.Run(toolchainName(tc), func(t *testing.T) {
			ix, tr := openTypes(t, buildProg(t, "boxed", tc))
			compared := map[string]int{}
			for _, off := range ix.runtimeTyped {
				dw, err := tr.get(off)
				if err != nil {
					t.Fatal(err)
				}
				if tr.rt.inDWARF[dw.rtype] != dw.off {
					continue
				}
				dec, err := tr.rt.read(dw.rtype)
				if err != nil {
					t.Fatalf("%s: %v", dw.name, err)
				}
				if diff := describeDiff(tr, dw, dec); diff != "" {
					t.Errorf("%s (descriptor 0x%x): %s", dw.name, dw.rtype, diff)
				}
				compared[dw.kind]++
				if want, err := tr.mapLayout(dw, ix); dw.kind == "map" && err == nil {
					if diff := layoutDiff(tr, ix, want, dec); diff != "" {
						t.Errorf("%s: layout %s", dw.name, diff)
					}
					compared["map layout"]++
				}
			}
			for _, kind := range []string{"int", "string", "pointer", "slice", "array", "struct", "map", "interface", "func", "chan", "map layout"} {
				if compared[kind] == 0 {
					t.Errorf("no %s type compared (%v)", kind, compared)
				}
			}
		})
	}
}

// describeDiff says how a decoded type differs from DWARF's, "" if not.
func describeDiff(tr *typeReader, dw, dec *goType) string {
	var diffs []string
	add := func(format string, args ...any) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	if comparableName(dec.name) != comparableName(dw.name) {
		add("name %q, want %q", dec.name, dw.name)
	}
	if dec.kind != dw.kind || dec.size != dw.size || dec.count != dw.count || dec.empty != dw.empty {
		add("kind/size/count/empty %s/%d/%d/%v, want %s/%d/%d/%v", dec.kind, dec.size, dec.count, dec.empty, dw.kind, dw.size, dw.count, dw.empty)
	}
	sameRef := func(what string, a, b dwarf.Offset) {
		if d := refDiff(tr, a, b); d != "" {
			add("%s: %s", what, d)
		}
	}
	switch dw.kind {
	case "pointer", "slice", "array":
		sameRef("elem", dec.elem, dw.elem)
	case "map":
		sameRef("key", dec.key, dw.key)
		sameRef("value", dec.value, dw.value)
	case "struct":
		if len(dec.fields) != len(dw.fields) {
			add("%d fields, want %d", len(dec.fields), len(dw.fields))
			break
		}
		for i, f := range dec.fields {
			w := dw.fields[i]
			if f.name != w.name || f.offset != w.offset || f.embedded != w.embedded {
				add("field %d %+v, want %+v", i, f, w)
			}
			sameRef("field "+w.name, f.typ, w.typ)
		}
	}
	return strings.Join(diffs, "; ")
}

// refDiff says how the types at a (decoded) and b (DWARF's) differ: the
// same type, or the same descriptor, or (where DWARF gives none) the same
// kind and name.
func refDiff(tr *typeReader, a, b dwarf.Offset) string {
	ta, err := tr.get(a)
	if err != nil {
		return err.Error()
	}
	tb, err := tr.get(b)
	if err != nil {
		return err.Error()
	}
	sameName := ta.kind == tb.kind && comparableName(ta.name) == comparableName(tb.name)
	switch {
	case ta.off == tb.off, ta.rtype != 0 && ta.rtype == tb.rtype:
		return ""
	case sameName && (ta.rtype == 0 || tb.rtype == 0 || strings.Contains(ta.name, "go.shape.")):
		return "" // DWARF has no descriptor, or reads a shape as its type
	}
	return fmt.Sprintf("descriptor 0x%x (%s %s), want 0x%x (%s %s)", ta.rtype, ta.kind, ta.name, tb.rtype, tb.kind, tb.name)
}

// layoutDiff compares the layout of a map read from its descriptor with
// want, the one read from DWARF's own map type.
func layoutDiff(tr *typeReader, ix *dwarfIndex, want *mapLayout, dec *goType) string {
	got, err := tr.mapLayout(dec, ix)
	switch {
	case err != nil:
		return err.Error()
	case want.swiss != nil && (got.swiss == nil || got.swiss.layout != want.swiss.layout):
		return fmt.Sprintf("%+v, want swiss %+v", got, want.swiss.layout)
	case want.hmap != nil && (got.hmap == nil || got.hmap.layout != want.hmap.layout):
		return fmt.Sprintf("%+v, want hmap %+v", got, want.hmap.layout)
	}
	return ""
}

// TestTypesWithoutDWARF plans a probe on a function taking any in the
// boxed program and checks the entries of the types it boxes that DWARF
// does not describe, decoded from their descriptors, and that the values
// reflect builds find their types in the table.
func TestTypesWithoutDWARF(t *testing.T) {
	for _, tc := range runtimeTypeToolchains {
		t.Run(toolchainName(tc), func(t *testing.T) {
			bin := buildProg(t, "boxed", tc)
			p := planMethods(t, bin, "main.boxed")
			types := p.Meta.Types
			decoded := decodedNames(t, bin, p)
			t.Logf("decoded from descriptors: %v", slices.Sorted(maps.Keys(decoded)))
			// go1.23 and go1.24 write no DWARF for a boxed map; no
			// version writes one for the slice type an array's descriptor
			// points to.
			want := []string{"[]main.row"}
			if tc == "go1.23.12" || tc == "go1.24.11" {
				want = append(want, "map[string]int", "map[uint8]main.cell")
			}
			for _, name := range want {
				if !decoded[name] {
					t.Errorf("%s: not decoded from its descriptor (decoded: %v)", name, decoded)
				}
			}

			m := typeNamed(t, types, "map[string]int")
			if m.GoRuntimeType == "" || typeByID(types, m.Key).Name != "string" || typeByID(types, m.Value).Name != "int" {
				t.Errorf("map[string]int: %+v", m)
			}
			checkStringIntLayout(t, types, m)
			cell := typeByID(types, typeNamed(t, types, "map[uint8]main.cell").Value)
			wantCell := map[string]uint32{"Row": 0, "Col": 2, "Label": 8}
			if cell.Name != "main.cell" || cell.Size != 24 || !reflect.DeepEqual(fieldOffsets(cell), wantCell) {
				t.Errorf("map value %+v, want main.cell of 24 bytes with fields %v", cell, wantCell)
			}
			rows := typeNamed(t, types, "[]main.row")
			if row := typeByID(types, rows.Elem); rows.Kind != "slice" || rows.GoRuntimeType == "" ||
				row.Name != "main.row" || !reflect.DeepEqual(fieldOffsets(row), map[string]uint32{"A": 0, "B": 8}) {
				t.Errorf("[]main.row %+v, elem %+v", rows, row)
			}
			checkReflectBuilt(t, bin, types)
		})
	}
}

// decodedNames names the types of p's table whose descriptor DWARF does
// not describe.
func decodedNames(t *testing.T, bin string, p *Plan) map[string]bool {
	t.Helper()
	_, tr := openTypes(t, bin)
	out := map[string]bool{}
	for _, ty := range p.Meta.Types {
		addr, err := strconv.ParseUint(strings.TrimPrefix(ty.GoRuntimeType, "0x"), 16, 64)
		if err != nil {
			continue
		}
		if _, ok := tr.rt.inDWARF[addr-p.Runtime.TypesBase]; !ok {
			out[ty.Name] = true
		}
	}
	return out
}

// checkStringIntLayout checks map[string]int's layout: a swiss group of a
// control word and 8 slots {key string; elem int}, or an hmap bucket of 8
// tophash bytes, 8 keys, 8 values and the overflow pointer.
func checkStringIntLayout(t *testing.T, types []capfile.Type, m capfile.Type) {
	t.Helper()
	switch {
	case m.Swiss != nil:
		s := m.Swiss
		if s.GroupSize != 200 || s.CtrlOffset != 0 || s.SlotsOffset != 8 || s.SlotSize != 24 || s.SlotsPerGroup != 8 ||
			s.KeyOffset != 0 || s.ElemOffset != 16 || s.IndirectKey || s.IndirectElem {
			t.Errorf("swiss layout %+v", *s)
		}
		if typeByID(types, s.HeaderType).Kind != "struct" || typeByID(types, s.GroupType).Size != 200 {
			t.Errorf("header %+v, group %+v", typeByID(types, s.HeaderType), typeByID(types, s.GroupType))
		}
	case m.Hmap != nil:
		h := m.Hmap
		want := capfile.HmapLayout{
			HeaderType: h.HeaderType, CountOffset: 0, BOffset: 9, BucketsOffset: 16, OldbucketsOffset: 24,
			BucketType: h.BucketType, BucketSize: 208, TophashOffset: 0, KeysOffset: 8, ElemsOffset: 136,
			OverflowOffset: 200, BucketCount: 8, KeySlotSize: 16, ElemSlotSize: 8,
		}
		if *h != want {
			t.Errorf("hmap layout\n got %+v\nwant %+v", *h, want)
		}
		if b := typeByID(types, h.BucketType); b.Size != 208 || b.Opaque {
			t.Errorf("bucket type %+v", b)
		}
	default:
		t.Errorf("map[string]int has no layout: %+v", m)
	}
}

// checkReflectBuilt runs the program, which prints the type word of each
// value reflect built, and finds each in the table: reflect finds map,
// slice and struct types that the binary has; a struct type it has not is
// made at run time, outside the binary, and no plan can know it.
func checkReflectBuilt(t *testing.T, bin string, types []capfile.Type) {
	t.Helper()
	out, err := exec.Command(bin, "types").Output()
	if err != nil {
		t.Fatalf("%s types: %v", bin, err)
	}
	byAddr := map[string]capfile.Type{}
	for _, ty := range types {
		if ty.GoRuntimeType != "" {
			byAddr[ty.GoRuntimeType] = ty
		}
	}
	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		// "<what> <reflect's name, may hold spaces> 0x<address>"
		line := sc.Text()
		what, rest, _ := strings.Cut(line, " ")
		i := strings.LastIndex(rest, " ")
		name, addr := rest[:i], rest[i+1:]
		ty, ok := byAddr[addr]
		switch {
		case what == "runtimeOnly" && ok:
			t.Errorf("%s: a type made at run time is in the table: %+v", line, ty)
		case what != "runtimeOnly" && (!ok || ty.Opaque || ty.Name != name):
			t.Errorf("%s: table entry %+v", line, ty)
		}
		seen++
	}
	if seen != 4 {
		t.Errorf("%d reflect-built values in %q, want 4", seen, out)
	}
}
