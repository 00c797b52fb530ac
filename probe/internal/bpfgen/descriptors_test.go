package bpfgen

import (
	"slices"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
)

func u32(v uint32) *uint32 { return &v }
func yes() *bool           { b := true; return &b }

// A type table shaped like Go 1.26 amd64: a struct with every kind of reference.
func sampleMeta() *capfile.Meta {
	return &capfile.Meta{
		Runtime: capfile.RuntimeTypes{ItabType: 20, ItabTypeOffset: 8},
		Types: []capfile.Type{
			{ID: 1, Name: "int", Kind: "int", Size: 8},
			{ID: 2, Name: "uint8", Kind: "uint8", Size: 1},
			{ID: 3, Name: "string", Kind: "string", Size: 16},
			{ID: 4, Name: "main.T", Kind: "struct", Size: 96, Fields: []capfile.Field{
				{Name: "N", Offset: 0, Type: 1}, {Name: "S", Offset: 8, Type: 3}, {Name: "L", Offset: 24, Type: 5},
				{Name: "M", Offset: 48, Type: 6}, {Name: "P", Offset: 56, Type: 7}, {Name: "A", Offset: 64, Type: 8},
				{Name: "E", Offset: 80, Type: 9},
			}},
			{ID: 5, Name: "[]string", Kind: "slice", Size: 24, Elem: 3},
			{ID: 6, Name: "map[string]int", Kind: "map", Size: 8, Key: 3, Value: 1, Swiss: &capfile.SwissLayout{
				HeaderType: 10, DirPtrOffset: 16, DirLenOffset: 24, TableType: 11, DirectoryType: 12,
				TableGroupsDataOffset: 16, TableGroupsLengthMaskOffset: 24, GroupType: 13, GroupSize: 200,
				SlotsOffset: 8, SlotSize: 24, SlotsPerGroup: 8, KeyOffset: 0, ElemOffset: 16,
			}},
			{ID: 7, Name: "*main.T", Kind: "pointer", Size: 8, Elem: 4, GoRuntimeType: "0x4a0000"},
			{ID: 8, Name: "interface {}", Kind: "interface", Size: 16, Empty: yes()},
			{ID: 9, Name: "error", Kind: "interface", Size: 16, Empty: new(bool)},
			{ID: 10, Name: "internal/runtime/maps.Map", Kind: "struct", Size: 48},
			{ID: 11, Name: "internal/runtime/maps.table", Kind: "struct", Size: 32},
			{ID: 12, Name: "*internal/runtime/maps.table", Kind: "pointer", Size: 8, Elem: 11},
			{ID: 13, Name: "map.group[string]int", Kind: "struct", Size: 200},
			{ID: 14, Name: "[2]string", Kind: "array", Size: 32, Elem: 3, Count: u32(2)},
			{ID: 15, Name: "[100]string", Kind: "array", Size: 1600, Elem: 3, Count: u32(100)},
			{ID: 16, Name: "main.box", Kind: "struct", Size: 16, GoRuntimeType: "0x4b0000", Fields: []capfile.Field{{Name: "w", Offset: 0, Type: 1}, {Name: "h", Offset: 8, Type: 1}}},
			{ID: 17, Name: "*main.box", Kind: "pointer", Size: 8, Elem: 16},
			{ID: 18, Name: "[]int", Kind: "slice", Size: 24, Elem: 1},
			{ID: 20, Name: "internal/abi.ITab", Kind: "struct", Size: 32, Fields: []capfile.Field{{Name: "Type", Offset: 8, Type: 7}}},
		},
	}
}

func descs(t *testing.T) (*typeTable, map[uint32]*descriptor) {
	tt, err := newTypeTable(sampleMeta())
	if err != nil {
		t.Fatal(err)
	}
	d, err := tt.descriptors()
	if err != nil {
		t.Fatal(err)
	}
	return tt, d
}

func TestDescriptorsFlattenReferences(t *testing.T) {
	_, d := descs(t)
	want := []slot{
		{off: 8, kind: slotString, target: 2},
		{off: 24, kind: slotSlice, target: 3, depthInc: 1},
		{off: 48, kind: slotMap, target: 10, aux: 6, depthInc: 1},
		{off: 56, kind: slotPointer, target: 4, depthInc: 1},
		{off: 64, kind: slotEface},
		{off: 80, kind: slotIface},
	}
	if got := d[4].slots; !slices.Equal(got, want) {
		t.Errorf("main.T slots\n got %+v\nwant %+v", got, want)
	}
	if got := d[14].slots; !slices.Equal(got, []slot{{off: 0, kind: slotString, target: 2}, {off: 16, kind: slotString, target: 2}}) {
		t.Errorf("[2]string is flattened: %+v", got)
	}
	if got := d[15].slots; !slices.Equal(got, []slot{{kind: slotInline, target: 3, aux: 100}}) {
		t.Errorf("[100]string is scanned inline: %+v", got)
	}
	if len(d[1].slots) != 0 || len(d[20].slots) != 0 {
		t.Errorf("an int and the itab refer to nothing: %+v %+v", d[1].slots, d[20].slots)
	}
}

func TestDescriptorsOfSwissMapInternals(t *testing.T) {
	_, d := descs(t)
	if got := d[10].slots; !slices.Equal(got, []slot{{off: 16, kind: slotSwissDir}}) {
		t.Errorf("header: %+v", got)
	}
	if got := d[12].slots; !slices.Equal(got, []slot{{kind: slotPointer, target: 11}}) {
		t.Errorf("directory entries lead to tables at the same depth: %+v", got)
	}
	if got := d[11].slots; !slices.Equal(got, []slot{{off: 16, kind: slotSwissGroups}}) {
		t.Errorf("table: %+v", got)
	}
	g := d[13]
	if len(g.slots) != 8 {
		t.Fatalf("group: %d slots, want one per entry's string key", len(g.slots))
	}
	for i, s := range g.slots {
		if want := (slot{off: 8 + uint32(i)*24, kind: slotString, target: 2, cond: condSwissFull, condIdx: uint8(i)}); s != want {
			t.Errorf("group slot %d: %+v, want %+v", i, s, want)
		}
	}
	if l := d[6].layout; l[layGroupType] != 13 || l[layDirectoryType] != 12 || l[layDirLenOff] != 24 || l[layLengthMaskOff] != 24 {
		t.Errorf("map layout %v", l)
	}
}

func TestRuntimeTypesMarkPointerShapes(t *testing.T) {
	tt, _ := descs(t)
	rt, err := tt.runtimeTypes()
	if err != nil {
		t.Fatal(err)
	}
	ptr, box := rt[0x4a0000], rt[0x4b0000]
	if ptr[rtypeID] != 7 || ptr[rtypeFlags] != rtypePointerShaped {
		t.Errorf("*main.T: %v", ptr)
	}
	if box[rtypeID] != 16 || box[rtypeFlags] != 0 {
		t.Errorf("main.box is boxed: %v", box)
	}
}
