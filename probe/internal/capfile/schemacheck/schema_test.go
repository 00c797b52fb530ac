// Package schemacheck validates the capture metadata capfile writes against
// schemas/capture.schema.json. It is a module of its own so that the JSON
// Schema library stays out of the engine's go.mod, which the captures'
// fingerprint hashes.
package schemacheck

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The schema the harness reads capture metadata with; it refers to the
// probes schema for capture limits, template segments and expressions.
const (
	schemaDir      = "../../../../schemas"
	schemaBaseURL  = "https://godi-golden.dev/schemas/"
	captureSchema  = "capture.schema.json"
	probesSchema   = "probes.schema.json"
	metaLengthAt   = 12 // docs/capture-format.md §1: metaLength u32
	metaStartsAt   = 16 // after the file header
	nanosPerSecond = 1_000_000_000
)

func compileCaptureSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat() // as the harness's ajv-formats does
	for _, name := range []string{captureSchema, probesSchema} {
		f, err := os.Open(filepath.Join(schemaDir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := c.AddResource(schemaBaseURL+name, doc); err != nil {
			t.Fatal(err)
		}
	}
	sch, err := c.Compile(schemaBaseURL + captureSchema)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// writtenMeta is the metadata JSON that capfile.Write puts in a capture file.
func writtenMeta(t *testing.T, meta capfile.Meta) any {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.godicap")
	if err := capfile.Write(path, meta, nil); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := int(binary.LittleEndian.Uint32(data[metaLengthAt:]))
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data[metaStartsAt : metaStartsAt+n]))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func u32(v uint32) *uint32 { return &v }
func yes() *bool           { t := true; return &t }
func no() *bool            { f := false; return &f }

// representativeMeta has a type of every kind (an opaque one too), a map
// of each layout, and probes of every shape the engine writes: a function
// probe with a template, a condition the engine evaluates, sampling and
// drops; a line probe with locals; an inlined copy and a body-less
// function; a probe that could not be installed.
func representativeMeta() capfile.Meta {
	limits := capfile.CaptureLimits{MaxReferenceDepth: 3, MaxCollectionSize: 100, MaxLength: 255, MaxFieldCount: 20}
	condition := map[string]any{"dsl": "n >= 3", "json": map[string]any{"ge": []any{map[string]any{"ref": "n"}, 3}}}
	return capfile.Meta{
		Program: capfile.Program{Name: "sample", Service: "sample", GoVersion: "go1.26.8", Arch: "amd64", BuildID: "b/i/d"},
		Clock:   capfile.Clock{Source: "ktime_boot", UnixOffsetNs: "1750789242826000000"},
		Runtime: capfile.RuntimeTypes{ItabType: 12, ItabTypeOffset: 8},
		Types: []capfile.Type{
			{ID: 1, Name: "int", Kind: "int", Size: 8},
			{ID: 2, Name: "uint8", Kind: "uint8", Size: 1, GoRuntimeType: "0x4a2b40"},
			{ID: 3, Name: "string", Kind: "string", Size: 16},
			{ID: 4, Name: "*main.node", Kind: "pointer", Size: 8, Elem: 5},
			{ID: 5, Name: "main.node", Kind: "struct", Size: 24, Fields: []capfile.Field{
				{Name: "val", Offset: 0, Type: 1},
				{Name: "next", Offset: 8, Type: 4},
				{Name: "Pointer", Offset: 16, Type: 15, Embedded: true},
			}},
			{ID: 6, Name: "[3]int", Kind: "array", Size: 24, Elem: 1, Count: u32(3)},
			{ID: 7, Name: "[]string", Kind: "slice", Size: 24, Elem: 3},
			{ID: 8, Name: "interface {}", Kind: "interface", Size: 16, Empty: yes()},
			{ID: 9, Name: "error", Kind: "interface", Size: 16, Empty: no()},
			{ID: 10, Name: "map[string]int", Kind: "map", Size: 8, Key: 3, Value: 1, Swiss: &capfile.SwissLayout{
				HeaderType: 16, DirPtrOffset: 16, DirLenOffset: 24, TableType: 16, DirectoryType: 16,
				TableGroupsDataOffset: 8, TableGroupsLengthMaskOffset: 16, GroupType: 17, GroupSize: 200,
				SlotsOffset: 8, SlotSize: 24, SlotsPerGroup: 8, ElemOffset: 16,
			}},
			{ID: 11, Name: "map[int]int", Kind: "map", Size: 8, Key: 1, Value: 1, Hmap: &capfile.HmapLayout{
				HeaderType: 16, BOffset: 9, BucketsOffset: 16, OldbucketsOffset: 24, BucketType: 17,
				BucketSize: 208, KeysOffset: 8, ElemsOffset: 136, OverflowOffset: 200, BucketCount: 8,
				KeySlotSize: 16, ElemSlotSize: 8,
			}},
			{ID: 12, Name: "runtime.itab", Kind: "struct", Size: 32},
			{ID: 13, Name: "chan int", Kind: "chan", Size: 8},
			{ID: 14, Name: "func()", Kind: "func", Size: 8},
			{ID: 15, Name: "unsafe.Pointer", Kind: "unsafePointer", Size: 8},
			{ID: 16, Name: "runtime.hmap", Kind: "struct", Size: 48, Opaque: true},
			{ID: 17, Name: "runtime.bmap", Kind: "struct", Size: 208, Opaque: true},
		},
		Probes: []capfile.Probe{
			{
				ID: "conditional", Method: "main.f", Capture: limits, MaxEventBytes: 32768, CaptureReturn: true,
				Template: "n={n}", Segments: []any{map[string]any{"str": "n="}, map[string]any{"dsl": "n", "json": map[string]any{"ref": "n"}}},
				Instances: []capfile.Instance{
					{Function: "main.f", Arguments: []capfile.Param{{Name: "n", Type: 1}, {Name: "m", Type: 10}}, Results: []capfile.Param{{Name: "~r0", Type: 9}}},
					{Function: "main.f", Inlined: true, Arguments: []capfile.Param{{Name: "n", Type: 1}}, Results: []capfile.Param{}},
				},
				Throttle: capfile.Throttle{PeriodNs: nanosPerSecond, Budget: 5}, Sampled: 12, EngineCondition: true,
				CaptureSnapshot: true, When: condition, Dropped: 2,
				CaptureExpressions: []any{map[string]any{"name": "double", "expr": map[string]any{"dsl": "n", "json": map[string]any{"ref": "n"}}}},
			},
			{
				ID: "line", Version: 2, Method: "main.g", Capture: limits, MaxEventBytes: 4096,
				Instances: []capfile.Instance{{Function: "main.g", NoBody: true, Arguments: []capfile.Param{{Name: "p", Type: 4}}, Results: []capfile.Param{},
					Locals: []capfile.Param{{Name: "s", Type: 7}, {Name: "a", Type: 6}, {Name: "h", Type: 11}}}},
				Line:     &capfile.SourceLine{File: "main.go", Line: 42},
				Throttle: capfile.Throttle{PeriodNs: nanosPerSecond, Budget: 1}, CaptureSnapshot: true,
			},
			{
				ID: "missing", Method: "main.nowhere", Capture: limits, MaxEventBytes: 4096, Instances: []capfile.Instance{},
				Throttle: capfile.Throttle{PeriodNs: nanosPerSecond, Budget: 1},
				Error:    "function main.nowhere not found", ErrorType: "TargetNotFoundInBinary",
			},
		},
		Symbols: []capfile.Symbol{{PC: "0x4a1b2c", Frames: []capfile.Frame{
			{Function: "main.inlinedHelper", File: "example.com/sample/util.go", Line: 12},
			{Function: "main.caller", File: "example.com/sample/main.go", Line: 40},
		}}},
		Stats:       capfile.Stats{Events: 0, Dropped: 2, Engine: "godi-probe test"},
		Target:      &capfile.Target{Exit: "exit status 0", ExitCode: 0, StderrTail: ""},
		Fingerprint: map[string]string{"program": "sha256:00", "go": "go1.26.8"},
	}
}

// TestWrittenMetaMatchesSchema validates what capfile.Write produces against
// schemas/capture.schema.json, the contract the harness reads it by.
func TestWrittenMetaMatchesSchema(t *testing.T) {
	sch := compileCaptureSchema(t)
	if err := sch.Validate(writtenMeta(t, representativeMeta())); err != nil {
		t.Fatalf("capfile.Write's metadata does not match %s:\n%v", captureSchema, err)
	}
}

// TestSchemaRefusesWhatItShould keeps the test above from passing on a
// schema that accepts anything: each edit fails at the value it breaks.
func TestSchemaRefusesWhatItShould(t *testing.T) {
	sch := compileCaptureSchema(t)
	for _, c := range []struct {
		name, at string
		edit     func(*capfile.Meta)
	}{
		{"engineCondition without a condition", "/probes/0/engineCondition", func(m *capfile.Meta) { m.Probes[0].When = nil }},
		{"an error beside instances", "/probes/0/instances", func(m *capfile.Meta) { m.Probes[0].Error = "broken" }},
		{"a pointer of 4 bytes", "/types/3/size", func(m *capfile.Meta) { m.Types[3].Size = 4 }},
		{"a map with no layout", "/types/9", func(m *capfile.Meta) { m.Types[9].Swiss = nil }},
	} {
		meta := representativeMeta()
		c.edit(&meta)
		err := sch.Validate(writtenMeta(t, meta))
		if err == nil || !strings.Contains(err.Error(), "at '"+c.at+"'") {
			t.Errorf("%s: want a failure at %s, got %v", c.name, c.at, err)
		}
	}
}
