package plan

import (
	"cmp"
	"debug/dwarf"
	"errors"
	"fmt"
	"slices"
)

// inlinedInstance is one DW_TAG_inlined_subroutine: a copy of a function
// inside a caller's code.
type inlinedInstance struct {
	die    dwarf.Offset // its children locate the parameters
	origin dwarf.Offset // the abstract function DIE: names and types
	entry  uint64       // the lowest address of its code: where the probe goes
	caller *function    // the out-of-line function whose code holds it
}

// inlinedInstances finds, in one pass over .debug_info, the inlined copies
// of every function the probes name, by abstract origin, in DIE order.
// Nothing is read when no probed function is inlined anywhere.
func (pl *planner) inlinedInstances(probes []ProbeDef) (map[dwarf.Offset][]inlinedInstance, error) {
	wanted := map[dwarf.Offset]bool{}
	for _, d := range probes {
		if d.IsLineProbe() {
			continue // a line's sites come from the line table
		}
		for _, name := range pl.ix.matchingNames(d.Where.MethodName) {
			for _, off := range pl.ix.abstracts[name] {
				wanted[off] = true
			}
		}
	}
	out := map[dwarf.Offset][]inlinedInstance{}
	if len(wanted) == 0 {
		return out, nil
	}
	r := pl.b.dwarf.Reader()
	var caller *function
	for {
		e, err := r.Next()
		if err != nil {
			return nil, fmt.Errorf("reading .debug_info: %w", err)
		}
		if e == nil {
			return out, nil
		}
		switch e.Tag {
		case dwarf.TagSubprogram:
			low, ok := e.Val(dwarf.AttrLowpc).(uint64)
			if !ok {
				if e.Children {
					r.SkipChildren() // abstract: holds no code
				}
				continue
			}
			caller = pl.ix.functionAt(low)
		case dwarf.TagInlinedSubroutine:
			origin, _ := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset)
			if !wanted[origin] || caller == nil {
				continue
			}
			ranges, err := pl.b.dwarf.Ranges(e)
			if err != nil {
				return nil, fmt.Errorf("inlined instance at DIE 0x%x: %w", e.Offset, err)
			}
			if len(ranges) == 0 {
				continue
			}
			entry := slices.MinFunc(ranges, func(a, b [2]uint64) int { return cmp.Compare(a[0], b[0]) })[0]
			out[origin] = append(out[origin], inlinedInstance{die: e.Offset, origin: origin, entry: entry, caller: caller})
		}
	}
}

// inlinedCopy plans an inlined instance: a probe at its first instruction
// reading its arguments where the instance's own location lists put them
// at that PC (unavailable where they put them nowhere). It has no return.
func (pl *planner) inlinedCopy(d ProbeDef, ii inlinedInstance) (Instance, error) {
	name := pl.ix.nameOf(pl.b.dwarf, ii.origin)
	_, abstract, err := pl.tr.die(ii.origin)
	if err != nil {
		return Instance{}, err
	}
	_, kids, err := pl.tr.die(ii.die)
	if err != nil {
		return Instance{}, err
	}
	locs := map[dwarf.Offset]*dwarf.Field{}
	for _, k := range kids {
		if o, ok := k.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset); ok && k.Tag == dwarf.TagFormalParameter {
			locs[o] = k.AttrField(dwarf.AttrLocation)
		}
	}
	cfa, err := pl.frames.cfaOffset(ii.entry)
	if err != nil {
		return Instance{}, fmt.Errorf("inlined copy of %s in %s at 0x%x: %w", name, ii.caller.name, ii.entry, err)
	}
	in := Instance{Function: name, Inlined: true, EntryPC: ii.entry, CFA: cfa}
	for _, k := range abstract {
		if k.Tag != dwarf.TagFormalParameter {
			continue
		}
		p, err := pl.tr.param(k, locs[k.Offset])
		if err != nil {
			return Instance{}, fmt.Errorf("%s: %w", name, err)
		}
		if p.result {
			continue
		}
		context := fmt.Sprintf("probe %s: inlined copy of %s in %s: argument", d.ID, name, ii.caller.name)
		in.Arguments = append(in.Arguments, pl.valueAt(p, ii.caller.unit, ii.entry, cfa, context))
	}
	return in, nil
}

// valueAt is p where its location list puts it at pc inside a body, where
// the CFA is cfa bytes above SP: unavailable where the list puts it
// nowhere, and where it cannot be read (a warning, naming context).
func (pl *planner) valueAt(p param, u *unit, pc uint64, cfa int64, context string) Value {
	v := Value{Name: p.name, TypeID: pl.tt.add(p.typ, 0), Size: p.typ.size, Source: "dwarf"}
	pieces, err := pl.piecesAt(p, u, pc, cfa)
	switch {
	case err == nil:
		v.Pieces = pieces
	case errors.Is(err, errNoLocation):
		v.Unavailable = true
	default:
		pl.warn("%s %s: %v", context, p.name, err)
		v.Unavailable = true
	}
	return v
}
