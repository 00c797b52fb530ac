package plan

import (
	"debug/dwarf"
	"fmt"
	"slices"

	"github.com/godi-golden/probe/internal/capfile"
)

// symbolizer turns stack PCs into frames, inlined calls included, from the
// DWARF line tables and DW_TAG_inlined_subroutine trees.
type symbolizer struct {
	ix   *dwarfIndex
	data *dwarf.Data
	// exact are the probe PCs: a stack's innermost PC is one of them and is
	// looked up as is; every other PC is a return address, looked up at
	// pc-1 (inside the CALL) so the frame shows the call's line.
	exact []uint64
	lines map[dwarf.Offset]*dwarf.LineReader
}

// Symbolize symbolicates the PCs of event stacks (docs/capture-format.md
// §2.3): one Symbol per distinct PC, sorted by PC, frames innermost first.
// Probe PCs (entry, stack-check jump, RET of a probe of this plan) are
// looked up as they are; any other PC is taken as a return address and
// looked up at pc-1. A PC outside every function gets the frame {?, ?, 0}.
func (p *Plan) Symbolize(pcs []uint64) []capfile.Symbol {
	sorted := slices.Clone(pcs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	out := make([]capfile.Symbol, 0, len(sorted))
	for _, pc := range sorted {
		lookup := pc
		if !slices.Contains(p.symbols.exact, pc) && pc > 0 {
			lookup = pc - 1
		}
		frames, err := p.symbols.frames(lookup)
		if err != nil || len(frames) == 0 {
			frames = []capfile.Frame{{Function: "?", File: "?", Line: 0}}
		}
		out = append(out, capfile.Symbol{PC: fmt.Sprintf("0x%x", pc), Frames: frames})
	}
	return out
}

// frames returns the frames at pc, innermost first.
func (s *symbolizer) frames(pc uint64) ([]capfile.Frame, error) {
	fn := s.ix.functionAt(pc)
	if fn == nil {
		return nil, nil
	}
	file, line, err := s.line(fn.unit, pc)
	if err != nil {
		return nil, err
	}
	chain, err := s.inlineChain(fn.offset, pc)
	if err != nil {
		return nil, err
	}
	files, err := s.fileTable(fn.unit)
	if err != nil {
		return nil, err
	}
	// chain is outermost first; walk it from the innermost call outwards.
	frames := make([]capfile.Frame, 0, len(chain)+1)
	for i := len(chain) - 1; i >= 0; i-- {
		frames = append(frames, capfile.Frame{Function: chain[i].name, File: file, Line: line})
		file, line = "?", chain[i].callLine
		if idx := chain[i].callFile; idx >= 0 && idx < len(files) && files[idx] != nil {
			file = files[idx].Name
		}
	}
	return append(frames, capfile.Frame{Function: fn.name, File: file, Line: line}), nil
}

// inlined is one inlined call containing a PC.
type inlined struct {
	name     string // the inlined function
	callFile int    // index into the unit's line table files
	callLine int
}

// inlineChain returns the inlined calls containing pc within the
// subprogram at off, outermost first.
func (s *symbolizer) inlineChain(off dwarf.Offset, pc uint64) ([]inlined, error) {
	r := s.data.Reader()
	r.Seek(off)
	root, err := r.Next()
	if err != nil || root == nil || !root.Children {
		return nil, err
	}
	var chain []inlined
	depth := 1 // nesting below root of the next entry read
	for depth > 0 {
		e, err := r.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		if e.Tag == 0 {
			depth--
			continue
		}
		if e.Tag != dwarf.TagInlinedSubroutine {
			if e.Children {
				r.SkipChildren()
			}
			continue
		}
		ranges, err := s.data.Ranges(e)
		if err != nil {
			return nil, err
		}
		if !inRanges(ranges, pc) {
			if e.Children {
				r.SkipChildren()
			}
			continue
		}
		origin, _ := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset)
		callFile, _ := e.Val(dwarf.AttrCallFile).(int64)
		callLine, _ := e.Val(dwarf.AttrCallLine).(int64)
		chain = append(chain, inlined{name: s.ix.nameOf(s.data, origin), callFile: int(callFile), callLine: int(callLine)})
		if e.Children {
			depth++ // look for deeper inlining inside this call only
		}
	}
	return chain, nil
}

func inRanges(ranges [][2]uint64, pc uint64) bool {
	for _, rg := range ranges {
		if pc >= rg[0] && pc < rg[1] {
			return true
		}
	}
	return false
}

// nameOf is the DW_AT_name of the DIE at off, "?" when it has none.
func (ix *dwarfIndex) nameOf(data *dwarf.Data, off dwarf.Offset) string {
	r := data.Reader()
	r.Seek(off)
	if e, err := r.Next(); err == nil && e != nil {
		if name, ok := e.Val(dwarf.AttrName).(string); ok {
			return name
		}
	}
	return "?"
}

// line returns the file and line of pc from the unit's line table.
func (s *symbolizer) line(u *unit, pc uint64) (string, int, error) {
	lr, err := s.lineReader(u)
	if err != nil {
		return "", 0, err
	}
	var le dwarf.LineEntry
	if err := lr.SeekPC(pc, &le); err != nil {
		return "", 0, fmt.Errorf("line table: pc 0x%x: %w", pc, err)
	}
	name := "?"
	if le.File != nil {
		name = le.File.Name
	}
	return name, le.Line, nil
}

func (s *symbolizer) lineReader(u *unit) (*dwarf.LineReader, error) {
	if lr, ok := s.lines[u.offset]; ok {
		return lr, nil
	}
	r := s.data.Reader()
	r.Seek(u.offset)
	cu, err := r.Next()
	if err != nil || cu == nil {
		return nil, fmt.Errorf("unit at 0x%x: %v", u.offset, err)
	}
	lr, err := s.data.LineReader(cu)
	if err != nil || lr == nil {
		return nil, fmt.Errorf("unit at 0x%x has no line table: %v", u.offset, err)
	}
	if s.lines == nil {
		s.lines = map[dwarf.Offset]*dwarf.LineReader{}
	}
	s.lines[u.offset] = lr
	return lr, nil
}

func (s *symbolizer) fileTable(u *unit) ([]*dwarf.LineFile, error) {
	lr, err := s.lineReader(u)
	if err != nil {
		return nil, err
	}
	return lr.Files(), nil
}
