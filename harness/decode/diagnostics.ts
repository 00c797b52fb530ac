// Probe statuses as the Go agent reports them (debugger.diagnostics): RECEIVED and INSTALLED for
// a probe the engine installed, EMITTING once it sent a snapshot, or the ERROR of a probe it could
// not install. A golden holds them before the probe's snapshots, so a probe that should fail is
// checked as precisely as one that should capture, and one that should fire but never did shows it.

import type { CaptureProbe } from '../capture/index.ts';

export type ProbeStatus = 'RECEIVED' | 'INSTALLED' | 'EMITTING' | 'ERROR';

export interface Diagnostic {
  service: string;
  ddsource: 'dd_debugger';
  debugger: {
    diagnostics: {
      probeId: string;
      probeVersion: number;
      status: ProbeStatus;
      exception?: { type: string; message: string };
    };
    type: 'diagnostic';
  };
}

/**
 * The statuses of each of `probes` (of the program `service`) in the order the agent sends them: its
 * ERROR alone, or RECEIVED, INSTALLED and, when `emitted` holds its id (a snapshot of it went
 * out), EMITTING.
 */
export function probeStatuses(service: string, probes: Iterable<CaptureProbe>, emitted: ReadonlySet<string>): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const probe of probes) {
    if (probe.error !== undefined) {
      out.set(probe.id, [diagnostic(service, probe, 'ERROR', { type: probe.errorType ?? 'InvalidProbeDefinition', message: probe.error })]);
      continue;
    }
    const statuses: ProbeStatus[] = emitted.has(probe.id) ? ['RECEIVED', 'INSTALLED', 'EMITTING'] : ['RECEIVED', 'INSTALLED'];
    out.set(
      probe.id,
      statuses.map((status) => diagnostic(service, probe, status)),
    );
  }
  return out;
}

function diagnostic(service: string, probe: CaptureProbe, status: ProbeStatus, exception?: { type: string; message: string }): Diagnostic {
  const diagnostics: Diagnostic['debugger']['diagnostics'] = { probeId: probe.id, probeVersion: probe.version, status };
  if (exception) diagnostics.exception = exception;
  return { service, ddsource: 'dd_debugger', debugger: { diagnostics, type: 'diagnostic' } };
}
