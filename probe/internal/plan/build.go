package plan

import (
	"cmp"
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
	Err    error
}

func (e *ProbeError) Error() string { return fmt.Sprintf("probe %q (%s): %v", e.ID, e.Method, e.Err) }
func (e *ProbeError) Unwrap() error { return e.Err }

// Build plans probes on the Go binary at binaryPath: it reads the ELF and
// DWARF once, places each probe, records where its arguments and results
// live, and collects the type table. Every probe that cannot be placed is
// reported (errors.Join of *ProbeError); then there is no plan.
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
	pl := &planner{b: b, ix: ix, tr: newTypeReader(b.dwarf, ix.types)}
	if pl.locs.loclists, err = b.section(".debug_loclists"); err != nil {
		return nil, err
	}
	if pl.locs.loc, err = b.section(".debug_loc"); err != nil {
		return nil, err
	}
	if pl.locs.addr, err = b.section(".debug_addr"); err != nil {
		return nil, err
	}
	rt, err := readRuntime(b, ix, pl.tr)
	if err != nil {
		return nil, err
	}
	limit := 0
	for _, d := range probes {
		c, _ := d.Limits()
		limit = max(limit, int(c.MaxReferenceDepth))
	}
	pl.tt = newTypeTable(pl.tr, ix, limit, cmp.Or(opts.MaxTypes, DefaultMaxTypes))

	p := &Plan{Binary: binaryPath, Runtime: rt.Runtime}
	if p.ReadOnly, err = b.readOnlyData(); err != nil {
		return nil, err
	}
	var errs []error
	for i, d := range probes {
		probe, meta, err := pl.probe(i, d)
		if err != nil {
			errs = append(errs, &ProbeError{ID: d.ID, Method: d.Where.MethodName, Err: err})
			continue
		}
		p.Probes = append(p.Probes, probe)
		p.Meta.Probes = append(p.Meta.Probes, meta)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
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
		GoVersion: b.info.GoVersion, Arch: "amd64", BuildID: buildID,
	}
	p.Meta.Runtime = capfile.RuntimeTypes{ItabType: itabID, ItabTypeOffset: rt.itabTypeOffset}
	p.Meta.Types = pl.tt.capfileTypes(rt.TypesBase)
	p.symbols = &symbolizer{ix: ix, data: b.dwarf}
	for _, pr := range p.Probes {
		p.symbols.exact = append(p.symbols.exact, pr.EntryPC)
		if pr.PrologueJumpPC != 0 {
			p.symbols.exact = append(p.symbols.exact, pr.PrologueJumpPC)
		}
		p.symbols.exact = append(p.symbols.exact, pr.ReturnPCs...)
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
	warnings []string
}

func (pl *planner) probe(index int, d ProbeDef) (Probe, capfile.Probe, error) {
	fn, err := pl.ix.lookup(d.Where.MethodName)
	if err != nil {
		return Probe{}, capfile.Probe{}, err
	}
	if !fn.unit.regabi {
		return Probe{}, capfile.Probe{}, fmt.Errorf("%s was not compiled with the register ABI (Go 1.17+): not supported", fn.name)
	}
	code, err := pl.b.readAt(fn.lowPC, int(fn.highPC-fn.lowPC))
	if err != nil {
		return Probe{}, capfile.Probe{}, err
	}
	at, err := place(code, fn.lowPC)
	if err != nil && (d.CaptureReturn() || at.prologueJump == 0) {
		// Without a full disassembly the RETs are unknown, and a missing
		// stack check may just lie past the undecodable instruction.
		return Probe{}, capfile.Probe{}, fmt.Errorf("%s: %w", fn.name, err)
	}
	params, err := pl.tr.params(fn)
	if err != nil {
		return Probe{}, capfile.Probe{}, err
	}
	var args, results []param
	for _, p := range params {
		if p.result {
			results = append(results, p)
		} else {
			args = append(args, p)
		}
	}
	abiArgs, abiResults, err := abiLocations(pl.tr, paramTypes(args), paramTypes(results), dictionaryIndex(fn, args))
	if err != nil {
		return Probe{}, capfile.Probe{}, err
	}
	limits, maxEventBytes := d.Limits()
	probe := Probe{
		Index: index, ID: d.ID, Function: fn.name,
		EntryPC: at.entry, PrologueJumpPC: at.prologueJump, MorestackTarget: at.morestackTarget,
		MaxEventBytes: maxEventBytes, Capture: limits,
	}
	meta := capfile.Probe{
		ID: d.ID, Version: d.Version, Method: d.Where.MethodName, Capture: limits,
		MaxEventBytes: maxEventBytes, CaptureReturn: d.CaptureReturn(),
		Template: d.Template, Segments: d.Segments,
		Arguments: []capfile.Param{}, Results: []capfile.Param{},
	}
	if meta.CaptureReturn {
		probe.ReturnPCs = at.returns
	}
	for i, a := range args {
		v := pl.argument(d.ID, fn, a, abiArgs[i])
		probe.Arguments = append(probe.Arguments, v)
		meta.Arguments = append(meta.Arguments, capfile.Param{Name: v.Name, Type: v.TypeID})
	}
	for i, r := range results {
		v := pl.result(d.ID, fn, r, abiResults[i], at.returns)
		probe.Results = append(probe.Results, v)
		meta.Results = append(meta.Results, capfile.Param{Name: v.Name, Type: v.TypeID})
	}
	return probe, meta, nil
}

// argument locates an argument at the function's entry and result a
// result at its RETs. The Go internal ABI fixes both, so its assignment is
// used; DWARF's locations at those PCs are checked against it. DWARF is not
// taken over the ABI because Go's location lists are sometimes wrong at
// the entry (go1.26 runtime.(*pallocData).findScavengeCandidate lists its
// fourth argument in the third's register).
func (pl *planner) argument(probeID string, fn *function, a param, abi []Piece) Value {
	return pl.value(probeID, fn, "argument", a, abi, []uint64{fn.lowPC})
}

func (pl *planner) result(probeID string, fn *function, r param, abi []Piece, rets []uint64) Value {
	return pl.value(probeID, fn, "result", r, abi, rets)
}

// value builds the Value of p from its ABI pieces; Source is "abi+dwarf"
// when DWARF has a location at one of pcs at least and agrees at all of
// them, else "abi". A disagreement is a warning.
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

// dwarfPieces is DWARF's location of p at pc. At the probe PCs the
// function has no frame (SP+0 holds the return address, the caller's
// frame starts at SP+8), so a location below SP+8 is a stale home in a
// frame not yet made or already popped: no location.
func (pl *planner) dwarfPieces(fn *function, p param, pc uint64) ([]Piece, error) {
	expr, err := pl.locs.exprAt(p.location, fn.unit, pc)
	if err != nil {
		return nil, err
	}
	locs, err := decodeExpr(expr)
	if err != nil {
		return nil, err
	}
	pieces, err := pl.tr.toPieces(p.typ, locs)
	if err != nil {
		return nil, err
	}
	for _, pc := range pieces {
		if pc.Register == RegisterStack && pc.StackOffset < 8 {
			return nil, errNoLocation
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
