package plan

import (
	"encoding/json"
	"testing"
)

// TestEngineConditions: what the engine evaluates (scalar arguments, lengths
// of strings and slices, scalar fields of a struct argument or of the
// struct it points to, against literals, with and/or/not) compiles for
// every instance, with the agent's
// literal coercions; anything else that installs is left to the decoder,
// which then samples too. (What does not install is install_test's.)
func TestEngineConditions(t *testing.T) {
	bin := buildProg(t, "basic", "")
	when := func(s string) any {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	cases := []struct {
		id, method, when string
		want             *Condition // nil: left to the decoder
	}{
		{"eq", "main.intString", `{"eq": [{"ref": "a"}, 2]}`, &Condition{Op: "eq", Arg: 0, Size: 8, Signed: true, Literal: 2}},
		{"swapped", "main.intString", `{"lt": [5, {"ref": "a"}]}`, &Condition{Op: "gt", Arg: 0, Size: 8, Signed: true, Literal: 5}},
		{"hex", "main.intString", `{"ge": [{"ref": "a"}, "0x2a"]}`, &Condition{Op: "ge", Arg: 0, Size: 8, Signed: true, Literal: 42}},
		{"tree", "main.intString", `{"or": [{"not": {"eq": [{"ref": "a"}, 1]}}, {"le": [{"ref": "a"}, -3]}]}`, &Condition{Op: "or", Args: []*Condition{
			{Op: "not", Args: []*Condition{{Op: "eq", Arg: 0, Size: 8, Signed: true, Literal: 1}}},
			{Op: "le", Arg: 0, Size: 8, Signed: true, Literal: -3},
		}}},
		{"len", "main.intString", `{"gt": [{"len": {"ref": "s"}}, 2]}`, &Condition{Op: "gt", Arg: 1, Offset: 8, Size: 8, Signed: true, Literal: 2}},
		{"field", "main.paddedArg", `{"eq": [{"getmember": [{"ref": "p"}, "B"]}, 5]}`, &Condition{Op: "eq", Arg: 0, Offset: 8, Size: 8, Signed: true, Literal: 5}},
		{"throughPointer", "main.(*counter).Add", `{"ge": [{"getmember": [{"ref": "c"}, "n"]}, 1]}`, &Condition{Op: "ge", Arg: 0, Size: 8, Deref: true, Signed: true, Literal: 1}},
		{"floatField", "main.paddedArg", `{"eq": [{"getmember": [{"ref": "p"}, "C"]}, 1]}`, nil},
		{"string", "main.intString", `{"eq": [{"ref": "s"}, "x"]}`, nil},
		{"duration", "main.intString", `{"gt": [{"ref": "@duration"}, 2]}`, nil},
		{"float", "main.floats", `{"eq": [{"ref": "n"}, 1]}`, &Condition{Op: "eq", Arg: 1, Size: 8, Signed: true, Literal: 1}},
	}
	var defs []ProbeDef
	for _, c := range cases {
		cond := map[string]any{"dsl": c.id, "json": when(c.when)}
		defs = append(defs, ProbeDef{ID: c.id, Type: "LOG_PROBE", Where: Where{MethodName: c.method}, When: cond, CaptureSnapshot: true})
	}
	p, err := Build(bin, defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	planned := map[string]Probe{}
	for _, pr := range p.Probes {
		planned[pr.ID] = pr
	}
	for i, c := range cases {
		pr, ok := planned[c.id]
		if !ok {
			t.Fatalf("%s: not planned: %v", c.id, p.Meta.Probes[i].Error)
		}
		got, meta := pr.Instances[0].Condition, p.Meta.Probes[i]
		if (c.want == nil) != (got == nil) || (got != nil && !sameCondition(got, c.want)) {
			t.Errorf("%s: compiled %+v, want %+v", c.id, got, c.want)
		}
		if meta.EngineCondition != (c.want != nil) || (pr.Throttle.Budget != 0) != (c.want != nil) {
			t.Errorf("%s: engineCondition %v, engine throttle %+v: the engine samples exactly when it evaluates the condition", c.id, meta.EngineCondition, pr.Throttle)
		}
	}
}

func sameCondition(a, b *Condition) bool {
	if a.Op != b.Op || a.Arg != b.Arg || a.Offset != b.Offset || a.Deref != b.Deref || a.Size != b.Size || a.Signed != b.Signed || a.Literal != b.Literal || len(a.Args) != len(b.Args) {
		return false
	}
	for i := range a.Args {
		if !sameCondition(a.Args[i], b.Args[i]) {
			return false
		}
	}
	return true
}

func TestLiteralBits(t *testing.T) {
	cases := []struct {
		literal any
		kind    string
		size    uint32
		want    int64
		ok      bool
	}{
		{true, "bool", 1, 1, true}, {1.0, "bool", 1, 0, false},
		{127.0, "int8", 1, 127, true}, {128.0, "int8", 1, 0, false}, {-128.0, "int8", 1, -128, true},
		{255.0, "uint8", 1, 255, true}, {256.0, "uint8", 1, 0, false}, {-1.0, "uint32", 4, 0, false},
		{"0xff", "uint8", 1, 255, true}, {"ff", "uint8", 1, 0, false}, {"0x100", "uint8", 1, 0, false},
		{2.5, "int", 8, 0, false}, {-2.0, "int", 8, -2, true}, {"x", "int", 8, 0, false}, {1.0, "float64", 8, 0, false},
		// Past int64's range the float, not an integer converted from it, says out of range.
		{1e30, "int64", 8, 0, false}, {-1e30, "int", 8, 0, false}, {9.3e18, "int64", 8, 0, false},
		{1e19, "uint64", 8, -8446744073709551616, true}, {1.9e19, "uint64", 8, 0, false},
	}
	for _, c := range cases {
		got, ok := literalBits(c.literal, c.kind, c.size)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("literalBits(%v, %s) = %d, %v; want %d, %v", c.literal, c.kind, got, ok, c.want, c.ok)
		}
	}
}
