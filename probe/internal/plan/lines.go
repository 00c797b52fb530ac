package plan

import (
	"cmp"
	"debug/dwarf"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// LineNotFoundError: the source file is not in the binary, or the line
// has no code (a comment, a blank line, a declaration the compiler folded
// away). Nearest names the closest lines of the file that have code.
type LineNotFoundError struct {
	File    string
	Line    int
	Method  string // the probe's methodName, when the line has code elsewhere only
	Nearest []int
	// Files lists the binary's files of the same base name when File
	// itself matched none.
	Files []string
}

func (e *LineNotFoundError) Error() string {
	if e.Method != "" {
		return fmt.Sprintf("%s:%d has no code in %s", e.File, e.Line, e.Method)
	}
	if e.Nearest == nil {
		if len(e.Files) > 0 {
			return fmt.Sprintf("source file %q is not in the binary; files of that name: %s", e.File, strings.Join(e.Files, ", "))
		}
		return fmt.Sprintf("source file %q is not in the binary", e.File)
	}
	near := make([]string, len(e.Nearest))
	for i, n := range e.Nearest {
		near[i] = strconv.Itoa(n)
	}
	return fmt.Sprintf("%s:%d has no code; the nearest lines with code are %s", e.File, e.Line, strings.Join(near, " and "))
}

// sourceLines maps each line of one source file to the addresses the line
// table gives it: statement rows first, then the others, each lowest first.
type sourceLines struct {
	path  string // the file as DWARF names it
	lines map[int][]lineRow
}

type lineRow struct {
	pc   uint64
	stmt bool
}

// linesOf reads, from every unit's line table, the statement rows of the
// one file whose DWARF path is file or ends in "/"+file. Go's line tables
// name files by import path and base name (or absolute path without
// -trimpath), so a probe's "main.go" or "cmd/app/main.go" finds them.
func (pl *planner) linesOf(file string) (*sourceLines, error) {
	if sl, ok := pl.sourceFiles[file]; ok {
		return sl, nil
	}
	found := map[string]*sourceLines{}
	sameBase := map[string]bool{}
	r := pl.b.dwarf.Reader()
	for {
		cu, err := r.Next()
		if err != nil {
			return nil, fmt.Errorf("reading .debug_info: %w", err)
		}
		if cu == nil {
			break
		}
		if cu.Children {
			r.SkipChildren()
		}
		if cu.Tag != dwarf.TagCompileUnit {
			continue
		}
		lr, err := pl.b.dwarf.LineReader(cu)
		if err != nil || lr == nil {
			continue // a unit without a line table holds no code
		}
		var row dwarf.LineEntry
		for {
			if err := lr.Next(&row); err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				return nil, fmt.Errorf("line table of unit 0x%x: %w", cu.Offset, err)
			}
			if row.File == nil || row.EndSequence {
				continue
			}
			name := row.File.Name
			if name != file && !strings.HasSuffix(name, "/"+file) {
				if baseName(name) == baseName(file) {
					sameBase[name] = true
				}
				continue
			}
			sl := found[name]
			if sl == nil {
				sl = &sourceLines{path: name, lines: map[int][]lineRow{}}
				found[name] = sl
			}
			sl.lines[row.Line] = append(sl.lines[row.Line], lineRow{pc: row.Address, stmt: row.IsStmt})
		}
	}
	switch len(found) {
	case 0:
		return nil, &LineNotFoundError{File: file, Files: slices.Sorted(maps.Keys(sameBase))}
	case 1:
	default:
		return nil, fmt.Errorf("source file %q is ambiguous: it names %s", file, strings.Join(slices.Sorted(maps.Keys(found)), ", "))
	}
	sl := slices.Collect(maps.Values(found))[0]
	for _, rows := range sl.lines {
		slices.SortFunc(rows, func(a, b lineRow) int {
			if a.stmt != b.stmt {
				if a.stmt {
					return -1
				}
				return 1
			}
			return cmp.Compare(a.pc, b.pc)
		})
	}
	pl.sourceFiles[file] = sl
	return sl, nil
}

