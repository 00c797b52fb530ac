// Package bench measures what a probe costs the traced program per hit.
//
// The target times its own calls with its thread's CPU clock; the engine's
// reader only copies records while it runs; BPF run-time statistics, which
// cost every hit, are on only in a separate pass that measures the program.
package bench

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/godi-golden/probe/internal/attach"
	"github.com/godi-golden/probe/internal/bpfload"
	"github.com/godi-golden/probe/internal/plan"
)

// Shape is one probe on a function of probe/testdata/target; Loop is the
// function's name in the target's `loop FUNC N` mode. Unless Skips, every
// hit is captured (the sampling check still runs, as on every probe).
type Shape struct {
	Key, Function, Loop string
	// Depth is the probe's maxReferenceDepth: at 0 pointers are not
	// followed (a string's bytes are read at any depth).
	Depth uint32
	// When is the probe's condition ({dsl, json}), if any.
	When any
	// DefaultRate keeps a snapshot probe's default sampling, one hit a
	// second, instead of a rate that takes every hit.
	DefaultRate bool
	// Returns: the probe also captures the function's return, as a method
	// probe does unless it evaluates at ENTRY: a program on each RET, an
	// instruction the kernel does not emulate but single-steps (about 15 us
	// here), so a run of such calls is capped at MaxCalls.
	Returns  bool
	MaxCalls int
	// Skips: the probe skips the hits after the first (a false condition,
	// or a rate of one a second): the figure is what a skipped hit costs.
	Skips bool
}

// Shapes are the probes measured: a stack alone; scalars; a pointer, a
// heap string and an int, the pointer's address alone (the work of the
// hand-written floor program of issue 11) and the pointer followed; a
// struct with a string, a slice, a map and a pointer (depth 3); the
// scalars and string with the return captured too; and two that skip
// their hits: a condition the engine finds false, and sampling.
var Shapes = []Shape{
	{Key: "noArgs", Function: "main.noArgs", Loop: "noArgs", Depth: 3},
	{Key: "scalars", Function: "main.scalars", Loop: "scalars", Depth: 3},
	{Key: "scalarString", Function: "main.scalarString", Loop: "scalarString", Depth: 0},
	{Key: "scalarStringDeref", Function: "main.scalarString", Loop: "scalarString", Depth: 3},
	{Key: "struct", Function: "main.snapshot", Loop: "snapshot", Depth: 3},
	{Key: "scalarStringReturn", Function: "main.scalarString", Loop: "scalarString", Depth: 0, Returns: true, MaxCalls: 100_000},
	{Key: "conditionFalse", Function: "main.scalarString", Loop: "scalarString", Depth: 3, Skips: true, When: map[string]any{
		"dsl": "a == -1", "json": map[string]any{"eq": []any{map[string]any{"ref": "a"}, -1.0}},
	}},
	{Key: "sampled", Function: "main.scalarString", Loop: "scalarString", Depth: 3, Skips: true, DefaultRate: true},
}

// benchRingBytes holds 200,000 records of the largest shape (about 1 KiB).
const benchRingBytes = 256 << 20

// def is the shape's probe.
func (s Shape) def() plan.ProbeDef {
	depth := s.Depth
	evaluateAt := "ENTRY"
	if s.Returns {
		evaluateAt = "EXIT"
	}
	d := plan.ProbeDef{
		ID: "bench", Type: "LOG_PROBE", Where: plan.Where{MethodName: s.Function}, CaptureSnapshot: true,
		EvaluateAt: evaluateAt, Capture: &plan.CaptureDef{MaxReferenceDepth: &depth}, When: s.When,
	}
	if !s.DefaultRate {
		d.Sampling = &plan.SamplingDef{SnapshotsPerSecond: 1e10}
	}
	return d
}

// calls is how many calls a timed run of the shape makes, out of the
// run's number.
func (s Shape) calls(calls int) int {
	if s.MaxCalls > 0 {
		return min(calls, s.MaxCalls)
	}
	return calls
}

// records is how many records calls of the shape may make: one a call,
// two with the return; a false condition sends none; sampling keeps the
// first hit of a period, and the rounds of a shape share the probe, so
// one run of them in a second.
func (s Shape) records(calls int) int {
	if s.Skips {
		return min(calls, 1)
	}
	if s.Returns {
		return 2 * calls
	}
	return calls
}

// Spread is a per-call time over the rounds.
type Spread struct {
	Min    float64 `json:"min"`
	Median float64 `json:"median"`
}

