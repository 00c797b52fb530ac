package plan

import (
	"cmp"
	"debug/dwarf"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/godi-golden/probe/internal/capfile"
)

// Options tune Build; the zero value means defaults.
type Options struct {
	// Name is the program name (metadata program.name); default: the
	// binary's file name.
	Name string
	// Service is metadata program.service (DD_SERVICE); default: Name.
	Service string
	// MaxTypes caps the types described in full (DefaultMaxTypes when 0).
	MaxTypes int
	// MaxDynamicTypes caps the candidate dynamic types of interfaces taken
	// from the main module and the predeclared types (DefaultMaxDynamicTypes when 0).
	MaxDynamicTypes int
}

// Bounds of the type table.
const (
	DefaultMaxTypes        = 4096
	DefaultMaxDynamicTypes = 1024
)

// ProbeError says which probe could not be placed and why.
type ProbeError struct {
	ID     string
	Method string
	// Type is the kind of problem as Datadog's Go agent names it in a probe
	// status (exception.type): TargetNotFoundInBinary, UnsupportedFeature, …
	Type string
	Err  error
}

func (e *ProbeError) Error() string { return fmt.Sprintf("probe %q (%s): %v", e.ID, e.Method, e.Err) }
func (e *ProbeError) Unwrap() error { return e.Err }

// Build plans probes on the Go binary at binaryPath: it reads the ELF and
// DWARF once, places each probe on every instance of the function it
// names, records where its arguments and results live, and collects the
// type table. A probe that cannot be placed is listed in Plan.Errors (and
// in its metadata) and the others are planned; an error returned is about
// the binary itself.
func Build(binaryPath string, probes []ProbeDef, opts Options) (*Plan, error) {
	b, err := openBinary(binaryPath)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	info, err := b.section(".debug_info")
	if err != nil {
		return nil, err
	}
	ix, err := buildIndex(b.dwarf, info)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", binaryPath, err)
	}
	pl := &planner{b: b, ix: ix, tr: newTypeReader(b.dwarf, ix.types), sourceFiles: map[string]*sourceLines{}}
	if pl.locs.loclists, err = b.section(".debug_loclists"); err != nil {
		return nil, err
	}
	if pl.locs.loc, err = b.section(".debug_loc"); err != nil {
		return nil, err
	}
	if pl.locs.addr, err = b.section(".debug_addr"); err != nil {
		return nil, err
	}
	if pl.frames.data, err = b.section(".debug_frame"); err != nil {
		return nil, err
	}
	pl.frames.sp = b.arch.sp
	rt, err := readRuntime(b, ix, pl.tr)
	if err != nil {
		return nil, err
	}
	limit := 0
	for _, d := range probes {
		c, _ := d.Limits()
		limit = max(limit, int(min(c.MaxReferenceDepth, maxTypeLevels)))
	}
	pl.tt = newTypeTable(pl.tr, ix, limit, cmp.Or(opts.MaxTypes, DefaultMaxTypes))

	p := &Plan{Binary: binaryPath, Runtime: rt.Runtime}
	if p.ReadOnly, err = b.readOnlyData(); err != nil {
		return nil, err
	}
	if len(probes) > maxProbes {
		return nil, fmt.Errorf("%d probes: at most %d fit an event's probe index", len(probes), maxProbes)
	}
	inlined, err := pl.inlinedInstances(probes)
	if err != nil {
		return nil, err
	}
	for i, d := range probes {
		probe, meta, err := pl.probe(i, d, inlined)
		if err != nil {
			pe := &ProbeError{ID: d.ID, Method: d.Location(), Type: errorType(err), Err: err}
			p.Errors = append(p.Errors, pe)
			meta.Error, meta.ErrorType = pe.Err.Error(), pe.Type
		} else {
			p.Probes = append(p.Probes, probe)
		}
		p.Meta.Probes = append(p.Meta.Probes, meta)
	}
	if watchPanics(p.Probes) {
		pl.addPanicProbe(p)
	}
	// The itab is read only for its type word: placed at the deepest full
	// level, the runtime structures it points to stay opaque.
	itabID := pl.tt.add(rt.itab, limit)
	if err := pl.tt.run(); err != nil {
		return nil, err
	}
	if err := pl.tt.addDynamicCandidates(rt.itabs, b.info.Main.Path, cmp.Or(opts.MaxDynamicTypes, DefaultMaxDynamicTypes)); err != nil {
		return nil, err
	}
	p.Warnings = append(pl.warnings, pl.tt.warnings...)

	buildID, err := b.goBuildID()
	if err != nil {
		return nil, err
	}
	name := cmp.Or(opts.Name, filepath.Base(binaryPath))
	p.Meta.Program = capfile.Program{
		Name: name, Service: cmp.Or(opts.Service, name),
		GoVersion: b.info.GoVersion, Arch: b.arch.name, BuildID: buildID,
	}
	p.Meta.Runtime = capfile.RuntimeTypes{ItabType: itabID, ItabTypeOffset: rt.itabTypeOffset}
	p.Meta.Types = pl.tt.capfileTypes(rt.TypesBase)
	p.symbols = &symbolizer{ix: ix, data: b.dwarf}
	for _, pr := range p.Probes {
		for _, in := range pr.Instances {
			p.symbols.exact = append(p.symbols.exact, in.EntryPC)
			if in.PrologueJumpPC != 0 {
				p.symbols.exact = append(p.symbols.exact, in.PrologueJumpPC)
			}
			p.symbols.exact = append(p.symbols.exact, in.ReturnPCs...)
		}
	}
	return p, nil
}

