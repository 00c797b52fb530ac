package plan

import (
	"math"
	"strconv"
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
	// A comparison: the argument (index into the instance's Arguments)
	// Op the literal, the argument read as Size bytes, Signed or not, and
	// the literal as the same 64 bits.
	Arg     int
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
	name, ok := refName(ref)
	if !ok {
		return nil, false
	}
	for i, v := range args {
		if v.Name != name {
			continue
		}
		kind := pl.tt.types[v.TypeID-1].kind
		if !scalarReadable(v) {
			return nil, false
		}
		bits, ok := literalBits(literal, kind, v.Size)
		if !ok {
			return nil, false
		}
		return &Condition{Op: op, Arg: i, Size: v.Size, Signed: strings.HasPrefix(kind, "int"), Literal: bits}, true
	}
	return nil, false
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

// scalarReadable: the value is one register or stack piece of 1, 2, 4 or
// 8 bytes, not in an XMM register.
func scalarReadable(v Value) bool {
	if v.Unavailable || len(v.Pieces) != 1 {
		return false
	}
	p := v.Pieces[0]
	return p.Offset == 0 && p.Size == v.Size && (p.Register == RegisterStack || p.Register < 17) &&
		(v.Size == 1 || v.Size == 2 || v.Size == 4 || v.Size == 8)
}

// literalBits is a literal as the 64 bits of a value of kind and size,
// with the agent's coercions (booleans for bool; integers, and strings of
// hex digits, for integer kinds), when it fits; a literal that does not
// fit is left to the decoder, which says why.
func literalBits(literal any, kind string, size uint32) (int64, bool) {
	if kind == "bool" {
		b, ok := literal.(bool)
		if !ok {
			return 0, false
		}
		if b {
			return 1, true
		}
		return 0, true
	}
	signed := strings.HasPrefix(kind, "int")
	if !signed && !strings.HasPrefix(kind, "uint") {
		return 0, false
	}
	bits := int(size) * 8
	var f float64
	switch l := literal.(type) {
	case float64:
		f = l
	case string:
		if !strings.HasPrefix(l, "0x") {
			return 0, false
		}
		u, err := strconv.ParseUint(l[2:], 16, 64)
		if err != nil || u > 1<<53 {
			return 0, false
		}
		f = float64(u)
	default:
		return 0, false
	}
	if f != math.Trunc(f) {
		return 0, false
	}
	if signed {
		lim := math.Ldexp(1, bits-1)
		return int64(f), f >= -lim && f < lim
	}
	return int64(uint64(f)), f >= 0 && f < math.Ldexp(1, bits)
}
