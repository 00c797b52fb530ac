// Command godi-probe records a capture file: it runs a Go program under eBPF
// uprobes planned from its DWARF and a probes.json (docs/capture-format.md).
//
//	godi-probe run --probes FILE --out CAPTURE [--program-name NAME] [--timeout 60s]
//	               [--placement auto|entry] [--verifier-log] -- BINARY [ARGS...]
//	godi-probe check
//	godi-probe bench [--calls N] [--rounds N] [--shapes K,...] -- BENCH_BINARY
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/godi-golden/probe/internal/attach"
)

// Exit codes.
const (
	exitOK          = 0
	exitError       = 1 // the engine failed (or the target timed out)
	exitUsage       = 2
	exitInterrupted = 130
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	dieWithParent()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: godi-probe run|check|bench [flags] (godi-probe CMD -h for its flags)")
		return exitUsage
	}
	var err error
	switch args[0] {
	case "run":
		err = runCommand(ctx, args[1:], stderr)
	case "check":
		if err = attach.Check(); err == nil {
			fmt.Fprintln(stdout, "godi-probe: this machine can load eBPF programs and attach uprobes")
		}
	case "bench":
		err = benchCommand(ctx, args[1:], stdout)
	default:
		fmt.Fprintf(stderr, "godi-probe: unknown command %q (want run, check or bench)\n", args[0])
		return exitUsage
	}
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "godi-probe %s: %v\n", args[0], err)
		return exitUsage
	case errors.Is(err, flag.ErrHelp):
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "godi-probe: interrupted: the target was killed and every probe detached; no capture written")
		return exitInterrupted
	}
	fmt.Fprintf(stderr, "godi-probe: %v\n", err)
	return exitError
}

// dieWithParent asks the kernel for a SIGTERM when the process that started
// the engine ends, however it ends (a harness killed with SIGKILL cannot
// stop its children): handled as an interrupt, it takes the target and
// every probe with it instead of leaving them to the run's timeout.
func dieWithParent() {
	parent := os.Getppid()
	if err := unix.Prctl(unix.PR_SET_PDEATHSIG, uintptr(syscall.SIGTERM), 0, 0, 0); err != nil {
		fmt.Fprintf(os.Stderr, "godi-probe: cannot follow the parent process (prctl): %v\n", err)
		return
	}
	if os.Getppid() != parent { // it ended before the request
		_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}
}

// usageError is a wrong command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
