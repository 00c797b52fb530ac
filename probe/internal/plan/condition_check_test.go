package plan

import (
	"encoding/json"
	"strconv"
	"testing"
)

// TestConditionInstallChecks: a condition the Go agent refuses when it
// installs the probe gets its ERROR status here too, with its issue kind
// and message (condition_check.go); a condition that is only beyond the
// agent's limits, not wrong, runs.
func TestConditionInstallChecks(t *testing.T) {
	bin := buildProg(t, "basic", "")
	const (
		unavailable  = conditionVariableUnavailable
		unresolvable = conditionExpressionUnresolvable
		unsupported  = unsupportedFeature
	)
	cases := []struct {
		id, method, when string
		kind, message    string // "" and "": the probe runs
	}{
		// ConditionVariableUnavailable: a float argument in an XMM register
		// (no uprobe reads it), a name the function does not have.
		{"xmmFloat64", "main.floats", `{"eq": [{"ref": "x"}, 1.5]}`, unavailable, `condition variable "x" not available at any event`},
		{"xmmFloat32", "main.floats", `{"and": [{"eq": [{"ref": "n"}, 2]}, {"eq": [{"ref": "y"}, 2.5]}]}`, unavailable, `condition variable "y" not available at any event`},
		{"unknownVariable", "main.intString", `{"eq": [{"ref": "nope"}, 1]}`, unavailable, `condition variable "nope" not found`},
		{"intInRegister", "main.floats", `{"eq": [{"ref": "n"}, 2]}`, "", ""},
		// A local of a method probe: the agent reads it at the return; godi's
		// decoder says what it cannot read, per hit.
		{"localOfMethod", "main.sumArray", `{"eq": [{"ref": "s"}, 1]}`, "", ""},

		// ConditionExpressionUnresolvable, found exploring the left side's type.
		{"missingField", "main.structArg", `{"eq": [{"getmember": [{"ref": "o"}, "Nope"]}, 1]}`, unresolvable,
			`condition type exploration failed: failed to resolve field "Nope" in expression "o.Nope": type "main.outer" has no Nope field`},
		{"promotedField", "main.structArg", `{"eq": [{"getmember": [{"ref": "o"}, "X"]}, 1]}`, unresolvable,
			`condition type exploration failed: failed to resolve field "X" in expression "o.X": type "main.outer" has no X field`},
		{"memberOfString", "main.structArg", `{"eq": [{"getmember": [{"getmember": [{"ref": "o"}, "Name"]}, "X"]}, 1]}`, unresolvable,
			`condition type exploration failed: cannot access member "X" on type *ir.GoStringHeaderType ("string") in expression "o.Name.X"`},
		{"lenOfStruct", "main.structArg", `{"eq": [{"len": {"ref": "o"}}, 1]}`, unresolvable,
			`condition type exploration failed: len/isEmpty not supported on type "main.outer" (struct)`},
		{"indexOfInt", "main.intString", `{"eq": [{"index": [{"ref": "a"}, 0]}, 1]}`, unresolvable,
			`condition type exploration failed: index not supported on type *ir.BaseType ("int")`},
		{"embeddedThroughPointer", "main.pointerArg", `{"eq": [{"getmember": [{"getmember": [{"ref": "o"}, "inner"]}, "X"]}, 1]}`, "", ""},
		{"memberThroughPointers", "main.pointerArg", `{"eq": [{"getmember": [{"getmember": [{"ref": "o"}, "Next"]}, "Name"]}, "n"]}`, "", ""},
		{"indexOfSlice", "main.sliceArg", `{"eq": [{"index": [{"ref": "xs"}, 0]}, 1]}`, "", ""},

		// ConditionExpressionUnresolvable, found comparing with the literal.
		{"isEmptyOfInt", "main.intString", `{"isEmpty": {"ref": "a"}}`, unresolvable,
			`failed to resolve condition: failed to resolve isEmpty operand: len/isEmpty not supported on type "int" (int)`},
		{"sliceWithNumber", "main.sliceArg", `{"eq": [{"ref": "xs"}, 1]}`, unresolvable, `failed to resolve condition: Eq: type []int can only be compared to null`},
		{"mapWithNumber", "main.mapArg", `{"ne": [{"ref": "m"}, 1]}`, unresolvable, `failed to resolve condition: Ne: type map[string]int can only be compared to null`},
		{"pointerWithNumber", "main.pointerArg", `{"eq": [{"ref": "o"}, 1]}`, unresolvable, `failed to resolve condition: Eq: type *main.outer can only be compared to null`},
		{"intWithNull", "main.intString", `{"eq": [{"ref": "a"}, null]}`, unresolvable, `failed to resolve condition: Eq: type int cannot be compared to null`},
		{"structWithNumber", "main.structArg", `{"eq": [{"ref": "o"}, 42]}`, unresolvable, `failed to resolve condition: Eq: unsupported LHS type *ir.StructureType for comparison`},
		{"stringWithNumber", "main.intString", `{"eq": [{"ref": "s"}, 42]}`, unresolvable, `failed to resolve condition: Eq: string variable compared with non-string literal int64`},
		{"int8OutOfRange", "main.paddedArg", `{"eq": [{"getmember": [{"ref": "p"}, "A"]}, 128]}`, unresolvable,
			`failed to resolve condition: condition: literal 128 out of range for int8 (8-bit)`},
		{"fractionForInt", "main.paddedArg", `{"lt": [{"getmember": [{"ref": "p"}, "A"]}, 2.5]}`, unresolvable,
			`failed to resolve condition: condition: non-integer float64 2.5 cannot be coerced to int8`},
		{"wordForInt", "main.intString", `{"eq": [{"ref": "a"}, "zz"]}`, unresolvable,
			`failed to resolve condition: condition: string "zz" cannot be parsed as int: strconv.ParseInt: parsing "zz": invalid syntax`},
		{"resultWithNumber", "main.results", `{"eq": [{"ref": "s"}, 1]}`, unresolvable, `failed to resolve condition: Eq: string variable compared with non-string literal int64`},
		{"sliceWithNull", "main.sliceArg", `{"eq": [{"ref": "xs"}, null]}`, "", ""},
		{"hexForInt", "main.intString", `{"eq": [{"ref": "a"}, "0x2a"]}`, "", ""},
		{"lenOfString", "main.intString", `{"ge": [{"len": {"ref": "s"}}, 2]}`, "", ""},

		// UnsupportedFeature: an operator the language does not have.
		{"unknownOp", "main.intString", `{"frobnicate": [{"ref": "a"}]}`, unsupported, `unsupported condition expression type: *exprlang.UnsupportedExpr`},
		{"unknownOpOnLeft", "main.intString", `{"eq": [{"frobnicate": [{"ref": "a"}]}, 1]}`, unsupported, `unsupported condition leaf LHS type: *exprlang.UnsupportedExpr`},
		// A value that is no boolean as a whole condition (the agent refuses any value there).
		{"intAsCondition", "main.intString", `{"ref": "a"}`, unsupported, `unsupported condition expression type: *exprlang.RefExpr`},
		{"lengthAsCondition", "main.intString", `{"not": {"len": {"ref": "s"}}}`, unsupported, `unsupported condition expression type: *exprlang.LenExpr`},

		// Beyond the agent's limits but not wrong: godi runs them.
		{"referenceOnRight", "main.intString", `{"eq": [{"ref": "a"}, {"len": {"ref": "s"}}]}`, "", ""},
		{"literalOnLeft", "main.intString", `{"lt": [5, {"ref": "a"}]}`, "", ""},
		{"floatOrdering", "main.paddedArg", `{"gt": [{"getmember": [{"ref": "p"}, "C"]}, 1]}`, "", ""},
		{"decoderOperators", "main.intString", `{"or": [{"isDefined": {"ref": "a"}}, {"startsWith": [{"ref": "s"}, "a"]}]}`, "", ""},
	}
	var defs []ProbeDef
	for _, c := range cases {
		var when any
		if err := json.Unmarshal([]byte(c.when), &when); err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		defs = append(defs, ProbeDef{ID: c.id, Type: "LOG_PROBE", Where: Where{MethodName: c.method}, When: map[string]any{"dsl": c.id, "json": when}})
	}
	p, err := Build(bin, defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		meta := p.Meta.Probes[i]
		if meta.ErrorType != c.kind || meta.Error != c.message {
			t.Errorf("%s: got [%s] %q, want [%s] %q", c.id, meta.ErrorType, meta.Error, c.kind, c.message)
		}
	}
}

