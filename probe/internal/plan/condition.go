package plan

import (
	"debug/dwarf"
	"strings"
)

// Condition is a probe's `when` compiled for the engine, for one instance:
// comparisons of a scalar argument with a literal, joined by and, or and
// not. The engine evaluates it before anything else, so a hit whose
// condition is false costs little and sends nothing; the decoder still
// evaluates the full expression on the hits that pass, with the same
// result. Conditions this form cannot express (strings, lengths, fields,
// @return, floats) are left to the decoder alone.
type Condition struct {
	// Op is "and", "or", "not", or a comparison: eq ne lt le gt ge.
	Op   string
	Args []*Condition // and, or (two or more), not (one)
	// A comparison: a scalar of an argument (index into the instance's
	// Arguments) Op the literal. The scalar is Size bytes at Offset in the
	// argument's value (a struct field, a string's or slice's length), or,
	// with Deref, at Offset in what the argument points to (a field through
	// a pointer: a nil pointer or a failed read makes the condition true,
	// as the agent fails open). Signed or not; the literal as the same 64
	// bits.
	Arg     int
	Offset  uint32
	Deref   bool
	Size    uint32
	Signed  bool
	Literal int64
}

// comparisons maps each comparison to the one with its operands swapped.
var comparisons = map[string]string{"eq": "eq", "ne": "ne", "lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}

// whenJSON is the JSON form of the probe's condition ({dsl, json}).
func (d ProbeDef) whenJSON() any {
	w, _ := d.When.(map[string]any)
	return w["json"]
}

// compileConditions compiles when for every instance, or for none: it
// reports whether the engine evaluates the probe's condition.
func (pl *planner) compileConditions(when any, instances []Instance) bool {
	compiled := make([]*Condition, len(instances))
	for i, in := range instances {
		c, ok := pl.compileCondition(when, in.Arguments)
		if !ok {
			return false
		}
		compiled[i] = c
	}
	for i := range instances {
		instances[i].Condition = compiled[i]
	}
	return true
}

// compileCondition compiles when (probes.json's JSON form) against the
// arguments of an instance; ok is false when the engine cannot evaluate it.
func (pl *planner) compileCondition(when any, args []Value) (*Condition, bool) {
	node, ok := when.(map[string]any)
	if !ok || len(node) != 1 {
		return nil, false
	}
	for op, operand := range node {
		switch op {
		case "and", "or":
			list, ok := operand.([]any)
			if !ok || len(list) < 2 {
				return nil, false
			}
			c := &Condition{Op: op}
			for _, o := range list {
				sub, ok := pl.compileCondition(o, args)
				if !ok {
					return nil, false
				}
				c.Args = append(c.Args, sub)
			}
			return c, true
		case "not":
			sub, ok := pl.compileCondition(operand, args)
			return &Condition{Op: op, Args: []*Condition{sub}}, ok
		}
		if _, comparison := comparisons[op]; comparison {
			return pl.compileComparison(op, operand, args)
		}
	}
	return nil, false
}

// compileComparison compiles [ref, literal] or [literal, ref].
func (pl *planner) compileComparison(op string, operand any, args []Value) (*Condition, bool) {
	pair, ok := operand.([]any)
	if !ok || len(pair) != 2 {
		return nil, false
	}
	ref, literal := pair[0], pair[1]
	if _, isRef := literal.(map[string]any); isRef {
		ref, literal, op = literal, ref, comparisons[op]
	}
	c, kind, ok := pl.conditionOperand(ref, args)
	if !ok {
		return nil, false
	}
	bits, ok := literalBits(literal, kind, c.Size)
	if !ok {
		return nil, false
	}
	c.Op, c.Signed, c.Literal = op, strings.HasPrefix(kind, "int"), bits
	return c, true
}

// conditionOperand is what the engine can read of a comparison's
// non-literal side, and its kind: an argument of a scalar kind, a string's
// or slice's length, a scalar field of a struct argument or of the struct
// an argument points to.
func (pl *planner) conditionOperand(node any, args []Value) (*Condition, string, bool) {
	m, ok := node.(map[string]any)
	if !ok || len(m) != 1 {
		return nil, "", false
	}
	arg := func(ref any) (int, *goType, bool) {
		name, ok := refName(ref)
		for i, v := range args {
			if ok && v.Name == name && !v.Unavailable {
				return i, pl.tt.types[v.TypeID-1], true
			}
		}
		return 0, nil, false
	}
	switch {
	case m["ref"] != nil:
		i, t, ok := arg(node)
		if !ok || !scalarKind(t.kind) {
			return nil, "", false
		}
		return pl.direct(args, &Condition{Arg: i, Size: t.size}, t.kind)
	case m["len"] != nil:
		i, t, ok := arg(m["len"])
		if !ok || (t.kind != "string" && t.kind != "slice") {
			return nil, "", false
		}
		return pl.direct(args, &Condition{Arg: i, Offset: 8, Size: 8}, "int")
	case m["getmember"] != nil:
		pair, _ := m["getmember"].([]any)
		if len(pair) != 2 {
			return nil, "", false
		}
		name, _ := pair[1].(string)
		i, t, ok := arg(pair[0])
		if !ok {
			return nil, "", false
		}
		deref := t.kind == "pointer"
		if deref {
			if t, ok = pl.typeAt(t.elem); !ok {
				return nil, "", false
			}
		}
		for _, f := range t.fields {
			ft, ok := pl.typeAt(f.typ)
			if f.name != name || !ok || !scalarKind(ft.kind) {
				continue
			}
			c := &Condition{Arg: i, Offset: f.offset, Size: ft.size, Deref: deref}
			if deref {
				return c, ft.kind, pl.scalarAt(args[i], 0, 8)
			}
			return pl.direct(args, c, ft.kind)
		}
	}
	return nil, "", false
}

// direct keeps c when its bytes lie in one piece of the argument a uprobe
// can read.
func (pl *planner) direct(args []Value, c *Condition, kind string) (*Condition, string, bool) {
	return c, kind, pl.scalarAt(args[c.Arg], c.Offset, c.Size)
}

// typeAt is the type of the DIE at off, when it can be read.
func (pl *planner) typeAt(off dwarf.Offset) (*goType, bool) {
	t, err := pl.tr.get(off)
	return t, err == nil
}

func scalarKind(kind string) bool {
	return kind == "bool" || strings.HasPrefix(kind, "int") || strings.HasPrefix(kind, "uint")
}

// refName is the argument a {"ref": name} names (not @return, @duration, …).
func refName(v any) (string, bool) {
	node, ok := v.(map[string]any)
	if !ok || len(node) != 1 {
		return "", false
	}
	name, ok := node["ref"].(string)
	return name, ok && !strings.HasPrefix(name, "@")
}

// scalarAt: size bytes (1, 2, 4 or 8) at offset in v lie in one of its
// pieces, in a register a uprobe can read (not a vector register) or on
// the stack.
func (pl *planner) scalarAt(v Value, offset, size uint32) bool {
	if v.Unavailable || (size != 1 && size != 2 && size != 4 && size != 8) {
		return false
	}
	for _, p := range v.Pieces {
		if p.Offset <= offset && offset+size <= p.Offset+p.Size {
			return p.Register == RegisterStack || !pl.floatRegister(p.Register)
		}
	}
	return false
}

// literalBits is a literal as the 64 bits of a value of kind and size,
// with the agent's coercions (booleans for bool; integers, and strings of
// hex digits, for integer kinds), when it fits; a literal that does not
// fit is left to the decoder, which says why.
func literalBits(literal any, kind string, size uint32) (int64, bool) {
	switch l := literal.(type) {
	case bool:
		if kind != "bool" {
			return 0, false
		}
		if l {
			return 1, true
		}
		return 0, true
	case string:
		// The decoder coerces hex strings only: the engine must agree with it.
		if !strings.HasPrefix(strings.ToLower(l), "0x") {
			return 0, false
		}
	case float64:
	default:
		return 0, false
	}
	if !strings.HasPrefix(kind, "int") && !strings.HasPrefix(kind, "uint") {
		return 0, false
	}
	n, err := integerLiteral(literal, kind, size)
	return n, err == nil
}
