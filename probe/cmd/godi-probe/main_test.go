package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/livetest"
)

const probesJSON = `[
 {"id": "ints", "type": "LOG_PROBE", "where": {"methodName": "main.ints"}, "captureSnapshot": true},
 {"id": "pointer", "type": "LOG_PROBE", "where": {"methodName": "main.pointer"}, "captureSnapshot": true}
]`

// engine builds this command and the traced program, and writes probes.json.
func engine(t *testing.T) (godiProbe, target, probes string) {
	livetest.Require(t)
	godiProbe = livetest.Build(t, ".")
	target = livetest.Build(t, "../../testdata/target")
	probes = filepath.Join(t.TempDir(), "probes.json")
	if err := os.WriteFile(probes, []byte(probesJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	return godiProbe, target, probes
}

func TestRunWritesACapture(t *testing.T) {
	godiProbe, target, probes := engine(t)
	out := filepath.Join(t.TempDir(), "run.cap")
	cmd := exec.Command(godiProbe, "run", "--probes", probes, "--out", out, "--", target, "once")
	stderr, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	meta, events, err := capfile.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// ints and pointer: one entry and one return each.
	if len(events) != 4 || meta.Stats.Events != 4 || meta.Stats.Dropped != 0 {
		t.Fatalf("%d events (stats %+v); want 4", len(events), meta.Stats)
	}
	if !strings.Contains(string(stderr), "4 events, 0 dropped") {
		t.Errorf("summary line missing from %q", stderr)
	}
	var symbolized []string
	for _, s := range meta.Symbols {
		symbolized = append(symbolized, s.PC)
	}
	for _, ev := range events {
		for _, pc := range ev.Stack {
			if !slices.Contains(symbolized, fmt.Sprintf("0x%x", pc)) {
				t.Errorf("stack pc 0x%x has no symbol", pc)
			}
		}
	}
}

// TestSignalsDetachEverything interrupts the engine mid-run: it must kill
// the target, detach every probe and write no capture.
func TestSignalsDetachEverything(t *testing.T) {
	godiProbe, target, probes := engine(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "run.cap")
			cmd := exec.Command(godiProbe, "run", "--probes", probes, "--out", out, "--", target, "forever")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for len(livetest.ProcessesOf(target)) == 0 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
				t.Errorf("engine ended with %v; want exit code %d", err, exitInterrupted)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a capture was written after an interruption: %v", err)
			}
			left, err := livetest.SettledLeftovers(2 * time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if pids := livetest.ProcessesOf(target); len(pids) > 0 {
				left = append(left, "target still running")
			}
			if len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}