// planner holds what placing probes shares.
type planner struct {
	b        *binaryFile
	ix       *dwarfIndex
	tr       *typeReader
	tt       *typeTable
	locs     locations
	frames   frameTable
	warnings []string
	// sourceFiles caches the line tables of the files line probes name.
	sourceFiles map[string]*sourceLines
}

// UnsupportedError: the probe asks for something this engine does not do.
type UnsupportedError struct{ Why string }

func (e *UnsupportedError) Error() string { return e.Why }

// errorType names a probe's error the way the Go agent's probe status does.
func errorType(err error) string {
	var notFound *FunctionNotFoundError
	var noCode *NoCodeError
	var unsupported *UnsupportedError
	var noLine *LineNotFoundError
	var condition *ConditionError
	switch {
	case errors.As(err, &condition):
		return condition.Type
	case errors.As(err, &notFound), errors.As(err, &noCode), errors.As(err, &noLine):
		return "TargetNotFoundInBinary"
	case errors.As(err, &unsupported):
		return "UnsupportedFeature"
	}
	return "InvalidProbeDefinition"
}

// maxTypeLevels bounds the levels the type table describes types at. A type
// is described at the shallowest level it is met at, so recursive types
// (lists, trees) take few levels whatever the depth asked for; only a chain
// of this many distinct nested types goes opaque (shown as "depth").
const maxTypeLevels = 64

// maxProbes is what an event's u16 probe index can name.
const maxProbes = 1 << 16

