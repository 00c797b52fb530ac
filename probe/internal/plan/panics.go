package plan

// PanicProbeID names the engine's own probe on runtime.gopanic. A call
// unwound by a panic never returns; with the panic value (the gopanic
// argument) the decoder completes its snapshot as the Go agent does with its
// synthetic runtime probe: @exception, and why there is no @return.
const PanicProbeID = "@panic"

// panicProbe is that probe: every hit captured, entry only.
var panicProbe = ProbeDef{
	ID: PanicProbeID, Type: "LOG_PROBE", Where: Where{MethodName: "runtime.gopanic"},
	CaptureSnapshot: true, EvaluateAt: "ENTRY", Sampling: &SamplingDef{SnapshotsPerSecond: 1e9},
}

// watchPanics reports whether the planned probes need panicProbe: some
// instance awaits returns, which a panic would never send.
func watchPanics(probes []Probe) bool {
	for _, pr := range probes {
		for _, in := range pr.Instances {
			if len(in.ReturnPCs) > 0 {
				return true
			}
		}
	}
	return false
}

// addPanicProbe plans panicProbe after the probes, marked internal in the
// metadata; a binary where it cannot be placed keeps the other probes,
// with a warning.
func (pl *planner) addPanicProbe(p *Plan) {
	probe, meta, err := pl.probe(len(p.Meta.Probes), panicProbe, nil)
	if err != nil {
		pl.warn("no panic probe (calls unwound by a panic will show no @exception): %v", err)
		return
	}
	meta.Internal = true
	p.Probes = append(p.Probes, probe)
	p.Meta.Probes = append(p.Meta.Probes, meta)
}
