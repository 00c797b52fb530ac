package plan

import (
	"debug/dwarf"
	"fmt"
	"strings"
)

// ConditionError is a probe whose condition cannot be installed, found the
// way Datadog's Go agent finds it when it builds a probe (its irgen:
// analyzeCondition, exploreTypesForExpressions, resolveCondition): the
// probe gets the agent's ERROR status instead of an evaluation error on
// every hit. Type is the agent's issue kind; the message is its text.
type ConditionError struct {
	Type string
	Msg  string
}

func (e *ConditionError) Error() string { return e.Msg }

// The agent's issue kinds for conditions (ir.IssueKind, as its probe
// status names them).
const (
	conditionVariableUnavailable    = "ConditionVariableUnavailable"
	conditionExpressionUnresolvable = "ConditionExpressionUnresolvable"
	unsupportedFeature              = "UnsupportedFeature"
)

// conditionOps are the operators the probe language knows (the decoder
// evaluates every one of them); anything else is the agent's
// UnsupportedExpr.
var conditionOps = map[string]bool{
	"ref": true, "getmember": true, "index": true, "len": true, "count": true, "isEmpty": true,
	"isDefined": true, "isUndefined": true, "not": true, "and": true, "or": true,
	"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
	"startsWith": true, "endsWith": true, "matches": true, "contains": true, "instanceof": true,
	"any": true, "all": true, "filter": true,
}

// checkCondition makes the agent's install-time checks of the probe's
// condition on each instance, in the agent's order: the condition's
// operators, then the variable each comparison starts from (unknown, or
// with no location where the probe reads it), then the type of each
// comparison's left side, then the comparison against its literal.
//
// Only type errors are reported: what is wrong in any implementation
// (a field the type does not have, len of an int, a string compared with a
// number, a literal out of the variable's range, a slice compared with
// anything but null, an int as a whole condition). The agent's own limits
// (a reference on the right of a comparison, ordering on floats, a boolean
// variable as a whole condition) are left to the decoder, which evaluates
// them: godi runs those probes (docs/probe-language.md).
func (pl *planner) checkCondition(d ProbeDef, instances []Instance) error {
	when := d.whenJSON()
	if when == nil {
		return nil
	}
	if op, ok := unknownOp(when); ok {
		return &ConditionError{Type: unsupportedFeature, Msg: unsupportedOpMessage(when, op)}
	}
	leaves := conditionLeaves(when, nil)
	var declared map[string]bool // names of the function's variables, read once if needed
	for _, in := range instances {
		vars := map[string]conditionVar{}
		for _, v := range in.Arguments {
			vars[v.Name] = conditionVar{value: v, argument: true}
		}
		for _, v := range in.Results {
			vars[v.Name] = conditionVar{value: v, result: true}
		}
		for _, v := range in.Locals {
			vars[v.Name] = conditionVar{value: v}
		}
		// The variable each leaf starts from.
		for _, l := range leaves {
			name, ok := rootName(l.sub)
			if !ok || strings.HasPrefix(name, "@") {
				continue
			}
			v, found := vars[name]
			if !found {
				if !d.IsLineProbe() {
					// A local of a method probe is read at the return by the
					// agent; godi has no locals at return and leaves it to
					// the decoder. Only a name no variable of the function has
					// is unknown.
					if declared == nil {
						declared = pl.declaredNames(d.Where.MethodName)
					}
					if declared[name] {
						continue
					}
				}
				return &ConditionError{Type: conditionVariableUnavailable, Msg: fmt.Sprintf("condition variable %q not found", name)}
			}
			if pl.unreadable(v, d.IsLineProbe()) {
				return &ConditionError{Type: conditionVariableUnavailable, Msg: fmt.Sprintf("condition variable %q not available at any event", name)}
			}
		}
		// Every leaf's left side is typed before any is compared, as the
		// agent explores all the condition's types before it resolves it.
		typed := make([]*goType, len(leaves))
		for i, l := range leaves {
			name, ok := rootName(l.sub)
			v, found := vars[name]
			if !ok || !found {
				continue
			}
			t, err := pl.exploreType(l.sub, pl.tt.types[v.value.TypeID-1], "")
			if err != nil {
				return &ConditionError{Type: conditionExpressionUnresolvable, Msg: "condition type exploration failed: " + err.Error()}
			}
			typed[i] = t
		}
		for i, l := range leaves {
			if typed[i] == nil {
				continue
			}
			if l.op == "value" {
				if typed[i].kind != "bool" {
					return &ConditionError{Type: unsupportedFeature, Msg: "unsupported condition expression type: " + exprTypeName(l.sub)}
				}
				continue
			}
			if err := pl.resolveLeaf(l, typed[i]); err != nil {
				return &ConditionError{Type: conditionExpressionUnresolvable, Msg: "failed to resolve condition: " + err.Error()}
			}
		}
	}
	return nil
}

