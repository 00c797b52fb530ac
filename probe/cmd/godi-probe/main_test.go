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
 {"id": "ints", "type": "LOG_PROBE", "where": {"methodName": "main.ints"}, "captureSnapshot": true, "sampling": {"snapshotsPerSecond": 1e9}},
 {"id": "pointer", "type": "LOG_PROBE", "where": {"methodName": "main.pointer"}, "captureSnapshot": true, "sampling": {"snapshotsPerSecond": 1e9}}
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
			held := livetest.HeldBy(cmd.Process.Pid) // this run's programs and maps, not other runs'
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
				t.Errorf("engine ended with %v; want exit code %d", err, exitInterrupted)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a capture was written after an interruption: %v", err)
			}
			if len(held) == 0 {
				t.Fatal("the engine held no BPF object while running")
			}
			left := livetest.StillThere(held, 10*time.Second)
			if pids := livetest.ProcessesOf(target); len(pids) > 0 {
				left = append(left, "target still running")
			}
			if len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// TestKilledEngineLeavesNothing SIGKILLs the engine, which cleans up
// nothing: its target dies with it (parent-death signal), and the child the
// target started in a session of its own is killed with the run's cgroup by
// the next run; the engine's BPF objects go with its file descriptors.
func TestKilledEngineLeavesNothing(t *testing.T) {
	godiProbe, target, probes := engine(t)
	cmd := exec.Command(godiProbe, "run", "--probes", probes, "--out", filepath.Join(t.TempDir(), "run.cap"), "--", target, "spawn", "forever")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(livetest.ProcessesOf(target)) < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	held := livetest.HeldBy(cmd.Process.Pid) // this run's programs and maps, not other runs'
	cmd.Process.Kill()
	cmd.Wait()
	// The next run sweeps the cgroup of the dead one.
	out := filepath.Join(t.TempDir(), "next.cap")
	if b, err := exec.Command(godiProbe, "run", "--probes", probes, "--out", out, "--", target, "once").CombinedOutput(); err != nil {
		t.Fatalf("next run: %v\n%s", err, b)
	}
	if len(held) == 0 {
		t.Fatal("the engine held no BPF object while running")
	}
	left := livetest.StillThere(held, 10*time.Second)
	if pids := livetest.ProcessesOf(target); len(pids) > 0 {
		left = append(left, fmt.Sprintf("target processes %v", pids))
	}
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestUnprivilegedRun runs the engine as nobody: it must fail with one line
// saying what is missing, and write nothing.
func TestUnprivilegedRun(t *testing.T) {
	godiProbe, target, probes := engine(t)
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("no setpriv to drop privileges with")
	}
	// nobody must reach the files: a world-readable folder.
	dir, err := os.MkdirTemp("", "godi-unpriv-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	for _, f := range []string{godiProbe, target, probes} {
		data, err := os.ReadFile(f)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o755)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "run.cap")
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
		filepath.Join(dir, filepath.Base(godiProbe)), "run", "--probes", filepath.Join(dir, "probes.json"), "--out", out,
		"--", filepath.Join(dir, filepath.Base(target)), "once")
	stderr, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitError {
		t.Fatalf("unprivileged run ended with %v; want exit code %d\n%s", err, exitError, stderr)
	}
	lines := strings.Split(strings.TrimSpace(string(stderr)), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "root") || !strings.Contains(lines[0], "CAP_BPF") {
		t.Errorf("stderr %q; want one line naming root and CAP_BPF", stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a capture was written: %v", err)
	}
}

// TestRunExplainsProbesItCannotPlace: a misspelt method gets the closest
// names, an inlined one how to build the program so that it exists.
// A probe that cannot be placed is explained and recorded; the others run.
func TestRunExplainsProbesItCannotPlace(t *testing.T) {
	godiProbe, target, _ := engine(t)
	probes := filepath.Join(t.TempDir(), "probes.json")
	defs := `[{"id": "typo", "type": "LOG_PROBE", "where": {"methodName": "main.pointr"}},
	          {"id": "good", "type": "LOG_PROBE", "where": {"methodName": "main.ints"}}]`
	if err := os.WriteFile(probes, []byte(defs), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "run.cap")
	stderr, err := exec.Command(godiProbe, "run", "--probes", probes, "--out", out, "--", target, "once").CombinedOutput()
	if err != nil || !strings.Contains(string(stderr), `probe "typo" (main.pointr): function "main.pointr" not found`) ||
		!strings.Contains(string(stderr), "closest: main.pointer") {
		t.Fatalf("%v, stderr %q; want a run that names the typo and its closest function", err, stderr)
	}
	meta, events, err := capfile.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// The good probe awaits returns: the engine's panic probe comes after, internal.
	if p := meta.Probes; len(p) != 3 || !strings.Contains(p[0].Error, "closest: main.pointer") || len(p[0].Instances) != 0 || p[1].Error != "" || !p[2].Internal {
		t.Fatalf("probes %+v, want the typo with its error, the good one and the internal panic probe", p)
	}
	for _, ev := range events {
		if ev.ProbeIndex != 1 && !meta.Probes[ev.ProbeIndex].Internal {
			t.Errorf("event of probe %d, want only the good probe's", ev.ProbeIndex)
		}
	}
	if len(events) != 2 {
		t.Errorf("%d events, want the entry and return of main.ints", len(events))
	}
}
