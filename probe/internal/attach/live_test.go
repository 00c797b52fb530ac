package attach_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/godi-golden/probe/internal/attach"
	"github.com/godi-golden/probe/internal/bpfgen"
	"github.com/godi-golden/probe/internal/bpfload"
	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/livetest"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

const targetDir = "../../testdata/target"

// probeDefs are snapshot probes on methods that capture every hit (these
// tests count them; sampling has its own).
func probeDefs(methods ...string) []plan.ProbeDef {
	var defs []plan.ProbeDef
	for _, m := range methods {
		defs = append(defs, plan.ProbeDef{ID: m, Type: "LOG_PROBE", Where: plan.Where{MethodName: m}, CaptureSnapshot: true,
			Sampling: &plan.SamplingDef{SnapshotsPerSecond: 1e9}})
	}
	return defs
}

// captureLimited runs the target's "once" mode under a probe on method
// with the capture limits c.
func captureLimited(t *testing.T, bin, method string, c plan.CaptureDef) (*plan.Plan, *attach.Result) {
	t.Helper()
	defs := probeDefs(method)
	defs[0].Capture = &c
	p, res, _ := run(t, bin, bpfgen.PlacementAuto, defs, "once")
	return p, res
}

// capture runs the target's "once" mode under probes on methods.
func capture(t *testing.T, bin string, placement bpfgen.Placement, methods ...string) (*plan.Plan, *attach.Result) {
	t.Helper()
	p, res, _ := run(t, bin, placement, probeDefs(methods...), "once")
	return p, res
}

