package plan

// The types of condition expressions, as the agent's install-time checks
// resolve them: which expressions apply to which types, and how literals
// coerce (condition_check.go runs them).

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

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
	integer := strings.HasPrefix(kind, "uint") || strings.HasPrefix(kind, "int")
	float := strings.HasPrefix(kind, "float")
	switch v := literal.(type) {
	case float64:
		switch {
		case integer:
			_, err := integerLiteral(v, kind, size)
			return err
		case float:
			return nil
		}
		return fmt.Errorf("condition: %s literal incompatible with target kind %s", literalGoType(v), kind)
	case string:
		switch {
		case integer:
			_, err := integerLiteral(v, kind, size)
			return err
		case float:
			if _, err := strconv.ParseFloat(v, int(size)*8); err != nil {
				return fmt.Errorf("condition: string %q cannot be parsed as %s: %w", v, kind, err)
			}
			return nil
		}
		return fmt.Errorf("condition: string literal incompatible with target kind %s", kind)
	}
	return nil
}

// integerLiteral is a number or string literal as a value of an integer
// kind of size bytes, as the agent coerces it: an integral number in
// range, or a string strconv parses (a base prefix allowed) in range.
func integerLiteral(literal any, kind string, size uint32) (int64, error) {
	bits := int(size) * 8
	unsigned := strings.HasPrefix(kind, "uint")
	if s, ok := literal.(string); ok {
		var n int64
		var err error
		if unsigned {
			var u uint64
			u, err = strconv.ParseUint(s, 0, bits)
			n = int64(u)
		} else {
			n, err = strconv.ParseInt(s, 0, bits)
		}
		if err != nil {
			return 0, fmt.Errorf("condition: string %q cannot be parsed as %s: %w", s, kind, err)
		}
		return n, nil
	}
	v, _ := literal.(float64)
	if v != math.Trunc(v) {
		return 0, fmt.Errorf("condition: non-integer float64 %v cannot be coerced to %s", v, kind)
	}
	// The range is checked on the float: converting one out of int64's range
	// to an integer gives an arbitrary value (math.MinInt64 on amd64).
	lo, hi := -math.Ldexp(1, bits-1), math.Ldexp(1, bits-1)
	if unsigned {
		lo, hi = 0, math.Ldexp(1, bits)
	}
	if v < lo || v >= hi {
		return 0, fmt.Errorf("condition: literal %s out of range for %s (%d-bit)", strconv.FormatFloat(v, 'f', -1, 64), kind, bits)
	}
	if unsigned {
		return int64(uint64(v)), nil // the same 64 bits
	}
	return int64(v), nil
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
