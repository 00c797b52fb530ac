package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cilium/ebpf"

	"github.com/godi-golden/probe/internal/attach"
	"github.com/godi-golden/probe/internal/bpfgen"
	"github.com/godi-golden/probe/internal/bpfload"
	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

// engineName is stats.engine of the captures this command writes.
const engineName = "godi-probe v1"

func runCommand(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	probes := fs.String("probes", "", "probes.json `file` (required)")
	out := fs.String("out", "", "capture `file` to write (required)")
	name := fs.String("program-name", "", "program name for the capture metadata (default: the binary's name)")
	timeout := fs.Duration("timeout", 60*time.Second, "kill the target after this long (0: never)")
	placement := fs.String("placement", "auto", "entry probes at the stack-check jump when there is one (auto) or always at the function entry (entry)")
	verifierLog := fs.Bool("verifier-log", false, "print the whole verifier log when a program is rejected")
	ringBytes := fs.Uint("ring-bytes", 0, "ring buffer `size` in bytes, a power of two of at least 4096 (default 16 MiB); a smaller ring drops sooner")
	stackDepth := fs.Int("stack-depth", layout.DefaultStackDepth, fmt.Sprintf("the `frames` an event keeps at most, 2 to %d (the site, its caller, then frame-pointer frames)", layout.MaxStackDepth))
	fingerprint := map[string]string{}
	fs.Func("fingerprint", "`key=value` recorded in the capture's fingerprint (what produced it); repeatable", func(kv string) error {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return fmt.Errorf("%q is not key=value", kv)
		}
		fingerprint[k] = v
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	rest := fs.Args()
	switch {
	case *probes == "" || *out == "":
		return &usageError{"--probes and --out are required"}
	case len(rest) == 0:
		return &usageError{"missing the target: -- BINARY [ARGS...]"}
	}
	opts := bpfload.Options{RingBytes: uint32(*ringBytes), StackDepth: *stackDepth}
	if r := *ringBytes; r != 0 && (r < 4096 || r&(r-1) != 0 || r > 1<<30) {
		return &usageError{fmt.Sprintf("--ring-bytes %d is not a power of two between 4096 and 1 GiB", r)}
	}
	if d := *stackDepth; d < 2 || d > layout.MaxStackDepth {
		return &usageError{fmt.Sprintf("--stack-depth %d is not between 2 and %d", d, layout.MaxStackDepth)}
	}
	switch *placement {
	case "auto":
	case "entry":
		opts.Placement = bpfgen.PlacementEntry
	default:
		return &usageError{fmt.Sprintf("--placement %q is not auto or entry", *placement)}
	}

	defs, err := plan.LoadProbes(*probes)
	if err != nil {
		return err
	}
	p, err := plan.Build(rest[0], defs, plan.Options{Name: *name})
	if err != nil {
		return err
	}
	for _, w := range p.Warnings {
		fmt.Fprintf(stderr, "godi-probe: warning: %s\n", w)
	}
	// A probe that cannot be placed is in the capture with its error; the
	// others run.
	for _, e := range p.Errors {
		fmt.Fprintf(stderr, "godi-probe: error: %v\n", e)
	}
	objs, err := bpfload.Load(p, opts)
	if err != nil {
		return verifierDetail(err, *verifierLog)
	}
	defer objs.Close()
	res, runErr := attach.Run(ctx, attach.Config{Objects: objs, Binary: rest[0], Args: rest[1:], Timeout: *timeout})
	var timedOut *attach.TimeoutError
	if runErr != nil && !errors.As(runErr, &timedOut) {
		return runErr
	}
	if err := writeCapture(*out, p, res, fingerprint); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "godi-probe: %d events, %d dropped, %d sampled out -> %s (target: %s)\n", len(res.Events), sum(res.Dropped), sum(res.Sampled), *out, res.Target)
	return runErr // a timeout still fails the run, after writing what was captured
}

// writeCapture completes the plan's metadata with the run's clock, symbols
// and stats, and writes the capture atomically.
func writeCapture(path string, p *plan.Plan, res *attach.Result, fingerprint map[string]string) error {
	meta := p.Meta
	meta.Clock = capfile.Clock{Source: "ktime_mono", UnixOffsetNs: strconv.FormatInt(res.UnixOffsetNs, 10)}
	var pcs []uint64
	for _, ev := range res.Events {
		pcs = append(pcs, ev.Stack...)
	}
	meta.Symbols = p.Symbolize(pcs)
	meta.Probes = slices.Clone(meta.Probes)
	var dropped uint64
	for i, n := range res.Dropped {
		if i < len(meta.Probes) {
			meta.Probes[i].Dropped = n
		}
		dropped += n
	}
	for i, n := range res.Sampled {
		if i < len(meta.Probes) {
			meta.Probes[i].Sampled = n
		}
	}
	meta.Stats = capfile.Stats{Dropped: dropped, Engine: engineName}
	if res.Target != nil {
		meta.Target = &capfile.Target{Exit: res.Target.String(), ExitCode: res.Target.ExitCode(), StderrTail: res.StderrTail}
	}
	meta.Fingerprint = fingerprint
	return capfile.Write(path, meta, res.Events)
}

func sum(ns []uint64) uint64 {
	var t uint64
	for _, n := range ns {
		t += n
	}
	return t
}

// verifierDetail adds the whole verifier log to a rejected program's error
// when asked, and otherwise says how to get it.
func verifierDetail(err error, full bool) error {
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		return err
	}
	if full {
		return fmt.Errorf("%+v", err)
	}
	return fmt.Errorf("%w (--verifier-log prints the whole log)", err)
}
