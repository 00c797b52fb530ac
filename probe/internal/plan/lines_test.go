package plan

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// markedLine returns the line of testdata/progs/<prog>/main.go holding marker.
func markedLine(t *testing.T, prog, marker string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "progs", prog, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, marker) {
			return i + 1
		}
	}
	t.Fatalf("no %q in %s/main.go", marker, prog)
	return 0
}

// planLines plans one line probe per marker of the lines program, each
// named after its marker.
func planLines(t *testing.T, markers ...string) *Plan {
	t.Helper()
	var defs []ProbeDef
	for _, m := range markers {
		line := strconv.Itoa(markedLine(t, "lines", "line: "+m))
		defs = append(defs, ProbeDef{ID: m, Type: "LOG_PROBE", Where: Where{SourceFile: "main.go", Lines: []string{line}}})
	}
	p, err := Build(buildProg(t, "lines", ""), defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Errors) > 0 {
		t.Fatalf("errors %v", p.Errors)
	}
	return p
}

func names(vs []Value) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.Name)
	}
	return out
}

// TestLineScopes: at a line, the arguments and the locals declared before
// it in the blocks around it; an inner variable hides the outer one of its
// name; a variable declared on the probed line is not in scope yet.
func TestLineScopes(t *testing.T) {
	p := planLines(t, "inner", "later declared here", "outer")
	want := []struct{ args, locals []string }{
		{[]string{}, []string{"before", "x"}},        // inner: the block's x hides the argument x
		{[]string{"x"}, []string{"before"}},          // later: declared on this line, not yet in scope
		{[]string{"x"}, []string{"before", "later"}}, // outer: the block is closed
	}
	for i, pr := range p.Probes {
		in := pr.Instances
		if len(in) != 1 || in[0].Function != "main.scoped" || in[0].Inlined || len(in[0].ReturnPCs) != 0 || in[0].PrologueJumpPC != 0 {
			t.Fatalf("%s: instances %+v, want one site in main.scoped without returns", pr.ID, in)
		}
		if got := [2][]string{names(in[0].Arguments), names(in[0].Locals)}; !reflect.DeepEqual(got, [2][]string{want[i].args, want[i].locals}) {
			t.Errorf("%s: arguments and locals %v, want %v", pr.ID, got, want[i])
		}
		if in[0].CFA <= 8 {
			t.Errorf("%s: CFA %d, want the body's frame above SP", pr.ID, in[0].CFA)
		}
		frames := p.Symbolize([]uint64{in[0].EntryPC})[0].Frames
		if line := markedLine(t, "lines", "line: "+pr.ID); frames[0].Line != line {
			t.Errorf("%s: site at line %d, want %d", pr.ID, frames[0].Line, line)
		}
		if m := p.Meta.Probes[i]; m.Line == nil || m.Line.File != "main.go" || m.CaptureReturn || len(m.Instances[0].Locals) != len(want[i].locals) {
			t.Errorf("%s: metadata %+v, want a line probe without returns and its locals", pr.ID, m)
		}
	}
}

// TestLineInInlinedCopies: a line of a function inlined twice has a site in
// each copy, named after the inlined function, with its argument.
func TestLineInInlinedCopies(t *testing.T) {
	in := planLines(t, "inlined").Probes[0].Instances
	if len(in) != 2 || in[0].EntryPC == in[1].EntryPC {
		t.Fatalf("instances %+v, want a site in each of the two copies", in)
	}
	for _, c := range in {
		if c.Function != "main.twice" || !c.Inlined || !reflect.DeepEqual(names(c.Arguments), []string{"v"}) {
			t.Errorf("instance %+v, want main.twice inlined with argument v", c)
		}
	}
}

// TestLineErrors: each probe that cannot be placed says why, with the
// agent's error kind, and the others are planned.
func TestLineErrors(t *testing.T) {
	bin := buildProg(t, "lines", "")
	inner := strconv.Itoa(markedLine(t, "lines", "line: inner"))
	blank := markedLine(t, "lines", "func twice") - 1
	defs := []ProbeDef{
		{ID: "blank", Where: Where{SourceFile: "main.go", Lines: []string{strconv.Itoa(blank)}}},
		{ID: "file", Where: Where{SourceFile: "nope/main.go", Lines: []string{inner}}},
		{ID: "method", Where: Where{MethodName: "main.step", SourceFile: "main.go", Lines: []string{inner}}},
		{ID: "two", Where: Where{SourceFile: "main.go", Lines: []string{inner, inner}}},
		{ID: "word", Where: Where{SourceFile: "main.go", Lines: []string{"ten"}}},
		{ID: "ok", Where: Where{MethodName: "main.scoped", SourceFile: "example.com/planlines/main.go", Lines: []string{inner}}},
	}
	for i := range defs {
		defs[i].Type = "LOG_PROBE"
	}
	p, err := Build(bin, defs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"blank":  "TargetNotFoundInBinary: main.go:" + strconv.Itoa(blank) + " has no code; the nearest lines with code are",
		"file":   `TargetNotFoundInBinary: source file "nope/main.go" is not in the binary; files of that name: example.com/planlines/main.go`,
		"method": "TargetNotFoundInBinary: main.go:" + inner + " has no code in main.step",
		"two":    "UnsupportedFeature: where.lines has 2 lines",
		"word":   `InvalidProbeDefinition: where.lines[0] "ten" is not a line number`,
	}
	for _, e := range p.Errors {
		if w, ok := want[e.ID]; !ok || !strings.HasPrefix(e.Type+": "+e.Err.Error(), w) {
			t.Errorf("%s: %s: %v, want %q", e.ID, e.Type, e.Err, w)
		}
		delete(want, e.ID)
	}
	if len(want) > 0 || len(p.Probes) != 1 || p.Probes[0].ID != "ok" {
		t.Errorf("missing errors %v; planned %d probes, want only ok", want, len(p.Probes))
	}
	var nf *LineNotFoundError
	if !errors.As(p.Errors[0], &nf) || len(nf.Nearest) != 2 || nf.Nearest[0] >= blank || nf.Nearest[1] <= blank {
		t.Errorf("blank line: %+v, want the nearest lines with code before and after", nf)
	}
}

// TestReturnLocals: a local DWARF locates at every RET of a function, at the
// same place, is captured with the result; one it does not (the frame is
// gone at a RET) is left out.
func TestReturnLocals(t *testing.T) {
	p, err := Build(buildProg(t, "lines", ""), []ProbeDef{
		{ID: "summed", Type: "LOG_PROBE", Where: Where{MethodName: "main.summed"}},
		{ID: "scoped", Type: "LOG_PROBE", Where: Where{MethodName: "main.scoped"}},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	summed, scoped := p.Probes[0].Instances[0], p.Probes[1].Instances[0]
	if got := names(summed.ReturnLocals); !reflect.DeepEqual(got, []string{"total"}) {
		t.Fatalf("summed's return locals %v, want total", got)
	}
	for _, pc := range summed.ReturnLocals[0].Pieces {
		if pc.Register == RegisterStack && pc.StackOffset < 8 {
			t.Errorf("total at %+v, in the popped frame", pc)
		}
	}
	if got := names(scoped.ReturnLocals); len(got) != 0 {
		t.Errorf("scoped's return locals %v: its locals live in its frame, gone at the RET", got)
	}
	if m := p.Meta.Probes[0].Instances[0]; len(m.ReturnLocals) != 1 || m.ReturnLocals[0].Name != "total" {
		t.Errorf("metadata %+v, want returnLocals [total]", m)
	}
}
