// Package capfile writes capture files: the Go side of docs/capture-format.md.
package capfile

import "encoding/json"

// Meta is the metadata JSON of a capture file (docs/capture-format.md §2).
type Meta struct {
	Program Program      `json:"program"`
	Clock   Clock        `json:"clock"`
	Runtime RuntimeTypes `json:"runtime"`
	Types   []Type       `json:"types"`
	Probes  []Probe      `json:"probes"`
	Symbols []Symbol     `json:"symbols"`
	Stats   Stats        `json:"stats"`
	// Target is how the probed program ended (absent in captures not
	// written from a run).
	Target *Target `json:"target,omitempty"`
	// Fingerprint names what produced the capture (program sources, probe
	// file, engine, Go version), as the caller gave it: a replay compares it
	// with what it would produce now (docs/capture-format.md §2).
	Fingerprint map[string]string `json:"fingerprint,omitempty"`
}

type Program struct {
	Name      string `json:"name"`
	Service   string `json:"service"`
	GoVersion string `json:"goVersion"`
	Arch      string `json:"arch"`
	BuildID   string `json:"buildId"`
}

// Target is how the probed program ended.
type Target struct {
	// Exit is the Go os.ProcessState text: "exit status 0", "signal: killed".
	Exit string `json:"exit"`
	// ExitCode is the exit code, -1 when a signal ended it.
	ExitCode int `json:"exitCode"`
	// StderrTail is the end of what it wrote to stderr.
	StderrTail string `json:"stderrTail"`
}

type Clock struct {
	Source       string `json:"source"`
	UnixOffsetNs string `json:"unixOffsetNs"`
}

type RuntimeTypes struct {
	ItabType       uint32 `json:"itabType"`
	ItabTypeOffset uint32 `json:"itabTypeOffset"`
}

// Type is one entry of the type table; which optional keys are set depends on Kind.
type Type struct {
	ID            uint32       `json:"id"`
	Name          string       `json:"name"`
	Kind          string       `json:"kind"`
	Size          uint32       `json:"size"`
	GoRuntimeType string       `json:"goRuntimeType,omitempty"` // "0x…"
	Elem          uint32       `json:"elem,omitempty"`
	Count         *uint32      `json:"count,omitempty"`
	Fields        []Field      `json:"fields,omitempty"` // written by MarshalJSON
	Empty         *bool        `json:"empty,omitempty"`
	Key           uint32       `json:"key,omitempty"`
	Value         uint32       `json:"value,omitempty"`
	Swiss         *SwissLayout `json:"swiss,omitempty"`
	Hmap          *HmapLayout  `json:"hmap,omitempty"`
	// Opaque marks a type beyond the type bound: only id, name, kind, size
	// (and goRuntimeType) are given, and no memory of it is ever recorded.
	Opaque bool `json:"opaque,omitempty"`
}

// MarshalJSON writes "fields" for every described struct, even one with no
// fields (the format requires the key: `struct{}` has an empty list), and
// for no other kind.
func (t Type) MarshalJSON() ([]byte, error) {
	type plain Type // the same fields without this method
	out := struct {
		plain
		Fields *[]Field `json:"fields,omitempty"` // shadows plain.Fields
	}{plain: plain(t)}
	if t.Kind == "struct" && !t.Opaque {
		fields := t.Fields
		if fields == nil {
			fields = []Field{}
		}
		out.Fields = &fields
	}
	return json.Marshal(out)
}

type Field struct {
	Name   string `json:"name"`
	Offset uint32 `json:"offset"`
	Type   uint32 `json:"type"`
	// Embedded is true for an embedded field (its name is the type's name).
	Embedded bool `json:"embedded,omitempty"`
}

type SwissLayout struct {
	HeaderType                  uint32 `json:"headerType"`
	UsedOffset                  uint32 `json:"usedOffset"`
	DirPtrOffset                uint32 `json:"dirPtrOffset"`
	DirLenOffset                uint32 `json:"dirLenOffset"`
	TableType                   uint32 `json:"tableType"`
	DirectoryType               uint32 `json:"directoryType"`
	TableGroupsDataOffset       uint32 `json:"tableGroupsDataOffset"`
	TableGroupsLengthMaskOffset uint32 `json:"tableGroupsLengthMaskOffset"`
	GroupType                   uint32 `json:"groupType"`
	GroupSize                   uint32 `json:"groupSize"`
	CtrlOffset                  uint32 `json:"ctrlOffset"`
	SlotsOffset                 uint32 `json:"slotsOffset"`
	SlotSize                    uint32 `json:"slotSize"`
	SlotsPerGroup               uint32 `json:"slotsPerGroup"`
	KeyOffset                   uint32 `json:"keyOffset"`
	ElemOffset                  uint32 `json:"elemOffset"`
	IndirectKey                 bool   `json:"indirectKey"`
	IndirectElem                bool   `json:"indirectElem"`
}

