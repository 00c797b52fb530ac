package capfile

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func sampleMeta() Meta {
	return Meta{
		Program: Program{Name: "sample", Service: "sample", GoVersion: "go1.26.8", Arch: "amd64", BuildID: "b/i/d"},
		Clock:   Clock{Source: "ktime_boot", UnixOffsetNs: "1700000000000000000"},
		Types: []Type{
			{ID: 1, Name: "int", Kind: "int", Size: 8},
			{ID: 2, Name: "uint8", Kind: "uint8", Size: 1},
		},
		Probes: []Probe{{ID: "p", Method: "main.f", Instances: []Instance{{Function: "main.f", Arguments: []Param{{Name: "a", Type: 1}}, Results: []Param{}}}}},
		Stats:  Stats{Engine: "test"},
	}
}

func sampleEvents() []Event {
	return []Event{{
		ProbeIndex: 0, Kind: KindReturn, Flags: FlagTruncated, Goid: 7, TimestampNs: 1234, CallID: 99,
		Stack: []uint64{0x401000, 0x402000},
		Items: []Item{
			{TypeID: 2, Status: StatusRead, Address: 0xc000010000, Data: []byte{0xaa, 0xbb, 0xcc}},
			{TypeID: 1, Status: StatusNoLocation},
		},
	}}
}

// TestByteLayout checks every field offset of a one-event file against
// docs/capture-format.md, computed by hand from the doc's tables.
func TestByteLayout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.cap")
	if err := Write(path, sampleMeta(), sampleEvents()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if got := data[:8]; !bytes.Equal(got, []byte{0x47, 0x4f, 0x44, 0x49, 0x43, 0x41, 0x50, 0x00}) {
		t.Fatalf("magic % x", got)
	}
	if v, r := le.Uint16(data[8:]), le.Uint16(data[10:]); v != 2 || r != 0 {
		t.Fatalf("version %d reserved %d", v, r)
	}
	m := int(le.Uint32(data[12:]))
	var meta map[string]any
	if err := json.Unmarshal(data[16:16+m], &meta); err != nil {
		t.Fatalf("metadata at 16..%d: %v", 16+m, err)
	}
	if ev := meta["stats"].(map[string]any)["events"]; ev != 1.0 {
		t.Errorf("stats.events = %v, want 1", ev)
	}
	if meta["symbols"] == nil {
		t.Errorf("symbols written as null, want []")
	}
	r := 16 + m
	if r%8 != 0 {
		t.Fatalf("first record at %d, not 8-aligned", r)
	}
	// Record: 40-byte header + 2 PCs (16) + item 0 (24 + 3 data padded to 8) + item 1 (24).
	const wantLen = 40 + 16 + 24 + 8 + 24
	checks := []struct {
		name string
		off  int
		size int
		want uint64
	}{
		{"recordLength", 0, 4, wantLen},
		{"probeIndex", 4, 2, 0},
		{"instance", 6, 2, 0},
		{"kind", 8, 1, 1},
		{"flags", 9, 1, 1},
		{"stackDepth", 10, 2, 2},
		{"itemCount", 12, 4, 2},
		{"goid", 16, 8, 7},
		{"timestampNs", 24, 8, 1234},
		{"callId", 32, 8, 99},
		{"stack[0]", 40, 8, 0x401000},
		{"stack[1]", 48, 8, 0x402000},
		{"item0.typeId", 56, 4, 2},
		{"item0.status", 60, 1, 0},
		{"item0.reserved", 61, 3, 0},
		{"item0.address", 64, 8, 0xc000010000},
		{"item0.length", 72, 4, 3},
		{"item0.reserved2", 76, 4, 0},
		{"item0.data", 80, 3, 0xccbbaa},
		{"item0.padding", 83, 5, 0},
		{"item1.typeId", 88, 4, 1},
		{"item1.status", 92, 1, 2},
		{"item1.address", 96, 8, 0},
		{"item1.length", 104, 4, 0},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			var got uint64
			for i := c.size - 1; i >= 0; i-- {
				got = got<<8 | uint64(data[r+c.off+i])
			}
			if got != c.want {
				t.Errorf("at record+%d: got %#x, want %#x", c.off, got, c.want)
			}
		})
	}
	if len(data) != r+wantLen {
		t.Errorf("file is %d bytes, want %d (ends right after the record)", len(data), r+wantLen)
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.cap")
	if err := os.WriteFile(path, []byte("old content"), 0o644); err != nil {
		t.Fatal(err)
	}
	events := append(sampleEvents(), Event{ProbeIndex: 0, Kind: KindEntry, Goid: 1})
	if err := Write(path, sampleMeta(), events); err != nil {
		t.Fatal(err)
	}
	meta, got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if meta.Stats.Events != 2 || meta.Program.BuildID != "b/i/d" || len(meta.Types) != 2 {
		t.Errorf("metadata did not round-trip: %+v", meta)
	}
	if !reflect.DeepEqual(got, events) {
		t.Errorf("events did not round-trip:\n got %+v\nwant %+v", got, events)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files after Write, want only the capture (no temp file left)", len(entries))
	}
}