// run runs the target with args under the probes defs and returns its output too.
func run(t *testing.T, bin string, placement bpfgen.Placement, defs []plan.ProbeDef, args ...string) (*plan.Plan, *attach.Result, string) {
	t.Helper()
	p, err := plan.Build(bin, defs, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	objs, err := bpfload.Load(p, bpfload.Options{Placement: placement})
	if err != nil {
		t.Fatalf("%+v", err)
	}
	defer objs.Close()
	var out bytes.Buffer
	res, err := attach.Run(context.Background(), attach.Config{Objects: objs, Binary: bin, Args: args, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Max(res.Dropped) != 0 || !res.Target.Success() {
		t.Fatalf("dropped %d, target %s, output %q", res.Dropped, res.Target, out.String())
	}
	return p, res, out.String()
}

// view reads the events of one probe against the plan's type table.
type view struct {
	t     *testing.T
	types map[uint32]capfile.Type
	evs   []capfile.Event
}

func newView(t *testing.T, p *plan.Plan, res *attach.Result, method string) *view {
	v := &view{t: t, types: map[uint32]capfile.Type{}}
	for _, ty := range p.Meta.Types {
		v.types[ty.ID] = ty
	}
	idx := slices.IndexFunc(p.Meta.Probes, func(pr capfile.Probe) bool { return pr.Method == method })
	for _, ev := range res.Events {
		if int(ev.ProbeIndex) == idx {
			v.evs = append(v.evs, ev)
		}
	}
	if len(v.evs) == 0 {
		t.Fatalf("no events for %s", method)
	}
	return v
}

func (v *view) kind(k uint8) []capfile.Event {
	var out []capfile.Event
	for _, ev := range v.evs {
		if ev.Kind == k {
			out = append(out, ev)
		}
	}
	return out
}

// item finds the item read at addr as a type named name.
func (v *view) item(ev capfile.Event, addr uint64, name string) capfile.Item {
	v.t.Helper()
	for _, it := range ev.Items {
		if it.Address == addr && v.types[it.TypeID].Name == name {
			if it.Status != capfile.StatusRead {
				v.t.Fatalf("item (0x%x, %s) has status %d", addr, name, it.Status)
			}
			return it
		}
	}
	v.t.Fatalf("no item (0x%x, %s) in event %+v", addr, name, ev)
	return capfile.Item{}
}

// str follows a string header at b to its bytes.
func (v *view) str(ev capfile.Event, b []byte) string {
	ptr, n := word(b, 0), word(b, 8)
	if n == 0 {
		return ""
	}
	data := v.item(ev, ptr, "uint8").Data
	if uint64(len(data)) != n {
		v.t.Fatalf("string of %d bytes has an item of %d", n, len(data))
	}
	return string(data)
}

func word(b []byte, off int) uint64 { return binary.LittleEndian.Uint64(b[off:]) }

func TestCapturesValues(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, targetDir)
	p, res := capture(t, bin, bpfgen.PlacementAuto,
		"main.ints", "main.text", "main.pointer", "main.slice", "main.dict", "main.ifaces", "main.results", "main.grow", "main.prefixes")

	t.Run("ints, goid, stack, pairing", func(t *testing.T) {
		v := newView(t, p, res, "main.ints")
		entry, ret := v.kind(capfile.KindEntry)[0], v.kind(capfile.KindReturn)[0]
		if a, b := int64(word(entry.Items[0].Data, 0)), int64(word(entry.Items[1].Data, 0)); a != 7 || b != -3 {
			t.Errorf("ints(%d, %d), want ints(7, -3)", a, b)
		}
		if r := word(ret.Items[0].Data, 0); r != 4 {
			t.Errorf("ints returned %d, want 4", r)
		}
		if entry.CallID == 0 || entry.CallID != ret.CallID {
			t.Errorf("call ids: entry %d, return %d", entry.CallID, ret.CallID)
		}
		if entry.Goid != 1 || ret.Goid != 1 {
			t.Errorf("goids %d, %d; main runs on goroutine 1", entry.Goid, ret.Goid)
		}
		if ret.TimestampNs <= entry.TimestampNs {
			t.Errorf("return at %d is not after the entry at %d", ret.TimestampNs, entry.TimestampNs)
		}
		pr := p.Probes[entry.ProbeIndex]
		if entry.Stack[0] != pr.Instances[0].EntryPC || !slices.Contains(pr.Instances[0].ReturnPCs, ret.Stack[0]) {
			t.Errorf("innermost frames 0x%x, 0x%x; want the entry 0x%x and a RET of %x", entry.Stack[0], ret.Stack[0], pr.Instances[0].EntryPC, pr.Instances[0].ReturnPCs)
		}
		frames := p.Symbolize(entry.Stack[1:2])
		if fn := frames[0].Frames[0].Function; fn != "main.once" {
			t.Errorf("caller frame %s, want main.once (stack %x)", fn, entry.Stack)
		}
		if len(entry.Stack) < 3 {
			t.Errorf("stack %x stops before runtime.main", entry.Stack)
		}
	})
	t.Run("string", func(t *testing.T) {
		v := newView(t, p, res, "main.text")
		ev := v.kind(capfile.KindEntry)[0]
		if s := v.str(ev, ev.Items[0].Data); s != "héllo" {
			t.Errorf("text(%q), want héllo", s)
		}
	})
	t.Run("pointer to a struct with a string, a slice, a map and a pointer", func(t *testing.T) {
		v := newView(t, p, res, "main.pointer")
		ev := v.kind(capfile.KindEntry)[0]
		it := v.item(ev, word(ev.Items[0].Data, 0), "main.Item").Data
		if s := v.str(ev, it[0:]); s != "root" {
			t.Errorf("Name %q", s)
		}
		tags := v.item(ev, word(it, 16), "string").Data
		if n := word(it, 24); n != 2 || len(tags) != 32 {
			t.Fatalf("Tags: len %d, %d bytes", n, len(tags))
		}
		if a, bc := v.str(ev, tags[0:]), v.str(ev, tags[16:]); a != "a" || bc != "bc" {
			t.Errorf("Tags %q %q", a, bc)
		}
		keys := v.mapKeys(ev, word(it, 40), v.field(v.item(ev, word(ev.Items[0].Data, 0), "main.Item").TypeID, "Attrs"))
		if !slices.Equal(keys, []string{"x", "yy"}) {
			t.Errorf("Attrs keys %q", keys)
		}
		leaf := v.item(ev, word(it, 48), "main.Item").Data
		if s := v.str(ev, leaf); s != "leaf" {
			t.Errorf("Next.Name %q", s)
		}
	})
	t.Run("slice", func(t *testing.T) {
		v := newView(t, p, res, "main.slice")
		ev := v.kind(capfile.KindEntry)[0]
		data := v.item(ev, word(ev.Items[0].Data, 0), "int64").Data
		if got := []uint64{word(data, 0), word(data, 8), word(data, 16)}; !slices.Equal(got, []uint64{10, 20, 30}) {
			t.Errorf("slice %v", got)
		}
	})
	t.Run("map", func(t *testing.T) {
		v := newView(t, p, res, "main.dict")
		ev := v.kind(capfile.KindEntry)[0]
		if keys := v.mapKeys(ev, word(ev.Items[0].Data, 0), ev.Items[0].TypeID); !slices.Equal(keys, []string{"one", "two"}) {
			t.Errorf("map keys %q", keys)
		}
	})
	t.Run("interfaces", func(t *testing.T) {
		v := newView(t, p, res, "main.ifaces")
		ev := v.kind(capfile.KindEntry)[0]
		anyV, errV, sized := ev.Items[0].Data, ev.Items[1].Data, ev.Items[2].Data
		if n := word(v.item(ev, word(anyV, 8), "int64").Data, 0); n != 42 {
			t.Errorf("any boxed int64 %d", n)
		}
		v.item(ev, word(errV, 0), v.types[p.Meta.Runtime.ItabType].Name) // the itab
		es := v.item(ev, word(errV, 8), "errors.errorString").Data
		if s := v.str(ev, es); s != "boom" {
			t.Errorf("error %q", s)
		}
		box := v.item(ev, word(sized, 8), "main.box").Data
		if w, h := word(box, 0), word(box, 8); w != 2 || h != 3 {
			t.Errorf("box{%d, %d}", w, h)
		}
	})
	t.Run("results", func(t *testing.T) {
		v := newView(t, p, res, "main.results")
		rets := v.kind(capfile.KindReturn)
		if len(rets) != 2 {
			t.Fatalf("%d return events, want 2", len(rets))
		}
		if s := v.str(rets[0], rets[0].Items[0].Data); s != "positive" || word(rets[0].Items[1].Data, 0) != 0 {
			t.Errorf("first return (%q, %x)", s, rets[0].Items[1].Data)
		}
		es := v.item(rets[1], word(rets[1].Items[1].Data, 8), "errors.errorString").Data
		if s := v.str(rets[1], es); s != "not positive" {
			t.Errorf("second return error %q", s)
		}
	})
	t.Run("a prefix and the whole: one item, the longest", func(t *testing.T) {
		v := newView(t, p, res, "main.prefixes")
		ev := v.kind(capfile.KindEntry)[0]
		short, long := ev.Items[0].Data, ev.Items[1].Data
		if word(short, 0) != word(long, 0) {
			t.Fatalf("the strings do not share a pointer: %x, %x", short, long)
		}
		if s := v.str(ev, long); s != "hello, world" {
			t.Errorf("long %q", s)
		}
		few, many := ev.Items[2].Data, ev.Items[3].Data
		if data := v.item(ev, word(many, 0), "int").Data; len(data) != 32 || word(data, 24) != 4 {
			t.Errorf("the slice's backing array holds %x; want 1, 2, 3, 4", data)
		}
		if word(few, 0) != word(many, 0) {
			t.Fatalf("the slices do not share a pointer")
		}
		pairs := map[[2]uint64]int{}
		for _, it := range ev.Items[4:] {
			pairs[[2]uint64{it.Address, uint64(it.TypeID)}]++
		}
		for k, n := range pairs {
			if n > 1 {
				t.Errorf("(0x%x, type %d) appears %d times", k[0], k[1], n)
			}
		}
	})
	t.Run("entry and return pair across stack moves", func(t *testing.T) {
		v := newView(t, p, res, "main.grow")
		entries, rets := v.kind(capfile.KindEntry), v.kind(capfile.KindReturn)
		if len(entries) != 65 || len(rets) != 65 {
			t.Fatalf("%d entries, %d returns; want 65 of each", len(entries), len(rets))
		}
		at := map[uint64]uint64{}
		for _, e := range entries {
			at[e.CallID] = e.TimestampNs
		}
		for _, r := range rets {
			start, ok := at[r.CallID]
			if !ok || r.CallID == 0 {
				t.Fatalf("return with call id %d has no entry", r.CallID)
			}
			if r.TimestampNs < start {
				t.Errorf("call %d returned before it started", r.CallID)
			}
			delete(at, r.CallID)
		}
		if entries[0].Goid == 1 || entries[0].Goid != rets[0].Goid {
			t.Errorf("goids %d, %d: grow runs on its own goroutine", entries[0].Goid, rets[0].Goid)
		}
	})
	t.Run("a stack deeper than the stack depth is cut there, marked", func(t *testing.T) {
		// The 65th grow is 65 frames deep; the first ones are shallow.
		entries := newView(t, p, res, "main.grow").kind(capfile.KindEntry)
		deepest, first := entries[len(entries)-1], entries[0]
		if len(deepest.Stack) != layout.DefaultStackDepth || deepest.Flags&capfile.FlagStackTruncated == 0 {
			t.Errorf("deepest grow: %d frames, flags %#x; want %d frames, marked truncated", len(deepest.Stack), deepest.Flags, layout.DefaultStackDepth)
		}
		if len(first.Stack) >= layout.DefaultStackDepth || first.Flags&capfile.FlagStackTruncated != 0 {
			t.Errorf("first grow: %d frames, flags %#x; want the whole stack, not truncated", len(first.Stack), first.Flags)
		}
	})
}

// field returns the type id of a struct type's field.
func (v *view) field(structType uint32, name string) uint32 {
	for _, f := range v.types[structType].Fields {
		if f.Name == name {
			return f.Type
		}
	}
	v.t.Fatalf("%s has no field %s", v.types[structType].Name, name)
	return 0
}

// mapKeys reads the string keys of a small swiss map (one group) of type mapType.
func (v *view) mapKeys(ev capfile.Event, m uint64, mapType uint32) []string {
	sw := v.types[mapType].Swiss
	header := v.item(ev, m, v.types[sw.HeaderType].Name).Data
	if dirLen := word(header, int(sw.DirLenOffset)); dirLen != 0 {
		v.t.Fatalf("map with a directory (%d tables): not a small map", dirLen)
	}
	group := v.item(ev, word(header, int(sw.DirPtrOffset)), v.types[sw.GroupType].Name).Data
	var keys []string
	for i := range sw.SlotsPerGroup {
		if group[sw.CtrlOffset+i]&0x80 != 0 {
			continue
		}
		slot := group[sw.SlotsOffset+i*sw.SlotSize:]
		keys = append(keys, v.str(ev, slot[sw.KeyOffset:]))
	}
	slices.Sort(keys)
	return keys
}

// TestPlacementsCaptureTheSame compares probes at the stack-check jump
// with probes at the entry, on a plain call and on calls that grow their
// stack (at the entry those come back from morestack to the entry: the
// second hit must not count).
func TestPlacementsCaptureTheSame(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, targetDir)
	methods := []string{"main.snapshot", "main.grow"}
	p, jump := capture(t, bin, bpfgen.PlacementAuto, methods...)
	for _, pr := range p.Probes {
		if pr.Instances[0].PrologueJumpPC == 0 {
			t.Fatalf("%s has no stack-check jump: nothing to compare", pr.ID)
		}
	}
	_, entry := capture(t, bin, bpfgen.PlacementEntry, methods...)
	if len(jump.Events) != len(entry.Events) {
		t.Fatalf("%d events at the jump, %d at the entry", len(jump.Events), len(entry.Events))
	}
	for i := range jump.Events {
		a, b := jump.Events[i], entry.Events[i]
		if a.Kind != b.Kind || a.ProbeIndex != b.ProbeIndex || !slices.Equal(a.Stack, b.Stack) || shape(p, a) != shape(p, b) {
			t.Fatalf("event %d differs:\njump  %s\nentry %s", i, shape(p, a), shape(p, b))
		}
	}
}

// TestEventBudgetKeepsAPrefix: a root larger than the event budget is
// recorded as the prefix that fits, and the event stays within the budget.
func TestEventBudgetKeepsAPrefix(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, targetDir)
	const budget = 200
	p, res := captureLimited(t, bin, "main.wide", plan.CaptureDef{MaxEventBytes: new(uint32(budget))})
	ev := newView(t, p, res, "main.wide").kind(capfile.KindEntry)[0]
	a := ev.Items[0].Data
	if len(a) == 0 || len(a) >= 320 || len(a)%8 != 0 || ev.Flags&capfile.FlagTruncated == 0 {
		t.Fatalf("root of %d bytes, flags %d; want a prefix of whole words, truncated", len(a), ev.Flags)
	}
	for i := range len(a) / 8 {
		if word(a, 8*i) != uint64(i) {
			t.Fatalf("a[%d] = %d", i, word(a, 8*i))
		}
	}
	if size := 40 + 24 + len(a); size > budget {
		t.Errorf("event of %d bytes (without its stack) over the %d budget", size, budget)
	}
}