type HmapLayout struct {
	HeaderType       uint32 `json:"headerType"`
	CountOffset      uint32 `json:"countOffset"`
	BOffset          uint32 `json:"bOffset"`
	BucketsOffset    uint32 `json:"bucketsOffset"`
	OldbucketsOffset uint32 `json:"oldbucketsOffset"`
	BucketType       uint32 `json:"bucketType"`
	BucketSize       uint32 `json:"bucketSize"`
	TophashOffset    uint32 `json:"tophashOffset"`
	KeysOffset       uint32 `json:"keysOffset"`
	ElemsOffset      uint32 `json:"elemsOffset"`
	OverflowOffset   uint32 `json:"overflowOffset"`
	BucketCount      uint32 `json:"bucketCount"`
	KeySlotSize      uint32 `json:"keySlotSize"`
	ElemSlotSize     uint32 `json:"elemSlotSize"`
	IndirectKey      bool   `json:"indirectKey"`
	IndirectElem     bool   `json:"indirectElem"`
}

type CaptureLimits struct {
	MaxReferenceDepth uint32 `json:"maxReferenceDepth"`
	MaxCollectionSize uint32 `json:"maxCollectionSize"`
	MaxLength         uint32 `json:"maxLength"`
	MaxFieldCount     uint32 `json:"maxFieldCount"`
}

type Probe struct {
	ID            string        `json:"id"`
	Version       int           `json:"version"`
	Method        string        `json:"method"`
	Capture       CaptureLimits `json:"capture"`
	MaxEventBytes uint32        `json:"maxEventBytes"`
	CaptureReturn bool          `json:"captureReturn"`
	Template      string        `json:"template,omitempty"`
	Segments      []any         `json:"segments,omitempty"`
	Instances     []Instance    `json:"instances"`
	// Line is set on a line probe: the file as probes.json gives it and the line.
	Line *SourceLine `json:"line,omitempty"`
	// Throttle is the probe's sampling, applied to the hits whose
	// condition held (every hit without one): by the engine, or by the
	// decoder for a condition the engine does not evaluate.
	Throttle Throttle `json:"throttle"`
	// Sampled counts the hits the engine's throttle skipped.
	Sampled uint64 `json:"sampled,omitempty"`
	// Internal: the engine's own probe (plan.PanicProbeID), not one of
	// probes.json: no snapshots, no status; the decoder reads its events.
	Internal bool `json:"internal,omitempty"`
	// EngineCondition: the engine evaluated the condition and sent only the
	// hits where it held (or could not read a value: fail open), sampled.
	EngineCondition bool `json:"engineCondition,omitempty"`
	// CaptureSnapshot: the snapshot carries the captured values and the
	// stack; without it (a log probe) only the message.
	CaptureSnapshot bool `json:"captureSnapshot"`
	// When and CaptureExpressions are as probes.json gives them: the
	// decoder evaluates them on the captured values.
	When               any   `json:"when,omitempty"`
	CaptureExpressions []any `json:"captureExpressions,omitempty"`
	// Error says why the probe could not be installed (then it has no
	// instances and no events); ErrorType names its kind as the Go agent's
	// probe status does (TargetNotFoundInBinary, UnsupportedFeature, …).
	Error     string `json:"error,omitempty"`
	ErrorType string `json:"errorType,omitempty"`
	// Dropped counts this probe's events lost in the engine (the ring
	// buffer was full): entries and returns alike.
	Dropped uint64 `json:"dropped,omitempty"`
}

// Instance is one piece of code a probe covers (docs/capture-format.md §2.2).
type Instance struct {
	Function  string  `json:"function"`
	Inlined   bool    `json:"inlined,omitempty"`
	NoBody    bool    `json:"noBody,omitempty"`
	Arguments []Param `json:"arguments"`
	Results   []Param `json:"results"`
	// Locals are a line probe's variables in scope at its line; entry
	// events carry them after the arguments.
	Locals []Param `json:"locals,omitempty"`
	// ReturnLocals are the function's locals located at its RETs; return
	// events carry them after the results.
	ReturnLocals []Param `json:"returnLocals,omitempty"`
}

// Throttle is a sampling rate as the Go agent's throttler applies it:
// Budget hits pass in each period of PeriodNs, which starts at the first
// hit after the previous period ended.
type Throttle struct {
	PeriodNs uint64 `json:"periodNs"`
	Budget   int64  `json:"budget"`
}

// SourceLine is where a line probe sits, as probes.json names it.
type SourceLine struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

type Param struct {
	Name string `json:"name"`
	Type uint32 `json:"type"`
}

type Symbol struct {
	PC     string  `json:"pc"`
	Frames []Frame `json:"frames"`
}

type Frame struct {
	Function string `json:"function"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

type Stats struct {
	Events  int    `json:"events"`
	Dropped uint64 `json:"dropped"`
	Engine  string `json:"engine"`
}

// Event kinds and flags (docs/capture-format.md §3.1).
const (
	KindEntry  = 0
	KindReturn = 1

	FlagTruncated      = 1 << 0
	FlagStackTruncated = 1 << 1
)

// Item statuses (docs/capture-format.md §3.2).
const (
	StatusRead       = 0
	StatusReadFailed = 1
	StatusNoLocation = 2
)

// Event is one record of the events section.
type Event struct {
	ProbeIndex  uint16
	Instance    uint16 // index into the probe's Instances
	Kind        uint8
	Flags       uint8
	Goid        uint64
	TimestampNs uint64
	CallID      uint64
	Stack       []uint64
	Items       []Item
}

// Item is one data item: a root (Address 0) or memory read at Address as TypeID.
type Item struct {
	TypeID  uint32
	Status  uint8
	Address uint64
	Data    []byte
}