func TestWriteRefuses(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Event)
		want   string
	}{
		{"unknown probe", func(e *Event) { e.ProbeIndex = 3 }, "probe index 3"},
		{"unknown instance", func(e *Event) { e.Instance = 1 }, "instance 1, probe 0 has 1 instances"},
		{"unknown type", func(e *Event) { e.Items[0].TypeID = 42 }, "type id 42"},
		{"bad kind", func(e *Event) { e.Kind = 2 }, "kind 2"},
		{"data without read", func(e *Event) { e.Items[0].Status = StatusReadFailed }, "status 1 with 3 data bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			events := sampleEvents()
			c.mutate(&events[0])
			err := Write(filepath.Join(dir, "c.cap"), sampleMeta(), events)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("a refused Write left %d files", len(entries))
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.cap")
	if err := Write(path, sampleMeta(), sampleEvents()); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	r := 16 + int(binary.LittleEndian.Uint32(good[12:]))
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	cases := []struct {
		name       string
		data       []byte
		wantOffset int
		wantEvent  int
		want       string
	}{
		{"bad magic", edit(func(b []byte) []byte { b[0] = 'X'; return b }), 0, -1, "bad magic"},
		{"version 3", edit(func(b []byte) []byte { b[8] = 3; return b }), 8, -1, "version 3"},
		{"truncated record", good[:len(good)-8], r, 0, "runs past the end"},
		{"trailing bytes", append(bytes.Clone(good), make([]byte, 40)...), r + 112, 1, "more records than stats.events"},
		{"probe index", edit(func(b []byte) []byte { b[r+4] = 9; return b }), r + 4, 0, "probe index 9"},
		{"instance", edit(func(b []byte) []byte { b[r+6] = 4; return b }), r + 6, 0, "instance 4, probe 0 has 1 instances"},
		{"item length", edit(func(b []byte) []byte { b[r+72] = 200; return b }), r + 72, 0, "length 200 runs past"},
		{"record length", edit(func(b []byte) []byte { b[r] = 41; return b }), r, 0, "not a multiple of 8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Read(c.data, "c.cap")
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a *FormatError", err)
			}
			if fe.Offset != c.wantOffset || fe.Event != c.wantEvent || !strings.Contains(fe.Msg, c.want) || fe.File != "c.cap" {
				t.Errorf("got %v (offset %d, event %d), want offset %d, event %d, message with %q", err, fe.Offset, fe.Event, c.wantOffset, c.wantEvent, c.want)
			}
		})
	}
}

// TestStructFieldsKey: a described struct always has "fields" (an empty
// struct an empty list), an opaque struct and every other kind never.
func TestStructFieldsKey(t *testing.T) {
	cases := []struct {
		typ  Type
		want string // the "fields" JSON, "" when absent
	}{
		{Type{ID: 1, Name: "struct {}", Kind: "struct"}, "[]"},
		{Type{ID: 2, Name: "main.pair", Kind: "struct", Size: 8, Fields: []Field{{Name: "a", Type: 3}}}, `[{"name":"a","offset":0,"type":3}]`},
		{Type{ID: 3, Name: "main.deep", Kind: "struct", Size: 8, Opaque: true}, ""},
		{Type{ID: 4, Name: "int", Kind: "int", Size: 8}, ""},
		{Type{ID: 5, Name: "main.odd", Kind: "int", Size: 8, Fields: []Field{{Name: "x"}}}, ""},
	}
	for _, c := range cases {
		t.Run(c.typ.Name, func(t *testing.T) {
			b, err := json.Marshal(c.typ)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]json.RawMessage
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			if got := string(m["fields"]); got != c.want {
				t.Errorf("%s: fields %q, want %q", b, got, c.want)
			}
			if m["id"] == nil || m["kind"] == nil {
				t.Errorf("%s: common keys missing", b)
			}
		})
	}
	// And through Write and Read: the key survives the file.
	meta := sampleMeta()
	meta.Types = append(meta.Types, Type{ID: 9, Name: "struct {}", Kind: "struct"})
	path := filepath.Join(t.TempDir(), "c.cap")
	if err := Write(path, meta, nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte(`"name":"struct {}","kind":"struct","size":0,"fields":[]`)) {
		t.Errorf("empty struct written without its fields list:\n%s", data)
	}
}
