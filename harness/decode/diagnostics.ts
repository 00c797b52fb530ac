// Probe statuses as the Go agent reports them (debugger.diagnostics): the ERROR of a probe the
// engine could not install. A golden holds it in place of snapshots, so a probe that should fail is
// checked as precisely as one that should capture.

import type { Capture, CaptureProbe } from '../capture/index.ts';

export interface Diagnostic {
  service: string;
  ddsource: 'dd_debugger';
  debugger: {
    diagnostics: {
      probeId: string;
      probeVersion: number;
      status: 'ERROR';
      exception: { type: string; message: string };
    };
    type: 'diagnostic';
  };
}

/** The ERROR diagnostic of each probe of the capture that could not be installed, by probe id. */
export function probeDiagnostics(capture: Capture): Map<string, Diagnostic> {
  const out = new Map<string, Diagnostic>();
  for (const probe of capture.meta.probes) {
    if (probe.error !== undefined) out.set(probe.id, diagnostic(capture.meta.program.service, probe, probe.error));
  }
  return out;
}

function diagnostic(service: string, probe: CaptureProbe, message: string): Diagnostic {
  return {
    service,
    ddsource: 'dd_debugger',
    debugger: {
      diagnostics: {
        probeId: probe.id,
        probeVersion: probe.version,
        status: 'ERROR',
        exception: { type: probe.errorType ?? 'InvalidProbeDefinition', message },
      },
      type: 'diagnostic',
    },
  };
}
