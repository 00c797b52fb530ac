package bpfgen

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// TestSampleEntryInKernel runs the sampling code the entry programs start
// with, in the kernel (BPF_PROG_TEST_RUN of a program that returns 1 where
// the entry would go on and 0 where it stops), and checks the agent's
// throttler: the budget of a period passes, the rest is skipped and counted,
// and a new period starts once the last one is over.
func TestSampleEntryInKernel(t *testing.T) {
	// A period far longer than the test: the budget is all that passes.
	t.Run("budget", func(t *testing.T) {
		passed, state := runSampling(t, capfile.Throttle{PeriodNs: 1 << 40, Budget: 3}, 10)
		if !slices.Equal(passed, []uint32{1, 1, 1, 0, 0, 0, 0, 0, 0, 0}) {
			t.Errorf("hits passed %v, want the budget of 3 then none", passed)
		}
		if state[SamplingSkippedWord] != 7 || state[samplingStart/8] == 0 {
			t.Errorf("state %v, want 7 skipped and a period start", state)
		}
	})
	// A 1 ns period is over by the next hit: each hit past the budget starts a new one.
	t.Run("new periods", func(t *testing.T) {
		passed, state := runSampling(t, capfile.Throttle{PeriodNs: 1, Budget: 1}, 5)
		if !slices.Equal(passed, []uint32{1, 1, 1, 1, 1}) || state[SamplingSkippedWord] != 0 {
			t.Errorf("hits passed %v, state %v; want every hit, none skipped", passed, state)
		}
	})
}

// runSampling runs the sampling code of a probe with throttle for hits
// hits, and returns which passed and the probe's sampling state.
func runSampling(t *testing.T, throttle capfile.Throttle, hits int) ([]uint32, [SamplingBytes / 8]uint64) {
	t.Helper()
	if os.Getenv("GODI_LIVE") == "off" {
		t.Skip("kernel test skipped: GODI_LIVE=off")
	}
	sampling, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: SamplingBytes, MaxEntries: 4})
	if errors.Is(err, os.ErrPermission) && os.Getenv("GODI_LIVE") != "require" {
		// livetest.Require cannot be used here (it imports this package).
		t.Skipf("kernel test skipped: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer sampling.Close()
	probe := &plan.Probe{Index: 2, Throttle: throttle}
	gen := &Generator{fds: MapFDs{Sampling: sampling.FD()}}
	e := &emitter{}
	e.function("sample_test", "ctx")
	gen.sampleEntry(e, site{probe: probe, kind: capfile.KindEntry}, false)
	e.emit(asm.Mov.Imm(asm.R0, 1), asm.Return())
	e.label("exit")
	e.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.SocketFilter, License: "GPL", Instructions: e.insns})
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()

	var passed []uint32
	for range hits {
		ret, _, err := prog.Test(make([]byte, 14))
		if err != nil {
			t.Fatal(err)
		}
		passed = append(passed, ret)
	}
	var state [SamplingBytes / 8]uint64
	if err := sampling.Lookup(uint32(probe.Index), &state); err != nil {
		t.Fatal(err)
	}
	return passed, state
}
