package plan

import (
	"debug/dwarf"
	"fmt"
	"math"
	"strconv"
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
	if pl.b.arch.name == "arm64" {
		return r >= 64 && r <= 95
	}
	return r >= 17 && r <= 32
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

// exploreType is the type of a path expression on a value of type t, with
// the agent's errors (exploreExpressionTypes): members of structs only (a
// pointer followed first, and after the last member), len and isEmpty of
// strings, slices and maps (a pointer to one followed), index of arrays,
// slices and maps. A nil type and no error: the agent does not check it.
func (pl *planner) exploreType(node any, t *goType, path string) (*goType, error) {
	m, _ := node.(map[string]any)
	for op, operand := range m {
		switch op {
		case "ref":
			return t, nil
		case "getmember":
			return pl.exploreMembers(node, t)
		case "len", "isEmpty":
			base, err := pl.exploreType(operand, t, path)
			if base == nil || err != nil {
				return nil, err
			}
			return pl.lengthOf(base)
		case "index":
			pair := operand.([]any)
			base, err := pl.exploreType(pair[0], t, path)
			if base == nil || err != nil {
				return nil, err
			}
			switch base.kind {
			case "array", "slice":
				return pl.tr.get(base.elem)
			case "map":
				return pl.tr.get(base.value)
			}
			return nil, fmt.Errorf("index not supported on type %s (%q)", irTypeName(base), base.name)
		}
	}
	return nil, nil
}

// exploreMembers follows a chain of getmember from its base, as the agent
// does (the path it names in errors is the chain written with dots).
func (pl *planner) exploreMembers(node any, t *goType) (*goType, error) {
	var members []string
	base := node
	for {
		m, _ := base.(map[string]any)
		pair, ok := m["getmember"].([]any)
		if !ok || len(pair) != 2 {
			break
		}
		name, _ := pair[1].(string)
		members = append([]string{name}, members...)
		base = pair[0]
	}
	path, _ := base.(map[string]any)["ref"].(string)
	cur, err := pl.exploreType(base, t, path)
	if cur == nil || err != nil {
		return nil, err
	}
	for _, member := range members {
		path += "." + member
		if cur.kind == "pointer" {
			if cur, err = pl.tr.get(cur.elem); err != nil {
				return nil, err
			}
		}
		if cur.kind != "struct" {
			return nil, fmt.Errorf("cannot access member %q on type %s (%q) in expression %q", member, irTypeName(cur), cur.name, path)
		}
		var found *goField
		for i := range cur.fields {
			if cur.fields[i].name == member {
				found = &cur.fields[i]
				break
			}
		}
		if found == nil {
			return nil, fmt.Errorf("failed to resolve field %q in expression %q: type %q has no %s field", member, path, cur.name, member)
		}
		if cur, err = pl.tr.get(found.typ); err != nil {
			return nil, err
		}
	}
	if cur.kind == "pointer" {
		// A member chain ending at a pointer means the value it points to.
		return pl.tr.get(cur.elem)
	}
	return cur, nil
}

// lengthOf is the type of len(x) for x of type t (lenFieldInfo): the
// length of a string or slice (int), the count of a map (uint64), through
// one pointer to a string or slice.
func (pl *planner) lengthOf(t *goType) (*goType, error) {
	if t.kind == "map" {
		return &goType{name: "uint64", kind: "uint64", size: 8}, nil
	}
	if t.kind == "pointer" {
		pointee, err := pl.tr.get(t.elem)
		if err != nil {
			return nil, err
		}
		t = pointee
	}
	if t.kind == "string" || t.kind == "slice" {
		return &goType{name: "int", kind: "int", size: 8}, nil
	}
	return nil, fmt.Errorf("len/isEmpty not supported on type %q (%s)", t.name, reflectKind(t.kind))
}

// resolveLeaf checks a leaf against its literal (resolveComparison,
// resolveIsEmptyComparison); lhs is the type of its left side.
func (pl *planner) resolveLeaf(l conditionLeaf, lhs *goType) error {
	if l.op == "isEmpty" {
		// The operand was explored, not its length: isEmpty of an int
		// fails here, as the agent's resolution of the leaf does.
		if _, err := pl.lengthOf(lhs); err != nil {
			return fmt.Errorf("failed to resolve isEmpty operand: %w", err)
		}
		return nil
	}
	op := strings.ToUpper(l.op[:1]) + l.op[1:] // the agent's ir.CmpOp names: Eq, Ne, Lt…
	ordering := l.op != "eq" && l.op != "ne"
	if l.literal == nil {
		switch {
		case ordering:
			return fmt.Errorf("%s: ordering against null is not supported", op)
		case !nilComparable(lhs):
			return fmt.Errorf("%s: type %s cannot be compared to null", op, lhs.name)
		}
		return nil
	}
	switch {
	case nilComparable(lhs):
		return fmt.Errorf("%s: type %s can only be compared to null", op, lhs.name)
	case lhs.kind == "string":
		if _, ok := l.literal.(string); !ok {
			return fmt.Errorf("%s: string variable compared with non-string literal %s", op, literalGoType(l.literal))
		}
		return nil
	case baseKinds[lhs.kind]:
		// Ordering on floats and bools is the agent's limit, not a type
		// error: the decoder compares them.
		return coerceLiteral(l.literal, lhs.kind, lhs.size)
	}
	return fmt.Errorf("%s: unsupported LHS type %s for comparison", op, irTypeName(lhs))
}

var baseKinds = map[string]bool{
	"bool": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true,
}

// nilComparable: a pointer, map, slice or interface, which the agent (and
// Go) compares only with null.
func nilComparable(t *goType) bool {
	switch t.kind {
	case "pointer", "unsafePointer", "map", "slice", "interface":
		return true
	}
	return false
}

// coerceLiteral checks a literal against a variable of a base kind as the
// agent encodes it (coerceLiteral): integers in range, integral floats for
// integers, strings parsed as numbers (base prefixes 0x, 0o, 0b), booleans
// for anything.
func coerceLiteral(literal any, kind string, size uint32) error {
	bits := int(size) * 8
	unsigned := strings.HasPrefix(kind, "uint")
	integer := unsigned || strings.HasPrefix(kind, "int")
	float := strings.HasPrefix(kind, "float")
	checkInt := func(v int64) error {
		if unsigned {
			if v < 0 || (bits < 64 && uint64(v) >= 1<<bits) {
				return fmt.Errorf("condition: literal %d out of range for %s (%d-bit)", v, kind, bits)
			}
			return nil
		}
		if lo, hi := -(int64(1) << (bits - 1)), int64(1)<<(bits-1)-1; v < lo || v > hi {
			return fmt.Errorf("condition: literal %d out of range for %s (%d-bit)", v, kind, bits)
		}
		return nil
	}
	switch v := literal.(type) {
	case float64:
		switch {
		case integer:
			if v != math.Trunc(v) {
				return fmt.Errorf("condition: non-integer float64 %v cannot be coerced to %s", v, kind)
			}
			return checkInt(int64(v))
		case float:
			return nil
		}
		return fmt.Errorf("condition: %s literal incompatible with target kind %s", literalGoType(v), kind)
	case string:
		var err error
		switch {
		case unsigned:
			_, err = strconv.ParseUint(v, 0, bits)
		case integer:
			_, err = strconv.ParseInt(v, 0, bits)
		case float:
			_, err = strconv.ParseFloat(v, bits)
		default:
			return fmt.Errorf("condition: string literal incompatible with target kind %s", kind)
		}
		if err != nil {
			return fmt.Errorf("condition: string %q cannot be parsed as %s: %w", v, kind, err)
		}
	}
	return nil
}

// literalGoType is the Go type the agent's parser gives a JSON literal: a
// whole number is an int64 (probes.json is read into float64s, so a
// whole-valued 1.0 reads as the integer 1 here), another number float64.
func literalGoType(literal any) string {
	switch v := literal.(type) {
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
			return "int64"
		}
		return "float64"
	case string:
		return "string"
	case bool:
		return "bool"
	}
	return fmt.Sprintf("%T", literal)
}

// irTypeName is the agent's IR type (Go's %T of it) for a type of kind,
// as its messages print it.
func irTypeName(t *goType) string {
	switch t.kind {
	case "struct":
		return "*ir.StructureType"
	case "pointer":
		return "*ir.PointerType"
	case "unsafePointer":
		return "*ir.VoidPointerType"
	case "string":
		return "*ir.GoStringHeaderType"
	case "slice":
		return "*ir.GoSliceHeaderType"
	case "map":
		return "*ir.GoMapType"
	case "array":
		return "*ir.ArrayType"
	case "chan":
		return "*ir.GoChannelType"
	case "func":
		return "*ir.GoSubroutineType"
	case "interface":
		if t.empty {
			return "*ir.GoEmptyInterfaceType"
		}
		return "*ir.GoInterfaceType"
	}
	return "*ir.BaseType"
}

// reflectKind is reflect.Kind's name for a capfile kind.
func reflectKind(kind string) string {
	switch kind {
	case "pointer":
		return "ptr"
	case "unsafePointer":
		return "unsafe.Pointer"
	}
	return kind
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
