package plan

import (
	"debug/dwarf"
	"fmt"
	"math"
	"slices"
)

// scope is what a line probe sees at its PC: the function whose code it
// is in (an inlined function when the PC is in an inlined copy), that
// function's arguments, and the locals of every lexical block around the
// PC that the source declares before the probed line.
type scope struct {
	die       dwarf.Offset // the function's or inlined copy's DIE
	function  string
	inlined   bool
	arguments []param
	locals    []param
}

// scopeAt walks fn's DIE tree down the lexical blocks and inlined copies
// whose code holds pc. A line probe fires before its line runs, so a
// variable declared on the probed line or later is not in scope yet. An
// inner variable shadows an outer one of the same name, as in Go.
func (pl *planner) scopeAt(fn *function, pc uint64, line int) (scope, error) {
	r := pl.b.dwarf.Reader()
	r.Seek(fn.offset)
	root, err := r.Next()
	if err != nil || root == nil {
		return scope{}, fmt.Errorf("DWARF DIE at 0x%x: %v", fn.offset, err)
	}
	sc := scope{die: fn.offset, function: fn.name}
	if root.Children {
		if _, err := pl.walkScope(r, &sc, pc, line); err != nil {
			return scope{}, err
		}
	}
	return sc, nil
}

// walkScope reads the children of the entry r just returned. It reports
// inside when pc is in an inlined copy below: then that copy's scope is the
// whole answer and nothing after it is read.
func (pl *planner) walkScope(r *dwarf.Reader, sc *scope, pc uint64, line int) (inside bool, err error) {
	for {
		e, err := r.Next()
		if err != nil {
			return false, fmt.Errorf("reading DWARF scopes: %w", err)
		}
		if e == nil || e.Tag == 0 {
			return false, nil
		}
		switch e.Tag {
		case dwarf.TagFormalParameter, dwarf.TagVariable:
			v, declLine, err := pl.scopeVariable(e)
			if err != nil {
				return false, err
			}
			switch {
			case e.Tag == dwarf.TagFormalParameter && !v.result:
				sc.declare(&sc.arguments, v)
			case e.Tag == dwarf.TagVariable && declLine < line:
				sc.declare(&sc.locals, v)
			}
		case dwarf.TagLexDwarfBlock, dwarf.TagInlinedSubroutine:
			holds, err := pl.holds(e, pc)
			if err != nil {
				return false, err
			}
			if !holds || !e.Children {
				break
			}
			if e.Tag == dwarf.TagInlinedSubroutine {
				origin, _ := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset)
				*sc = scope{die: e.Offset, function: pl.ix.nameOf(pl.b.dwarf, origin), inlined: true}
			}
			inside, err := pl.walkScope(r, sc, pc, line)
			if err != nil || inside || e.Tag == dwarf.TagInlinedSubroutine {
				return true, err
			}
			continue // walkScope read the block's children and its end
		}
		if e.Children {
			r.SkipChildren()
		}
	}
}

// declare adds v to list, removing the outer variable it shadows.
func (sc *scope) declare(list *[]param, v param) {
	named := func(p param) bool { return p.name == v.name }
	sc.arguments = slices.DeleteFunc(sc.arguments, named)
	sc.locals = slices.DeleteFunc(sc.locals, named)
	*list = append(*list, v)
}

// scopeVariable reads a parameter or variable DIE: in an inlined copy or a
// function that is also inlined elsewhere, its name, type and declaration
// line are on its abstract origin, and its location on itself.
func (pl *planner) scopeVariable(e *dwarf.Entry) (param, int, error) {
	named := e
	if o, ok := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset); ok {
		origin, _, err := pl.tr.die(o)
		if err != nil {
			return param{}, 0, err
		}
		named = origin
	}
	p, err := pl.tr.param(named, e.AttrField(dwarf.AttrLocation))
	if err != nil {
		return param{}, 0, err
	}
	declLine, _ := named.Val(dwarf.AttrDeclLine).(int64)
	return p, int(declLine), nil
}

// holds reports whether the code of a block or inlined copy contains pc.
func (pl *planner) holds(e *dwarf.Entry, pc uint64) (bool, error) {
	ranges, err := pl.b.dwarf.Ranges(e)
	if err != nil {
		return false, fmt.Errorf("ranges of DIE 0x%x: %w", e.Offset, err)
	}
	return slices.ContainsFunc(ranges, func(r [2]uint64) bool { return pc >= r[0] && pc < r[1] }), nil
}

// returnLocals are fn's locals that DWARF locates at every one of rets,
// at the same place at each: one return program serves all the RETs.
// At a RET the frame is gone, so Go's location lists place few locals
// there (those left in registers); the others are left out, not shown
// unavailable on every return.
func (pl *planner) returnLocals(fn *function, rets []uint64) ([]Value, error) {
	var out []Value
	for i, pc := range rets {
		sc, err := pl.scopeAt(fn, pc, math.MaxInt)
		if err != nil {
			return nil, fmt.Errorf("%s at 0x%x: %w", fn.name, pc, err)
		}
		located := map[string][]Piece{}
		for _, v := range sc.locals {
			if pieces, err := pl.dwarfPieces(fn, v, pc); err == nil {
				located[v.name] = pieces
			}
		}
		if i == 0 {
			for _, v := range sc.locals {
				if pieces, ok := located[v.name]; ok {
					out = append(out, Value{Name: v.name, TypeID: pl.tt.add(v.typ, 0), Size: v.typ.size, Pieces: pieces, Source: "dwarf"})
				}
			}
			continue
		}
		out = slices.DeleteFunc(out, func(v Value) bool { return !slices.Equal(located[v.Name], v.Pieces) })
	}
	return out, nil
}