// TestLargeMapReadsWhatTheLimitNeeds: of a 5000-entry map (several dense
// tables) under maxCollectionSize 10, the engine reads only part of each
// table's groups, yet enough full slots for the decoder to show 10.
func TestLargeMapReadsWhatTheLimitNeeds(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, targetDir)
	const limit = 10
	p, res := captureLimited(t, bin, "main.bigMap", plan.CaptureDef{MaxCollectionSize: new(uint32(limit))})
	v := newView(t, p, res, "main.bigMap")
	ev := v.kind(capfile.KindEntry)[0]
	sw := v.types[ev.Items[0].TypeID].Swiss
	var tables, groupBytes, full int
	for _, it := range ev.Items {
		switch it.TypeID {
		case sw.TableType:
			tables++
			mask := word(it.Data, int(sw.TableGroupsLengthMaskOffset))
			groups := v.item(ev, word(it.Data, int(sw.TableGroupsDataOffset)), v.types[sw.GroupType].Name).Data
			if uint64(len(groups)) >= (mask+1)*uint64(sw.GroupSize) {
				t.Errorf("a table of %d groups read whole (%d bytes)", mask+1, len(groups))
			}
			groupBytes += len(groups)
			for g := 0; g+int(sw.GroupSize) <= len(groups); g += int(sw.GroupSize) {
				for i := range int(sw.SlotsPerGroup) {
					if groups[g+int(sw.CtrlOffset)+i]&0x80 == 0 {
						full++
					}
				}
			}
		}
	}
	if tables < 2 || full < limit {
		t.Errorf("%d tables, %d full slots in %d bytes of groups; want several tables and at least %d entries", tables, full, groupBytes, limit)
	}
}

