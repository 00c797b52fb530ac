package bpfgen

import (
	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
)

// The sampling map's value, by probe index: the Go agent's throttler state
// (its ebpf throttler.h), and the hits it skipped.
const (
	samplingBudget  = 0  // hits left in this period (s64; may go below zero)
	samplingStart   = 8  // when this period started, ktime ns (0: no period yet)
	samplingSkipped = 16 // hits skipped, for the capture's stats
	// SamplingBytes is the value size of the sampling map, and
	// SamplingSkippedWord the index of its skipped count as a []uint64.
	SamplingBytes       = 24
	SamplingSkippedWord = samplingSkipped / 8
)

// sampleEntry ends an entry program at a hit its probe's sampling skips,
// before the hit costs more than a map lookup and an atomic add (a ktime
// read once a period). owned: the program owns the scratch by then and
// frees it on the way out. Returns need no sampling: a skipped entry
// leaves no call for its return to pair with.
func (gen *Generator) sampleEntry(e *emitter, s site, owned bool) {
	t := s.probe.Throttle
	if s.kind != capfile.KindEntry || t.Budget == 0 {
		return
	}
	pass, refill, newPeriod, skip := e.fresh("sample_pass"), e.fresh("sample_refill"), e.fresh("sample_period"), e.fresh("sampled")
	e.emit(asm.Mov.Imm(asm.R1, int32(s.probe.Index)))
	e.mapLookup(gen.fds.Sampling, asm.R1, asm.Word, fpSiteKey)
	e.emit(
		asm.JEq.Imm(asm.R0, 0, pass), // cannot happen: every probe index has an entry
		asm.Mov.Reg(asm.R9, asm.R0),
		// Within budget: a read first, so that a hot, skipped probe does
		// not bounce the cache line between CPUs with atomic writes.
		asm.LoadMem(asm.R1, asm.R9, samplingBudget, asm.DWord),
		asm.JSLE.Imm(asm.R1, 0, refill),
		asm.Mov.Imm(asm.R1, -1),
		atomic64(asm.FetchAdd, asm.R9, asm.R1, samplingBudget),
		asm.JSGT.Imm(asm.R1, 0, pass),
	)
	// Out of budget: a new period starts when the current one is over; one
	// hit wins the compare-and-swap of its start and refills the budget.
	e.label(refill)
	e.emit(
		asm.FnKtimeGetNs.Call(),
		asm.LoadMem(asm.R2, asm.R9, samplingStart, asm.DWord),
		asm.JEq.Imm(asm.R2, 0, newPeriod),
		asm.Mov.Reg(asm.R3, asm.R0),
		asm.Sub.Reg(asm.R3, asm.R2),
		asm.LoadImm(asm.R4, int64(t.PeriodNs), asm.DWord),
		asm.JLT.Reg(asm.R3, asm.R4, skip),
	)
	e.label(newPeriod)
	e.emit(
		asm.Mov.Reg(asm.R3, asm.R0),
		asm.Mov.Reg(asm.R0, asm.R2),
		atomic64(asm.CmpXchg, asm.R9, asm.R3, samplingStart),
		asm.JNE.Reg(asm.R0, asm.R2, skip),
		storeImm64(asm.R9, samplingBudget, int32(t.Budget-1)),
		asm.Ja.Label(pass),
	)
	e.label(skip)
	e.emit(
		asm.Mov.Imm(asm.R1, 1),
		atomic64(asm.AddAtomic, asm.R9, asm.R1, samplingSkipped),
	)
	skipHit(e, owned)
	e.label(pass)
}