// probe places probe d on every instance of the function it names, or of
// the source line it names. The metadata is returned even on error, to
// carry it.
func (pl *planner) probe(index int, d ProbeDef, inlined map[dwarf.Offset][]inlinedInstance) (Probe, capfile.Probe, error) {
	limits, maxEventBytes := d.Limits()
	probe := Probe{Index: index, ID: d.ID, MaxEventBytes: maxEventBytes, Capture: limits}
	meta := capfile.Probe{
		ID: d.ID, Version: d.Version, Method: d.Location(), Capture: limits, Throttle: d.Throttle(),
		MaxEventBytes: maxEventBytes, CaptureReturn: d.CaptureReturn(),
		Template: d.Template, Segments: d.Segments, Instances: []capfile.Instance{},
		When: d.When, CaptureExpressions: d.CaptureExpressions, CaptureSnapshot: d.CaptureSnapshot,
	}
	if why := d.Unsupported(); why != "" {
		return probe, meta, &UnsupportedError{Why: why}
	}
	var err error
	if d.IsLineProbe() {
		var line int
		if line, err = lineNumber(d); err == nil {
			meta.Line = &capfile.SourceLine{File: d.Where.SourceFile, Line: line}
			probe.Instances, err = pl.lineInstances(d, line)
		}
	} else {
		probe.Instances, err = pl.methodInstances(d, inlined)
	}
	if err != nil {
		return probe, meta, err
	}
	if len(probe.Instances) > maxInstances {
		return probe, meta, fmt.Errorf("%d instances: at most %d fit an event's instance index", len(probe.Instances), maxInstances)
	}
	if err := pl.checkCondition(d, probe.Instances); err != nil {
		return probe, meta, err
	}
	// The engine samples the hits where the condition held: all of them
	// without one; with one it cannot evaluate, the decoder samples.
	meta.EngineCondition = d.When != nil && pl.compileConditions(d.whenJSON(), probe.Instances)
	if d.When == nil || meta.EngineCondition {
		probe.Throttle = d.Throttle()
	}
	for _, in := range probe.Instances {
		meta.Instances = append(meta.Instances, capfile.Instance{
			Function: in.Function, Inlined: in.Inlined, NoBody: in.NoBody,
			Arguments: metaParams(in.Arguments), Results: metaParams(in.Results), Locals: metaParams(in.Locals),
			ReturnLocals: metaParams(in.ReturnLocals),
		})
	}
	return probe, meta, nil
}

// maxInstances is what an event's u16 instance index can name.
const maxInstances = 1 << 16