func baseName(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// nearest returns the closest line with code before and after line.
func (sl *sourceLines) nearest(line int) []int {
	before, after := 0, 0
	for n := range sl.lines {
		if n < line && n > before {
			before = n
		}
		if n > line && (after == 0 || n < after) {
			after = n
		}
	}
	var out []int
	for _, n := range []int{before, after} {
		if n != 0 {
			out = append(out, n)
		}
	}
	return out
}

// lineSite is where a line probe goes in one function or inlined copy:
// the line's first statement instruction there, and the scope at it.
type lineSite struct {
	fn    *function
	pc    uint64
	scope scope
}

// lineSites finds the code of file:line: in each out-of-line function and
// each inlined copy that holds some, its lowest statement address (a loop
// header is probed where the loop is entered, not on every iteration's
// condition), or its lowest address when the compiler marked none of its
// instructions there a statement (it interleaves inlined copies). A line
// of a function inlined in several places has a site in each copy.
func (pl *planner) lineSites(file string, line int) ([]lineSite, error) {
	sl, err := pl.linesOf(file)
	if err != nil {
		return nil, err
	}
	rows := sl.lines[line]
	if len(rows) == 0 {
		return nil, &LineNotFoundError{File: file, Line: line, Nearest: sl.nearest(line)}
	}
	var sites []lineSite
	seen := map[dwarf.Offset]bool{}
	for _, row := range rows {
		pc := row.pc
		fn := pl.ix.functionAt(pc)
		if fn == nil {
			continue
		}
		sc, err := pl.scopeAt(fn, pc, line)
		if err != nil {
			return nil, fmt.Errorf("%s at 0x%x: %w", fn.name, pc, err)
		}
		if !seen[sc.die] {
			seen[sc.die] = true
			sites = append(sites, lineSite{fn: fn, pc: pc, scope: sc})
		}
	}
	return sites, nil
}

// lineNumber parses where.lines: one line, as the agent takes it.
func lineNumber(d ProbeDef) (int, error) {
	if len(d.Where.Lines) != 1 {
		return 0, &UnsupportedError{Why: fmt.Sprintf("where.lines has %d lines: a line probe takes exactly one", len(d.Where.Lines))}
	}
	n, err := strconv.Atoi(strings.TrimSpace(d.Where.Lines[0]))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("where.lines[0] %q is not a line number", d.Where.Lines[0])
	}
	return n, nil
}

// lineInstances places a line probe: an instance at each site of the
// line, reading the arguments and the locals in scope there. With a
// methodName too, only that function's sites count.
func (pl *planner) lineInstances(d ProbeDef, line int) ([]Instance, error) {
	sites, err := pl.lineSites(d.Where.SourceFile, line)
	if err != nil {
		return nil, err
	}
	var out []Instance
	for _, s := range sites {
		in, err := pl.lineInstance(d.ID, s)
		if err != nil {
			return nil, err
		}
		if d.Where.MethodName == "" || in.Function == d.Where.MethodName {
			out = append(out, in)
		}
	}
	if len(out) == 0 {
		return nil, &LineNotFoundError{File: d.Where.SourceFile, Line: line, Method: d.Where.MethodName}
	}
	return out, nil
}

// lineInstance plans one site: the CFA there from .debug_frame, and each
// variable in scope at the PC with the pieces its location list gives
// there (unavailable where it gives none).
func (pl *planner) lineInstance(probeID string, s lineSite) (Instance, error) {
	sc := s.scope
	cfa, err := pl.frames.cfaOffset(s.pc)
	if err != nil {
		return Instance{}, fmt.Errorf("%s at 0x%x: %w", s.fn.name, s.pc, err)
	}
	in := Instance{Function: sc.function, Inlined: sc.inlined, EntryPC: s.pc, CFA: cfa}
	context := fmt.Sprintf("probe %s: %s at 0x%x: variable", probeID, sc.function, s.pc)
	at := func(v param) Value { return pl.valueAt(v, s.fn.unit, s.pc, cfa, context) }
	for _, v := range sc.arguments {
		in.Arguments = append(in.Arguments, at(v))
	}
	for _, v := range sc.locals {
		in.Locals = append(in.Locals, at(v))
	}
	return in, nil
}
