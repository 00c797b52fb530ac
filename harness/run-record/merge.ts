// The records of several runs (CI machines: Go releases x shards) as one, so one report shows
// them all and names the run of each probe.
import { makeRunStatus, type RunStatus } from './run-status.ts';

/** Two records of the same run, which a merged report could not tell apart. */
export class MergeError extends Error {
  override name = 'MergeError';
}

export interface NamedRun {
  readonly status: RunStatus;
  /** Where the record was read (its folder, as given): for messages, and the label of a record that names no run. */
  readonly name: string;
}

/** How a merged report names a run: "go1.24.11, shard 1/2", or its folder when the record says neither. */
export function runLabel({ status, name }: NamedRun): string {
  const parts = [status.goVersion, status.shard === undefined ? undefined : `shard ${status.shard}`].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(', ') : name;
}

/**
 * One record of every probe of every run, each entry's `origin` its run's label (the same probe
 * from two runs is two entries), counts summed; the runs that failed before any probe ran give
 * `setupError`, one line each, led by their label. Refuses two records of the same run.
 */
export function mergeRuns(runs: readonly NamedRun[]): RunStatus {
  const seen = new Map<string, string>();
  for (const run of runs) {
    const label = runLabel(run);
    const other = seen.get(label);
    if (other !== undefined) throw new MergeError(`${other} and ${run.name} are both the run of ${label}: pass each run's record once`);
    seen.set(label, run.name);
  }
  // In code-point order of their labels: makeRunStatus's stable sort then lists a probe's runs so.
  const labeled = runs.map((run) => ({ status: run.status, label: runLabel(run) })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const probes = labeled.flatMap(({ status, label }) => status.probes.map((entry) => ({ ...entry, origin: label })));
  const setupErrors = labeled.filter(({ status }) => status.setupError !== undefined).map(({ status, label }) => `${label}: ${status.setupError}`);
  const merged = makeRunStatus(labeled[0]?.status.update ?? 'none', probes);
  return setupErrors.length === 0 ? merged : { ...merged, setupError: setupErrors.join('\n') };
}