// methodInstances places a method probe on every instance of the function
// it names: the out-of-line copies (one per generic shape) first, then the
// inlined ones in DIE order.
func (pl *planner) methodInstances(d ProbeDef, inlined map[dwarf.Offset][]inlinedInstance) ([]Instance, error) {
	t, err := pl.ix.lookup(d.Where.MethodName)
	if err != nil {
		return nil, err
	}
	var out []Instance
	for _, fn := range t.functions {
		in, err := pl.outOfLine(d, fn)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	for _, origin := range t.abstracts {
		for _, ii := range inlined[origin] {
			in, err := pl.inlinedCopy(d, ii)
			if err != nil {
				return nil, err
			}
			out = append(out, in)
		}
	}
	if len(out) == 0 {
		return nil, &NoCodeError{Name: d.Where.MethodName}
	}
	return out, nil
}

func metaParams(vs []Value) []capfile.Param {
	out := make([]capfile.Param, len(vs))
	for i, v := range vs {
		out[i] = capfile.Param{Name: v.Name, Type: v.TypeID}
	}
	return out
}

// outOfLine plans an out-of-line function: the entry (or its stack-check
// jump), its RETs, and its parameters where the ABI puts them.
func (pl *planner) outOfLine(d ProbeDef, fn *function) (Instance, error) {
	if !fn.unit.regabi {
		return Instance{}, fmt.Errorf("%s was not compiled with the register ABI (Go 1.17+ on amd64, 1.18+ on arm64): not supported", fn.name)
	}
	code, err := pl.b.readAt(fn.lowPC, int(fn.highPC-fn.lowPC))
	if err != nil {
		return Instance{}, err
	}
	at, err := pl.b.arch.place(code, fn.lowPC)
	if err != nil && (d.CaptureReturn() || at.prologueJump == 0) {
		// Without a full disassembly the RETs are unknown, and a missing
		// stack check may just lie past the undecodable instruction.
		return Instance{}, fmt.Errorf("%s: %w", fn.name, err)
	}
	params, err := pl.tr.params(fn)
	if err != nil {
		return Instance{}, err
	}
	args, results := splitParams(params)
	abiArgs, abiResults, err := abiLocations(pl.b.arch, pl.tr, paramTypes(args), paramTypes(results), dictionaryIndex(fn, args))
	if err != nil {
		return Instance{}, err
	}
	in := Instance{
		Function: fn.name, EntryPC: at.entry, CFA: pl.b.arch.entryCFA, PrologueJumpPC: at.prologueJump, MorestackTarget: at.morestackTarget,
		// An entry that is a RET is the whole call: no return to pair it with.
		NoBody: slices.Contains(at.returns, at.entry),
	}
	if d.CaptureReturn() && !in.NoBody {
		in.ReturnPCs = at.returns
	}
	for i, a := range args {
		in.Arguments = append(in.Arguments, pl.value(d.ID, fn, "argument", a, abiArgs[i], []uint64{fn.lowPC}))
	}
	for i, r := range results {
		in.Results = append(in.Results, pl.value(d.ID, fn, "result", r, abiResults[i], at.returns))
	}
	if in.ReturnLocals, err = pl.returnLocals(fn, in.ReturnPCs); err != nil {
		return Instance{}, err
	}
	return in, nil
}

func splitParams(params []param) (args, results []param) {
	for _, p := range params {
		if p.result {
			results = append(results, p)
		} else {
			args = append(args, p)
		}
	}
	return args, results
}

// value builds the Value of p from its ABI pieces, which are used because
// the Go internal ABI fixes where arguments and results live at the entry
// and the RETs; DWARF's locations at those PCs are checked against it.
// DWARF is not taken over the ABI because Go's location lists are
// sometimes wrong at the entry (go1.26
// runtime.(*pallocData).findScavengeCandidate lists its fourth argument in
// the third's register). Source is "abi+dwarf" when DWARF has a location
// at one of pcs at least and agrees at all of them, else "abi". A
// disagreement is a warning.
func (pl *planner) value(probeID string, fn *function, role string, p param, abi []Piece, pcs []uint64) Value {
	v := Value{Name: p.name, TypeID: pl.tt.add(p.typ, 0), Size: p.typ.size, Pieces: abi, Source: "abi"}
	agreed, disagreed := 0, 0
	for _, pc := range pcs {
		pieces, err := pl.dwarfPieces(fn, p, pc)
		switch {
		case errors.Is(err, errNoLocation):
		case err != nil:
			disagreed++
			pl.warn("probe %s: %s %s %s at 0x%x: %v", probeID, fn.name, role, p.name, pc, err)
		case slices.Equal(pieces, abi):
			agreed++
		default:
			disagreed++
			pl.warn("probe %s: %s %s %s at 0x%x: DWARF location %v differs from the ABI's %v; using the ABI",
				probeID, fn.name, role, p.name, pc, pieces, abi)
		}
	}
	if agreed > 0 && disagreed == 0 {
		v.Source = "abi+dwarf"
	}
	return v
}

// dwarfPieces is DWARF's location of p at pc, an entry or RET of fn. There
// the function has no frame (SP+0 holds amd64's return address or the
// caller's saved-LR slot on arm64; the caller's stack arguments start
// above it), so a location below them is a stale home in a frame not yet
// made or already popped: no location.
func (pl *planner) dwarfPieces(fn *function, p param, pc uint64) ([]Piece, error) {
	pieces, err := pl.piecesAt(p, fn.unit, pc, pl.b.arch.entryCFA)
	if err != nil {
		return nil, err
	}
	for _, pc := range pieces {
		if pc.Register == RegisterStack && pc.StackOffset < pl.b.arch.stackArgs {
			return nil, errNoLocation
		}
	}
	return pieces, nil
}

// piecesAt is DWARF's location of p at pc, where the CFA is cfa bytes above SP.
func (pl *planner) piecesAt(p param, u *unit, pc uint64, cfa int64) ([]Piece, error) {
	expr, err := pl.locs.exprAt(p.location, u, pc)
	if err != nil {
		return nil, err
	}
	locs, err := decodeExpr(expr, cfa, pl.b.arch.sp)
	if err != nil {
		return nil, err
	}
	pieces, err := pl.tr.toPieces(p.typ, locs)
	if err != nil {
		return nil, err
	}
	for _, pc := range pieces {
		if pc.Register == RegisterStack && pc.StackOffset < 0 {
			return nil, errNoLocation // below SP: not memory of any live frame
		}
	}
	return pieces, nil
}

func (pl *planner) warn(format string, args ...any) {
	pl.warnings = append(pl.warnings, fmt.Sprintf(format, args...))
}

func paramTypes(ps []param) []*goType {
	out := make([]*goType, len(ps))
	for i, p := range ps {
		out[i] = p.typ
	}
	return out
}
