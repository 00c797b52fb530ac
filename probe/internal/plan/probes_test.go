package plan

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
)

func TestParseProbes(t *testing.T) {
	const full = `[
	  {"id": "a", "version": 2, "type": "LOG_PROBE", "where": {"methodName": "main.f"},
	   "captureSnapshot": true, "evaluateAt": "ENTRY", "tags": ["x:y"], "sampling": {"snapshotsPerSecond": 1},
	   "capture": {"maxReferenceDepth": 5, "maxCollectionSize": 3, "maxLength": 10, "maxFieldCount": 4, "maxEventBytes": 1024},
	   "template": "f({x})", "segments": [{"str": "f("}, {"dsl": "x", "json": {"ref": "x"}}]},
	  {"id": "b", "type": "LOG_PROBE", "where": {"methodName": "main.g"}}
	]`
	defs, err := ParseProbes([]byte(full), "probes.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		def        ProbeDef
		limits     capfile.CaptureLimits
		eventBytes uint32
		returns    bool
	}{
		{"explicit limits, entry only", defs[0], capfile.CaptureLimits{MaxReferenceDepth: 5, MaxCollectionSize: 3, MaxLength: 10, MaxFieldCount: 4}, 1024, false},
		{"defaults: the Go agent's", defs[1], capfile.CaptureLimits{MaxReferenceDepth: math.MaxUint32, MaxCollectionSize: 256, MaxLength: 512, MaxFieldCount: 0}, 32768, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			limits, eventBytes := c.def.Limits()
			if limits != c.limits || eventBytes != c.eventBytes || c.def.CaptureReturn() != c.returns {
				t.Errorf("limits %+v, %d bytes, returns %v; want %+v, %d, %v", limits, eventBytes, c.def.CaptureReturn(), c.limits, c.eventBytes, c.returns)
			}
		})
	}
	if d := defs[0]; d.Version != 2 || d.Template != "f({x})" || len(d.Segments) != 2 || !d.CaptureSnapshot {
		t.Errorf("probe a: %+v", d)
	}
}

func TestParseProbesErrors(t *testing.T) {
	const ok = `{"id": "a", "type": "LOG_PROBE", "where": {"methodName": "main.f"}}`
	cases := []struct {
		name  string
		json  string
		index int
		want  string
	}{
		{"not an array", `{"probes": []}`, -1, "not a JSON array"},
		{"empty", `[]`, -1, "no probes"},
		{"trailing", `[` + ok + `] []`, -1, "trailing data"},
		{"missing id", `[{"type": "LOG_PROBE", "where": {"methodName": "main.f"}}]`, 0, "missing id"},
		{"no location", `[{"id": "l", "type": "LOG_PROBE", "where": {"sourceFile": "main.go"}}]`, 0, "where names neither a methodName nor a sourceFile and lines"},
		{"duplicate id", `[` + ok + `, ` + ok + `]`, 1, "duplicate id"},
		{"evaluateAt", `[{"id": "e", "type": "LOG_PROBE", "where": {"methodName": "main.f"}, "evaluateAt": "LATER"}]`, 0, `evaluateAt "LATER"`},
		{"tiny event budget", `[{"id": "t", "type": "LOG_PROBE", "where": {"methodName": "main.f"}, "capture": {"maxEventBytes": 16}}]`, 0, "maxEventBytes 16 is outside [256, 65528]"},
		{"event budget over the record cap", `[{"id": "t", "type": "LOG_PROBE", "where": {"methodName": "main.f"}, "capture": {"maxEventBytes": 65529}}]`, 0, "maxEventBytes 65529 is outside"},
		{"limit over uint32", `[{"id": "t", "type": "LOG_PROBE", "where": {"methodName": "main.f"}, "capture": {"maxLength": 5000000000}}]`, -1, "maxLength"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseProbes([]byte(c.json), "cases/x/probes.json")
			var pe *ProbeConfigError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a ProbeConfigError", err)
			}
			if pe.Index != c.index || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "cases/x/probes.json: ") {
				t.Errorf("error %q (index %d), want index %d and %q", err, pe.Index, c.index, c.want)
			}
		})
	}
}

// TestProbeMetadata: what Build puts in the capture metadata for a probe.
func TestProbeMetadata(t *testing.T) {
	bin := buildProg(t, "basic", "")
	defs, err := ParseProbes([]byte(`[
	  {"id": "entryOnly", "version": 1, "type": "LOG_PROBE", "where": {"methodName": "main.results"}, "evaluateAt": "ENTRY",
	   "template": "a={a}", "segments": [{"str": "a="}, {"dsl": "a", "json": {"ref": "a"}}]},
	  {"id": "both", "type": "LOG_PROBE", "where": {"methodName": "main.results"}}
	]`), "probes.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(bin, defs, Options{Name: "basic", Service: "svc"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Meta.Program.Service != "svc" || len(p.Meta.Probes) != 3 || p.Probes[1].Index != 1 {
		t.Fatalf("meta %+v", p.Meta.Probes)
	}
	// A probe awaits returns: the engine's own panic probe comes last, internal.
	if panics := p.Meta.Probes[2]; panics.ID != PanicProbeID || !panics.Internal || panics.Method != "runtime.gopanic" ||
		len(panics.Instances) != 1 || len(panics.Instances[0].Arguments) != 1 || panics.Instances[0].Arguments[0].Name != "e" {
		t.Errorf("panic probe %+v, want @panic on runtime.gopanic reading e, internal", panics)
	}
	entry, both := p.Meta.Probes[0], p.Meta.Probes[1]
	if entry.CaptureReturn || len(p.Probes[0].Instances[0].ReturnPCs) != 0 || !both.CaptureReturn || len(p.Probes[1].Instances[0].ReturnPCs) != 2 {
		t.Errorf("captureReturn %v/%v, RETs %d/%d; want false/true, 0/2", entry.CaptureReturn, both.CaptureReturn, len(p.Probes[0].Instances[0].ReturnPCs), len(p.Probes[1].Instances[0].ReturnPCs))
	}
	var names []string
	for _, r := range entry.Instances[0].Results {
		names = append(names, r.Name)
	}
	if entry.Method != "main.results" || entry.Version != 1 || entry.Template != "a={a}" || len(entry.Segments) != 2 ||
		len(entry.Instances[0].Arguments) != 1 || entry.Instances[0].Arguments[0].Name != "a" || !reflect.DeepEqual(names, []string{"n", "s", "err"}) {
		t.Errorf("probe metadata %+v", entry)
	}
	if entry.MaxEventBytes != DefaultMaxEventBytes || entry.Capture.MaxReferenceDepth != DefaultMaxReferenceDepth {
		t.Errorf("defaults not applied: %+v", entry)
	}
}
