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

// Require skips the test, with the reason, when this machine cannot load
// eBPF programs and attach uprobes; with GODI_LIVE=require it fails instead,
// so a skip cannot hide a regression on a machine that should run it.
func Require(t testing.TB) {
	t.Helper()
	if err := attach.Check(); err != nil {
		if os.Getenv("GODI_LIVE") == "require" {
			t.Fatalf("GODI_LIVE=require but: %v", err)
		}
		t.Skipf("live test skipped: %v", err)
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