// ShapeResult is one shape's figures, in CPU ns of the calling thread. The
// per-hit figures are the probed call's time minus the unprobed call's,
// round by round: a call's hits, its entry's and, with Returns, its RET's.
type ShapeResult struct {
	Calls             int    `json:"calls"` // per timed run
	UnprobedNsPerCall Spread `json:"unprobedNsPerCall"`
	BareNsPerHit      Spread `json:"bareUprobeNsPerHit"` // a program that returns at once, same site
	ProbeNsPerHit     Spread `json:"probeNsPerHit"`
	// ProbeOverBare is the least probe time over the least bare time.
	ProbeOverBare float64 `json:"probeOverBare"`
	// ProgramNsPerHit is the probe program's own run time (kernel BPF
	// statistics, measured in a pass of its own).
	ProgramNsPerHit float64 `json:"programNsPerHit"`
	RecordBytes     int     `json:"recordBytes"` // per record
}

// Result is printed as JSON by `godi-probe bench`.
type Result struct {
	Calls  int                     `json:"calls"`
	Rounds int                     `json:"rounds"`
	Shapes map[string]*ShapeResult `json:"shapes"`
}

// Run measures binary (built from probe/testdata/target) with calls calls per
// timed run, rounds runs per configuration, interleaved so that a change in
// the machine's load falls on all of them alike. shapes are the keys of the
// shapes to measure (none: all of them).
func Run(ctx context.Context, binary string, calls, rounds int, shapes ...string) (*Result, error) {
	chosen, err := chooseShapes(shapes)
	if err != nil {
		return nil, err
	}
	r := &Result{Calls: calls, Rounds: rounds, Shapes: map[string]*ShapeResult{}}
	for _, shape := range chosen {
		sr, err := measureShape(ctx, binary, shape, shape.calls(calls), rounds)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", shape.Function, err)
		}
		r.Shapes[shape.Key] = sr
	}
	return r, nil
}

// chooseShapes returns the shapes of the given keys, in the order of Shapes.
func chooseShapes(keys []string) ([]Shape, error) {
	if len(keys) == 0 {
		return Shapes, nil
	}
	var chosen []Shape
	for _, shape := range Shapes {
		if slices.Contains(keys, shape.Key) {
			chosen = append(chosen, shape)
		}
	}
	for _, key := range keys {
		if !slices.ContainsFunc(Shapes, func(s Shape) bool { return s.Key == key }) {
			return nil, fmt.Errorf("no shape %q (shapes: %s)", key, strings.Join(shapeKeys(), ", "))
		}
	}
	return chosen, nil
}

func shapeKeys() []string {
	keys := make([]string, len(Shapes))
	for i, shape := range Shapes {
		keys[i] = shape.Key
	}
	return keys
}

func measureShape(ctx context.Context, binary string, shape Shape, calls, rounds int) (*ShapeResult, error) {
	p, err := plan.Build(binary, []plan.ProbeDef{shape.def()}, plan.Options{})
	if err != nil {
		return nil, err
	}
	if len(p.Errors) > 0 {
		return nil, fmt.Errorf("%v", p.Errors[0])
	}
	if p.Probes[0].Instances[0].PrologueJumpPC == 0 {
		return nil, fmt.Errorf("no stack-check prologue: a bare uprobe there would not be the cheap one")
	}
	bare, err := bpfload.Load(p, bpfload.Options{Bare: true})
	if err != nil {
		return nil, err
	}
	defer bare.Close()
	// A ring that holds a whole run's records: the reader, which shares two
	// CPUs with the target, never has to keep up to spare a drop.
	probe, err := bpfload.Load(p, bpfload.Options{RingBytes: benchRingBytes})
	if err != nil {
		return nil, err
	}
	defer probe.Close()

	var unprobed, bareHit, probeHit []float64
	sr := &ShapeResult{Calls: calls}
	for range rounds {
		base, err := timeCalls(ctx, binary, shape.Loop, calls, nil)
		if err != nil {
			return nil, err
		}
		withBare, err := timeCalls(ctx, binary, shape.Loop, calls, bare)
		if err != nil {
			return nil, err
		}
		withProbe, err := timeCalls(ctx, binary, shape.Loop, calls, probe, func(res *attach.Result) error {
			return checkRecords(res, calls, shape, &sr.RecordBytes)
		})
		if err != nil {
			return nil, err
		}
		unprobed = append(unprobed, base)
		bareHit = append(bareHit, withBare-base)
		probeHit = append(probeHit, withProbe-base)
	}
	sr.UnprobedNsPerCall, sr.BareNsPerHit, sr.ProbeNsPerHit = spread(unprobed), spread(bareHit), spread(probeHit)
	sr.ProbeOverBare = sr.ProbeNsPerHit.Min / sr.BareNsPerHit.Min
	if sr.ProgramNsPerHit, err = programNsPerHit(ctx, binary, shape.Loop, calls, probe); err != nil {
		return nil, err
	}
	return sr, nil
}

