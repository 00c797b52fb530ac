package plan

import (
	"math"

	"github.com/godi-golden/probe/internal/capfile"
)

// SamplingDef is probes.json's sampling: at most SnapshotsPerSecond hits
// a second make a snapshot (or a log line).
type SamplingDef struct {
	SnapshotsPerSecond float64 `json:"snapshotsPerSecond"`
}

// The Go agent's rates when a probe gives none: a snapshot a second for a
// probe that captures a snapshot, 5000 log lines a second for a log probe.
const (
	DefaultSnapshotsPerSecond = 1
	DefaultLogsPerSecond      = 5000
)

// Throttle is a rate as the Go agent's throttler applies it: Budget hits
// pass in each period of PeriodNs, which starts at the first hit after the
// previous period ended.
func (d ProbeDef) Throttle() capfile.Throttle {
	rate := float64(DefaultLogsPerSecond)
	if d.CaptureSnapshot {
		rate = DefaultSnapshotsPerSecond
	}
	if d.Sampling != nil && d.Sampling.SnapshotsPerSecond > 0 {
		rate = d.Sampling.SnapshotsPerSecond
	}
	return throttleFor(rate)
}

// throttleFor splits a rate the way the agent's compiler writes its
// throttler parameters in the versions its goldens were recorded with: a
// period of a second with the rate as its budget (10/s lets a burst of 10
// through, as the agent's testAny golden shows), or for less than one hit
// a second a longer period with a budget of one (0.5/s: one per 2 s).
func throttleFor(rate float64) capfile.Throttle {
	const second = 1e9
	if rate >= 1 {
		return capfile.Throttle{PeriodNs: second, Budget: int64(min(rate, math.MaxInt32))}
	}
	return capfile.Throttle{PeriodNs: uint64(second / rate), Budget: 1}
}
