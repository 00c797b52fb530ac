package plan

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// builtProgs caches test programs by content: the sources, the toolchain
// and GOARCH asked for and the go command's version.
var (
	buildMu    sync.Mutex
	builtProgs = map[string]string{}
)

// errToolchainUnavailable: GOTOOLCHAIN could not be downloaded.
var errToolchainUnavailable = errors.New("toolchain unavailable")

// buildProg builds testdata/progs/<name> with `go build -trimpath`
// (CGO_ENABLED=0) and toolchain (GOTOOLCHAIN, "" for the local one), and
// returns the binary's path. Binaries are kept in the user cache folder by
// content hash, so reruns skip the build.
func buildProg(t *testing.T, name, toolchain string) string {
	t.Helper()
	return buildProgFor(t, name, toolchain, "")
}

// buildProgFor is buildProg for GOOS=linux and goarch ("" for the host's):
// cross-compiled binaries are planned, never run.
func buildProgFor(t *testing.T, name, toolchain, goarch string) string {
	t.Helper()
	path, err := buildProgErr(name, toolchain, goarch)
	if errors.Is(err, errToolchainUnavailable) {
		// scripts/setup.sh fetches it; where it should have, its absence fails.
		if os.Getenv("GODI_LIVE") == "require" {
			t.Fatalf("GODI_LIVE=require but %s is unavailable (scripts/setup.sh fetches it): %v", toolchain, err)
		}
		t.Skipf("cannot test with %s: %v", toolchain, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

func buildProgErr(name, toolchain, goarch string) (string, error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	src := filepath.Join("testdata", "progs", name)
	h := sha256.New()
	h.Write([]byte(toolchain + "\x00" + goarch + "\x00"))
	version, err := exec.Command("go", "version").Output()
	if err != nil {
		return "", err
	}
	h.Write(version)
	files, err := os.ReadDir(src)
	if err != nil {
		return "", err
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			return "", err
		}
		h.Write([]byte(f.Name() + "\x00"))
		h.Write(data)
	}
	key := hex.EncodeToString(h.Sum(nil))[:16]
	if p, ok := builtProgs[key]; ok {
		return p, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	out := filepath.Join(cache, "godi-golden", "plan-tests", name+"-"+key)
	if _, err := os.Stat(out); err == nil {
		builtProgs[key] = out
		return out, nil
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", err
	}
	tmp := out + ".tmp"
	cmd := exec.Command("go", "build", "-trimpath", "-o", tmp, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false")
	if toolchain != "" {
		cmd.Env = append(cmd.Env, "GOTOOLCHAIN="+toolchain)
	}
	if goarch != "" {
		cmd.Env = append(cmd.Env, "GOOS=linux", "GOARCH="+goarch)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		// "go: download go1.x for linux/amd64: …" is the toolchain switch failing, not the build.
		if toolchain != "" && (strings.Contains(msg, "download go") || strings.Contains(msg, "toolchain not available")) {
			return "", errors.Join(errToolchainUnavailable, errors.New(msg))
		}
		return "", errors.New("go build " + src + ": " + msg)
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", err
	}
	builtProgs[key] = out
	return out, nil
}

// buildBasic plans probes on every given method of the basic program.
func buildBasic(t *testing.T, toolchain string, methods ...string) *Plan {
	t.Helper()
	return planMethods(t, buildProg(t, "basic", toolchain), methods...)
}

// planMethods plans probes on every given method of the binary bin.
func planMethods(t *testing.T, bin string, methods ...string) *Plan {
	t.Helper()
	var defs []ProbeDef
	for _, m := range methods {
		defs = append(defs, ProbeDef{ID: m, Type: "LOG_PROBE", Where: Where{MethodName: m}})
	}
	p, err := Build(bin, defs, Options{Name: "basic"})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Errors) > 0 {
		t.Fatal(errors.Join(errorsOf(p)...))
	}
	return p
}

func errorsOf(p *Plan) []error {
	out := make([]error, len(p.Errors))
	for i, e := range p.Errors {
		out[i] = e
	}
	return out
}

func probeByID(t *testing.T, p *Plan, id string) Probe {
	t.Helper()
	for _, pr := range p.Probes {
		if pr.ID == id {
			return pr
		}
	}
	t.Fatalf("no probe %q in the plan", id)
	return Probe{}
}

// functionNames lists the functions of bin that DWARF names with one of
// prefixes, except generic instantiations (named by their shapes).
func functionNames(t *testing.T, bin string, prefixes ...string) []string {
	t.Helper()
	b, err := openBinary(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	info, _ := b.section(".debug_info")
	ix, err := buildIndex(b.dwarf, info)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range ix.functions {
		if !strings.Contains(name, "[") && slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(name, p) }) {
			names = append(names, name)
		}
	}
	return names
}
