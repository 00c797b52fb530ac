// Package livetest holds the helpers of tests that need root and BPF: the
// privilege gate and building a traced Go program.
package livetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/godi-golden/probe/internal/attach"
)

// Require is the live gate, the same as the harness's (GODI_LIVE): "off"
// skips the test; "require" fails it, with the reason, when this machine
// cannot load eBPF programs and attach uprobes, so a skip cannot hide a
// regression on a machine that should run it; unset skips it, with the
// reason, when the machine cannot.
func Require(t testing.TB) {
	t.Helper()
	switch mode := os.Getenv("GODI_LIVE"); mode {
	case "off":
		t.Skip("live test skipped: GODI_LIVE=off")
	case "", "auto", "require":
		if err := attach.Check(); err != nil {
			if mode == "require" {
				t.Fatalf("GODI_LIVE=require but: %v", err)
			}
			t.Skipf("live test skipped: %v", err)
		}
	default:
		t.Fatalf("GODI_LIVE=%s is not understood: use auto (the default), require or off", mode)
	}
}

// Build compiles the Go program in dir (its own module) the way the harness
// does: static, trimmed paths, and returns the binary's path.
func Build(t testing.TB, dir string) string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), filepath.Base(abs))
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", dir, err, b)
	}
	return out
}
