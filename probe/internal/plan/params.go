package plan

import (
	"debug/dwarf"
	"fmt"
	"regexp"
	"strings"
)

// param is one formal parameter of a function: an argument or a result.
type param struct {
	name     string
	typ      *goType
	result   bool         // DW_AT_variable_parameter = 1 marks results in Go's DWARF
	location *dwarf.Field // DW_AT_location of the concrete DIE, nil if none
}

// params reads a function's parameters in declaration order (receiver
// first, then arguments, then results). A function that is also inlined
// elsewhere has an abstract DIE holding names and types; its concrete DIE
// holds the locations and may omit parameters it has no location for, so
// the abstract list is the one to follow.
func (tr *typeReader) params(fn *function) ([]param, error) {
	_, kids, err := tr.die(fn.offset)
	if err != nil {
		return nil, err
	}
	if fn.origin == 0 {
		var out []param
		for _, k := range kids {
			if k.Tag != dwarf.TagFormalParameter {
				continue
			}
			p, err := tr.param(k, k.AttrField(dwarf.AttrLocation))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", fn.name, err)
			}
			out = append(out, p)
		}
		return out, nil
	}
	locs := map[dwarf.Offset]*dwarf.Field{}
	var own []param // concrete-only parameters (Go writes results there)
	for _, k := range kids {
		if k.Tag != dwarf.TagFormalParameter {
			continue
		}
		if o, ok := k.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset); ok {
			locs[o] = k.AttrField(dwarf.AttrLocation)
			continue
		}
		p, err := tr.param(k, k.AttrField(dwarf.AttrLocation))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", fn.name, err)
		}
		own = append(own, p)
	}
	_, abstract, err := tr.die(fn.origin)
	if err != nil {
		return nil, err
	}
	var out []param
	for _, k := range abstract {
		if k.Tag != dwarf.TagFormalParameter {
			continue
		}
		p, err := tr.param(k, locs[k.Offset])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", fn.name, err)
		}
		out = append(out, p)
	}
	return append(out, own...), nil
}

func (tr *typeReader) param(e *dwarf.Entry, loc *dwarf.Field) (param, error) {
	name, _ := e.Val(dwarf.AttrName).(string)
	off, ok := e.Val(dwarf.AttrType).(dwarf.Offset)
	if !ok {
		return param{}, fmt.Errorf("parameter %q (DIE 0x%x) has no type", name, e.Offset)
	}
	t, err := tr.get(off)
	if err != nil {
		return param{}, fmt.Errorf("parameter %q: %w", name, err)
	}
	result, _ := e.Val(dwarf.AttrVarParam).(bool)
	return param{name: name, typ: t, result: result, location: loc}, nil
}

// dictionaryIndex is where a shape-instantiated generic function takes its
// hidden dictionary pointer among its arguments (after the receiver; Go's
// DWARF does not list it), or -1.
func dictionaryIndex(fn *function, args []param) int {
	if !strings.Contains(fn.name, "[go.shape.") {
		return -1
	}
	// A method of a generic type is named pkg.Type[shapes].Method or
	// pkg.(*Type[shapes]).Method: its first argument is the receiver. A
	// closure (…].funcN) reaches its dictionary through its context.
	tail := fn.name[strings.LastIndex(fn.name, "]")+1:]
	switch {
	case closureSuffix.MatchString(tail):
		return -1
	case strings.Contains(tail, ".") && len(args) > 0:
		return 1
	}
	return 0
}

var closureSuffix = regexp.MustCompile(`\.func\d+(\.\d+)*$`)
