package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record/layout"
)

// Capture limits used when probes.json leaves them out, as Datadog's Go
// agent applies them (docs/datadog-parity.md): no depth limit (the agent
// reads an absent limit as MaxUint32; the event budget bounds a hit), 512
// bytes of a string, no field limit, and 256 elements of a collection, the
// count the agent's goldens show (it bounds collections in bytes: 2048 of
// them for 8-byte elements). DefaultMaxEventBytes is this engine's own
// budget.
const (
	DefaultMaxReferenceDepth = math.MaxUint32
	DefaultMaxCollectionSize = 256
	DefaultMaxLength         = 512
	DefaultMaxFieldCount     = 0
	DefaultMaxEventBytes     = 32768
)

// ProbeDef is one probe of a case's probes.json, in the Remote Config
// shape. probes.json is a JSON array of these. Keys this engine does not
// use (tags, language; conditions and capture expressions, which the
// decoder evaluates) are accepted and ignored here.
type ProbeDef struct {
	ID              string      `json:"id"`
	Version         int         `json:"version"`
	Type            string      `json:"type"`
	Where           Where       `json:"where"`
	CaptureSnapshot bool        `json:"captureSnapshot"`
	Capture         *CaptureDef `json:"capture,omitempty"`
	Template        string      `json:"template,omitempty"`
	Segments        []any       `json:"segments,omitempty"`
	// When and CaptureExpressions are kept as given, for the decoder.
	When               any          `json:"when,omitempty"`
	CaptureExpressions []any        `json:"captureExpressions,omitempty"`
	Sampling           *SamplingDef `json:"sampling,omitempty"`
	// EvaluateAt is "ENTRY", "EXIT" or empty. Entry is always captured;
	// returns are captured unless EvaluateAt is "ENTRY" (the Go tracer
	// captures both for method probes).
	EvaluateAt string `json:"evaluateAt,omitempty"`
}

// Where locates a probe: a function, or a source line.
type Where struct {
	MethodName string   `json:"methodName"`
	SourceFile string   `json:"sourceFile"`
	Lines      []string `json:"lines"`
}

// CaptureDef holds the capture limits as written; nil means "use the default".
type CaptureDef struct {
	MaxReferenceDepth *uint32 `json:"maxReferenceDepth,omitempty"`
	MaxCollectionSize *uint32 `json:"maxCollectionSize,omitempty"`
	MaxLength         *uint32 `json:"maxLength,omitempty"`
	MaxFieldCount     *uint32 `json:"maxFieldCount,omitempty"`
	// MaxEventBytes is this engine's extension: the budget of one event.
	MaxEventBytes *uint32 `json:"maxEventBytes,omitempty"`
}

// ProbeConfigError names the probes.json file, the probe and what is wrong.
type ProbeConfigError struct {
	File  string
	Index int // probe index in the array, -1 for the whole file
	ID    string
	Msg   string
}

func (e *ProbeConfigError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s: probe [%d] %q: %s", e.File, e.Index, e.ID, e.Msg)
}

// LoadProbes reads and checks a probes.json file.
func LoadProbes(path string) ([]ProbeDef, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseProbes(data, path)
}

// ParseProbes decodes and checks probes.json content; file names it in errors.
func ParseProbes(data []byte, file string) ([]ProbeDef, error) {
	var defs []ProbeDef
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&defs); err != nil {
		return nil, &ProbeConfigError{File: file, Index: -1, Msg: "not a JSON array of probes: " + err.Error()}
	}
	if dec.More() {
		return nil, &ProbeConfigError{File: file, Index: -1, Msg: "trailing data after the probe array"}
	}
	if len(defs) == 0 {
		return nil, &ProbeConfigError{File: file, Index: -1, Msg: "no probes"}
	}
	seen := map[string]int{}
	for i, d := range defs {
		bad := func(msg string) error { return &ProbeConfigError{File: file, Index: i, ID: d.ID, Msg: msg} }
		switch at := strings.ToUpper(d.EvaluateAt); {
		case d.ID == "":
			return nil, bad("missing id")
		case d.Type == "":
			return nil, bad("missing type")
		case d.Where.MethodName == "" && (d.Where.SourceFile == "" || len(d.Where.Lines) == 0):
			return nil, bad("where names neither a methodName nor a sourceFile and lines")
		case at != "" && at != "ENTRY" && at != "EXIT" && at != "DEFAULT":
			return nil, bad(fmt.Sprintf("evaluateAt %q is not ENTRY, EXIT or DEFAULT", d.EvaluateAt))
		}
		if j, dup := seen[d.ID]; dup {
			return nil, bad(fmt.Sprintf("duplicate id (also probe [%d])", j))
		}
		seen[d.ID] = i
		if c := d.Capture; c != nil && c.MaxEventBytes != nil && (*c.MaxEventBytes < minEventBytes || *c.MaxEventBytes > maxEventBytes) {
			return nil, bad(fmt.Sprintf("capture.maxEventBytes %d is outside [%d, %d]", *c.MaxEventBytes, minEventBytes, maxEventBytes))
		}
	}
	return defs, nil
}

// The bounds of capture.maxEventBytes (schemas/probes.schema.json says the
// same): minEventBytes leaves room for a record header, a few stack PCs and
// one item; maxEventBytes is the engine's record cap.
const (
	minEventBytes = 256
	maxEventBytes = layout.MaxEventBytes
)

// Limits returns the probe's capture limits with defaults filled in.
func (d ProbeDef) Limits() (capfile.CaptureLimits, uint32) {
	pick := func(v *uint32, def uint32) uint32 {
		if v == nil {
			return def
		}
		return *v
	}
	c := d.Capture
	if c == nil {
		c = &CaptureDef{}
	}
	return capfile.CaptureLimits{
		MaxReferenceDepth: pick(c.MaxReferenceDepth, DefaultMaxReferenceDepth),
		MaxCollectionSize: pick(c.MaxCollectionSize, DefaultMaxCollectionSize),
		MaxLength:         pick(c.MaxLength, DefaultMaxLength),
		MaxFieldCount:     pick(c.MaxFieldCount, DefaultMaxFieldCount),
	}, pick(c.MaxEventBytes, DefaultMaxEventBytes)
}

// CaptureReturn reports whether return events exist for this probe: not
// for a line probe, nor one evaluated at ENTRY.
func (d ProbeDef) CaptureReturn() bool {
	return !d.IsLineProbe() && strings.ToUpper(d.EvaluateAt) != "ENTRY"
}

// IsLineProbe: the probe names a source line (where.sourceFile and
// where.lines; a methodName beside them narrows it to that function).
func (d ProbeDef) IsLineProbe() bool { return d.Where.SourceFile != "" && len(d.Where.Lines) > 0 }

// Location names where the probe sits: its method, or file:line of a line probe.
func (d ProbeDef) Location() string {
	if !d.IsLineProbe() {
		return d.Where.MethodName
	}
	return d.Where.SourceFile + ":" + d.Where.Lines[0]
}

// Unsupported says why this engine cannot run the probe at all (the agent's
// UnsupportedFeature), "" when it can.
func (d ProbeDef) Unsupported() string {
	if d.Type != "LOG_PROBE" {
		return fmt.Sprintf("probe kind %s is not supported", d.Type)
	}
	return ""
}