// TestPreemptionCountsEachCallOnce runs calls while busy goroutines and a
// GC loop keep the runtime preempting the caller (asynchronously by
// signal, and synchronously through the stack check, which also grows
// and shrinks stacks): every call is one entry and one return, at the
// stack-check jump and at the entry alike, for a function without a stack
// check (ints), with one (snapshot), with a large and a huge frame (grow,
// growHuge, recursive).
func TestPreemptionCountsEachCallOnce(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, targetDir)
	t.Setenv("GOMAXPROCS", "2")
	t.Setenv("GODEBUG", "asyncpreemptoff=0")
	const rounds = 2000
	want := map[string]int{"main.snapshot": rounds, "main.ints": rounds, "main.grow": 9 * rounds, "main.growHuge": 3 * rounds}
	for _, placement := range []bpfgen.Placement{bpfgen.PlacementAuto, bpfgen.PlacementEntry} {
		t.Run(fmt.Sprint("placement ", placement), func(t *testing.T) {
			p, res, out := run(t, bin, placement, probeDefs("main.snapshot", "main.ints", "main.grow", "main.growHuge"), "preempt", fmt.Sprint(rounds))
			var sum, gcs int
			if _, err := fmt.Sscan(out, &sum, &gcs); err != nil || gcs < 10 {
				t.Fatalf("target printed %q: want its sum and at least 10 GC cycles", out)
			}
			for method, n := range want {
				v := newView(t, p, res, method)
				entries, rets := v.kind(capfile.KindEntry), v.kind(capfile.KindReturn)
				if len(entries) != n || len(rets) != n {
					t.Errorf("%s: %d entries, %d returns; want %d of each", method, len(entries), len(rets), n)
				}
				open := map[uint64]bool{}
				for _, e := range entries {
					open[e.CallID] = true
				}
				for _, r := range rets {
					if !open[r.CallID] {
						t.Errorf("%s: return with call id %d has no entry", method, r.CallID)
						break
					}
				}
			}
		})
	}
}

