// Package bench measures what a probe costs the traced program per hit.
package bench

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/godi-golden/probe/internal/attach"
	"github.com/godi-golden/probe/internal/bpfgen"
	"github.com/godi-golden/probe/internal/plan"
)

// Result is printed as JSON by `godi-probe bench`. Per-hit numbers are the
// probed call's time minus the unprobed call's.
type Result struct {
	Calls                 int     `json:"calls"`
	UnprobedNsPerCall     float64 `json:"unprobedNsPerCall"`
	BareUprobeNsPerHit    float64 `json:"bareUprobeNsPerHit"`      // trivial program at the stack-check jump
	BareEntryNsPerHit     float64 `json:"bareUprobeEntryNsPerHit"` // trivial program at the function entry
	SnapshotJumpNsPerHit  float64 `json:"snapshotJumpNsPerHit"`
	SnapshotEntryNsPerHit float64 `json:"snapshotEntryNsPerHit"`
	// SnapshotOverBare is snapshotJump / bareUprobe: the target is <= 1.5.
	SnapshotOverBare float64 `json:"snapshotOverBare"`
	// SnapshotProgramNsPerHit is the time spent in the snapshot program
	// itself (kernel BPF run-time statistics), jump placement.
	SnapshotProgramNsPerHit float64 `json:"snapshotProgramNsPerHit"`
	EventsPerRun            int     `json:"eventsPerRun"`
	Dropped                 uint64  `json:"dropped"`
}

// Function is the benchmark program's probed function: it takes a struct
// with a string, a slice and a map. Its twin Unprobed has the same body.
const (
	Function = "main.snapshot"
	Unprobed = "unprobed"
)

// Run measures binary (built from probe/testdata/target, whose `loop FUNC N`
// mode times N calls) with calls calls per configuration.
func Run(ctx context.Context, binary string, calls int) (*Result, error) {
	depth := uint32(3)
	defs := []plan.ProbeDef{{
		ID: "bench", Type: "LOG_PROBE", Where: plan.Where{MethodName: Function}, CaptureSnapshot: true,
		EvaluateAt: "ENTRY", Capture: &plan.CaptureDef{MaxReferenceDepth: &depth},
	}}
	p, err := plan.Build(binary, defs, plan.Options{})
	if err != nil {
		return nil, err
	}
	if p.Probes[0].Instances[0].PrologueJumpPC == 0 {
		return nil, fmt.Errorf("%s in %s has no stack-check prologue to compare placements at", Function, binary)
	}
	stats, err := ebpf.EnableStats(unix.BPF_STATS_RUN_TIME)
	if err != nil {
		return nil, fmt.Errorf("enabling BPF run-time statistics: %w", err)
	}
	defer stats.Close()
	r := &Result{Calls: calls}
	if r.UnprobedNsPerCall, err = timeCalls(ctx, binary, Unprobed, calls, nil); err != nil {
		return nil, err
	}
	for _, m := range []struct {
		opts bpfgen.Options
		dst  *float64
	}{
		{bpfgen.Options{Bare: true}, &r.BareUprobeNsPerHit},
		{bpfgen.Options{Bare: true, Placement: bpfgen.PlacementEntry}, &r.BareEntryNsPerHit},
		{bpfgen.Options{}, &r.SnapshotJumpNsPerHit},
		{bpfgen.Options{Placement: bpfgen.PlacementEntry}, &r.SnapshotEntryNsPerHit},
	} {
		objs, err := bpfgen.Load(p, m.opts)
		if err != nil {
			return nil, err
		}
		ns, err := timeCalls(ctx, binary, "snapshot", calls, func(cfg attach.Config) (*attach.Result, error) {
			cfg.Objects = objs
			res, err := attach.Run(ctx, cfg)
			if err == nil && !m.opts.Bare {
				r.EventsPerRun, r.Dropped = len(res.Events), r.Dropped+res.Dropped[0]
			}
			if err == nil && m.dst == &r.SnapshotJumpNsPerHit {
				r.SnapshotProgramNsPerHit, err = programNsPerRun(objs)
			}
			return res, err
		})
		objs.Close()
		if err != nil {
			return nil, err
		}
		*m.dst = ns - r.UnprobedNsPerCall
	}
	r.SnapshotOverBare = r.SnapshotJumpNsPerHit / r.BareUprobeNsPerHit
	return r, nil
}

// programNsPerRun is the mean run time of the entry program.
func programNsPerRun(objs *bpfgen.Objects) (float64, error) {
	st, err := objs.Attachments[0].Program.Stats()
	if err != nil {
		return 0, err
	}
	if st.RunCount == 0 {
		return 0, fmt.Errorf("the entry program never ran")
	}
	return float64(st.Runtime.Nanoseconds()) / float64(st.RunCount), nil
}

// repeats is how many times each configuration runs; the fastest counts
// (the machine is shared: slower runs measure the neighbours).
const repeats = 3

// timeCalls runs `binary loop fn calls` repeats times, under probes when run
// is not nil, and returns the least CPU ns per call it printed.
func timeCalls(ctx context.Context, binary, fn string, calls int, run func(attach.Config) (*attach.Result, error)) (float64, error) {
	best := math.Inf(1)
	for range repeats {
		ns, err := timeOnce(ctx, binary, fn, calls, run)
		if err != nil {
			return 0, err
		}
		best = min(best, ns)
	}
	return best, nil
}

func timeOnce(ctx context.Context, binary, fn string, calls int, run func(attach.Config) (*attach.Result, error)) (float64, error) {
	args := []string{"loop", fn, strconv.Itoa(calls)}
	var out bytes.Buffer
	if run == nil {
		cmd := exec.CommandContext(ctx, binary, args...)
		cmd.Stdout = &out
		if err := cmd.Run(); err != nil {
			return 0, fmt.Errorf("running %s %s: %w", binary, strings.Join(args, " "), err)
		}
	} else if _, err := run(attach.Config{Binary: binary, Args: args, Stdout: &out}); err != nil {
		return 0, err
	}
	ns, err := strconv.ParseFloat(strings.TrimSpace(out.String()), 64)
	if err != nil {
		return 0, fmt.Errorf("%s %s printed %q, not ns per call", binary, strings.Join(args, " "), out.String())
	}
	return ns, nil
}