// conditionVar is a variable a condition can name at an instance.
type conditionVar struct {
	value            Value
	argument, result bool
}

// unreadable: the agent cannot evaluate a condition on the variable where
// the probe reads it. At a function's entry only a float argument held in
// a floating-point register (which a uprobe cannot read); at a line, any
// variable with no location there too.
func (pl *planner) unreadable(v conditionVar, line bool) bool {
	if line && v.value.Unavailable {
		return true
	}
	if !v.argument && !line {
		return false
	}
	kind := pl.tt.types[v.value.TypeID-1].kind
	if kind != "float32" && kind != "float64" {
		return false
	}
	for _, p := range v.value.Pieces {
		if pl.floatRegister(p.Register) {
			return true
		}
	}
	return false
}

// floatRegister: the DWARF register number is a floating-point register
// (amd64 XMM0-15; arm64 V0-V31).
func (pl *planner) floatRegister(r int) bool {
	return r >= pl.b.arch.firstVector && r <= pl.b.arch.lastVector
}

// conditionLeaf is one comparison (or isEmpty) of a condition: the
// expression its left side (or operand) is, and the literal it is compared
// with.
type conditionLeaf struct {
	op      string // eq ne lt le gt ge, isEmpty, or "value": a path expression standing alone
	sub     any
	literal any  // the right side of a comparison
	hasRHS  bool // literal is a literal (not a reference or another expression)
}

// conditionLeaves lists the leaves under and, or and not that the agent
// compiles (comparisons with a left side it can follow, isEmpty); other
// leaves are the decoder's alone.
func conditionLeaves(node any, out []conditionLeaf) []conditionLeaf {
	m, ok := node.(map[string]any)
	if !ok || len(m) != 1 {
		return out
	}
	for op, operand := range m {
		switch op {
		case "and", "or":
			list, _ := operand.([]any)
			for _, o := range list {
				out = conditionLeaves(o, out)
			}
		case "not":
			out = conditionLeaves(operand, out)
		case "isEmpty":
			if pathExpression(operand) {
				out = append(out, conditionLeaf{op: op, sub: operand})
			}
		case "ref", "getmember", "index", "len":
			// A value as a whole condition: a boolean is godi's (the agent
			// refuses any), anything else is no condition at all.
			if pathExpression(node) {
				out = append(out, conditionLeaf{op: "value", sub: node})
			}
		case "eq", "ne", "lt", "le", "gt", "ge":
			pair, ok := operand.([]any)
			if !ok || len(pair) != 2 || !pathExpression(pair[0]) {
				// A literal on the left (godi reads [literal, ref] swapped)
				// and anything the agent does not follow: the decoder's.
				continue
			}
			_, isExpr := pair[1].(map[string]any)
			if isExpr {
				// A reference on the right is beyond the agent (only
				// literals) but not a type error: the decoder evaluates it.
				continue
			}
			out = append(out, conditionLeaf{op: op, sub: pair[0], literal: pair[1], hasRHS: true})
		}
	}
	return out
}