// shape renders an event's items without what changes from run to run (heap
// addresses are randomized, and so are map hash seeds): type, status, length
// and, for string bytes, the bytes.
func shape(p *plan.Plan, ev capfile.Event) string {
	var b strings.Builder
	for _, it := range ev.Items {
		name := p.Meta.Types[slices.IndexFunc(p.Meta.Types, func(t capfile.Type) bool { return t.ID == it.TypeID })].Name
		fmt.Fprintf(&b, "[%s status %d, %d bytes", name, it.Status, len(it.Data))
		if name == "uint8" {
			fmt.Fprintf(&b, " %q", it.Data)
		}
		b.WriteString("] ")
	}
	return b.String()
}

// requireClean fails the test when the engine left anything behind since
// base was taken.
func requireClean(t *testing.T, base livetest.Baseline, bin string) {
	t.Helper()
	left, err := base.SettledLeftovers(10 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	left = append(left, livetest.OwnBPFFiles()...)
	if pids := livetest.ProcessesOf(bin); len(pids) > 0 {
		left = append(left, fmt.Sprintf("target processes %v", pids))
	}
	if len(left) > 0 {
		t.Errorf("left behind:\n%s", strings.Join(left, "\n"))
	}
}

func TestNothingLeftBehind(t *testing.T) {
	livetest.Require(t)
	base, err := livetest.TakeBaseline()
	if err != nil {
		t.Fatal(err)
	}
	bin := livetest.Build(t, targetDir)
	p, err := plan.Build(bin, probeDefs("main.ints"), plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// run runs the target's "forever" mode, doing something to it (or to
	// the run) once it is running and probed.
	run := func(t *testing.T, cfg attach.Config, meanwhile func(pid int)) (*attach.Result, error) {
		objs, err := bpfload.Load(p, bpfload.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer objs.Close()
		cfg.Objects, cfg.Binary, cfg.Args = objs, bin, []string{"forever"}
		if meanwhile != nil {
			go func() {
				for {
					// Running, not stopped at exec for the attach any more.
					if pids := livetest.ProcessesOf(bin); len(pids) == 1 && livetest.Running(pids[0]) {
						time.Sleep(200 * time.Millisecond) // let it hit the probe
						meanwhile(pids[0])
						return
					}
					time.Sleep(10 * time.Millisecond)
				}
			}()
		}
		return attach.Run(context.Background(), cfg)
	}
	t.Run("after a passing run", func(t *testing.T) {
		capture(t, bin, bpfgen.PlacementAuto, "main.ints")
		requireClean(t, base, bin)
	})
	t.Run("after the target is killed", func(t *testing.T) {
		res, err := run(t, attach.Config{}, func(pid int) { syscall.Kill(pid, syscall.SIGKILL) })
		if err != nil {
			t.Fatal(err)
		}
		if ws := res.Target.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGKILL || len(res.Events) == 0 {
			t.Errorf("target %s, %d events; want killed by SIGKILL after some events", res.Target, len(res.Events))
		}
		if res.Target.ExitCode() != -1 {
			t.Errorf("exit code %d, want -1 for a signal", res.Target.ExitCode())
		}
		requireClean(t, base, bin)
	})
	t.Run("after a timeout", func(t *testing.T) {
		res, err := run(t, attach.Config{Timeout: 500 * time.Millisecond}, nil)
		var timeout *attach.TimeoutError
		if !errors.As(err, &timeout) || res == nil || len(res.Events) == 0 {
			t.Errorf("got %v; want a timeout error with the events so far", err)
		}
		requireClean(t, base, bin)
	})
	t.Run("after the target started a child in a session of its own and exited", func(t *testing.T) {
		objs, err := bpfload.Load(p, bpfload.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := attach.Run(context.Background(), attach.Config{Objects: objs, Binary: bin, Args: []string{"spawn", "exit"}})
		objs.Close()
		if err != nil || !res.Target.Success() {
			t.Fatalf("run: %v, target %v", err, res)
		}
		requireClean(t, base, bin)
	})
	t.Run("after cancellation", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		defer cancel()
		objs, err := bpfload.Load(p, bpfload.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = attach.Run(ctx, attach.Config{Objects: objs, Binary: bin, Args: []string{"forever"}})
		objs.Close()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %v; want the context's error", err)
		}
		requireClean(t, base, bin)
	})
}