// TestLineConditionOnUnavailable: at a line, a condition on a variable with
// no location there is the agent's ConditionVariableUnavailable; on one the
// line can read, the probe runs.
func TestLineConditionOnUnavailable(t *testing.T) {
	values := planLines(t, "outer").Probes[0].Instances[0].EntryValues()
	line := strconv.Itoa(markedLine(t, "lines", "line: outer"))
	var defs []ProbeDef
	for _, v := range values {
		when := map[string]any{"dsl": v.Name + " != 1", "json": map[string]any{"ne": []any{map[string]any{"ref": v.Name}, 1.0}}}
		defs = append(defs, ProbeDef{ID: v.Name, Type: "LOG_PROBE", Where: Where{SourceFile: "main.go", Lines: []string{line}}, When: when})
	}
	p, err := Build(buildProg(t, "lines", ""), defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sawUnavailable, sawAvailable bool
	for i, v := range values {
		meta := p.Meta.Probes[i]
		refused := meta.ErrorType == conditionVariableUnavailable
		if refused != v.Unavailable {
			t.Errorf("%s (unavailable %v): got [%s] %q", v.Name, v.Unavailable, meta.ErrorType, meta.Error)
		}
		if refused && meta.Error != `condition variable "`+v.Name+`" not available at any event` {
			t.Errorf("%s: message %q", v.Name, meta.Error)
		}
		sawUnavailable = sawUnavailable || v.Unavailable
		sawAvailable = sawAvailable || !v.Unavailable
	}
	if !sawUnavailable || !sawAvailable {
		t.Fatalf("the outer line should have variables with and without a location there: %+v", values)
	}
}
