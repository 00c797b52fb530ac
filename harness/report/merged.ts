// What a report shows of one recorded run or of several merged (CI machines: Go releases x
// shards): the record, and each probe's view loaded from its own run's folder.
import { mergeRuns, type OpenRun, type RunStatus, runLabel } from '../run-record/index.ts';
import { loadProbeView, loadProbeViews, type ProbeView } from './probe-view.ts';

export interface ReportInput {
  readonly status: RunStatus;
  readonly views: ProbeView[];
}

/** A run opened for a report, with the folder it was named by (`--from DIR`). */
export interface NamedOpenRun extends OpenRun {
  readonly name: string;
}

/** One run as it is; several merged into one record whose entries name their run (mergeRuns). */
export async function loadReport(runs: readonly NamedOpenRun[]): Promise<ReportInput> {
  const [only] = runs;
  if (only !== undefined && runs.length === 1) return { status: only.status, views: await loadProbeViews(only.status, only) };
  const status = mergeRuns(runs);
  const storesByLabel = new Map(runs.map((run) => [runLabel(run), run]));
  const views = await Promise.all(status.probes.map((entry) => loadProbeView(entry, storesByLabel.get(entry.origin ?? '') as OpenRun)));
  return { status, views };
}