// checkRecords makes sure every hit made the record it should: a dropped
// record is work not done, which would flatter the figure, and a hit that
// should be skipped but was not would not measure a skip.
func checkRecords(res *attach.Result, calls int, shape Shape, recordBytes *int) error {
	want := shape.records(calls)
	if res.Dropped[0] > 0 || len(res.Events) > want || (!shape.Skips && len(res.Events) < want) {
		return fmt.Errorf("%d records for %d calls, want %d (%d dropped)", len(res.Events), calls, want, res.Dropped[0])
	}
	if len(res.Events) > 0 {
		*recordBytes = res.RecordBytes / len(res.Events)
	}
	return nil
}

// programNsPerHit runs the probe once more with BPF statistics on and
// returns its programs' run time per call: all of them (an entry's and its
// RETs') over the runs of the entry program.
func programNsPerHit(ctx context.Context, binary, loop string, calls int, objs *bpfload.Objects) (float64, error) {
	stats, err := ebpf.EnableStats(unix.BPF_STATS_RUN_TIME)
	if err != nil {
		return 0, fmt.Errorf("enabling BPF run-time statistics: %w", err)
	}
	defer stats.Close()
	before, err := programStats(objs)
	if err != nil {
		return 0, err
	}
	if _, err := timeCalls(ctx, binary, loop, calls, objs); err != nil {
		return 0, err
	}
	after, err := programStats(objs)
	if err != nil {
		return 0, err
	}
	entryRuns := after[0].RunCount - before[0].RunCount
	if entryRuns == 0 {
		return 0, fmt.Errorf("the entry program never ran")
	}
	var runtime time.Duration
	for i := range after {
		runtime += after[i].Runtime - before[i].Runtime
	}
	return float64(runtime.Nanoseconds()) / float64(entryRuns), nil
}

// programStats returns the statistics of each program of objs, the entry
// program's first (RET sites share one program: it counts once).
func programStats(objs *bpfload.Objects) ([]*ebpf.ProgramStats, error) {
	var stats []*ebpf.ProgramStats
	seen := map[*ebpf.Program]bool{}
	for _, a := range objs.Attachments {
		if seen[a.Program] {
			continue
		}
		seen[a.Program] = true
		st, err := a.Program.Stats()
		if err != nil {
			return nil, err
		}
		stats = append(stats, st)
	}
	return stats, nil
}

// timeCalls runs `binary loop FUNC calls`, under objs when not nil, and
// returns the CPU ns per call the target printed, after checking the run's
// result with each check.
func timeCalls(ctx context.Context, binary, loop string, calls int, objs *bpfload.Objects, checks ...func(*attach.Result) error) (float64, error) {
	args := []string{"loop", loop, strconv.Itoa(calls)}
	var out bytes.Buffer
	if objs == nil {
		cmd := exec.CommandContext(ctx, binary, args...)
		cmd.Stdout = &out
		if err := cmd.Run(); err != nil {
			return 0, fmt.Errorf("running %s %s: %w", binary, strings.Join(args, " "), err)
		}
	} else {
		res, err := attach.Run(ctx, attach.Config{Binary: binary, Args: args, Stdout: &out, Objects: objs})
		if err != nil {
			return 0, err
		}
		for _, check := range checks {
			if err := check(res); err != nil {
				return 0, err
			}
		}
	}
	ns, err := strconv.ParseFloat(strings.TrimSpace(out.String()), 64)
	if err != nil {
		return 0, fmt.Errorf("%s %s printed %q, not ns per call", binary, strings.Join(args, " "), out.String())
	}
	return ns, nil
}

func spread(xs []float64) Spread {
	sorted := slices.Sorted(slices.Values(xs))
	return Spread{Min: sorted[0], Median: sorted[len(sorted)/2]}
}