// pathExpression: ref, getmember, index, len and isEmpty down to a ref,
// what the agent accepts on the left of a condition.
func pathExpression(node any) bool {
	m, ok := node.(map[string]any)
	if !ok || len(m) != 1 {
		return false
	}
	for op, operand := range m {
		switch op {
		case "ref":
			_, ok := operand.(string)
			return ok
		case "getmember", "index":
			pair, ok := operand.([]any)
			return ok && len(pair) == 2 && pathExpression(pair[0])
		case "len", "isEmpty":
			return pathExpression(operand)
		}
	}
	return false
}

// rootName is the variable a path expression starts from.
func rootName(node any) (string, bool) {
	m, _ := node.(map[string]any)
	for op, operand := range m {
		switch op {
		case "ref":
			name, ok := operand.(string)
			return name, ok
		case "getmember", "index":
			pair, _ := operand.([]any)
			if len(pair) == 2 {
				return rootName(pair[0])
			}
		case "len", "isEmpty":
			return rootName(operand)
		}
	}
	return "", false
}

// exprTypeName is the agent's parsed expression type (Go's %T of it) for
// a path expression, as its messages print it.
func exprTypeName(node any) string {
	m, _ := node.(map[string]any)
	for op := range m {
		switch op {
		case "ref":
			return "*exprlang.RefExpr"
		case "getmember":
			return "*exprlang.GetMemberExpr"
		case "index":
			return "*exprlang.IndexExpr"
		case "len":
			return "*exprlang.LenExpr"
		}
	}
	return "*exprlang.UnsupportedExpr"
}

// unknownOp finds an operator the language does not have anywhere in the
// condition.
func unknownOp(node any) (string, bool) {
	switch n := node.(type) {
	case map[string]any:
		for op, operand := range n {
			if !conditionOps[op] {
				return op, true
			}
			if op == "ref" {
				continue
			}
			if found, ok := unknownOp(operand); ok {
				return found, true
			}
		}
	case []any:
		for _, o := range n {
			if found, ok := unknownOp(o); ok {
				return found, true
			}
		}
	}
	return "", false
}

// unsupportedOpMessage is what the agent says of a condition holding an
// operator it does not know (its parser makes it an UnsupportedExpr): as a
// whole leaf, or on the left of a comparison.
func unsupportedOpMessage(when any, op string) string {
	if root, ok := when.(map[string]any); ok {
		for name, operand := range root {
			if _, known := comparisons[name]; known {
				if pair, ok := operand.([]any); ok && len(pair) == 2 {
					if m, ok := pair[0].(map[string]any); ok && m[op] != nil {
						return "unsupported condition leaf LHS type: *exprlang.UnsupportedExpr"
					}
				}
			}
		}
	}
	return "unsupported condition expression type: *exprlang.UnsupportedExpr"
}

// declaredNames lists the names of every parameter and variable of the
// function a method probe names (every copy, every lexical block).
func (pl *planner) declaredNames(method string) map[string]bool {
	names := map[string]bool{}
	t, err := pl.ix.lookup(method)
	if err != nil {
		return names
	}
	var dies []dwarf.Offset
	for _, fn := range t.functions {
		dies = append(dies, fn.offset)
		if fn.origin != 0 {
			dies = append(dies, fn.origin)
		}
	}
	dies = append(dies, t.abstracts...)
	for _, off := range dies {
		r := pl.b.dwarf.Reader()
		r.Seek(off)
		root, err := r.Next()
		if err != nil || root == nil || !root.Children {
			continue
		}
		for depth := 1; depth > 0; {
			e, err := r.Next()
			if err != nil || e == nil {
				break
			}
			if e.Tag == 0 {
				depth--
				continue
			}
			if e.Tag == dwarf.TagFormalParameter || e.Tag == dwarf.TagVariable {
				if name, ok := e.Val(dwarf.AttrName).(string); ok {
					names[name] = true
				}
			}
			if e.Children {
				depth++
			}
		}
	}
	return names
}
